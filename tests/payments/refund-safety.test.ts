import { randomUUID } from 'node:crypto';
import { seededAdmin, type Actor } from '../harness/actors.js';
import { eventually } from '../harness/eventually.js';
import { errorCodes } from '../harness/graphql-client.js';
import { stockOf } from '../orders/order-helpers.js';
import { START, onlineOrder } from './payment-helpers.js';
import { deliverCustomWebhook, payInCheckout, paymentsWebhookUrl, refundTrouble, webhooksSettled } from './razorpay-local.js';

const VERIFY = `mutation V($input: VerifyPaymentInput!) { verifyPayment(input: $input) { id status } }`;
const REFUND = `mutation R($input: RefundPaymentInput!) { refundPayment(input: $input) { id status failureReason amount { paise } } }`;
const RECONCILE = `mutation C($ids: [ID!]) { reconcilePayments(orderIds: $ids) { refundsChecked refundsSettled paymentsChecked paymentsCaptured unmatchedPaymentsRefunded failures } }`;
const EXPIRE = `mutation E($ids: [ID!]) { expireUnpaidOrders(orderIds: $ids) { id status } }`;
const FAILED_WEBHOOKS = `{ failedRazorpayWebhooks { eventId eventType error } }`;
const VIEW = `query O($id: ID!) { order(id: $id) {
  id status paymentStatus closingReason total { paise } statusHistory { toStatus actor }
  payment { status razorpayOrderId razorpayPaymentId refunded { paise } refunds { kind status amount { paise } razorpayPaymentId failureReason } transactions { type } }
} }`;

interface View {
  id: string;
  status: string;
  paymentStatus: string;
  closingReason: string | null;
  total: { paise: number };
  statusHistory: Array<{ toStatus: string; actor: string }>;
  payment: null | {
    status: string;
    razorpayOrderId: string | null;
    razorpayPaymentId: string | null;
    refunded: { paise: number };
    refunds: Array<{ kind: string; status: string; amount: { paise: number }; razorpayPaymentId: string | null; failureReason: string | null }>;
    transactions: Array<{ type: string }>;
  };
}

const key = () => `refund-${randomUUID()}`;

async function view(actor: Actor, id: string): Promise<View> {
  return (await actor.ok<{ order: View }>(VIEW, { id })).order;
}

async function paidOrder() {
  const setup = await onlineOrder();
  const checkout = await payInCheckout(setup.razorpayOrderId);
  await eventually(async () => (await view(setup.buyer, setup.order.id)).status === 'PAID', { what: 'the order to be paid' });
  return { ...setup, razorpayPaymentId: checkout.razorpay_payment_id };
}

describe('refunds that cannot get stuck', () => {
  it('a key Razorpay would refuse (9 characters) is refused before anything is recorded; the order can still be refunded in full', async () => {
    const { order } = await paidOrder();
    const admin = await seededAdmin();
    const refused = await admin.run(REFUND, { input: { orderId: order.id, amountPaise: 10_000, reason: 'Damaged bags', idempotencyKey: 'refund-01' } });
    expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
    expect((await view(admin, order.id)).payment?.refunds).toEqual([]);

    const full = await admin.ok<{ refundPayment: { status: string; amount: { paise: number } } }>(REFUND, { input: { orderId: order.id, reason: 'Order cancelled by phone', idempotencyKey: key() } });
    expect(full.refundPayment).toMatchObject({ status: 'PROCESSED', amount: { paise: order.total.paise } });
    expect((await view(admin, order.id)).payment).toMatchObject({ status: 'REFUNDED', refunded: { paise: order.total.paise } });
  });

  it('a refund Razorpay refuses ends FAILED with a CONFLICT for the admin, and its amount is free again', async () => {
    const { order, razorpayPaymentId } = await paidOrder();
    const admin = await seededAdmin();
    await refundTrouble(razorpayPaymentId, 400);
    const request = { orderId: order.id, amountPaise: 10_000, reason: 'Two bags damaged', idempotencyKey: key() };
    const refused = await admin.run(REFUND, { input: request });
    expect(errorCodes(refused)).toEqual(['CONFLICT']);
    expect(refused.errors?.[0]?.extensions?.reason).toBe('REFUND_REFUSED_BY_PROVIDER');
    expect(refused.errors?.[0]?.message).toMatch(/enough balance/);
    // The same request again gets the same answer (the first result), without a second attempt.
    const refundId = refused.errors?.[0]?.extensions?.refundId;
    expect(refundId).toEqual(expect.any(String));
    expect((await admin.run(REFUND, { input: request })).errors?.[0]?.extensions?.refundId).toBe(refundId);

    const after = await view(admin, order.id);
    expect(after.payment?.refunds).toEqual([expect.objectContaining({ status: 'FAILED', amount: { paise: 10_000 }, failureReason: expect.stringMatching(/enough balance/) })]);
    await admin.ok(REFUND, { input: { orderId: order.id, reason: 'Refund everything', idempotencyKey: key() } });
    expect((await view(admin, order.id)).payment).toMatchObject({ status: 'REFUNDED', refunded: { paise: order.total.paise } });
  });

  it('when Razorpay refuses the automatic refund of a cancelled order, it ends FAILED once (no retry loop) and an admin can refund', async () => {
    const { buyer, order, razorpayPaymentId } = await paidOrder();
    await refundTrouble(razorpayPaymentId, 400);
    await buyer.ok(`mutation X($input: OrderReasonInput!) { cancelOrder(input: $input) { id } }`, { input: { orderId: order.id, reason: 'Site work postponed' } });
    const admin = await seededAdmin();
    await eventually(async () => (await view(admin, order.id)).payment?.refunds.some((r) => r.status === 'FAILED'), { what: 'the automatic refund to fail' });
    expect((await view(admin, order.id)).payment?.refunds).toEqual([expect.objectContaining({ kind: 'ORDER', status: 'FAILED', amount: { paise: order.total.paise } })]);

    await admin.ok(REFUND, { input: { orderId: order.id, reason: 'Refund after Razorpay refused', idempotencyKey: key() } });
    await eventually(async () => (await view(buyer, order.id)).paymentStatus === 'REFUNDED', { what: 'the order to show the refund' });
    expect((await view(admin, order.id)).payment?.refunds.map((r) => r.status)).toEqual(['FAILED', 'PROCESSED']);
  });

  it('a refund whose outcome is unknown (Razorpay unreachable) stays PENDING until reconciliation settles it', async () => {
    const { buyer, order, razorpayPaymentId } = await paidOrder();
    const admin = await seededAdmin();
    await refundTrouble(razorpayPaymentId, 503);
    const { refundPayment } = await admin.ok<{ refundPayment: { status: string } }>(REFUND, { input: { orderId: order.id, reason: 'Order cancelled by phone', idempotencyKey: key() } });
    expect(refundPayment.status).toBe('PENDING');

    // (The periodic run may settle it first; either way the on-demand run ends with nothing pending.)
    const { reconcilePayments } = await admin.ok<{ reconcilePayments: Record<string, number> }>(RECONCILE, { ids: [order.id] });
    expect(reconcilePayments).toMatchObject({ refundsChecked: reconcilePayments.refundsSettled, failures: 0 });
    expect((await view(admin, order.id)).payment).toMatchObject({ status: 'REFUNDED', refunded: { paise: order.total.paise }, refunds: [{ status: 'PROCESSED' }] });
    await eventually(async () => (await view(buyer, order.id)).paymentStatus === 'REFUNDED', { what: 'the order to show the refund' });
  });
});

describe('unpaid and mismatched payments', () => {
  it('a payment whose webhooks were lost is captured by reconciliation', async () => {
    const { buyer, order, razorpayOrderId } = await onlineOrder();
    await payInCheckout(razorpayOrderId, { webhooks: false });
    const admin = await seededAdmin();
    const { reconcilePayments } = await admin.ok<{ reconcilePayments: Record<string, number> }>(RECONCILE, { ids: [order.id] });
    expect(reconcilePayments).toMatchObject({ failures: 0, unmatchedPaymentsRefunded: 0 });
    await eventually(async () => (await view(buyer, order.id)).status === 'PAID', { what: 'the order to be paid' });
  });

  it('an online order left unpaid past the payment window is cancelled by the system and its stock released', async () => {
    const { material, vendor, order } = await onlineOrder(3);
    expect(await stockOf(vendor, material.id)).toBe(97);
    const admin = await seededAdmin();
    // The e2e stack runs with a 3-second window (tests/harness/global-setup.ts); production's is 30 minutes.
    await eventually(async () => (await admin.ok<{ expireUnpaidOrders: Array<{ id: string }> }>(EXPIRE, { ids: [order.id] })).expireUnpaidOrders.length === 1, {
      what: 'the payment window to pass',
      intervalMs: 250,
    });
    const cancelled = await view(admin, order.id);
    expect(cancelled).toMatchObject({ status: 'CANCELLED', paymentStatus: 'NOT_REQUIRED', closingReason: expect.stringMatching(/^Not paid within/) });
    expect(cancelled.statusHistory.at(-1)).toEqual({ toStatus: 'CANCELLED', actor: 'SYSTEM' });
    await eventually(async () => (await stockOf(vendor, material.id)) === 100, { what: 'the stock to be released' });
    // Running again changes nothing.
    expect((await admin.ok<{ expireUnpaidOrders: unknown[] }>(EXPIRE, { ids: [order.id] })).expireUnpaidOrders).toEqual([]);
  });

  it('a payment captured after the window closed is refunded automatically', async () => {
    const { buyer, order, razorpayOrderId } = await onlineOrder();
    const admin = await seededAdmin();
    await eventually(async () => (await admin.ok<{ expireUnpaidOrders: unknown[] }>(EXPIRE, { ids: [order.id] })).expireUnpaidOrders.length === 1, {
      what: 'the payment window to pass',
      intervalMs: 250,
    });
    await payInCheckout(razorpayOrderId);
    await eventually(async () => (await view(buyer, order.id)).paymentStatus === 'REFUNDED', { what: 'the late payment to be refunded' });
    expect(await view(admin, order.id)).toMatchObject({ status: 'CANCELLED', payment: { status: 'REFUNDED', refunded: { paise: order.total.paise } } });
  });

  it('a short payment is refunded in full automatically and the buyer pays again in a new checkout', async () => {
    const { buyer, order, razorpayOrderId } = await onlineOrder();
    const short = await payInCheckout(razorpayOrderId, { amountPaise: order.total.paise - 100 });
    const verify = await buyer.run(VERIFY, {
      input: { orderId: order.id, razorpayOrderId, razorpayPaymentId: short.razorpay_payment_id, razorpaySignature: short.razorpay_signature },
    });
    expect(errorCodes(verify)).toEqual(['BAD_USER_INPUT']);
    expect(verify.errors?.[0]?.extensions).toMatchObject({ reason: 'AMOUNT_MISMATCH', refunded: true });
    await webhooksSettled();
    const admin = await seededAdmin();
    const refunded = await view(admin, order.id);
    expect(refunded).toMatchObject({ status: 'PENDING_PAYMENT' });
    expect(refunded.payment).toMatchObject({
      status: 'CREATED',
      refunded: { paise: 0 },
      refunds: [{ kind: 'UNMATCHED_PAYMENT', status: 'PROCESSED', amount: { paise: order.total.paise - 100 }, razorpayPaymentId: short.razorpay_payment_id }],
    });

    const again = await buyer.ok<{ startOnlinePayment: { razorpayOrderId: string; amount: { paise: number } } }>(START, { id: order.id });
    expect(again.startOnlinePayment.razorpayOrderId).not.toBe(razorpayOrderId);
    expect(again.startOnlinePayment.amount.paise).toBe(order.total.paise);
    const full = await payInCheckout(again.startOnlinePayment.razorpayOrderId);
    await buyer.ok(VERIFY, {
      input: { orderId: order.id, razorpayOrderId: full.razorpay_order_id, razorpayPaymentId: full.razorpay_payment_id, razorpaySignature: full.razorpay_signature },
    });
    await eventually(async () => (await view(buyer, order.id)).status === 'PAID', { what: 'the order to be paid' });
    expect((await view(admin, order.id)).payment).toMatchObject({ status: 'CAPTURED', razorpayPaymentId: full.razorpay_payment_id, refunded: { paise: 0 } });
  });

  it('a short payment reported only by its webhook is refunded too', async () => {
    const { order, razorpayOrderId } = await onlineOrder();
    const short = await payInCheckout(razorpayOrderId, { amountPaise: 5_000 });
    const admin = await seededAdmin();
    await eventually(async () => (await view(admin, order.id)).payment?.refunds.some((r) => r.razorpayPaymentId === short.razorpay_payment_id && r.status === 'PROCESSED'), {
      what: 'the short payment to be refunded',
    });
    expect((await view(admin, order.id)).payment).toMatchObject({ razorpayOrderId: null, refunded: { paise: 0 } });
  });

  it('a webhook that cannot be applied (its payment already paid another order) is recorded as failed once and changes nothing', async () => {
    const paid = await paidOrder();
    const other = await onlineOrder();
    await webhooksSettled();
    const envelope = {
      entity: 'event',
      account_id: 'acc_Local0000001',
      event: 'payment.captured',
      contains: ['payment'],
      payload: { payment: { entity: { id: paid.razorpayPaymentId, entity: 'payment', order_id: other.razorpayOrderId, amount: other.order.total.paise, currency: 'INR', status: 'captured', captured: true } } },
      created_at: Math.floor(Date.now() / 1000),
    };
    const { eventId, statuses } = await deliverCustomWebhook(other.razorpayOrderId, envelope, paymentsWebhookUrl());
    expect(statuses).toEqual([200]);
    const admin = await seededAdmin();
    const failed = await eventually(
      async () => (await admin.ok<{ failedRazorpayWebhooks: Array<{ eventId: string; error: string }> }>(FAILED_WEBHOOKS)).failedRazorpayWebhooks.find((w) => w.eventId === eventId),
      { what: 'the webhook to be recorded as failed' },
    );
    expect(failed.error).toMatch(/^PAYMENT_BOUND_TO_ANOTHER_ORDER/);
    expect(await view(admin, other.order.id)).toMatchObject({ status: 'PENDING_PAYMENT', payment: { status: 'CREATED', razorpayPaymentId: null } });
    expect(await view(admin, paid.order.id)).toMatchObject({ status: 'PAID', payment: { status: 'CAPTURED', razorpayPaymentId: paid.razorpayPaymentId } });
  });
});
