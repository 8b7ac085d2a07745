import { createHmac, randomUUID } from 'node:crypto';
import { seededAdmin, type Actor } from '../harness/actors.js';
import { eventually } from '../harness/eventually.js';
import { errorCodes } from '../harness/graphql-client.js';
import { CANCEL, CONFIRM, DISPATCH, collectCash, deliverWithOtp, placedOrder } from '../orders/order-helpers.js';
import { START, onlineOrder } from './payment-helpers.js';
import { deliverWebhook, payInCheckout, paymentsWebhookUrl, webhooksSettled } from './razorpay-local.js';

const VERIFY = `mutation V($input: VerifyPaymentInput!) { verifyPayment(input: $input) { id status amount { paise } razorpayPaymentId } }`;
const ORDER_PAYMENT = `query O($id: ID!) { order(id: $id) { id status paymentStatus total { paise } payment { id method status amount { paise } refunded { paise } refunds { status amount { paise } } transactions { type source } } statusHistory { toStatus actor } } }`;
const REFUND = `mutation R($input: RefundPaymentInput!) { refundPayment(input: $input) { id status amount { paise } } }`;

interface PaymentView {
  id: string;
  status: string;
  paymentStatus: string;
  total: { paise: number };
  payment: null | { method: string; status: string; amount: { paise: number }; refunded: { paise: number }; refunds: Array<{ status: string; amount: { paise: number } }>; transactions: Array<{ type: string; source: string }> };
  statusHistory: Array<{ toStatus: string; actor: string }>;
}

async function view(actor: Actor, id: string): Promise<PaymentView> {
  return (await actor.ok<{ order: PaymentView }>(ORDER_PAYMENT, { id })).order;
}

async function paidOrder() {
  const setup = await onlineOrder();
  const checkout = await payInCheckout(setup.razorpayOrderId);
  await setup.buyer.ok(VERIFY, {
    input: { orderId: setup.order.id, razorpayOrderId: checkout.razorpay_order_id, razorpayPaymentId: checkout.razorpay_payment_id, razorpaySignature: checkout.razorpay_signature },
  });
  await eventually(async () => (await view(setup.buyer, setup.order.id)).status === 'PAID', { what: 'the order to become PAID' });
  return { ...setup, checkout };
}

describe('paying online with Razorpay', () => {
  it('checkout, verification and the webhook capture once; the order goes PAID → … → COMPLETED', async () => {
    const { vendor, buyer, order, razorpayOrderId, amountPaise } = await onlineOrder();
    expect(amountPaise).toBe(order.total.paise);
    // Asking again returns the same Razorpay order (no second order at Razorpay).
    const again = await buyer.ok<{ startOnlinePayment: { razorpayOrderId: string } }>(START, { id: order.id });
    expect(again.startOnlinePayment.razorpayOrderId).toBe(razorpayOrderId);

    const checkout = await payInCheckout(razorpayOrderId);
    const { verifyPayment } = await buyer.ok<{ verifyPayment: { status: string; razorpayPaymentId: string } }>(VERIFY, {
      input: { orderId: order.id, razorpayOrderId, razorpayPaymentId: checkout.razorpay_payment_id, razorpaySignature: checkout.razorpay_signature },
    });
    expect(verifyPayment).toMatchObject({ status: 'CAPTURED', razorpayPaymentId: checkout.razorpay_payment_id });
    await webhooksSettled();
    await eventually(async () => (await view(buyer, order.id)).status === 'PAID', { what: 'PAID' });

    const admin = await seededAdmin();
    const adminView = await view(admin, order.id);
    expect(adminView.payment?.transactions.filter((t) => ['CAPTURED'].includes(t.type))).toHaveLength(1);
    expect(adminView.paymentStatus).toBe('PAID');

    await vendor.ok(CONFIRM, { id: order.id });
    await vendor.ok(DISPATCH, { id: order.id });
    expect(await deliverWithOtp(vendor, buyer, order.id)).toBe('COMPLETED');
    expect((await view(buyer, order.id)).statusHistory.map((h) => h.toStatus)).toEqual([
      'PENDING_PAYMENT',
      'PAID',
      'CONFIRMED',
      'OUT_FOR_DELIVERY',
      'DELIVERED',
      'COMPLETED',
    ]);
  });

  it('the webhook alone (no client verification) captures the payment', async () => {
    const { buyer, order, razorpayOrderId } = await onlineOrder();
    await payInCheckout(razorpayOrderId);
    await eventually(async () => (await view(buyer, order.id)).paymentStatus === 'PAID', { what: 'the webhook to capture' });
  });

  it('a webhook replayed 100 times changes state once', async () => {
    const { buyer, order, checkout } = await paidOrder();
    await webhooksSettled();
    const { statuses } = await deliverWebhook('payment.captured', { orderId: checkout.razorpay_order_id, paymentId: checkout.razorpay_payment_id }, paymentsWebhookUrl(), 100);
    expect(statuses).toHaveLength(100);
    expect(statuses.every((s) => s === 200)).toBe(true);
    const admin = await seededAdmin();
    const after = await view(admin, order.id);
    expect(after.payment?.transactions.filter((t) => t.type === 'CAPTURED')).toHaveLength(1);
    expect(after.statusHistory.filter((h) => h.toStatus === 'PAID')).toHaveLength(1);
    expect((await view(buyer, order.id)).status).toBe('PAID');
  });

  it('a webhook with a forged signature is refused and changes nothing', async () => {
    const { buyer, order, razorpayOrderId, amountPaise } = await onlineOrder();
    const body = JSON.stringify({
      entity: 'event',
      event: 'payment.captured',
      contains: ['payment'],
      payload: { payment: { entity: { id: 'pay_Forged0000001', order_id: razorpayOrderId, amount: amountPaise, currency: 'INR', status: 'captured' } } },
      created_at: Math.floor(Date.now() / 1000),
    });
    const response = await fetch(paymentsWebhookUrl(), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-razorpay-event-id': `evt_${randomUUID().slice(0, 12)}`,
        'x-razorpay-signature': createHmac('sha256', 'guessed-webhook-secret').update(body).digest('hex'),
      },
      body,
    });
    expect(response.status).toBe(400);
    const unsigned = await fetch(paymentsWebhookUrl(), { method: 'POST', headers: { 'content-type': 'application/json', 'x-razorpay-event-id': 'evt_nosignature' }, body });
    expect(unsigned.status).toBe(400);
    expect(await view(buyer, order.id)).toMatchObject({ status: 'PENDING_PAYMENT', paymentStatus: 'PENDING' });
  });

  it('a payment for a different amount is rejected by verification and not captured by its webhook', async () => {
    const { buyer, order, razorpayOrderId, amountPaise } = await onlineOrder();
    const checkout = await payInCheckout(razorpayOrderId, { amountPaise: amountPaise - 100 });
    const response = await buyer.run(VERIFY, {
      input: { orderId: order.id, razorpayOrderId, razorpayPaymentId: checkout.razorpay_payment_id, razorpaySignature: checkout.razorpay_signature },
    });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0]?.extensions?.reason).toBe('AMOUNT_MISMATCH');
    await webhooksSettled();
    expect(await view(buyer, order.id)).toMatchObject({ status: 'PENDING_PAYMENT' });
  });

  it('a tampered signature, or another order’s Razorpay id, fails verification', async () => {
    const first = await onlineOrder();
    const second = await onlineOrder();
    const checkout = await payInCheckout(first.razorpayOrderId);
    const tampered = { orderId: first.order.id, razorpayOrderId: first.razorpayOrderId, razorpayPaymentId: checkout.razorpay_payment_id, razorpaySignature: 'a'.repeat(64) };
    expect(errorCodes(await first.buyer.run(VERIFY, { input: tampered }))).toEqual(['BAD_USER_INPUT']);
    const crossed = { ...tampered, razorpayOrderId: second.razorpayOrderId, razorpaySignature: checkout.razorpay_signature };
    expect(errorCodes(await first.buyer.run(VERIFY, { input: crossed }))).toEqual(['BAD_USER_INPUT']);
    // Someone else's order is not found at all.
    expect(errorCodes(await second.buyer.run(VERIFY, { input: { ...tampered, razorpaySignature: checkout.razorpay_signature } }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await second.buyer.run(START, { id: first.order.id }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await first.vendor.run(START, { id: first.order.id }))).toEqual(['FORBIDDEN']);
  });
});

describe('refunds', () => {
  it('cancelling a paid order refunds it in full: payment REFUNDED, order REFUNDED', async () => {
    const { buyer, order } = await paidOrder();
    const { cancelOrder } = await buyer.ok<{ cancelOrder: { status: string; paymentStatus: string } }>(CANCEL, { input: { orderId: order.id, reason: 'Site work postponed' } });
    expect(cancelOrder).toMatchObject({ status: 'CANCELLED', paymentStatus: 'REFUND_PENDING' });
    await eventually(async () => (await view(buyer, order.id)).paymentStatus === 'REFUNDED', { what: 'the refund' });
    const final = await view(buyer, order.id);
    expect(final.payment).toMatchObject({ status: 'REFUNDED', refunded: { paise: order.total.paise } });
    expect(final.payment?.refunds).toEqual([{ status: 'PROCESSED', amount: { paise: order.total.paise } }]);
  });

  it('admins refund partially, then the rest; never more than captured; a retry refunds once', async () => {
    const { buyer, order } = await paidOrder();
    const admin = await seededAdmin();
    const key = `refund-${randomUUID().slice(0, 8)}`;
    const partial = { orderId: order.id, amountPaise: 10_000, reason: 'Two bags damaged', idempotencyKey: key };
    const first = await admin.ok<{ refundPayment: { id: string; status: string } }>(REFUND, { input: partial });
    const retry = await admin.ok<{ refundPayment: { id: string } }>(REFUND, { input: partial });
    expect(retry.refundPayment.id).toBe(first.refundPayment.id);
    expect(first.refundPayment.status).toBe('PROCESSED');

    const tooMuch = await admin.run(REFUND, { input: { orderId: order.id, amountPaise: order.total.paise, reason: 'All of it', idempotencyKey: `refund-${randomUUID().slice(0, 8)}` } });
    expect(errorCodes(tooMuch)).toEqual(['BAD_USER_INPUT']);

    await admin.ok(REFUND, { input: { orderId: order.id, reason: 'Order cancelled by phone', idempotencyKey: `refund-${randomUUID().slice(0, 8)}` } });
    const final = await view(admin, order.id);
    expect(final.payment).toMatchObject({ status: 'REFUNDED', refunded: { paise: order.total.paise } });
    expect(errorCodes(await buyer.run(REFUND, { input: { ...partial, idempotencyKey: `refund-${randomUUID().slice(0, 8)}` } }))).toEqual(['FORBIDDEN']);
  });
});

describe('cash on delivery', () => {
  it('a COD order has a COD payment that is captured when the vendor records the cash', async () => {
    const { vendor, buyer, order: placeOrder } = await placedOrder(2);
    await eventually(async () => (await view(buyer, placeOrder.id)).payment?.status === 'CREATED', { what: 'the COD payment' });
    expect(errorCodes(await buyer.run(START, { id: placeOrder.id }))).toEqual(['BAD_USER_INPUT']);
    for (const step of [CONFIRM, DISPATCH]) await vendor.ok(step, { id: placeOrder.id });
    await deliverWithOtp(vendor, buyer, placeOrder.id);
    await collectCash(vendor, placeOrder);
    await eventually(async () => (await view(buyer, placeOrder.id)).payment?.status === 'CAPTURED', { what: 'the COD capture' });
    expect((await view(buyer, placeOrder.id)).payment).toMatchObject({ method: 'COD', amount: { paise: placeOrder.total.paise } });
  });
});

describe('failed and out-of-order payment events', () => {
  it('a failed payment marks the order FAILED; paying again then succeeds; a late failure does not undo it', async () => {
    const { buyer, order, razorpayOrderId } = await onlineOrder();
    const failed = await fetch(new URL(`/_local/orders/${razorpayOrderId}/checkout`, process.env.REALSERV_RAZORPAY_URL).toString(), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ fail: true }),
    });
    expect(failed.ok).toBe(true);
    await eventually(async () => (await view(buyer, order.id)).paymentStatus === 'FAILED', { what: 'payment.failed to arrive' });

    const checkout = await payInCheckout(razorpayOrderId);
    await buyer.ok(VERIFY, {
      input: { orderId: order.id, razorpayOrderId, razorpayPaymentId: checkout.razorpay_payment_id, razorpaySignature: checkout.razorpay_signature },
    });
    await eventually(async () => (await view(buyer, order.id)).status === 'PAID', { what: 'PAID after retrying' });

    // A failure event arriving after the capture (reordered delivery) changes nothing.
    await deliverWebhook('payment.failed', { orderId: razorpayOrderId, paymentId: checkout.razorpay_payment_id }, paymentsWebhookUrl());
    await webhooksSettled();
    const admin = await seededAdmin();
    const final = await view(admin, order.id);
    expect(final).toMatchObject({ status: 'PAID', paymentStatus: 'PAID' });
    expect(final.payment?.status).toBe('CAPTURED');
  });
});
