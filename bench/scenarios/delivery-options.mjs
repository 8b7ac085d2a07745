import { randomUUID } from 'node:crypto';
import { signCallerEnvelope } from '@realserv/platform';
import { buyerWithAddress, cement, gql, graphqlOk, inParallel, onboardedVendor, updateInventory } from './actors.mjs';
import { responseCounter } from './orders.mjs';
import { CPU_COLUMNS, stackCpuSampler } from './process-cpu.mjs';

const VENDORS = Number(process.env.BENCH_OPTION_VENDORS ?? 50);
const BUYERS = Number(process.env.BENCH_OPTION_BUYERS ?? 20);
const SETUP_CONCURRENCY = 10;

/** The site: Vijayanagar, Mysuru, away from the other scenarios' Bengaluru depots. */
const MYSURU_SITE = {
  label: 'Site',
  contactName: 'Site Engineer',
  contactPhone: '+919845012345',
  line1: 'Plot 3, 2nd Stage, Vijayanagar',
  city: 'Mysuru',
  state: 'Karnataka',
  pincode: '570017',
  latitude: 12.3375,
  longitude: 76.6186,
};

/** Vendor i's depot: a grid of points 0.5–12 km from the site, all within their 30 km radius. */
const depot = (i) => ({
  line1: `${i + 1} Bench Industrial Area`,
  city: 'Mysuru',
  state: 'Karnataka',
  pincode: '570016',
  latitude: 12.29 + (i % 10) * 0.01,
  longitude: 76.58 + Math.floor(i / 10) * 0.015,
});

const DELIVERY_OPTIONS = `query Options($addressId: ID!, $items: [DeliveryOptionItemInput!]!) {
  deliveryOptions(addressId: $addressId, items: $items, limit: 20) {
    vendor { id } subtotal { paise } deliveryCharge { paise } tax { paise } total { paise } leadTimeDays distanceMeters distanceSource
  }
}`;

/**
 * A buyer's "who can deliver 10 bags of cement to my site, cheapest landed first?": 50
 * (BENCH_OPTION_VENDORS) vendors onboarded through the API around one Mysuru site, each stocking
 * the seeded cement at its own price, and 20 buyers with an address at that site asking in turn.
 * The first request fills integrations' road-distance cache (two Distance Matrix calls for 50
 * origins); every later one is answered from it. With the orders subgraph's URL and the gateway's
 * key for it (a fresh stack, or BENCH_ORDERS_URL and BENCH_ORDERS_CALLER_KEY) the report adds the
 * SQL statements of one request, orders' own and its peers'.
 */
export const deliveryOptions = {
  name: 'delivery-options',
  description: `deliveryOptions for 10 bags of cement with ${VENDORS} vendors serving one site; ${BUYERS} buyers in turn`,
  connections: [10],
  // CPU ms per answer of each process (a fresh stack only, from /proc), as order-placement.
  columns: (defaults) => [...defaults, ...CPU_COLUMNS],
  prepare: async (env) => {
    const material = await cement(env);
    const vendors = await inParallel(VENDORS, SETUP_CONCURRENCY, async (i) => {
      const vendor = await onboardedVendor(env, `Bench Options ${i}`, { businessAddress: depot(i) });
      await updateInventory(env, vendor, [{ materialId: material.id, pricePaise: 40_000 + i * 100, stockQuantity: 10_000_000, minOrderQuantity: 1, leadTimeDays: 1 + (i % 3) }]);
      return vendor;
    });
    const buyers = await inParallel(BUYERS, SETUP_CONCURRENCY, (i) => buyerWithAddress(env, i, MYSURU_SITE));
    const variables = (buyer) => ({ addressId: buyer.addressId, items: [{ materialId: material.id, quantity: 10 }] });
    // Warm: the first answer fills the distance cache, and proves every bench vendor is offered.
    const first = await gql(env.gatewayUrl, DELIVERY_OPTIONS, variables(buyers[0]), buyers[0].token);
    const offered = first.deliveryOptions.length;
    if (offered < Math.min(VENDORS, 20)) throw new Error(`deliveryOptions offered ${offered} vendors, expected at least ${Math.min(VENDORS, 20)}`);
    return { env, material, vendors, buyers, variables, sent: 0, sampleCpu: stackCpuSampler(), ...responseCounter() };
  },
  custom: async (context, { levels, measure }) => {
    const rows = [];
    for (const connections of levels) rows.push(await measure(deliveryOptions.request(context), connections, context.sampleCpu ?? undefined));
    return { rows, report: await deliveryOptions.report(context) };
  },
  request: (context) => ({
    headers: { 'content-type': 'application/json' },
    verifyBody: graphqlOk,
    requests: [
      {
        setupRequest: (req) => {
          const buyer = context.buyers[context.sent % context.buyers.length];
          context.sent += 1;
          return { ...req, headers: { ...req.headers, authorization: `Bearer ${buyer.token}` }, body: JSON.stringify({ query: DELIVERY_OPTIONS, variables: context.variables(buyer) }) };
        },
        onResponse: context.onResponse,
      },
    ],
  }),
  report: async (context) => {
    const lines = [`vendors serving the site: ${context.vendors.length}; answers ok ${context.stats.ok}, failed ${context.stats.failed}${context.stats.firstError ? ` (first: ${context.stats.firstError})` : ''}`];
    const cost = await statementsPerRequest(context);
    lines.push(
      cost
        ? `SQL statements per request: orders ${cost.orders} + peers ${cost.peers} = ${cost.orders + cost.peers}; peer calls ${cost.peerCalls} (identity, catalog, vendors, integrations); options ${cost.options}`
        : 'SQL statements per request: not measured (set BENCH_ORDERS_URL and BENCH_ORDERS_CALLER_KEY against a running stack)',
    );
    return lines;
  },
};

/** One deliveryOptions sent to the orders subgraph as the gateway sends it, for its cost headers. */
async function statementsPerRequest(context) {
  const { ordersUrl, ordersCallerKey } = context.env;
  if (!ordersUrl || !ordersCallerKey) return null;
  const buyer = context.buyers[0];
  const caller = { firebaseUid: buyer.firebaseUid, userId: buyer.userId, roles: ['BUYER'], vendorId: null, email: buyer.email, phone: null };
  const header = signCallerEnvelope({ caller, requestId: randomUUID(), aud: 'orders', iat: Math.floor(Date.now() / 1000) }, ordersCallerKey);
  const response = await fetch(ordersUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-realserv-caller': header },
    body: JSON.stringify({ query: DELIVERY_OPTIONS, variables: context.variables(buyer) }),
  });
  const body = await response.json();
  if (body.errors?.length) throw new Error(`deliveryOptions on orders failed: ${JSON.stringify(body.errors).slice(0, 300)}`);
  return {
    orders: Number(response.headers.get('x-sql-statements')),
    peers: Number(response.headers.get('x-peer-sql-statements')),
    peerCalls: Number(response.headers.get('x-peer-calls')),
    options: body.data.deliveryOptions.length,
  };
}
