import { randomUUID } from 'node:crypto';
import { newRegisteredUser } from '../harness/actors.js';
import { gatewayUrl } from '../harness/graphql-client.js';
import { GatewayProcess } from '../harness/extra-gateway.js';
import { eventually } from '../harness/eventually.js';

const ATTACK =
  '{ materials(page:{limit:100}) { items { offers { vendor { inventory { material { offers { vendor { inventory { material { name } } } } } } } } } } }';

async function post(query: string, options: { url?: string; token?: string } = {}) {
  const response = await fetch(options.url ?? gatewayUrl(), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(options.token ? { authorization: `Bearer ${options.token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
  return { status: response.status, body, codes: (body.errors ?? []).map((e) => e.extensions?.code) };
}

describe('query cost follows the real work (list sizes), before anything runs', () => {
  it('the 164-byte nested-list query is refused with QUERY_TOO_COMPLEX and its cost', async () => {
    const answer = await post(ATTACK);
    expect(answer.status).toBe(400);
    expect(answer.codes).toEqual(['QUERY_TOO_COMPLEX']);
    expect(answer.body.data).toBeUndefined();
    // Outside production the limits are shown, so a developer can see why.
    expect(answer.body.errors![0]!.extensions).toMatchObject({ maxCost: 50_000, cost: expect.any(Number) });
    expect(answer.body.errors![0]!.extensions!.cost as number).toBeGreaterThan(50_000_000);
  });

  it('the same shape with small pages is fine: cost scales with page limits', async () => {
    const answer = await post('{ materials(page: { limit: 5 }) { items { name offers { price { paise } vendor { id } } } } }');
    expect(answer.codes).toEqual([]);
  });
});

describe('one caller cannot starve the others (per-caller cost budget)', () => {
  let gateway: GatewayProcess | undefined;
  beforeAll(async () => {
    gateway = await GatewayProcess.start({ QUERY_COST_BUDGET_PER_MINUTE: '40000', NODE_ENV: 'production', REALSERV_LOCAL_AUTH_EMULATOR: 'I_UNDERSTAND_TOKENS_ARE_UNSIGNED', TRUSTED_DOCUMENTS: 'allow', CORS_ORIGINS: 'http://localhost' });
  }, 90_000);
  afterAll(async () => gateway?.stop());

  it('a caller who spent its budget gets RATE_LIMITED with a retry hint; another caller is served', async () => {
    const greedy = await newRegisteredUser('BUYER');
    const page = '{ materials(page: { limit: 100 }) { items { name brand unit basePrice { paise } offers { id } } } }';
    let limited: Awaited<ReturnType<typeof post>> | undefined;
    for (let i = 0; i < 20 && !limited; i += 1) {
      const answer = await post(page, { url: gateway!.graphqlUrl, token: greedy.token });
      if (answer.codes.includes('RATE_LIMITED')) limited = answer;
      else expect(answer.codes).toEqual([]);
    }
    expect(limited?.status).toBe(429);
    expect(limited?.body.errors![0]!.extensions).toMatchObject({ limit: 'query-cost', retryAfterSeconds: expect.any(Number) });
    const other = await newRegisteredUser('BUYER');
    expect((await post(page, { url: gateway!.graphqlUrl, token: other.token })).codes).toEqual([]);
  });

  it('in production the refusal does not expose the limits', async () => {
    const answer = await post(ATTACK, { url: gateway!.graphqlUrl });
    expect(answer.codes).toEqual(['QUERY_TOO_COMPLEX']);
    expect(answer.body.errors![0]!.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX' });
  });
});

/**
 * An answer over MAX_RESPONSE_BYTES is replaced by RESPONSE_TOO_LARGE. Response-cache hits are
 * not measured again (the gateway skips serialising them twice), which is only safe because an
 * oversized answer is never stored: these tests hold that.
 */
describe('answers over MAX_RESPONSE_BYTES', () => {
  let gateway: GatewayProcess | undefined;
  beforeAll(async () => {
    gateway = await GatewayProcess.start({ MAX_RESPONSE_BYTES: '10000' });
  }, 90_000);
  afterAll(async () => gateway?.stop());

  const ask = async (query: string) => {
    const response = await fetch(gateway!.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    const body = (await response.json()) as { data?: unknown; errors?: Array<{ extensions?: Record<string, unknown> }> };
    return { age: response.headers.get('age'), size: JSON.stringify(body.data ?? null).length, codes: (body.errors ?? []).map((e) => e.extensions?.code) };
  };

  it('are refused every time, never stored and served from the cache', async () => {
    const big = '{ materials(page: { limit: 60 }) { items { id name description brand unit slug offers { id } } } }';
    const first = await ask(big);
    const second = await ask(big);
    expect(first).toMatchObject({ codes: ['RESPONSE_TOO_LARGE'], age: null });
    expect(second).toMatchObject({ codes: ['RESPONSE_TOO_LARGE'], age: null });
  });

  it('a large answer under the limit is stored, and its hit is served whole', async () => {
    // Another file's catalog write may empty the cache between the two asks: then again, with a
    // question this gateway has not seen (its own alias), so `first` is always the computed answer.
    const [first, second] = await eventually(async () => {
      const page = `{ attempt_${randomUUID().slice(0, 8)}: materials(page: { limit: 30 }) { items { id name offers { id } } } }`;
      const computed = await ask(page);
      const hit = await ask(page);
      return hit.age !== null && ([computed, hit] as const);
    }, { what: 'a hit right after the answer was stored' });
    expect(first.age).toBeNull();
    expect(first.codes).toEqual([]);
    expect(first.size).toBeGreaterThan(2_000);
    expect(first.size).toBeLessThan(10_000);
    expect(second).toMatchObject({ codes: [], size: first.size, age: expect.stringMatching(/^\d+$/) });
  });
});

describe('subscriptions are priced like queries', () => {
  it('a subscription whose every update would be huge is refused when it is set up', async () => {
    const { liveClient, subscribe } = await import('../harness/live-client.js');
    const vendor = await newRegisteredUser('VENDOR');
    const client = liveClient(vendor.token);
    try {
      const heavy = subscribe<unknown>(
        client,
        'subscription { myOrderUpdates { items { material { offers { vendor { inventory { material { offers { vendor { inventory { id } } } } } } } } } } }',
      );
      await heavy.closed;
      expect(JSON.stringify(heavy.errors)).toContain('QUERY_TOO_COMPLEX');
    } finally {
      await client.dispose();
    }
  });
});
