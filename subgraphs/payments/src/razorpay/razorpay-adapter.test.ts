/**
 * The real `razorpay` SDK, through `RazorpayGateway`, against the local Razorpay server: the
 * same adapter production uses, with only `baseUrl` changed.
 */
import { createServer } from 'node:net';
import { RazorpayGateway } from './razorpay-adapter.js';
import { createLocalRazorpay, type LocalRazorpay, type RunningLocalRazorpay } from './local/local-razorpay-server.js';
import {
  RazorpayError,
  RazorpayUnreachableError,
  verifyCheckoutSignature,
  type RazorpayPaymentId,
  type RazorpayOrderId,
} from './razorpay-port.js';

const KEY_ID = 'rzp_test_LocalKey0001';
const KEY_SECRET = 'local-key-secret-0001';
const WEBHOOK_SECRET = 'local-webhook-secret-0001';

let local: LocalRazorpay;
let running: RunningLocalRazorpay;
let gateway: RazorpayGateway;
let receipts = 0;

beforeAll(async () => {
  local = createLocalRazorpay({ keyId: KEY_ID, keySecret: KEY_SECRET, webhookSecret: WEBHOOK_SECRET });
  running = await local.start();
  gateway = new RazorpayGateway({ keyId: KEY_ID, keySecret: KEY_SECRET, baseUrl: running.url });
});

afterAll(() => running.stop());

function newOrder(amountPaise = 50_000, autoCapture?: boolean) {
  receipts += 1;
  return gateway.createOrder({
    amountPaise,
    currency: 'INR',
    receipt: `rs_order_${receipts}`,
    notes: { realservOrderId: `ord-${receipts}` },
    ...(autoCapture === undefined ? {} : { autoCapture }),
  });
}

async function paidOrder(amountPaise = 50_000) {
  const order = await newOrder(amountPaise);
  const checkout = local.completeCheckout(order.id, { method: 'upi' });
  return { order, paymentId: checkout.razorpay_payment_id, checkout };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}

describe('orders', () => {
  test('creating an order returns Razorpay’s order entity in paise', async () => {
    const before = Math.floor(Date.now() / 1000);
    const order = await newOrder(123_456);

    expect(order.id).toMatch(/^order_[A-Za-z0-9]{14}$/);
    expect(order).toMatchObject({
      entity: 'order',
      amount: 123_456,
      amount_paid: 0,
      amount_due: 123_456,
      currency: 'INR',
      receipt: `rs_order_${receipts}`,
      status: 'created',
      attempts: 0,
      notes: { realservOrderId: `ord-${receipts}` },
    });
    expect(order.created_at).toBeGreaterThanOrEqual(before);
    expect(order.created_at).toBeLessThanOrEqual(before + 5);
    expect(await gateway.fetchOrder(order.id)).toEqual(order);
  });

  test('an order below ₹1 is refused with Razorpay’s error shape', async () => {
    const error = await rejection(newOrder(99));
    expect(error).toBeInstanceOf(RazorpayError);
    expect(error).toMatchObject({ statusCode: 400, code: 'BAD_REQUEST_ERROR', field: 'amount' });
  });
});

describe('checkout signature', () => {
  test('the signature Checkout returns verifies with the key secret', async () => {
    const { order, checkout } = await paidOrder();
    expect(checkout.razorpay_order_id).toBe(order.id);
    expect(checkout.razorpay_payment_id).toMatch(/^pay_[A-Za-z0-9]{14}$/);
    expect(
      verifyCheckoutSignature(
        { razorpayOrderId: order.id, razorpayPaymentId: checkout.razorpay_payment_id, signature: checkout.razorpay_signature },
        KEY_SECRET,
      ),
    ).toBe(true);
  });

  test('a tampered payment id, another order’s id or another secret does not verify', async () => {
    const first = await paidOrder();
    const second = await paidOrder();
    const signed = {
      razorpayOrderId: first.order.id,
      razorpayPaymentId: first.paymentId,
      signature: first.checkout.razorpay_signature,
    };

    expect(verifyCheckoutSignature({ ...signed, razorpayPaymentId: second.paymentId }, KEY_SECRET)).toBe(false);
    const oneCharOff = `${first.paymentId.slice(0, -1)}${first.paymentId.endsWith('A') ? 'B' : 'A'}`;
    expect(verifyCheckoutSignature({ ...signed, razorpayPaymentId: oneCharOff }, KEY_SECRET)).toBe(false);
    expect(verifyCheckoutSignature({ ...signed, razorpayOrderId: second.order.id }, KEY_SECRET)).toBe(false);
    expect(verifyCheckoutSignature(signed, 'some-other-secret')).toBe(false);
    expect(verifyCheckoutSignature({ ...signed, signature: '' }, KEY_SECRET)).toBe(false);
  });
});

describe('payments', () => {
  test('after checkout the payment is captured for the order amount and the order is paid', async () => {
    const { order, paymentId } = await paidOrder(75_000);

    const payment = await gateway.fetchPayment(paymentId);
    expect(payment).toMatchObject({
      id: paymentId,
      entity: 'payment',
      amount: 75_000,
      currency: 'INR',
      status: 'captured',
      captured: true,
      order_id: order.id,
      method: 'upi',
      amount_refunded: 0,
      refund_status: null,
      notes: {},
    });
    expect(payment.fee).toBeGreaterThan(0);
    expect(await gateway.fetchOrder(order.id)).toMatchObject({ status: 'paid', amount_paid: 75_000, amount_due: 0, attempts: 1 });
  });

  test('a failed checkout leaves a failed payment and an attempted order', async () => {
    const order = await newOrder(20_000);
    const failure = local.completeCheckout(order.id, { fail: true });

    expect(failure.error.metadata.order_id).toBe(order.id);
    const payment = await gateway.fetchPayment(failure.error.metadata.payment_id);
    expect(payment).toMatchObject({ status: 'failed', captured: false, error_reason: 'payment_failed' });
    expect(await gateway.fetchOrder(order.id)).toMatchObject({ status: 'attempted', amount_paid: 0, attempts: 1 });
  });

  test('with manual capture the payment waits authorized until captured for exactly its amount', async () => {
    const order = await newOrder(30_000, false);
    const { razorpay_payment_id: paymentId } = local.completeCheckout(order.id);
    expect(await gateway.fetchPayment(paymentId)).toMatchObject({ status: 'authorized', captured: false });
    expect(await gateway.fetchOrder(order.id)).toMatchObject({ status: 'attempted' });

    const wrongAmount = await rejection(gateway.capturePayment(paymentId, 29_999));
    expect(wrongAmount).toMatchObject({ statusCode: 400, description: 'Capture amount must be equal to the amount authorized' });

    expect(await gateway.capturePayment(paymentId, 30_000)).toMatchObject({ status: 'captured', captured: true });
    expect(await gateway.fetchOrder(order.id)).toMatchObject({ status: 'paid', amount_paid: 30_000 });
    expect(await rejection(gateway.capturePayment(paymentId, 30_000))).toMatchObject({
      description: 'This payment has already been captured',
    });
  });

  test('an unknown payment id is Razorpay’s 400 “does not exist”', async () => {
    const error = await rejection(gateway.fetchPayment('pay_ZZZZZZZZZZZZZZ'));
    expect(error).toBeInstanceOf(RazorpayError);
    expect(error).toMatchObject({ statusCode: 400, code: 'BAD_REQUEST_ERROR', description: 'The id provided does not exist' });
  });
});

describe('refunds', () => {
  test('a partial refund then the rest: the payment ends fully refunded', async () => {
    const { paymentId } = await paidOrder(50_000);

    const partial = await gateway.createRefund({ paymentId, amountPaise: 20_000, idempotencyKey: `refund-${paymentId}-1` });
    expect(partial.id).toMatch(/^rfnd_[A-Za-z0-9]{14}$/);
    expect(partial).toMatchObject({ entity: 'refund', amount: 20_000, payment_id: paymentId, status: 'processed' });
    expect(await gateway.fetchPayment(paymentId)).toMatchObject({ status: 'captured', amount_refunded: 20_000, refund_status: 'partial' });

    const rest = await gateway.createRefund({ paymentId, amountPaise: 30_000, idempotencyKey: `refund-${paymentId}-2` });
    expect(rest.id).not.toBe(partial.id);
    expect(await gateway.fetchPayment(paymentId)).toMatchObject({ status: 'refunded', amount_refunded: 50_000, refund_status: 'full' });
    expect(await gateway.fetchRefund(rest.id)).toEqual(rest);
  });

  test('refunding more than was captured is refused and changes nothing', async () => {
    const { paymentId } = await paidOrder(50_000);
    await gateway.createRefund({ paymentId, amountPaise: 40_000, idempotencyKey: `refund-${paymentId}-1` });

    const error = await rejection(gateway.createRefund({ paymentId, amountPaise: 10_001, idempotencyKey: `refund-${paymentId}-2` }));
    expect(error).toBeInstanceOf(RazorpayError);
    expect(error).toMatchObject({
      statusCode: 400,
      code: 'BAD_REQUEST_ERROR',
      description: 'The total refund amount is greater than the refund payment amount',
    });
    expect(await gateway.fetchPayment(paymentId)).toMatchObject({ amount_refunded: 40_000, refund_status: 'partial' });
  });

  test('the same idempotency key twice returns the same refund and refunds once', async () => {
    const { paymentId } = await paidOrder(50_000);
    const request = { paymentId, amountPaise: 50_000, idempotencyKey: `refund-${paymentId}-retry`, notes: { reason: 'cancelled' } };

    const first = await gateway.createRefund(request);
    // The retry arrives after the first refund emptied the payment: it must still succeed.
    const retry = await gateway.createRefund(request);
    expect(retry.id).toBe(first.id);
    expect(retry).toEqual(first);
    expect(await gateway.fetchPayment(paymentId)).toMatchObject({ amount_refunded: 50_000 });

    const reused = await rejection(gateway.createRefund({ ...request, amountPaise: 1_000 }));
    expect(reused).toMatchObject({ statusCode: 400, description: 'Different request with the same idempotency key has already been processed.' });
  });

  test('an idempotency key that breaks Razorpay’s rule is refused before any request', async () => {
    const { paymentId } = await paidOrder();
    await expect(gateway.createRefund({ paymentId, amountPaise: 100, idempotencyKey: 'short' })).rejects.toThrow(TypeError);
    expect(await gateway.fetchPayment(paymentId)).toMatchObject({ amount_refunded: 0 });
  });
});

describe('credentials, isolation and transport', () => {
  test('a wrong key secret is a 401 mapped to RazorpayError', async () => {
    const wrong = new RazorpayGateway({ keyId: KEY_ID, keySecret: 'not-the-secret', baseUrl: running.url });
    const error = await rejection(wrong.createOrder({ amountPaise: 10_000, currency: 'INR', receipt: 'rs_wrong_key' }));
    expect(error).toBeInstanceOf(RazorpayError);
    expect(error).toMatchObject({ statusCode: 401, code: 'BAD_REQUEST_ERROR', description: 'Authentication failed' });
  });

  test('another key_id sees none of this key’s orders', async () => {
    local.addAccount({ keyId: 'rzp_test_OtherKey0002', keySecret: 'other-secret', webhookSecret: 'other-webhook-secret' });
    const other = new RazorpayGateway({ keyId: 'rzp_test_OtherKey0002', keySecret: 'other-secret', baseUrl: running.url });
    const { order } = await paidOrder();

    expect(await rejection(other.fetchOrder(order.id))).toMatchObject({ statusCode: 400, description: 'The id provided does not exist' });
    const own = await other.createOrder({ amountPaise: 10_000, currency: 'INR', receipt: 'rs_other' });
    expect((await other.fetchOrder(own.id)).id).toBe(own.id);
  });

  test('no answer at all is RazorpayUnreachableError, not a TypeError from inside the SDK', async () => {
    const closedPort = await freePort();
    const offline = new RazorpayGateway({ keyId: KEY_ID, keySecret: KEY_SECRET, baseUrl: `http://127.0.0.1:${closedPort}` });

    await expect(offline.fetchOrder('order_AAAAAAAAAAAAAA')).rejects.toBeInstanceOf(RazorpayUnreachableError);
    await expect(
      offline.createRefund({ paymentId: 'pay_AAAAAAAAAAAAAA', amountPaise: 100, idempotencyKey: 'refund-offline-1' }),
    ).rejects.toBeInstanceOf(RazorpayUnreachableError);
  });

  test('ids that are not Razorpay ids and amounts that are not integer paise never reach the network', async () => {
    await expect(gateway.fetchPayment('pay_x/../../orders/order_A' as RazorpayPaymentId)).rejects.toThrow(TypeError);
    await expect(gateway.fetchOrder('pay_AAAAAAAAAAAAAA' as RazorpayOrderId)).rejects.toThrow(TypeError);
    await expect(gateway.createOrder({ amountPaise: 499.5, currency: 'INR', receipt: 'rs_float' })).rejects.toThrow(TypeError);
  });
});

/** A port nothing listens on: bind one, then release it. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('what reconciliation and refund checks rely on', () => {
  test('an order’s payments are listed, short and failed ones included', async () => {
    const order = await newOrder(50_000);
    local.completeCheckout(order.id, { fail: true });
    const short = local.completeCheckout(order.id, { amountPaise: 20_000 });
    const payments = await gateway.fetchOrderPayments(order.id);
    expect(payments.map((p) => [p.status, p.amount])).toEqual([
      ['failed', 50_000],
      ['captured', 20_000],
    ]);
    expect(payments[1]!.id).toBe(short.razorpay_payment_id);
  });

  test('Razorpay’s refund rules: key of 10+ letters, digits, - or _, and at least ₹1', async () => {
    const { paymentId } = await paidOrder();
    const nineCharacters = await rejection(gateway.createRefund({ paymentId, amountPaise: 1_000, idempotencyKey: 'refund-01' }));
    expect(nineCharacters).toBeInstanceOf(TypeError); // the adapter refuses before the network
    const response = await fetch(`${running.url}/v1/payments/${paymentId}/refund`, {
      method: 'POST',
      headers: { authorization: `Basic ${Buffer.from(`${KEY_ID}:${KEY_SECRET}`).toString('base64')}`, 'content-type': 'application/json', 'x-refund-idempotency': 'refund-01' },
      body: JSON.stringify({ amount: 1_000 }),
    });
    expect(response.status).toBe(400);
    const underOneRupee = await rejection(gateway.createRefund({ paymentId, amountPaise: 99, idempotencyKey: 'refund-under-1' }));
    expect(underOneRupee).toMatchObject({ statusCode: 400, field: 'amount' });
  });

  test('a simulated outage answers 503 once, then the same key refunds', async () => {
    const { paymentId } = await paidOrder();
    local.refundTrouble(paymentId, { times: 1, status: 503 });
    const outage = await rejection(gateway.createRefund({ paymentId, amountPaise: 1_000, idempotencyKey: 'outage-key-01' }));
    expect(outage).toMatchObject({ statusCode: 503 });
    const refund = await gateway.createRefund({ paymentId, amountPaise: 1_000, idempotencyKey: 'outage-key-01' });
    expect(refund).toMatchObject({ status: 'processed', amount: 1_000 });
    local.refundTrouble(paymentId, { status: 400 });
    const refused = await rejection(gateway.createRefund({ paymentId, amountPaise: 1_000, idempotencyKey: 'refused-key-01' }));
    expect(refused).toMatchObject({ statusCode: 400, code: 'BAD_REQUEST_ERROR' });
  });
});
