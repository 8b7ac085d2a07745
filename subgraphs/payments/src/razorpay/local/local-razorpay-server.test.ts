/**
 * The local server's own contract: signed webhooks (simulated and automatic, with retries),
 * its HTTP surface for tests in other processes, and Razorpay's wire-level answers.
 */
import { createServer, type Server } from 'node:http';
import { RazorpayGateway } from '../razorpay-adapter.js';
import { createLocalRazorpay, type LocalRazorpay, type RunningLocalRazorpay } from './local-razorpay-server.js';
import { verifyCheckoutSignature, verifyWebhookSignature, type RazorpayWebhookEnvelope } from '../razorpay-port.js';

const KEY_ID = 'rzp_test_WebhookKey01';
const KEY_SECRET = 'webhook-test-key-secret';
const WEBHOOK_SECRET = 'webhook-test-webhook-secret';
const basicAuth = `Basic ${Buffer.from(`${KEY_ID}:${KEY_SECRET}`).toString('base64')}`;

interface Received {
  rawBody: string;
  signature: string;
  eventId: string;
}

/** A webhook endpoint that records raw bodies; answers with the next status queued for that event (200 when none). */
async function startReceiver() {
  const received: Received[] = [];
  const statuses: Record<string, number[]> = {};
  const waiters: Array<{ event: string; resolve: () => void }> = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const rawBody = Buffer.concat(chunks).toString('utf8');
      received.push({
        rawBody,
        signature: String(req.headers['x-razorpay-signature']),
        eventId: String(req.headers['x-razorpay-event-id']),
      });
      const { event } = JSON.parse(rawBody) as RazorpayWebhookEnvelope;
      res.writeHead(statuses[event]?.shift() ?? 200).end();
      for (const w of waiters.filter((x) => x.event === event)) w.resolve();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/webhooks/razorpay`,
    received,
    statuses,
    events: () => received.map((r) => (JSON.parse(r.rawBody) as RazorpayWebhookEnvelope).event),
    /** Resolves when an `event` webhook arrives (or already has). */
    arrival: (event: string) =>
      new Promise<void>((resolve) => {
        if (received.some((r) => (JSON.parse(r.rawBody) as RazorpayWebhookEnvelope).event === event)) resolve();
        else waiters.push({ event, resolve });
      }),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

type Receiver = Awaited<ReturnType<typeof startReceiver>>;

let receiver: Receiver;
let local: LocalRazorpay;
let running: RunningLocalRazorpay;
let gateway: RazorpayGateway;

beforeEach(async () => {
  receiver = await startReceiver();
  local = createLocalRazorpay({ keyId: KEY_ID, keySecret: KEY_SECRET, webhookSecret: WEBHOOK_SECRET, webhookUrl: receiver.url });
  running = await local.start();
  gateway = new RazorpayGateway({ keyId: KEY_ID, keySecret: KEY_SECRET, baseUrl: running.url });
});

afterEach(async () => {
  await running.stop();
  await receiver.stop();
});

const paidOrder = async (amountPaise = 40_000) => {
  const order = await gateway.createOrder({ amountPaise, currency: 'INR', receipt: 'rs_webhook' });
  return { order, checkout: local.completeCheckout(order.id) };
};

describe('simulated webhook delivery', () => {
  test('the signature verifies with the SDK helper and fails when one byte of the body changes', async () => {
    const { checkout } = await paidOrder();
    const target = await startReceiver();
    try {
      await local.deliverWebhook('payment.captured', { paymentId: checkout.razorpay_payment_id }, { targetUrl: target.url });

      const [delivery] = target.received;
      expect(verifyWebhookSignature(delivery!.rawBody, delivery!.signature, WEBHOOK_SECRET)).toBe(true);
      const oneByteChanged = delivery!.rawBody.replace('"amount":40000', '"amount":40001');
      expect(oneByteChanged).not.toBe(delivery!.rawBody);
      expect(verifyWebhookSignature(oneByteChanged, delivery!.signature, WEBHOOK_SECRET)).toBe(false);
      expect(verifyWebhookSignature(delivery!.rawBody, delivery!.signature, 'another-webhook-secret')).toBe(false);
      expect(verifyWebhookSignature(Buffer.from(delivery!.rawBody), delivery!.signature, WEBHOOK_SECRET)).toBe(true);
    } finally {
      await target.stop();
    }
  });

  test('re-delivering the same event sends the same event id and bytes; other events get other ids', async () => {
    const { order, checkout } = await paidOrder();
    const target = await startReceiver();
    try {
      const twice = await local.deliverWebhook('payment.captured', { paymentId: checkout.razorpay_payment_id }, { targetUrl: target.url, times: 2 });
      await local.deliverWebhook('order.paid', { orderId: order.id }, { targetUrl: target.url });

      expect(twice.statuses).toEqual([200, 200]);
      const [first, second, orderPaid] = target.received;
      expect(second!.eventId).toBe(first!.eventId);
      expect(second!.rawBody).toBe(first!.rawBody);
      expect(orderPaid!.eventId).not.toBe(first!.eventId);
    } finally {
      await target.stop();
    }
  });

  test('envelopes carry Razorpay’s shape: order.paid has the order and its payment, refunds have refund and payment', async () => {
    const { order, checkout } = await paidOrder(40_000);
    const refund = await gateway.createRefund({ paymentId: checkout.razorpay_payment_id, amountPaise: 15_000, idempotencyKey: 'refund-envelope-1' });
    const target = await startReceiver();
    try {
      const paid = await local.deliverWebhook('order.paid', { orderId: order.id }, { targetUrl: target.url });
      const refunded = await local.deliverWebhook('refund.processed', { refundId: refund.id }, { targetUrl: target.url });

      const paidEnvelope = JSON.parse(paid.rawBody) as RazorpayWebhookEnvelope;
      expect(paidEnvelope).toMatchObject({ entity: 'event', event: 'order.paid', contains: ['payment', 'order'] });
      expect(paidEnvelope.account_id).toMatch(/^acc_[A-Za-z0-9]{14}$/);
      expect(paidEnvelope.payload.order?.entity).toMatchObject({ id: order.id, status: 'paid', amount_paid: 40_000 });
      expect(paidEnvelope.payload.payment?.entity).toMatchObject({ id: checkout.razorpay_payment_id, status: 'captured' });

      const refundEnvelope = JSON.parse(refunded.rawBody) as RazorpayWebhookEnvelope;
      expect(refundEnvelope.contains).toEqual(['refund', 'payment']);
      expect(refundEnvelope.payload.refund?.entity).toMatchObject({ id: refund.id, amount: 15_000, status: 'processed' });
      expect(refundEnvelope.payload.payment?.entity).toMatchObject({ amount_refunded: 15_000, refund_status: 'partial' });
    } finally {
      await target.stop();
    }
  });
});

describe('automatic webhook delivery to webhookUrl', () => {
  // Deliveries run concurrently and, as on Razorpay, may arrive in any order: compare as sets.
  test('checkout announces payment.captured and order.paid, each signed', async () => {
    const { order } = await paidOrder();
    await local.webhooksSettled();

    expect(receiver.events().sort()).toEqual(['order.paid', 'payment.captured']);
    for (const r of receiver.received) expect(verifyWebhookSignature(r.rawBody, r.signature, WEBHOOK_SECRET)).toBe(true);
    const orderPaid = receiver.received.map((r) => JSON.parse(r.rawBody) as RazorpayWebhookEnvelope).find((e) => e.event === 'order.paid');
    expect(orderPaid?.payload.order?.entity.id).toBe(order.id);
  });

  test('a non-2xx answer is retried with the same event id until it is accepted', async () => {
    receiver.statuses['payment.captured'] = [500, 503];
    await paidOrder();
    await local.webhooksSettled();

    const captured = receiver.received.filter((r) => r.rawBody.includes('"event":"payment.captured"'));
    expect(captured).toHaveLength(3);
    expect(new Set(captured.map((r) => r.eventId)).size).toBe(1);
    expect(local.webhookAttempts.filter((a) => a.event === 'payment.captured').map((a) => a.status)).toEqual([500, 503, 200]);
  });

  test('a failed checkout announces payment.failed; refunds announce refund.created, refund.processed and refund.failed', async () => {
    const failedOrder = await gateway.createOrder({ amountPaise: 10_000, currency: 'INR', receipt: 'rs_fail' });
    local.completeCheckout(failedOrder.id, { fail: true });
    const { checkout } = await paidOrder(40_000);
    const refund = await gateway.createRefund({ paymentId: checkout.razorpay_payment_id, amountPaise: 40_000, idempotencyKey: 'refund-auto-0001' });
    const failed = local.failRefund(refund.id);
    await local.webhooksSettled();

    expect(receiver.events().sort()).toEqual(['order.paid', 'payment.captured', 'payment.failed', 'refund.created', 'refund.failed', 'refund.processed']);
    expect(failed.status).toBe('failed');
    // The bank gave the money back to the payment: it can be refunded again.
    expect(await gateway.fetchPayment(checkout.razorpay_payment_id)).toMatchObject({ status: 'captured', amount_refunded: 0, refund_status: null });
  });

  test('refund webhooks echo the request’s notes and receipt, and can overtake a held API reply', async () => {
    const { checkout } = await paidOrder(40_000);
    const paymentId = checkout.razorpay_payment_id;
    local.holdRefundReplies(paymentId);
    let answered = false;
    const reply = gateway
      .createRefund({ paymentId, amountPaise: 15_000, idempotencyKey: 'refund-held-0001', notes: { realserv_refund_id: 'ours-1' }, receipt: 'ours-1' })
      .finally(() => (answered = true));
    await receiver.arrival('refund.processed');
    await local.webhooksSettled();
    const refundEvents = receiver.received
      .map((r) => JSON.parse(r.rawBody) as RazorpayWebhookEnvelope)
      .filter((e) => e.event.startsWith('refund.'));
    // Both webhooks were delivered while the API answer was still held.
    expect(answered).toBe(false);
    expect(refundEvents.map((e) => [e.event, e.payload.refund?.entity.status])).toEqual([
      ['refund.created', 'pending'],
      ['refund.processed', 'processed'],
    ]);
    for (const e of refundEvents) expect(e.payload.refund?.entity).toMatchObject({ amount: 15_000, notes: { realserv_refund_id: 'ours-1' }, receipt: 'ours-1' });
    local.releaseRefundReplies(paymentId);
    const refund = await reply;
    expect(refund).toMatchObject({ id: refundEvents[0]!.payload.refund?.entity.id, status: 'processed', notes: { realserv_refund_id: 'ours-1' }, receipt: 'ours-1' });
    // Released: the next refund answers at once.
    await expect(gateway.createRefund({ paymentId, amountPaise: 1_000, idempotencyKey: 'refund-held-0002' })).resolves.toMatchObject({ amount: 1_000 });
  });
});

describe('HTTP surface', () => {
  test('/_local checkout and webhook routes drive the simulator from another process', async () => {
    const order = await gateway.createOrder({ amountPaise: 25_000, currency: 'INR', receipt: 'rs_http' });

    const checkoutResponse = await fetch(`${running.url}/_local/orders/${order.id}/checkout`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ method: 'card' }),
    });
    const checkout = (await checkoutResponse.json()) as { razorpay_payment_id: string; razorpay_signature: string };
    expect(checkoutResponse.status).toBe(200);
    expect(
      verifyCheckoutSignature({ razorpayOrderId: order.id, razorpayPaymentId: checkout.razorpay_payment_id, signature: checkout.razorpay_signature }, KEY_SECRET),
    ).toBe(true);
    expect(await gateway.fetchPayment(checkout.razorpay_payment_id as `pay_${string}`)).toMatchObject({ method: 'card', status: 'captured' });

    const settle = await fetch(`${running.url}/_local/webhooks/settle`, { method: 'POST' });
    expect(((await settle.json()) as { attempts: unknown[] }).attempts).toHaveLength(2);

    const webhookResponse = await fetch(`${running.url}/_local/webhooks`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ event: 'payment.captured', paymentId: checkout.razorpay_payment_id, targetUrl: receiver.url }),
    });
    const delivery = (await webhookResponse.json()) as { eventId: string; statuses: number[] };
    expect(delivery.statuses).toEqual([200]);
    // The automatic delivery and this re-delivery are the same event.
    expect(receiver.received.filter((r) => r.eventId === delivery.eventId)).toHaveLength(2);
  });

  test('without valid Basic auth the API answers 401 in Razorpay’s error shape', async () => {
    const response = await fetch(`${running.url}/v1/orders`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Basic ${Buffer.from(`${KEY_ID}:wrong`).toString('base64')}` },
      body: JSON.stringify({ amount: 10_000, currency: 'INR' }),
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: 'BAD_REQUEST_ERROR', description: 'Authentication failed' } });
  });

  test('fields Razorpay does not know and non-integer amounts are refused with 400', async () => {
    const post = (body: unknown) =>
      fetch(`${running.url}/v1/orders`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: basicAuth },
        body: JSON.stringify(body),
      });

    const unknown = await post({ amount: 10_000, currency: 'INR', amount_in_rupees: 100 });
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({ error: { description: 'amount_in_rupees is/are not required and should not be sent' } });

    const fractional = await post({ amount: 100.5, currency: 'INR' });
    expect(fractional.status).toBe(400);
    expect(await fractional.json()).toMatchObject({ error: { code: 'BAD_REQUEST_ERROR', description: 'The amount must be an integer.', field: 'amount' } });
  });
});
