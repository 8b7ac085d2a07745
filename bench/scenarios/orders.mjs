import { randomUUID } from 'node:crypto';
import { buyerWithAddress, gql, graphqlOk, inParallel, placeOrderInput, stockedVendor } from './actors.mjs';
import { CPU_COLUMNS, stackCpuSampler } from './process-cpu.mjs';

const BUYERS = Number(process.env.BENCH_BUYERS ?? 200);
const SETUP_CONCURRENCY = 20;

const PLACE_ORDER = `mutation Place($input: PlaceOrderInput!) {
  placeOrder(input: $input) { id orderNumber status paymentStatus total { paise } }
}`;

/**
 * Counts responses as autocannon sees them, for the report: a 200 with GraphQL `errors` is a
 * failure too (autocannon's own table counts those through `verifyBody` as mismatches).
 */
export function responseCounter() {
  const stats = { ok: 0, failed: 0, firstError: null };
  const onResponse = (status, body) => {
    if (status >= 200 && status < 300 && graphqlOk(body)) stats.ok += 1;
    else {
      stats.failed += 1;
      stats.firstError ??= `${status} ${String(body).slice(0, 300)}`;
    }
  };
  return { stats, onResponse };
}

/**
 * Checkout traffic: 200 (BENCH_BUYERS) signed-in buyers placing cash-on-delivery orders for one material line
 * from one vendor. Every request is a new order: a fresh idempotency key each time it is sent,
 * and the next buyer in turn (a counter shared by all connections, so concurrent requests come
 * from different buyers rather than every connection starting at the first one).
 */
export const orderPlacement = {
  name: 'order-placement',
  description: `${BUYERS} buyers placing COD orders (1 material line, one vendor's stock row) concurrently; every request a new order`,
  connections: [50],
  // CPU ms per placeOrder response of each process (a fresh stack only, from /proc): the order's
  // event consumers (catalog, payments, vendors), pg-boss and the live relay included as far as
  // they kept up within the run.
  columns: (defaults) => [...defaults, ...CPU_COLUMNS],
  prepare: async (env) => {
    const { vendor, material } = await stockedVendor(env);
    const buyers = await inParallel(BUYERS, SETUP_CONCURRENCY, (i) => buyerWithAddress(env, i));
    return { env, vendor, material, buyers, sent: 0, sampleCpu: stackCpuSampler(), ...responseCounter() };
  },
  custom: async (context, { levels, measure }) => {
    const rows = [];
    for (const connections of levels) rows.push(await measure(orderPlacement.request(context), connections, context.sampleCpu ?? undefined));
    return { rows, report: await orderPlacement.report(context) };
  },
  request: (context) => ({
    headers: { 'content-type': 'application/json' },
    verifyBody: graphqlOk,
    requests: [
      {
        // autocannon rebuilds a request with a setupRequest every time it is sent.
        setupRequest: (req) => {
          const buyer = context.buyers[context.sent % context.buyers.length];
          context.sent += 1;
          const variables = placeOrderInput(context.vendor.vendorId, buyer.addressId, context.material.id, 1 + (context.sent % 5), 'COD', randomUUID());
          return { ...req, headers: { ...req.headers, authorization: `Bearer ${buyer.token}` }, body: JSON.stringify({ query: PLACE_ORDER, variables }) };
        },
        onResponse: context.onResponse,
      },
    ],
  }),
  /**
   * The orders that exist afterwards, as the vendor sees them (warm-up runs included). Requests
   * still in flight when autocannon closes its connections complete on the server without a
   * response, so "created" may exceed the responses received, but never the requests sent.
   */
  report: async (context) => {
    const count = async () =>
      (await gql(context.env.gatewayUrl, '{ vendorOrders(page: { limit: 1 }) { pageInfo { totalCount } } }', {}, context.vendor.token)).vendorOrders.pageInfo.totalCount;
    // Let those last requests finish: count until the number holds for a second (at most 15 s).
    let created = await count();
    for (const started = Date.now(); Date.now() - started < 15_000; ) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const again = await count();
      if (again === created) break;
      created = again;
    }
    const { ok, failed, firstError } = context.stats;
    const lines = [
      `orders created: ${created} (placeOrder requests sent: ${context.sent}; responses: ${ok} ok, ${failed} failed, the rest in flight when a run ended; warm-up included)`,
    ];
    if (firstError) lines.push(`first failure: ${firstError}`);
    return lines;
  },
};

