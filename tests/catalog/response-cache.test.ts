import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import pg from 'pg';
import { LIVE_CHANNEL } from '@realserv/platform';
import { CATALOG_MAX_AGE_SECONDS, OFFER_MAX_AGE_SECONDS } from '@realserv/catalog/cache-hints';
import { newBuyer, seededAdmin, type Actor } from '../harness/actors.js';
import { eventually } from '../harness/eventually.js';
import { GatewayProcess, freePort } from '../harness/extra-gateway.js';
import { gatewayUrl } from '../harness/graphql-client.js';
import { newVendor } from '../harness/vendors.js';
import { PLACE_ORDER, addAddress, cement, placeInput, vendorStocking, type StockedMaterial } from '../orders/order-helpers.js';

/**
 * The gateway's response cache (docs/caching.md) seen from outside: who gets cached answers,
 * how old they may be, and which writes make them go.
 */
const OFFERS = `query CachedOffers($id: ID!) { material(id: $id) { id name basePrice { paise } offers { vendor { id } stockQuantity price { paise } } } }`;
const NAME = `query CachedName($id: ID!) { material(id: $id) { id name } }`;
const MIXED = `query CachedMixed($id: ID!) { material(id: $id) { id name offers { stockQuantity } } me { id } }`;
const UPDATE_INVENTORY = `mutation I($input: UpdateInventoryInput!) { updateMyInventory(input: $input) { id } }`;
const UPDATE_MATERIAL = `mutation U($id: ID!, $input: UpdateMaterialInput!) { updateMaterial(id: $id, input: $input) { id name } }`;

interface Answer<T> {
  data: T;
  /** Set only on answers served from the response cache: seconds since they were computed. */
  age: string | null;
  cacheControl: string | null;
}

interface OffersData {
  material: { id: string; name: string; basePrice: { paise: number }; offers: Array<{ vendor: { id: string }; stockQuantity: number; price: { paise: number } }> };
}

/** The buyer app's persisted document ids by operation name (the seed mix sends these, bench/scenarios/mix.mjs). */
const buyerDocument = (() => {
  const manifest = JSON.parse(readFileSync(new URL('../../clients/buyer-app/generated/persisted-documents.json', import.meta.url), 'utf8')) as Record<string, string>;
  return (name: string): { documentId: string } => {
    const id = Object.entries(manifest).find(([, text]) => new RegExp(`query ${name}\\b`).test(text))?.[0];
    if (!id) throw new Error(`the buyer app has no ${name} document`);
    return { documentId: id };
  };
})();

/** One request as a client sends it (a document's text, or a persisted document's id), with the headers that tell where the answer came from. */
async function ask<T>(query: string | { documentId: string }, variables: Record<string, unknown>, options: { token?: string; url?: string } = {}): Promise<Answer<T>> {
  const response = await fetch(options.url ?? gatewayUrl(), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(options.token ? { authorization: `Bearer ${options.token}` } : {}) },
    body: JSON.stringify({ ...(typeof query === 'string' ? { query } : query), variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors || !body.data) throw new Error(`Expected success, got: ${JSON.stringify(body)}`);
  return { data: body.data, age: response.headers.get('age'), cacheControl: response.headers.get('cache-control') };
}

/**
 * Asks until the answer comes from the cache and shows what `shows` expects (another test's
 * catalog write may empty the cache in between; another gateway hears of writes a moment later).
 */
function cached<T>(
  query: string | { documentId: string },
  variables: Record<string, unknown>,
  options: { token?: string; url?: string; shows?: (answer: Answer<T>) => boolean } = {},
): Promise<Answer<T>> {
  return eventually(async () => {
    const answer = await ask<T>(query, variables, options);
    return answer.age !== null && (options.shows?.(answer) ?? true) && answer;
  }, { what: 'an answer served from the response cache' });
}

const maxAge = (answer: Answer<unknown>) => Number(/max-age=(\d+)/.exec(answer.cacheControl ?? '')?.[1]);
const offerOf = (answer: Answer<OffersData>, vendorId: string) => answer.data.material.offers.find((o) => o.vendor.id === vendorId);

describe('the response cache never gives one caller another caller’s data', () => {
  it('two buyers and a vendor each see only their own, while public answers are shared from the cache', async () => {
    const material = await cement();
    const vendor = await vendorStocking(material, 100, 40_000);
    const buyers = [await newBuyer('Cache Buyer One'), await newBuyer('Cache Buyer Two')];
    const orderIds: string[] = [];
    for (const buyer of buyers) {
      const { placeOrder } = await buyer.ok<{ placeOrder: { id: string } }>(PLACE_ORDER, placeInput(vendor.vendorId, await addAddress(buyer), material.id, 2));
      orderIds.push(placeOrder.id);
    }
    const people: Array<[Actor, string]> = [[buyers[0]!, buyers[0]!.userId!], [buyers[1]!, buyers[1]!.userId!], [vendor, vendor.userId!]];

    for (let round = 0; round < 2; round++) {
      for (const [person, userId] of people) {
        const me = await ask<{ me: { id: string } }>('query CachedMe { me { id } }', {}, { token: person.token });
        const mixed = await ask<{ me: { id: string } }>(MIXED, { id: material.id }, { token: person.token });
        expect([me.data.me.id, mixed.data.me.id]).toEqual([userId, userId]);
        // Private answers are never stored: nothing to serve to anyone.
        expect([me.age, mixed.age]).toEqual([null, null]);
        expect(me.cacheControl).toBe('no-store');
        expect(mixed.cacheControl).toBe('no-store');
      }
      for (const [i, buyer] of buyers.entries()) {
        const mine = await ask<{ myOrders: { items: Array<{ id: string }> } }>('query CachedMyOrders { myOrders { items { id } } }', {}, { token: buyer.token });
        expect([mine.data.myOrders.items.map((o) => o.id), mine.age]).toEqual([[orderIds[i]], null]);
      }
    }

    // The public page: computed once, then served from the cache to anyone who sees the public view.
    const anonymous = await ask<OffersData>(OFFERS, { id: material.id });
    expect(anonymous.cacheControl).toBe(`max-age=${OFFER_MAX_AGE_SECONDS}, public`);
    for (const buyer of buyers) {
      const answer = await cached<OffersData>(OFFERS, { id: material.id }, { token: buyer.token });
      expect(answer.cacheControl).toBe(`max-age=${OFFER_MAX_AGE_SECONDS}, public`);
      expect(offerOf(answer, vendor.vendorId)?.stockQuantity).toBe(96);
    }
    // Vendors see wider views (their own unavailable rows): always computed for them, and private.
    const asVendor = await ask<OffersData>(OFFERS, { id: material.id }, { token: vendor.token });
    expect([asVendor.age, asVendor.cacheControl]).toEqual([null, `max-age=${OFFER_MAX_AGE_SECONDS}, private`]);
  });
});

describe('the seed mix’s public screens are served from the cache (#12)', () => {
  it('catalog page, search and material detail, as the buyer app sends them, anonymous and signed in', async () => {
    const material = await cement();
    await vendorStocking(material, 100, 40_000);
    const { material: detail } = (await ask<{ material: { slug: string; category: { id: string } } }>(
      'query MixSlug($id: ID!) { material(id: $id) { slug category { id } } }',
      { id: material.id },
    )).data;
    const buyer = await newBuyer('Cache Mix Buyer');
    const screens: Array<[string, Record<string, unknown>]> = [
      ['BrowseMaterials', { filter: { categoryId: detail.category.id }, page: { limit: 20 } }],
      ['BrowseMaterials', { filter: { search: 'ultratech 53' }, page: { limit: 20 } }],
      ['MaterialDetail', { slug: detail.slug }],
    ];
    for (const [name, variables] of screens) {
      for (const token of [undefined, buyer.token]) {
        const answer = await cached<unknown>(buyerDocument(name), variables, token ? { token } : {});
        // Every field of these screens has a public hint: one without would make the answer uncacheable.
        expect([name, answer.cacheControl]).toEqual([name, `max-age=${OFFER_MAX_AGE_SECONDS}, public`]);
      }
    }
  });

  it('placeOrder, the mix’s only write, leaves cached catalog answers in place (it records no catalog event)', async () => {
    const material = await cement();
    const vendor = await vendorStocking(material, 100, 40_000);
    const buyer = await newBuyer('Cache Mix Orderer');
    const addressId = await addAddress(buyer);
    // Another test's catalog write may empty the cache in between: retried until a round shows it.
    await eventually(async () => {
      await cached(NAME, { id: material.id });
      await buyer.ok(PLACE_ORDER, placeInput(vendor.vendorId, addressId, material.id, 1));
      return (await ask(NAME, { id: material.id })).age !== null;
    }, { what: 'a cached answer still served after an order' });
  });
});

describe('catalog writes through the gateway show on the next read', () => {
  it('an inventory write: the new stock and price, not the cached offer', async () => {
    const material = await cement();
    const vendor = await vendorStocking(material, 100, 40_000);
    expect(offerOf(await cached<OffersData>(OFFERS, { id: material.id }), vendor.vendorId)).toMatchObject({ stockQuantity: 100, price: { paise: 40_000 } });

    await vendor.ok(UPDATE_INVENTORY, { input: { items: [{ materialId: material.id, pricePaise: 39_000, stockQuantity: 70 }] } });
    const next = await ask<OffersData>(OFFERS, { id: material.id });
    expect([next.age, offerOf(next, vendor.vendorId)]).toEqual([null, expect.objectContaining({ stockQuantity: 70, price: { paise: 39_000 } })]);
  });

  it('an admin catalog write: a renamed material', async () => {
    const { admin, material } = await adminsOwnMaterial();
    const before = await cached<{ material: { name: string } }>(NAME, { id: material.id });
    expect(before.cacheControl).toBe(`max-age=${CATALOG_MAX_AGE_SECONDS}, public`);

    const name = `Cache Rename ${randomUUID().slice(0, 8)}`;
    await admin.ok(UPDATE_MATERIAL, { id: material.id, input: { name } });
    const next = await ask<{ material: { name: string } }>(NAME, { id: material.id });
    expect([next.age, next.data.material.name]).toEqual([null, name]);
  });
});

describe('another gateway instance, with a cache of its own', () => {
  let other: GatewayProcess;
  beforeAll(async () => {
    other = await GatewayProcess.start();
  });
  afterAll(() => other?.stop());

  it('drops a renamed material’s cached answers when the catalog’s event arrives (long before its max age)', async () => {
    const { admin, material } = await adminsOwnMaterial();
    const before = await cached<{ material: { name: string } }>(NAME, { id: material.id }, { url: other.graphqlUrl });
    expect(maxAge(before)).toBe(CATALOG_MAX_AGE_SECONDS);

    const name = `Cache Event ${randomUUID().slice(0, 8)}`;
    await admin.ok(UPDATE_MATERIAL, { id: material.id, input: { name } });
    // The write went through the main gateway: this one learns of it from CatalogChanged alone.
    await eventually(async () => (await ask<{ material: { name: string } }>(NAME, { id: material.id }, { url: other.graphqlUrl })).data.material.name === name, {
      what: 'the new name on the other gateway',
    });
  });

  it('shows a price change within the stated max age', async () => {
    const material = await cement();
    const vendor = await vendorStocking(material, 100, 40_000);
    const before = await cached<OffersData>(OFFERS, { id: material.id }, { url: other.graphqlUrl, shows: (a) => offerOf(a, vendor.vendorId) !== undefined });
    expect(offerOf(before, vendor.vendorId)?.price.paise).toBe(40_000);
    expect(maxAge(before)).toBeLessThanOrEqual(OFFER_MAX_AGE_SECONDS);

    await vendor.ok(UPDATE_INVENTORY, { input: { items: [{ materialId: material.id, pricePaise: 38_500, stockQuantity: 100 }] } });
    await eventually(async () => offerOf(await ask<OffersData>(OFFERS, { id: material.id }, { url: other.graphqlUrl }), vendor.vendorId)?.price.paise === 38_500, {
      what: 'the new price on the other gateway',
    });
  });

  it('shows stock held by an order, which nothing announces, once the cached answer is older than its max age', async () => {
    const material = await cement();
    const vendor = await vendorStocking(material, 100, 40_000);
    const before = await cached<OffersData>(OFFERS, { id: material.id }, { url: other.graphqlUrl, shows: (a) => offerOf(a, vendor.vendorId) !== undefined });
    expect(offerOf(before, vendor.vendorId)?.stockQuantity).toBe(100);
    expect(maxAge(before)).toBeLessThanOrEqual(OFFER_MAX_AGE_SECONDS);

    const buyer = await newBuyer();
    // placeOrder reserves against live stock, whatever any cache shows.
    await buyer.ok(PLACE_ORDER, placeInput(vendor.vendorId, await addAddress(buyer), material.id, 30));
    await eventually(async () => offerOf(await ask<OffersData>(OFFERS, { id: material.id }, { url: other.graphqlUrl }), vendor.vendorId)?.stockQuantity === 70, {
      what: 'the held stock on the other gateway',
    });
  });
});

const hasRedis = spawnSync('redis-server', ['--version']).status === 0;
const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1', () => (socket.end(), resolve(true)));
    socket.on('error', () => resolve(false));
  });

(hasRedis ? describe : describe.skip)('gateways sharing Redis (REDIS_URL)', () => {
  let redis: ChildProcess;
  let gateways: GatewayProcess[] = [];
  let relay: pg.Client | undefined;
  beforeAll(async () => {
    const port = await freePort();
    redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    await eventually(() => listening(port), { what: 'redis-server to listen' });
    const env = { REDIS_URL: `redis://127.0.0.1:${port}` };
    // The stack's subgraphs announce events with NOTIFY; subgraphs given REDIS_URL PUBLISH them
    // instead, which is what gateways with REDIS_URL listen to: relay them, as those would.
    const gatewayEnv = JSON.parse(process.env.REALSERV_GATEWAY_ENV ?? '{}') as Record<string, string>;
    relay = new pg.Client({ connectionString: gatewayEnv.EVENTS_DATABASE_URL });
    await relay.connect();
    relay.on('notification', ({ channel, payload }) => {
      if (payload) spawn('redis-cli', ['-p', String(port), 'PUBLISH', channel, payload], { stdio: 'ignore' });
    });
    await relay.query(`listen ${LIVE_CHANNEL}`);
    gateways = await Promise.all([GatewayProcess.start(env), GatewayProcess.start(env)]);
  });
  afterAll(async () => {
    await Promise.all(gateways.map((g) => g.stop()));
    await relay?.end();
    redis?.kill('SIGTERM');
  });

  it('one gateway serves the public answer another computed', async () => {
    const { material } = await adminsOwnMaterial();
    const [first, second] = gateways as [GatewayProcess, GatewayProcess];
    // Another file's catalog write may empty the shared cache between the two asks (a clean-clone
    // run saw it). Each attempt asks a question neither gateway has seen before (its own alias), so
    // an answer the second serves from the cache is one the first computed.
    const fromTheOther = await eventually(
      async () => {
        const question = `query CachedName($id: ID!) { material(id: $id) { id name attempt_${randomUUID().slice(0, 8)}: slug } }`;
        await cached(question, { id: material.id }, { url: first.graphqlUrl });
        const answer = await ask<{ material: { id: string } }>(question, { id: material.id }, { url: second.graphqlUrl });
        return answer.age !== null && answer;
      },
      { what: "the second gateway to serve the first one's answer from Redis" },
    );
    expect([fromTheOther.data.material.id, fromTheOther.age]).toEqual([material.id, expect.stringMatching(/^\d+$/)]);
  });

  it('a catalog write drops the shared answer on both gateways (long before its max age)', async () => {
    const { admin, material } = await adminsOwnMaterial();
    const [first, second] = gateways as [GatewayProcess, GatewayProcess];
    await cached(NAME, { id: material.id }, { url: first.graphqlUrl });
    const shared = await cached<{ material: { name: string } }>(NAME, { id: material.id }, { url: second.graphqlUrl });
    expect(maxAge(shared)).toBe(CATALOG_MAX_AGE_SECONDS);

    const name = `Cache Shared ${randomUUID().slice(0, 8)}`;
    // Through the stack's gateway: both learn of it from CatalogChanged alone.
    await admin.ok(UPDATE_MATERIAL, { id: material.id, input: { name } });
    for (const gateway of gateways) {
      await eventually(async () => (await ask<{ material: { name: string } }>(NAME, { id: material.id }, { url: gateway.graphqlUrl })).data.material.name === name, {
        what: 'the new name on a gateway sharing Redis',
      });
    }
  });
});

/** A material of the test's own (renaming a seeded one would change other tests' searches). */
async function adminsOwnMaterial(): Promise<{ admin: Actor; material: { id: string } }> {
  const admin = await seededAdmin();
  const seeded: StockedMaterial = await cement();
  const { material } = await admin.ok<{ material: { category: { id: string } } }>('query C($id: ID!) { material(id: $id) { category { id } } }', { id: seeded.id });
  const tag = randomUUID().slice(0, 8);
  const { createMaterial } = await admin.ok<{ createMaterial: { id: string } }>(
    'mutation M($input: CreateMaterialInput!) { createMaterial(input: $input) { id } }',
    {
      input: {
        categoryId: material.category.id,
        name: `Cache Test Cement ${tag}`,
        slug: `cache-test-cement-${tag}`,
        description: 'A material for the response cache tests.',
        unit: 'BAG',
        unitDescription: '50 kg bag',
        basePricePaise: 41_000,
        hsnCode: seeded.hsnCode,
      },
    },
  );
  return { admin, material: createMaterial };
}
