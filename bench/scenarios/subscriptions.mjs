// Live order updates fanned out over graphql-ws: many sockets subscribed, changes committed
// through the HTTP API, and the time from the committed change to its receipt on every socket
// that should see it. Not an autocannon scenario: run.mjs calls `custom(context)` instead.
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import { createClient } from 'graphql-ws';
import { buyerWithAddress, gql, inParallel, placeOrderInput, stockedVendor } from './actors.mjs';
import { LATENCY_COLUMNS, pct, sleep } from './stats.mjs';

const SOCKETS = Number(process.env.BENCH_SOCKETS ?? 1000);
const CHANGES = Number(process.env.BENCH_CHANGES ?? 30);
const CHANGE_INTERVAL_MS = 500;
/** Half the sockets are the vendor's (web app in many tabs/devices), half the buyers'. */
const VENDOR_SOCKETS = Math.ceil(SOCKETS / 2);
const BUYER_SOCKETS = SOCKETS - VENDOR_SOCKETS;
const SOCKETS_PER_BUYER = 10;
const BUYERS = Math.max(1, Math.ceil(BUYER_SOCKETS / SOCKETS_PER_BUYER));
const SETUP_CONCURRENCY = 20;
const OPEN_BATCH = 50;
/** Bounds: one socket's connection_init, waiting for every receipt of one order, the whole run. */
const CONNECT_TIMEOUT_MS = 15_000;
const DELIVERY_TIMEOUT_MS = 30_000;
const RUN_TIMEOUT_MS = Number(process.env.BENCH_SUBSCRIPTION_TIMEOUT_MS ?? 10 * 60_000);
const SETTLE_MS = 2_000;
/**
 * BENCH_DISTINCT_LOOKUPS=1 gives every socket its own selection (one extra aliased field), so
 * the gateway cannot share one lookup between sockets of the same caller: every socket due an
 * update costs its own federated query, as 500 different vendor staff accounts would.
 */
const DISTINCT_LOOKUPS = process.env.BENCH_DISTINCT_LOOKUPS === '1';

const PLACE_ORDER = 'mutation Place($input: PlaceOrderInput!) { placeOrder(input: $input) { id orderNumber status } }';
const VENDOR_FEED = 'subscription Feed { vendorOrderFeed { id status orderNumber EXTRA} }';
const MY_ORDERS = 'subscription Mine { myOrderUpdates { id status EXTRA} }';
const subscriptionQuery = (template, index) => template.replace('EXTRA', DISTINCT_LOOKUPS ? `s${index}: id ` : '');


/** Rejects after `ms` (timer cleared when the promise settles first). */
function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no result within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** The gateway's own process metrics (prom-client defaults on /metrics). */
async function gatewayMemory(metricsUrl) {
  const text = await (await fetch(metricsUrl, { signal: AbortSignal.timeout(5000) })).text();
  const metric = (name) => {
    const line = text.split('\n').find((l) => l.startsWith(`${name}{`) || l.startsWith(`${name} `));
    return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : NaN;
  };
  return { rss: metric('process_resident_memory_bytes'), heapUsed: metric('nodejs_heap_size_used_bytes'), heapTotal: metric('nodejs_heap_size_total_bytes') };
}


const ms = (v) => (Number.isFinite(v) ? Math.round(v * 10) / 10 : '–');
const mib = (bytes) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;

/**
 * The receipts, keyed by order id: every socket records the first update it gets for each
 * order (later updates of the same order, if any, are counted but not timed). Receipts can
 * arrive before the placeOrder response does, so they are kept even for orders not yet known.
 */
function receiptBook() {
  const byOrder = new Map();
  const waiters = new Map();
  let extra = 0;
  const entry = (orderId) => {
    let list = byOrder.get(orderId);
    if (!list) byOrder.set(orderId, (list = []));
    return list;
  };
  return {
    byOrder,
    get extra() {
      return extra;
    },
    record(socket, orderId, at) {
      if (socket.seen.has(orderId)) {
        extra += 1;
        return;
      }
      socket.seen.add(orderId);
      const list = entry(orderId);
      list.push({ socket: socket.index, at });
      const waiter = waiters.get(orderId);
      if (waiter && list.length >= waiter.expected) {
        waiters.delete(orderId);
        waiter.resolve();
      }
    },
    /** Resolves when `expected` sockets got the order, or after the timeout (no throw). */
    waitFor(orderId, expected, timeoutMs = DELIVERY_TIMEOUT_MS) {
      if (entry(orderId).length >= expected) return Promise.resolve(true);
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          waiters.delete(orderId);
          resolve(false);
        }, timeoutMs);
        waiters.set(orderId, { expected, resolve: () => (clearTimeout(timer), resolve(true)) });
      });
    },
  };
}

/**
 * Opens one graphql-ws socket and its one subscription. Resolves once the connection is
 * acknowledged (the client sends the subscribe message right after); whether the server has
 * set the subscription up is proven later by the warm-up orders.
 */
function openSocket(gatewayUrl, index, owner, book, errors) {
  const socket = { index, owner, seen: new Set(), client: null, closedEarly: false };
  let acknowledged;
  const connected = new Promise((resolve, reject) => {
    acknowledged = { resolve, reject };
  });
  socket.client = createClient({
    url: gatewayUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${owner.token}` },
    retryAttempts: 0,
    lazy: true,
    on: {
      connected: () => acknowledged.resolve(),
      closed: (event) => {
        acknowledged.reject(new Error(`socket ${index} closed before ack: ${event?.code} ${event?.reason ?? ''}`));
        if (!socket.disposing) socket.closedEarly = true;
      },
      error: (error) => acknowledged.reject(error instanceof Error ? error : new Error(`socket ${index}: ${String(error?.message ?? error)}`)),
    },
  });
  const field = owner.role === 'vendor' ? 'vendorOrderFeed' : 'myOrderUpdates';
  socket.client.subscribe(
    { query: subscriptionQuery(owner.role === 'vendor' ? VENDOR_FEED : MY_ORDERS, index) },
    {
      next: (result) => {
        const at = performance.now();
        if (result.errors?.length) {
          errors.push(`socket ${index}: ${JSON.stringify(result.errors).slice(0, 300)}`);
          return;
        }
        const orderId = result.data?.[field]?.id;
        if (orderId) book.record(socket, orderId, at);
      },
      error: (error) => {
        if (!socket.disposing) errors.push(`socket ${index} subscription error: ${JSON.stringify(error?.message ?? error).slice(0, 300)}`);
      },
      complete: () => {
        if (!socket.disposing) errors.push(`socket ${index}: subscription completed by the server`);
      },
    },
  );
  socket.connected = withTimeout(connected, CONNECT_TIMEOUT_MS, `socket ${index} connection_init`);
  return socket;
}

async function placeOrder(context, buyer, vendorId) {
  const requestAt = performance.now();
  const data = await gql(
    context.env.gatewayUrl,
    PLACE_ORDER,
    placeOrderInput(vendorId, buyer.addressId, context.material.id, 1, 'COD', randomUUID()),
    buyer.token,
  );
  const responseAt = performance.now();
  return { orderId: data.placeOrder.id, requestAt, responseAt };
}

async function measure(context, sockets, book, errors) {
  const { vendor, buyers } = context;
  const vendorSocketCount = sockets.filter((s) => s.owner.role === 'vendor').length;
  const socketsOf = new Map(buyers.map((b) => [b, sockets.filter((s) => s.owner === b).length]));

  // Warm-up 1: every buyer orders from the other vendor (only its own sockets get it), proving
  // each buyer socket's subscription is live without loading the 500 vendor sockets.
  const warmFailures = [];
  await inParallel(buyers.length, 10, async (i) => {
    const buyer = buyers[i];
    const { orderId } = await placeOrder(context, buyer, context.otherVendor.vendorId);
    if (!(await book.waitFor(orderId, socketsOf.get(buyer)))) {
      warmFailures.push(`buyer ${i}: ${book.byOrder.get(orderId)?.length ?? 0}/${socketsOf.get(buyer)} sockets got the warm-up order`);
    }
  });
  // Warm-up 2: one order from the measured vendor reaches every vendor socket.
  {
    const buyer = buyers[0];
    const { orderId } = await placeOrder(context, buyer, vendor.vendorId);
    const expected = vendorSocketCount + socketsOf.get(buyer);
    if (!(await book.waitFor(orderId, expected))) {
      warmFailures.push(`vendor warm-up: ${book.byOrder.get(orderId)?.length ?? 0}/${expected} sockets got it`);
    }
  }
  if (warmFailures.length) errors.push(...warmFailures.slice(0, 5).map((f) => `warm-up: ${f}`));
  await sleep(SETTLE_MS);

  // The measured changes: one placeOrder every CHANGE_INTERVAL_MS on a fixed schedule (a slow
  // response does not delay the next change), buyers in turn.
  const started = performance.now();
  const changes = await Promise.all(
    Array.from({ length: CHANGES }, async (_, i) => {
      await sleep(Math.max(0, started + i * CHANGE_INTERVAL_MS - performance.now()));
      const buyer = buyers[i % buyers.length];
      const expected = vendorSocketCount + socketsOf.get(buyer);
      try {
        const change = await placeOrder(context, buyer, vendor.vendorId);
        const complete = await book.waitFor(change.orderId, expected);
        return { ...change, expected, complete };
      } catch (error) {
        errors.push(`change ${i}: ${error.message}`);
        return { orderId: null, expected, complete: false };
      }
    }),
  );
  return changes;
}

function summarize(changes, book) {
  const fromResponse = [];
  const fromRequest = [];
  const placeOrderMs = [];
  let beforeResponse = 0;
  let expected = 0;
  let delivered = 0;
  const perChange = [];
  const firstReceipt = [];
  const spread = [];
  for (const change of changes) {
    expected += change.expected;
    if (!change.orderId) continue;
    placeOrderMs.push(change.responseAt - change.requestAt);
    const receipts = book.byOrder.get(change.orderId) ?? [];
    delivered += receipts.length;
    let first = Infinity;
    let last = -Infinity;
    for (const { at } of receipts) {
      const latency = at - change.responseAt;
      if (latency < 0) beforeResponse += 1;
      fromResponse.push(Math.max(0, latency));
      fromRequest.push(at - change.requestAt);
      first = Math.min(first, at);
      last = Math.max(last, at);
    }
    if (receipts.length) {
      perChange.push(last - change.requestAt);
      firstReceipt.push(Math.max(0, first - change.responseAt));
      spread.push(last - first);
    }
  }
  const asc = (a) => a.sort((x, y) => x - y);
  asc(fromResponse);
  asc(fromRequest);
  asc(placeOrderMs);
  asc(perChange);
  asc(firstReceipt);
  asc(spread);
  return { fromResponse, fromRequest, placeOrderMs, perChange, firstReceipt, spread, beforeResponse, expected, delivered };
}

/**
 * N sockets (BENCH_SOCKETS, default 1000): half subscribed to `vendorOrderFeed` as one vendor
 * (the same token on every socket), half to `myOrderUpdates` as 10 sockets per buyer. After a
 * warm-up proving every subscription live, K buyers' COD orders (BENCH_CHANGES, default 30), one
 * every 500 ms, each due on every vendor socket and its buyer's 10: latency is receipt minus the
 * arrival of the placeOrder response (the order is committed by then).
 */
export const subscriptionFanout = {
  name: 'subscription-fanout',
  // Variants get their own result file: results/<date>-subscription-fanout[-distinct-lookups][-<N>-sockets].json
  resultName: `subscription-fanout${DISTINCT_LOOKUPS ? '-distinct-lookups' : ''}${SOCKETS !== 1000 ? `-${SOCKETS}-sockets` : ''}`,
  description: `${SOCKETS} graphql-ws sockets (${VENDOR_SOCKETS} vendorOrderFeed as one vendor, ${BUYER_SOCKETS} myOrderUpdates as ${BUYERS} buyers × ${SOCKETS_PER_BUYER}${DISTINCT_LOOKUPS ? '; a distinct selection per socket, so no shared lookups' : ''}); ${CHANGES} COD orders, one every ${CHANGE_INTERVAL_MS} ms; latency from the placeOrder response to receipt on every socket due the update`,
  columns: [
    ['sockets', (r) => r.sockets],
    ['changes', (r) => r.changes],
    ['deliveries', (r) => `${r.delivered}/${r.expected}`],
    ...LATENCY_COLUMNS,
    ['gateway RSS before → after', (r) => `${r.rssBeforeMiB} → ${r.rssAfterMiB} MiB`],
    ['KiB per socket', (r) => r.kibPerSocket],
  ],
  prepare: async (env) => {
    const [{ vendor, material }, { vendor: otherVendor }] = await Promise.all([stockedVendor(env), stockedVendor(env)]);
    vendor.role = 'vendor';
    const buyers = await inParallel(BUYERS, SETUP_CONCURRENCY, (i) => buyerWithAddress(env, i));
    for (const buyer of buyers) buyer.role = 'buyer';
    return { env, vendor, otherVendor, material, buyers };
  },
  custom: async (context) => {
    const { env, vendor, buyers } = context;
    const book = receiptBook();
    const errors = [];
    const sockets = [];
    let timedOut = false;
    const deadline = setTimeout(() => {
      timedOut = true;
    }, RUN_TIMEOUT_MS);
    const runStarted = performance.now();
    try {
      await sleep(SETTLE_MS);
      const before = await gatewayMemory(env.metricsUrl);
      const clientBefore = process.memoryUsage().rss;

      // Open the sockets in batches; each must be acknowledged (connection_init accepted).
      const owners = [
        ...Array.from({ length: VENDOR_SOCKETS }, () => vendor),
        ...Array.from({ length: BUYER_SOCKETS }, (_, i) => buyers[Math.floor(i / SOCKETS_PER_BUYER) % buyers.length]),
      ];
      const openStarted = performance.now();
      let refused = 0;
      for (let i = 0; i < owners.length && !timedOut; i += OPEN_BATCH) {
        const batch = owners.slice(i, i + OPEN_BATCH).map((owner, j) => openSocket(env.gatewayUrl, i + j, owner, book, errors));
        sockets.push(...batch);
        const results = await Promise.allSettled(batch.map((s) => s.connected));
        for (const r of results) {
          if (r.status === 'rejected') {
            refused += 1;
            if (refused <= 5) errors.push(`open: ${r.reason?.message ?? r.reason}`);
          }
        }
      }
      const openSeconds = (performance.now() - openStarted) / 1000;
      if (timedOut) throw new Error('timed out opening sockets');
      await sleep(SETTLE_MS);
      const afterOpen = await gatewayMemory(env.metricsUrl);
      const clientAfter = process.memoryUsage().rss;

      const changes = await withTimeout(measure(context, sockets, book, errors), Math.max(1000, RUN_TIMEOUT_MS - (performance.now() - runStarted)), 'subscription-fanout');
      await sleep(SETTLE_MS);
      const afterChanges = await gatewayMemory(env.metricsUrl);
      const s = summarize(changes, book);
      const closedEarly = sockets.filter((x) => x.closedEarly).length;

      const perSocketKiB = (delta) => Math.round((delta / sockets.length / 1024) * 10) / 10;
      const row = {
        sockets: sockets.length - refused,
        changes: changes.filter((c) => c.orderId).length,
        expected: s.expected,
        delivered: s.delivered,
        p50: ms(pct(s.fromResponse, 50)),
        p95: ms(pct(s.fromResponse, 95)),
        p99: ms(pct(s.fromResponse, 99)),
        max: ms(s.fromResponse.at(-1)),
        rssBeforeMiB: Math.round(before.rss / 2 ** 20),
        rssAfterMiB: Math.round(afterOpen.rss / 2 ** 20),
        kibPerSocket: perSocketKiB(afterOpen.rss - before.rss),
        heapKibPerSocket: perSocketKiB(afterOpen.heapUsed - before.heapUsed),
        fromRequest: { p50: ms(pct(s.fromRequest, 50)), p95: ms(pct(s.fromRequest, 95)), p99: ms(pct(s.fromRequest, 99)), max: ms(s.fromRequest.at(-1)) },
        placeOrder: { p50: ms(pct(s.placeOrderMs, 50)), p95: ms(pct(s.placeOrderMs, 95)), max: ms(s.placeOrderMs.at(-1)) },
        lastReceiptPerChange: { p50: ms(pct(s.perChange, 50)), p95: ms(pct(s.perChange, 95)), max: ms(s.perChange.at(-1)) },
        firstReceiptPerChange: { p50: ms(pct(s.firstReceipt, 50)), p95: ms(pct(s.firstReceipt, 95)), max: ms(s.firstReceipt.at(-1)) },
        spreadPerChange: { p50: ms(pct(s.spread, 50)), p95: ms(pct(s.spread, 95)), max: ms(s.spread.at(-1)) },
        receivedBeforeResponse: s.beforeResponse,
        duplicateUpdates: book.extra,
        socketsClosedEarly: closedEarly,
        refused,
        errors: errors.length,
        gateway: { before, afterOpen, afterChanges },
      };
      const pctDelivered = s.expected ? ((100 * s.delivered) / s.expected).toFixed(2) : '0';
      const report = [
        `deliveries: ${s.delivered} of ${s.expected} expected (${pctDelivered} %); ${s.beforeResponse} receipts arrived before the placeOrder response (counted as 0 ms); ${book.extra} further updates of an already-received order`,
        `from the placeOrder request start: p50 ${row.fromRequest.p50} ms, p95 ${row.fromRequest.p95} ms, p99 ${row.fromRequest.p99} ms, max ${row.fromRequest.max} ms (placeOrder itself: p50 ${row.placeOrder.p50} ms, p95 ${row.placeOrder.p95} ms)`,
        `per change: first receipt after the response p50 ${row.firstReceiptPerChange.p50} ms, p95 ${row.firstReceiptPerChange.p95} ms; first → last receipt (fan-out spread) p50 ${row.spreadPerChange.p50} ms, p95 ${row.spreadPerChange.p95} ms; last receipt from the request start p50 ${row.lastReceiptPerChange.p50} ms, p95 ${row.lastReceiptPerChange.p95} ms, max ${row.lastReceiptPerChange.max} ms`,
        `gateway RSS: ${mib(before.rss)} before, ${mib(afterOpen.rss)} with ${sockets.length} sockets open (+${row.kibPerSocket} KiB/socket), ${mib(afterChanges.rss)} after the changes; heap used ${mib(before.heapUsed)} → ${mib(afterOpen.heapUsed)} (+${row.heapKibPerSocket} KiB/socket) → ${mib(afterChanges.heapUsed)}`,
        `sockets opened in ${openSeconds.toFixed(1)} s (batches of ${OPEN_BATCH}); refused ${refused}; closed early ${closedEarly}; bench client RSS +${mib(clientAfter - clientBefore)} for its ${sockets.length} clients`,
      ];
      if (errors.length) report.push(`errors: ${errors.length}; first: ${errors.slice(0, 3).join(' | ')}`);
      return { rows: [row], report };
    } finally {
      clearTimeout(deadline);
      for (const socket of sockets) socket.disposing = true;
      // dispose() closes each socket with 1000; bounded so a stuck close cannot hang the run.
      await withTimeout(
        Promise.allSettled(sockets.map((socket) => socket.client.dispose())),
        10_000,
        'closing sockets',
      ).catch((error) => console.warn(error.message));
    }
  },
};
