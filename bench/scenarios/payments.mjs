import { randomUUID } from 'node:crypto';
import { buyerWithAddress, gql, graphqlOk, inParallel, placeOrderInput, stockedVendor } from './actors.mjs';
import { responseCounter } from './orders.mjs';
import { CPU_COLUMNS, stackCpuSampler } from './process-cpu.mjs';
import { sleep } from './stats.mjs';

const ORDERS = Number(process.env.BENCH_ORDERS ?? 300);
const SETUP_CONCURRENCY = 20;
const SAMPLE = 20;
/**
 * How long to wait at most, after the orders are prepared, for the work they set off (OrderPlaced
 * and PaymentCaptured consumers, the notifications they send) to finish before measuring: without
 * it the drain of 300 orders ran inside the measured window, by an amount that depended on the
 * machine (147 verifications a second on 2026-12-01, 73 on 2026-12-03). 0 measures at once.
 */
const SETTLE_SECONDS = Number(process.env.BENCH_PAYMENTS_SETTLE_SECONDS ?? 120);
/**
 * The stack counts as settled when it used less than this share of a core over SETTLE_WINDOW_MS
 * (load generator excluded): twice an idle stack's floor (about 13 %, docs/capacity.md "idle"),
 * far under a drain (well over a core).
 */
const SETTLED_CORE_SHARE = 0.3;
const SETTLE_WINDOW_MS = 2_000;

/**
 * Waits until the stack's processes (not the load generator) used under SETTLED_CORE_SHARE of a
 * core over a 2 s window, or `limitSeconds`; returns the seconds waited and whether it settled.
 * Without a sampler (a running stack) it waits nothing.
 */
async function settle(sampleCpu, limitSeconds) {
  const started = Date.now();
  if (!sampleCpu || limitSeconds <= 0) return { seconds: 0, settled: false };
  const busy = (sample) => Object.entries(sample).reduce((sum, [name, seconds]) => (name === 'load generator' ? sum : sum + seconds), 0);
  let before = busy(sampleCpu());
  while (Date.now() - started < limitSeconds * 1000) {
    await sleep(SETTLE_WINDOW_MS);
    const now = busy(sampleCpu());
    const share = (now - before) / (SETTLE_WINDOW_MS / 1000);
    before = now;
    if (share < SETTLED_CORE_SHARE) return { seconds: Math.round((Date.now() - started) / 100) / 10, settled: true };
  }
  return { seconds: Math.round((Date.now() - started) / 100) / 10, settled: false };
}

const PLACE_ORDER = 'mutation Place($input: PlaceOrderInput!) { placeOrder(input: $input) { id } }';
const START = 'mutation S($id: ID!) { startOnlinePayment(orderId: $id) { razorpayOrderId amount { paise } } }';
const VERIFY = `mutation V($input: VerifyPaymentInput!) {
  verifyPayment(input: $input) { id status amount { paise } razorpayPaymentId }
}`;
const ORDER_PAYMENT = 'query O($id: ID!) { order(id: $id) { id status paymentStatus payment { status } } }';

/** Razorpay Checkout completing in the buyer's browser, on the local Razorpay server. */
async function payInCheckout(razorpayUrl, razorpayOrderId) {
  const response = await fetch(new URL(`/_local/orders/${razorpayOrderId}/checkout`, razorpayUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}',
  });
  const json = await response.json();
  if (!response.ok) throw new Error(`local razorpay checkout: ${response.status} ${JSON.stringify(json)}`);
  return json;
}

/** One buyer with an online order paid in Checkout, ready for the client-side verification call. */
async function paidCheckout(env, vendor, material, i) {
  const buyer = await buyerWithAddress(env, i);
  const { placeOrder } = await gql(env.gatewayUrl, PLACE_ORDER, placeOrderInput(vendor.vendorId, buyer.addressId, material.id, 1 + (i % 5), 'ONLINE', randomUUID()), buyer.token);
  const { startOnlinePayment } = await gql(env.gatewayUrl, START, { id: placeOrder.id }, buyer.token);
  const checkout = await payInCheckout(env.razorpayUrl, startOnlinePayment.razorpayOrderId);
  return {
    token: buyer.token,
    orderId: placeOrder.id,
    body: JSON.stringify({
      query: VERIFY,
      variables: {
        input: {
          orderId: placeOrder.id,
          razorpayOrderId: checkout.razorpay_order_id,
          razorpayPaymentId: checkout.razorpay_payment_id,
          razorpaySignature: checkout.razorpay_signature,
        },
      },
    }),
  };
}

/**
 * The buyer app's call after Razorpay Checkout returns: verifyPayment with the signed
 * order/payment ids. 300 orders (BENCH_ORDERS) are prepared (each its own buyer, paid in the local Checkout);
 * requests take them in turn across all connections. Once all have been sent, later requests
 * re-verify already-captured payments, which is still a valid, idempotent request (a client retry).
 * Note the local Razorpay server also sends the payment.captured / order.paid webhooks right after
 * Checkout, as Razorpay does, so most payments are captured by the webhook before the measured
 * call: verification then does the same work (signature check, payment fetch from Razorpay, the
 * locked exactly-once capture check) and changes nothing.
 */
export const paymentVerification = {
  name: 'payment-verification',
  description: `buyers verifying Razorpay payments concurrently (20 connections; ${ORDERS} prepared paid checkouts taken in turn, then idempotent re-verification)`,
  connections: [20],
  // CPU ms per verifyPayment of each process (a fresh stack only, from /proc), measured once the
  // preparation's own work has settled (BENCH_PAYMENTS_SETTLE_SECONDS).
  columns: (defaults) => [...defaults, ...CPU_COLUMNS],
  prepare: async (env) => {
    if (!env.razorpayUrl) throw new Error('this scenario pays in the local Razorpay Checkout: set BENCH_RAZORPAY_URL when using BENCH_GATEWAY_URL');
    const { vendor, material } = await stockedVendor(env);
    const checkouts = await inParallel(ORDERS, SETUP_CONCURRENCY, (i) => paidCheckout(env, vendor, material, i));
    const sampleCpu = stackCpuSampler();
    const settled = await settle(sampleCpu, SETTLE_SECONDS);
    return { env, checkouts, sent: 0, sampleCpu, settled, ...responseCounter() };
  },
  custom: async (context, { levels, measure }) => {
    const rows = [];
    for (const connections of levels) rows.push(await measure(paymentVerification.request(context), connections, context.sampleCpu ?? undefined));
    return { rows, report: await paymentVerification.report(context), settled: context.settled };
  },
  request: (context) => ({
    headers: { 'content-type': 'application/json' },
    verifyBody: graphqlOk,
    requests: [
      {
        setupRequest: (req) => {
          const checkout = context.checkouts[context.sent % context.checkouts.length];
          context.sent += 1;
          return { ...req, headers: { ...req.headers, authorization: `Bearer ${checkout.token}` }, body: checkout.body };
        },
        onResponse: context.onResponse,
      },
    ],
  }),
  /**
   * The payment state of a sample of the orders, as their buyers see it: the payment (payments
   * subgraph) and the order's paymentStatus, which follows the PaymentCaptured event and may lag
   * under load, so it is polled for up to 30 s and the wait reported.
   */
  report: async (context) => {
    const step = Math.max(1, Math.floor(context.checkouts.length / SAMPLE));
    const sample = context.checkouts.filter((_, i) => i % step === 0).slice(0, SAMPLE);
    const look = () => Promise.all(sample.map(async (c) => (await gql(context.env.gatewayUrl, ORDER_PAYMENT, { id: c.orderId }, c.token)).order));
    const started = Date.now();
    let orders = await look();
    const captured = orders.filter((o) => o.payment?.status === 'CAPTURED').length;
    const paidAtOnce = orders.filter((o) => o.paymentStatus === 'PAID').length;
    while (orders.some((o) => o.paymentStatus !== 'PAID') && Date.now() - started < 30_000) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      orders = await look();
    }
    const paid = orders.filter((o) => o.paymentStatus === 'PAID').length;
    const waited = paid !== paidAtOnce || paid < sample.length ? `, ${paid}/${sample.length} after ${((Date.now() - started) / 1000).toFixed(1)} s` : '';
    const { ok, failed, firstError } = context.stats;
    const { seconds, settled } = context.settled;
    const lines = [
      SETTLE_SECONDS > 0 && context.sampleCpu
        ? `measured after the preparation's work ${settled ? `settled (${seconds} s)` : `had ${seconds} s to settle and had not`}`
        : 'measured at once after the preparation (its orders\' consumers and notifications may still be running)',
      `payments CAPTURED: ${captured}/${sample.length} sampled orders (order paymentStatus PAID: ${paidAtOnce}/${sample.length} right after the run${waited})`,
      `verifyPayment requests sent: ${context.sent} over ${Math.min(context.sent, context.checkouts.length)} distinct orders; responses: ${ok} ok, ${failed} failed (warm-up included)`,
    ];
    if (firstError) lines.push(`first failure: ${firstError}`);
    return lines;
  },
};
