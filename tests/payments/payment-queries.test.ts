import { randomUUID } from 'node:crypto';
import { newBuyer, newVendorUser, seededAdmin, type Actor } from '../harness/actors.js';
import { eventually } from '../harness/eventually.js';
import { errorCodes, graphql } from '../harness/graphql-client.js';
import { onlineOrder } from './payment-helpers.js';
import { addAddress, cement } from '../orders/order-helpers.js';
import { completedOrder, indiaDay, oneDay, refundsReachSettlements } from '../harness/settlements.js';
import { newVendor } from '../harness/vendors.js';
import { dashboardRefund, deliverCustomWebhook, deliverWebhook, holdRefundReplies, payInCheckout, paymentsWebhookUrl, releaseRefundReplies, webhooksSettled } from './razorpay-local.js';

const PAYMENT = `query P($id: ID!) { payment(id: $id) { id orderNumber method status amount { paise } order { id orderNumber } } }`;
const PAYMENTS = `query L($filter: PaymentsFilter, $page: PageInput) {
  payments(filter: $filter, page: $page) { items { id orderNumber method status createdAt order { id orderNumber status } } pageInfo { totalCount offset limit hasNextPage } }
}`;
const ORDER_PAYMENT = `query O($id: ID!) { order(id: $id) { id paymentStatus payment { id status refunded { paise } refunds { status amount { paise } razorpayRefundId reason } } } }`;
const FAILED_WEBHOOKS = `{ failedRazorpayWebhooks { eventId eventType error } }`;
const REFUND = `mutation R($input: RefundPaymentInput!) { refundPayment(input: $input) { id status amount { paise } } }`;

interface PaymentsData {
  payments: {
    items: Array<{ id: string; orderNumber: string; method: string; status: string; createdAt: string; order: { id: string; orderNumber: string; status: string } | null }>;
    pageInfo: { totalCount: number; offset: number; limit: number; hasNextPage: boolean };
  };
}
interface OrderPayment {
  id: string;
  paymentStatus: string;
  payment: { id: string; status: string; refunded: { paise: number }; refunds: Array<{ status: string; amount: { paise: number }; razorpayRefundId: string | null; reason: string }> };
}

async function orderPayment(actor: Actor, id: string): Promise<OrderPayment> {
  return (await actor.ok<{ order: OrderPayment }>(ORDER_PAYMENT, { id })).order;
}

async function paidOrder() {
  const setup = await onlineOrder();
  const checkout = await payInCheckout(setup.razorpayOrderId);
  await eventually(async () => (await orderPayment(setup.buyer, setup.order.id)).paymentStatus === 'PAID', { what: 'the order to be paid' });
  const paymentId = (await orderPayment(setup.buyer, setup.order.id)).payment.id;
  return { ...setup, paymentId, razorpayPaymentId: checkout.razorpay_payment_id };
}

describe('reading payments', () => {
  it('the order’s buyer, its vendor and admins read a payment; other buyers and vendors get NOT_FOUND; anonymous callers are refused', async () => {
    const { buyer, vendor, order, paymentId } = await paidOrder();
    const admin = await seededAdmin();
    for (const actor of [buyer, vendor, admin]) {
      const { payment } = await actor.ok<{ payment: { id: string; status: string; order: { id: string; orderNumber: string } } }>(PAYMENT, { id: paymentId });
      expect(payment).toMatchObject({ id: paymentId, status: 'CAPTURED', order: { id: order.id, orderNumber: order.orderNumber } });
    }
    for (const stranger of [await newBuyer(), await newVendorUser()]) {
      expect(errorCodes(await stranger.run(PAYMENT, { id: paymentId }))).toEqual(['NOT_FOUND']);
    }
    expect(errorCodes(await admin.run(PAYMENT, { id: randomUUID() }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await admin.run(PAYMENT, { id: 'pay-1' }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await graphql(PAYMENT, { id: paymentId }))).toEqual(['UNAUTHENTICATED']);
  });

  it('admins list payments by order number, status, method and date range, with their orders; others are refused', async () => {
    const paid = await paidOrder();
    const unpaid = await onlineOrder();
    const admin = await seededAdmin();
    const start = new Date(Date.now() - 10 * 60_000).toISOString();

    const byNumber = await admin.ok<PaymentsData>(PAYMENTS, { filter: { orderNumber: paid.order.orderNumber } });
    expect(byNumber.payments.pageInfo.totalCount).toBe(1);
    expect(byNumber.payments.items[0]).toMatchObject({ id: paid.paymentId, method: 'ONLINE', status: 'CAPTURED', order: { id: paid.order.id, status: 'PAID' } });

    // The unpaid one is CREATED, so a CAPTURED filter leaves it out and a CREATED filter finds it.
    const unpaidNumber = { orderNumber: unpaid.order.orderNumber };
    expect((await admin.ok<PaymentsData>(PAYMENTS, { filter: { ...unpaidNumber, status: 'CAPTURED' } })).payments.items).toEqual([]);
    expect((await admin.ok<PaymentsData>(PAYMENTS, { filter: { ...unpaidNumber, status: 'CREATED', method: 'ONLINE' } })).payments.pageInfo.totalCount).toBe(1);
    expect((await admin.ok<PaymentsData>(PAYMENTS, { filter: { ...unpaidNumber, method: 'COD' } })).payments.items).toEqual([]);

    // A window in the past holds neither; the last ten minutes hold both, newest first, one page at a time.
    expect((await admin.ok<PaymentsData>(PAYMENTS, { filter: { ...unpaidNumber, to: start } })).payments.items).toEqual([]);
    const recent = await admin.ok<PaymentsData>(PAYMENTS, { filter: { from: start, method: 'ONLINE' }, page: { offset: 0, limit: 100 } });
    const ids = recent.payments.items.map((p) => p.id);
    expect(ids).toContain(paid.paymentId);
    const times = recent.payments.items.map((p) => Date.parse(p.createdAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    const firstPage = await admin.ok<PaymentsData>(PAYMENTS, { filter: { from: start }, page: { offset: 0, limit: 1 } });
    expect(firstPage.payments.items).toHaveLength(1);
    expect(firstPage.payments.pageInfo.hasNextPage).toBe(true);

    expect(errorCodes(await admin.run(PAYMENTS, { filter: { from: new Date().toISOString(), to: start } }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await admin.run(PAYMENTS, { page: { offset: 0, limit: 500 } }))).toEqual(['BAD_USER_INPUT']);
    for (const actor of [paid.buyer, paid.vendor]) expect(errorCodes(await actor.run(PAYMENTS))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graphql(PAYMENTS))).toEqual(['UNAUTHENTICATED']);
  });
});

describe('refunds started in Razorpay’s dashboard', () => {
  it('appear on the payment and the order, once, however often Razorpay redelivers them', async () => {
    const { buyer, vendor, order, razorpayPaymentId } = await paidOrder();
    const admin = await seededAdmin();

    const first = await dashboardRefund(razorpayPaymentId, 10_000);
    await eventually(async () => (await orderPayment(buyer, order.id)).payment.refunds.some((r) => r.status === 'PROCESSED'), { what: 'the dashboard refund to be recorded' });
    const partly = await orderPayment(vendor, order.id);
    expect(partly.payment).toMatchObject({ status: 'PARTIALLY_REFUNDED', refunded: { paise: 10_000 } });
    expect(partly.payment.refunds).toEqual([{ status: 'PROCESSED', amount: { paise: 10_000 }, razorpayRefundId: first.id, reason: 'Refunded outside RealServ' }]);

    // Razorpay's retries of both events (same event ids) and the rest refunded from the dashboard.
    await deliverWebhook('refund.created', { refundId: first.id }, paymentsWebhookUrl(), 2);
    await deliverWebhook('refund.processed', { refundId: first.id }, paymentsWebhookUrl(), 2);
    const rest = await dashboardRefund(razorpayPaymentId);
    expect(rest.amount).toBe(order.total.paise - 10_000);
    await eventually(async () => (await orderPayment(buyer, order.id)).paymentStatus === 'REFUNDED', { what: 'the order to show the full refund' });
    await webhooksSettled();
    const final = await orderPayment(admin, order.id);
    expect(final.payment).toMatchObject({ status: 'REFUNDED', refunded: { paise: order.total.paise } });
    expect(final.payment.refunds.map((r) => [r.razorpayRefundId, r.amount.paise, r.status])).toEqual([
      [first.id, 10_000, 'PROCESSED'],
      [rest.id, order.total.paise - 10_000, 'PROCESSED'],
    ]);
  });

  it('a signed refund webhook for more than is left to refund is recorded as failed and changes nothing', async () => {
    const { buyer, order, razorpayPaymentId } = await paidOrder();
    const admin = await seededAdmin();
    const refund = { id: `rfnd_${randomUUID().replace(/-/g, '').slice(0, 14)}`, entity: 'refund', amount: order.total.paise + 100, currency: 'INR', payment_id: razorpayPaymentId, status: 'processed', notes: {}, receipt: null, created_at: Math.floor(Date.now() / 1000) };
    const delivery = await deliverCustomWebhook(razorpayPaymentId, { entity: 'event', event: 'refund.processed', contains: ['refund'], payload: { refund: { entity: refund } }, created_at: refund.created_at }, paymentsWebhookUrl());
    expect(delivery.statuses).toEqual([200]);
    await eventually(
      async () => (await admin.ok<{ failedRazorpayWebhooks: Array<{ eventId: string; error: string }> }>(FAILED_WEBHOOKS)).failedRazorpayWebhooks.some((w) => w.eventId === delivery.eventId && w.error.startsWith('REFUND_EXCEEDS_CAPTURED')),
      { what: 'the webhook to be recorded as failed' },
    );
    const after = await orderPayment(buyer, order.id);
    expect(after).toMatchObject({ paymentStatus: 'PAID', payment: { status: 'CAPTURED', refunded: { paise: 0 }, refunds: [] } });
  });

  it('reaches the vendor’s settlement like an API refund (RefundProcessed)', async () => {
    const material = await cement();
    const vendor = await newVendor('Dashboard Refund Traders');
    await vendor.ok('mutation I($input: UpdateInventoryInput!) { updateMyInventory(input: $input) { id } }', {
      input: { items: [{ materialId: material.id, stockQuantity: 100, pricePaise: 41_000 }] },
    });
    const buyer = await newBuyer();
    const order = await completedOrder(vendor, buyer, await addAddress(buyer), material.id, 4, 'ONLINE');
    const admin = await seededAdmin();
    const { order: paid } = await admin.ok<{ order: { payment: { razorpayPaymentId: string } } }>('query O($id: ID!) { order(id: $id) { payment { razorpayPaymentId } } }', { id: order.id });

    await dashboardRefund(paid.payment.razorpayPaymentId, 12_345);
    await refundsReachSettlements(vendor, oneDay(indiaDay()), 12_345);
  });

  it('an admin’s partial refund whose webhooks overtake Razorpay’s reply is booked once, on its own row (notes.realserv_refund_id)', async () => {
    const material = await cement();
    const vendor = await newVendor('Refund Race Traders');
    await vendor.ok('mutation I($input: UpdateInventoryInput!) { updateMyInventory(input: $input) { id } }', {
      input: { items: [{ materialId: material.id, stockQuantity: 100, pricePaise: 41_000 }] },
    });
    const buyer = await newBuyer();
    const order = await completedOrder(vendor, buyer, await addAddress(buyer), material.id, 4, 'ONLINE');
    const admin = await seededAdmin();
    const { order: paid } = await admin.ok<{ order: { payment: { razorpayPaymentId: string } } }>('query O($id: ID!) { order(id: $id) { payment { razorpayPaymentId } } }', { id: order.id });
    const razorpayPaymentId = paid.payment.razorpayPaymentId;

    // Razorpay sends refund.created and refund.processed, and payments applies them, before the API reply arrives.
    await holdRefundReplies(razorpayPaymentId);
    const reply = admin.ok<{ refundPayment: { id: string; status: string; amount: { paise: number } } }>(REFUND, {
      input: { orderId: order.id, amountPaise: 10_000, reason: 'Two bags damaged', idempotencyKey: `race-${randomUUID()}` },
    });
    try {
      await eventually(async () => (await orderPayment(admin, order.id)).payment.refunds.some((r) => r.status === 'PROCESSED'), { what: 'the refund webhook to be applied before the reply' });
    } finally {
      await releaseRefundReplies(razorpayPaymentId);
    }
    const { refundPayment } = await reply;
    expect(refundPayment).toMatchObject({ status: 'PROCESSED', amount: { paise: 10_000 } });
    await webhooksSettled();

    const after = await orderPayment(admin, order.id);
    expect(after.payment).toMatchObject({ id: expect.any(String), status: 'PARTIALLY_REFUNDED', refunded: { paise: 10_000 } });
    expect(after.payment.refunds).toEqual([{ status: 'PROCESSED', amount: { paise: 10_000 }, razorpayRefundId: expect.stringMatching(/^rfnd_/), reason: 'Two bags damaged' }]);
    // One RefundProcessed: the vendor's settlement carries ₹100 of refunds.
    await refundsReachSettlements(vendor, oneDay(indiaDay()), 10_000);
    // What is left can still be refunded, exactly (a second booking would have used it up).
    const rest = await admin.ok<{ refundPayment: { status: string; amount: { paise: number } } }>(REFUND, {
      input: { orderId: order.id, reason: 'Rest returned', idempotencyKey: `race-rest-${randomUUID()}` },
    });
    expect(rest.refundPayment).toMatchObject({ status: 'PROCESSED', amount: { paise: order.total.paise - 10_000 } });
    await eventually(async () => (await orderPayment(buyer, order.id)).paymentStatus === 'REFUNDED', { what: 'the order to show the full refund' });
    await refundsReachSettlements(vendor, oneDay(indiaDay()), order.total.paise);
    expect((await orderPayment(admin, order.id)).payment.refunds.map((r) => r.amount.paise)).toEqual([10_000, order.total.paise - 10_000]);
  });
});
