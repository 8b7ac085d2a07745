import { randomUUID } from 'node:crypto';
import { buyerWithAddress, gql, graphqlOk, inParallel, placeOrderInput, stockedVendor } from './actors.mjs';

const BUYERS = 200;
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
 * Checkout traffic: 200 signed-in buyers placing cash-on-delivery orders for one material line
 * from one vendor. Every request is a new order: a fresh idempotency key each time it is sent,
 * and the next buyer in turn (a counter shared by all connections, so concurrent requests come
 * from different buyers rather than every connection starting at the first one).
 */
export const orderPlacement = {
  name: 'order-placement',
  description: `${BUYERS} buyers placing COD orders (1 material line, one vendor's stock row) concurrently; every request a new order`,
  connections: [50],
  prepare: async (env) => {
    const { vendor, material } = await stockedVendor(env);
    const buyers = await inParallel(BUYERS, SETUP_CONCURRENCY, (i) => buyerWithAddress(env, i));
    return { env, vendor, material, buyers, sent: 0, ...responseCounter() };
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
  /** The orders that exist afterwards, as the vendor sees them (warm-up runs included). */
  report: async (context) => {
    const data = await gql(context.env.gatewayUrl, '{ vendorOrders(page: { limit: 1 }) { pageInfo { totalCount } } }', {}, context.vendor.token);
    const lines = [
      `orders created: ${data.vendorOrders.pageInfo.totalCount} (successful placeOrder responses: ${context.stats.ok}, failed: ${context.stats.failed}; warm-up included)`,
    ];
    if (context.stats.firstError) lines.push(`first failure: ${context.stats.firstError}`);
    return lines;
  },
};
