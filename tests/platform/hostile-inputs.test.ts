import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import {
  buildSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { newBuyer, seededAdmin, type Actor } from '../harness/actors.js';
import { gatewayUrl } from '../harness/graphql-client.js';
import { newVendor } from '../harness/vendors.js';
import { addAddress, cement, vendorStocking } from '../orders/order-helpers.js';

/**
 * Property: for EVERY mutation of the client API (schema/api.graphql), arguments made of hostile
 * values for every input field, sent as a buyer, an onboarded KYC-approved vendor and an admin,
 * never answer HTTP 5xx nor an error with code INTERNAL_SERVER_ERROR, and a rejected mutation
 * writes nothing that the actors can see (#10 item 4).
 *
 * "Nothing written" is checked through the API, so it holds while other test files run: before
 * and after every rejected mutation we read a snapshot of what the three actors own or see
 * (me and the buyer profile, myAddresses, myOrders, myVendor, myInventory, myLaborOffers,
 * mySettlements, vendorOrders, with their updatedAt stamps) and require them equal. It covers
 * those records only: not rows no actor can read back (media tickets, outbox/inbox, stock
 * reservations, Firebase accounts), not shared catalog rows, and not order status, payment
 * status, stock quantities or workers available, which events of earlier ACCEPTED mutations
 * change asynchronously (a rejected order's stock is checked in bad-input.test.ts).
 *
 * Safety for the other test files running at once: the admin only gets ids of this test's own
 * actors and random ids (never seeded catalog rows or the seeded admin itself), never calls
 * deleteMyAccount, and the system-wide admin runs (expireUnpaidOrders, reconcilePayments,
 * escalateOverdueDisputes, generateSettlements, runWeeklySettlements) always get a non-empty id
 * list, so they touch this test's records only. (Until Dec 3 2026 the two settlement lists were named by the wrong path and
 * runWeeklySettlements was missing: the fixed seed sent runWeeklySettlements without input, which
 * settled the current week for every vendor (the e2e stack's settlement clock runs a week ahead)
 * while settlements tests of other files waited for their orders to reach an unsettled period.)
 */
// Fixed so every run sends the same inputs; HOSTILE_SEED / HOSTILE_RUNS explore further by hand.
const RUNS_PER_MUTATION = Number(process.env.HOSTILE_RUNS ?? 6);
const SEED = Number(process.env.HOSTILE_SEED ?? 20261130);

const schema = buildSchema(readFileSync(fileURLToPath(new URL('../../schema/api.graphql', import.meta.url)), 'utf8'));
const mutations = Object.values(schema.getMutationType()!.getFields());

/**
 * Arguments and input fields that mean "everything in the system" when omitted, null or empty
 * (mutation.argument[.field]): always a non-empty list here, and every object on the way to one
 * is always sent (runWeeklySettlements without its input is every vendor's last week).
 */
const SYSTEM_WIDE_LISTS = new Set([
  'expireUnpaidOrders.orderIds',
  'reconcilePayments.orderIds',
  'escalateOverdueDisputes.disputeIds',
  'generateSettlements.input.vendorIds',
  'runWeeklySettlements.input.vendorIds',
]);
/** Whether a value at `path` must be sent: a system-wide list, or an object that holds one. */
const mustSend = (path: string) => [...SYSTEM_WIDE_LISTS].some((wide) => wide === path || wide.startsWith(`${path}.`));

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const HOSTILE_TEXT = [
  '',
  ' ',
  'a',
  '%',
  "'",
  '&',
  '🧱',
  '%%_\\',
  "' OR 1=1 --",
  '"; DROP TABLE users; --',
  '<script>alert(1)</script>',
  '${jndi:ldap://x}',
  '2026-02-30',
  '0001-01-01',
  '9999-12-31',
  '2027-12-31',
  'x'.repeat(10_000),
  '🧱'.repeat(300),
  'NaN',
  '-1',
  '00000000-0000-0000-0000-000000000000',
  'ॐ नमः शिवाय',
];
const HOSTILE_INTS = [0, -1, 1, 2, 7, 100, 2 ** 31 - 1, -(2 ** 31), 2 ** 31, MAX_SAFE, -MAX_SAFE];
const HOSTILE_SAFE_INTS = [0, -1, 1, 100, 99_999, 1_00_00_000_00, 1_00_00_000_01, 5_00_00_000_01, 2 ** 31, MAX_SAFE, -MAX_SAFE, MAX_SAFE + 1];
const HOSTILE_FLOATS = [0, -1, 12.9716, 77.5946, 91, -181, 1e308, -1e308, 0.1];

interface World {
  /** Ids an actor may legitimately name (its own records), mixed with random ones. */
  ids: string[];
}

function valueOf(type: GraphQLInputType, world: World, path: string, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return valueOf(type.ofType, world, path, depth);
  if (isListType(type)) {
    const item = valueOf(type.ofType, world, path, depth + 1);
    const minLength = SYSTEM_WIDE_LISTS.has(path) ? 1 : 0;
    return fc.oneof(
      { weight: 4, arbitrary: fc.array(item, { minLength, maxLength: 3 }) },
      // Past every ArrayMaxSize (200 inventory rows, 100 order lines, …).
      { weight: 1, arbitrary: item.map((one) => Array.from({ length: 201 }, () => one)) },
    );
  }
  if (isInputObjectType(type)) {
    if (depth > 4) return fc.constant({});
    const fields = Object.values(type.getFields());
    const record: Record<string, fc.Arbitrary<unknown>> = {};
    for (const field of fields) {
      const value = valueOf(field.type, world, `${path}.${field.name}`, depth + 1);
      // Optional fields are sometimes omitted (undefined is dropped by JSON), sometimes null.
      record[field.name] = isNonNullType(field.type) || mustSend(`${path}.${field.name}`) ? value : fc.oneof(value, fc.constant(undefined), fc.constant(null));
    }
    return fc.record(record);
  }
  if (isEnumType(type)) {
    return fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...type.getValues().map((v) => v.value as string)) }, { weight: 1, arbitrary: fc.constant('NOT_A_VALUE') });
  }
  if (isScalarType(type)) {
    const ids = fc.oneof(fc.constantFrom(...world.ids), fc.uuid().map((u) => u), fc.constantFrom(...HOSTILE_TEXT));
    switch (type.name) {
      case 'ID':
        return fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...world.ids) }, { weight: 2, arbitrary: ids });
      case 'String':
        return fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...HOSTILE_TEXT) }, { weight: 1, arbitrary: ids }, { weight: 1, arbitrary: fc.string({ maxLength: 40 }) });
      case 'Int':
        return fc.oneof(fc.constantFrom(...HOSTILE_INTS), fc.integer());
      case 'SafeInt':
        return fc.oneof(fc.constantFrom(...HOSTILE_SAFE_INTS), fc.maxSafeInteger());
      case 'Float':
        return fc.oneof(fc.constantFrom(...HOSTILE_FLOATS), fc.double({ noNaN: true, noDefaultInfinity: true }));
      case 'Boolean':
        return fc.boolean();
      case 'DateTimeISO':
        return fc.constantFrom('2026-02-30T00:00:00Z', '0001-01-01T00:00:00Z', 'yesterday', '');
      default:
        return fc.constantFrom(...HOSTILE_TEXT);
    }
  }
  return fc.constant(null);
}

function documentFor(field: GraphQLField<unknown, unknown>): string {
  const variables = field.args.map((a: GraphQLArgument) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
  return `mutation Hostile${variables ? `(${variables})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
}

function argumentsFor(field: GraphQLField<unknown, unknown>, world: World): fc.Arbitrary<Record<string, unknown>> {
  const record: Record<string, fc.Arbitrary<unknown>> = {};
  for (const arg of field.args) {
    const value = valueOf(arg.type, world, `${field.name}.${arg.name}`);
    record[arg.name] = isNonNullType(arg.type) || mustSend(`${field.name}.${arg.name}`) ? value : fc.oneof(value, fc.constant(undefined));
  }
  return fc.record(record);
}

interface Answer {
  status: number;
  codes: string[];
  accepted: boolean;
  text: string;
}

async function send(actor: Actor, query: string, variables: Record<string, unknown>): Promise<Answer> {
  const response = await fetch(gatewayUrl(), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${actor.token}` },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  let body: { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> } = {};
  try {
    body = JSON.parse(text);
  } catch {
    // A non-JSON answer is itself a finding: the status and text are reported.
  }
  const codes = (body.errors ?? []).map((e) => String(e.extensions?.code));
  return { status: response.status, codes, accepted: response.status === 200 && codes.length === 0 && body.data != null, text: text.slice(0, 600) };
}

const BUYER_VIEW = `{
  me { id fullName email phone status preferredLanguage updatedAt buyerProfile { companyName gstin updatedAt } }
  myAddresses { id label contactName contactPhone landmark city state pincode latitude longitude isDefault updatedAt }
  myOrders(page: { limit: 100 }) { pageInfo { totalCount } items { id orderNumber total { paise } } }
}`;
const VENDOR_VIEW = `{
  me { id fullName email phone status preferredLanguage updatedAt }
  myVendor { id businessName serviceRadiusKm acceptingOrders city commissionRateBasisPoints kycDocuments { type mediaId } updatedAt }
  myInventory { id material { id } price { paise } minOrderQuantity leadTimeDays isAvailable }
  myLaborOffers { id laborCategory { id } dailyRate { paise } isAvailable }
  mySettlements(page: { limit: 100 }) { pageInfo { totalCount } items { id periodStart periodEnd bankReference } }
}`;
const ADMIN_VIEW = `{ me { id fullName email phone status preferredLanguage updatedAt } }`;

describe('hostile inputs to every mutation', () => {
  it('never runs a system-wide admin job: each system-wide list is a real list of the schema, and every generated call sends it non-empty', () => {
    // Every list the schema documents as "every … / all … when omitted" is one of them.
    const documented: string[] = [];
    const walk = (path: string, description: string | null | undefined, type: GraphQLInputType, depth: number) => {
      if (isListType(getNullableType(type)) && /\b(every|everything|all)\b[^.;]*when omitted/i.test(description ?? '')) documented.push(path);
      const named = getNamedType(type);
      if (isInputObjectType(named) && depth < 3) for (const f of Object.values(named.getFields())) walk(`${path}.${f.name}`, f.description, f.type, depth + 1);
    };
    for (const m of mutations) for (const a of m.args) walk(`${m.name}.${a.name}`, a.description, a.type, 0);
    expect(documented.sort()).toEqual([...SYSTEM_WIDE_LISTS].sort());

    const world: World = { ids: [randomUUID()] };
    for (const wide of SYSTEM_WIDE_LISTS) {
      const [mutation, argument, ...fields] = wide.split('.');
      const field = schema.getMutationType()!.getFields()[mutation!];
      expect([wide, field !== undefined]).toEqual([wide, true]);
      let type: GraphQLInputType = field!.args.find((a) => a.name === argument)!.type;
      for (const name of fields) {
        const holder = getNamedType(type);
        if (!isInputObjectType(holder)) throw new Error(`${wide}: ${holder.name} has no field ${name}`);
        type = holder.getFields()[name]!.type;
      }
      expect([wide, isListType(getNullableType(type))]).toEqual([wide, true]);
      for (const args of fc.sample(argumentsFor(field!, world), { numRuns: 300, seed: SEED })) {
        const sent = [argument!, ...fields].reduce<unknown>((value, name) => (value as Record<string, unknown> | null | undefined)?.[name], args);
        expect([wide, Array.isArray(sent) && sent.length > 0]).toEqual([wide, true]);
      }
    }
  });

  it('never answer 5xx or INTERNAL_SERVER_ERROR, and a rejected input writes nothing the actors can see', async () => {
    const material = await cement();
    const [buyer, vendor, admin, spareBuyer] = await Promise.all([newBuyer('Hostile Buyer'), vendorStocking(material, 1000, 41_000), seededAdmin(), newBuyer('Hostile Spare')]);
    const addressId = await addAddress(buyer);
    const { placeOrder } = await buyer.ok<{ placeOrder: { id: string } }>('mutation P($input: PlaceOrderInput!) { placeOrder(input: $input) { id } }', {
      input: { vendorId: vendor.vendorId, deliveryAddressId: addressId, paymentMethod: 'COD', idempotencyKey: randomUUID(), items: [{ kind: 'MATERIAL', refId: material.id, quantity: 2 }] },
    });
    const buyerId = (await buyer.ok<{ me: { id: string } }>('{ me { id } }')).me.id;
    const vendorUserId = (await vendor.ok<{ me: { id: string } }>('{ me { id } }')).me.id;
    const own = [buyerId, vendorUserId, vendor.vendorId, addressId, placeOrder.id];
    const worlds: Record<string, World> = {
      buyer: { ids: [...own, material.id] },
      vendor: { ids: [...own, material.id] },
      // Not the seeded catalog nor the admin's own user: an accepted admin write must not disturb other test files.
      admin: { ids: own },
    };

    // What each actor's rejected mutations must leave alone. Buyer and vendor run at the same time
    // (neither can change what the other's view shows; the vendor's orders are the buyer's
    // myOrders), the admin afterwards, checked against all three views.
    const buyerView = async () => JSON.stringify(await buyer.run(BUYER_VIEW));
    const vendorView = async () => JSON.stringify(await vendor.run(VENDOR_VIEW));
    const allViews = async () => JSON.stringify(await Promise.all([buyer.run(BUYER_VIEW), vendor.run(VENDOR_VIEW), admin.run(ADMIN_VIEW)]));
    const viewsOf: Record<string, () => Promise<string>> = { buyer: buyerView, vendor: vendorView, admin: allViews };

    const findings: string[] = [];
    const writesOnRejection: string[] = [];
    let generated = 0;
    let accepted = 0;
    let refusedBeforeExecution = 0;
    const actors: Array<[string, Actor]> = [
      ['buyer', buyer],
      ['vendor', vendor],
      ['admin', admin],
    ];
    // deleteMyAccount last, and only for a buyer of its own: the others keep acting. adminDeleteUser
    // would erase these very actors (it gets their ids): its refusals are covered in tests/identity/account-deletion.test.ts.
    const ordered = [...mutations.filter((m) => m.name !== 'deleteMyAccount' && m.name !== 'adminDeleteUser')];
    let mutationMs = 0;
    let viewMs = 0;
    const started = Date.now();
    const run = async ([role, actor]: [string, Actor]) => {
      const views = viewsOf[role]!;
      let before = await views();
      for (const field of ordered) {
        const query = documentFor(field);
        await fc.assert(
          fc.asyncProperty(argumentsFor(field, worlds[role]!), async (variables) => {
            generated += 1;
            let at = Date.now();
            const answer = await send(actor, query, variables);
            mutationMs += Date.now() - at;
            at = Date.now();
            if (answer.status >= 500 || answer.codes.includes('INTERNAL_SERVER_ERROR')) {
              findings.push(`${role} ${field.name} ${JSON.stringify(variables).slice(0, 300)} -> ${answer.status} ${answer.text}`);
            }
            // A refusal before execution (HTTP 400: the document or its variables do not validate,
            // e.g. an unsafe SafeInt or an unknown enum value; 429: over a rate limit) runs no
            // resolver at all, so only answers with HTTP 200 are read back.
            if (answer.status !== 200) {
              refusedBeforeExecution += 1;
              return;
            }
            at = Date.now();
            const after = await views();
            viewMs += Date.now() - at;
            if (answer.accepted) accepted += 1;
            else if (after !== before) writesOnRejection.push(`${role} ${field.name} ${JSON.stringify(variables).slice(0, 300)} -> ${answer.codes.join(',')}`);
            before = after;
          }),
          { numRuns: RUNS_PER_MUTATION, seed: SEED, endOnFailure: true },
        );
      }
    };
    await Promise.all([run(actors[0]!), run(actors[1]!)]);
    await run(actors[2]!);
    const deleteAccount = schema.getMutationType()!.getFields().deleteMyAccount!;
    const answer = await send(spareBuyer, documentFor(deleteAccount), {});
    generated += 1;
    if (answer.status >= 500 || answer.codes.includes('INTERNAL_SERVER_ERROR')) findings.push(`buyer deleteMyAccount -> ${answer.status} ${answer.text}`);

    // The number of generated inputs goes into the issue's closing note.
    console.log(
      `hostile-inputs: ${generated} generated inputs over ${mutations.length} mutations × 3 actors (${accepted} accepted, ${refusedBeforeExecution} refused before execution) in ${Date.now() - started} ms (mutations ${mutationMs} ms, views ${viewMs} ms)`,
    );
    expect({ findings, writesOnRejection }).toEqual({ findings: [], writesOnRejection: [] });
  }, 240_000);
});
