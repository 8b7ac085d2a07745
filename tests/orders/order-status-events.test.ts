import { eventually } from '../harness/eventually.js';
import { outboxEventsOf, rowsOf } from '../harness/subgraph-db.js';
import { payInCheckout } from '../payments/razorpay-local.js';
import { CONFIRM, ORDER, placedOrder, type OrderView } from './order-helpers.js';

const START = `mutation S($id: ID!) { startOnlinePayment(orderId: $id) { razorpayOrderId } }`;
const VERIFY = `mutation V($input: VerifyPaymentInput!) { verifyPayment(input: $input) { id status } }`;

/** The events the orders subgraph recorded for one order (its outbox: what every consumer receives), oldest first. */
const recordedEvents = (orderId: string) => outboxEventsOf('orders', orderId);

describe('OrderPlaced', () => {
  it('carries the delivery city and the lines as placed, and analytics counts the order from them', async () => {
    const { material, order } = await placedOrder(3);
    // ORDER_FIELDS asks for both; OrderView leaves them out.
    const view = order as typeof order & { deliveryAddress: { city: string }; items: Array<{ lineTotal: { paise: number } }> };
    const [placed] = (await recordedEvents(order.id)).filter((e) => e.type === 'OrderPlaced');
    expect(placed!.payload).toMatchObject({
      orderId: order.id,
      totalPaise: order.total.paise,
      deliveryCity: view.deliveryAddress.city,
      lines: [{ kind: 'MATERIAL', refId: material.id, name: view.items[0]!.name, lineTotalPaise: view.items[0]!.lineTotal.paise }],
    });
    // Analytics' log of what it counted: the facts it broke the order down by are the event's.
    const facts = await eventually(
      async () =>
        (await rowsOf<{ facts: { city: string; lines: Array<{ materialId: string; totalPaise: number }> } }>('analytics', `select facts from counted_events where type = 'OrderPlaced' and payload->>'orderId' = $1`, [order.id]))[0]
          ?.facts,
      { what: 'analytics to count the order' },
    );
    expect(facts.city).toBe(view.deliveryAddress.city);
    expect(facts.lines.map((l) => [l.materialId, l.totalPaise])).toEqual([[material.id, view.items[0]!.lineTotal.paise]]);
  });
});

describe('an online order paid through Razorpay', () => {
  it('becomes PAID like any other status change: the same history entry and the same OrderPaid event shape as OrderConfirmed', async () => {
    const { vendor, buyer, order } = await placedOrder(2, 'ONLINE');
    const { startOnlinePayment } = await buyer.ok<{ startOnlinePayment: { razorpayOrderId: string } }>(START, { id: order.id });
    const checkout = await payInCheckout(startOnlinePayment.razorpayOrderId);
    await buyer.ok(VERIFY, {
      input: { orderId: order.id, razorpayOrderId: checkout.razorpay_order_id, razorpayPaymentId: checkout.razorpay_payment_id, razorpaySignature: checkout.razorpay_signature },
    });
    await eventually(async () => (await buyer.ok<{ order: OrderView }>(ORDER, { id: order.id })).order.status === 'PAID', { what: 'the order to become PAID' });
    await vendor.ok(CONFIRM, { id: order.id });

    const { order: view } = await buyer.ok<{ order: OrderView }>(ORDER, { id: order.id });
    expect(view.paymentStatus).toBe('PAID');
    expect(view.statusHistory.map((h) => [h.fromStatus, h.toStatus, h.actor, h.note])).toEqual([
      [null, 'PENDING_PAYMENT', 'BUYER', null],
      ['PENDING_PAYMENT', 'PAID', 'SYSTEM', 'Payment captured'],
      ['PAID', 'CONFIRMED', 'VENDOR', null],
    ]);

    const events = await recordedEvents(order.id);
    const paid = events.filter((e) => e.type === 'OrderPaid');
    const confirmed = events.filter((e) => e.type === 'OrderConfirmed');
    expect([paid.length, confirmed.length]).toEqual([1, 1]);
    // One writer for every status change: the same fields, whoever made the move.
    expect(Object.keys(paid[0]!.payload).sort()).toEqual(Object.keys(confirmed[0]!.payload).sort());
    expect(paid[0]!.payload).toEqual({
      orderId: order.id,
      orderNumber: order.orderNumber,
      buyerId: buyer.userId,
      vendorId: vendor.vendorId,
      from: 'PENDING_PAYMENT',
      to: 'PAID',
      actor: 'SYSTEM',
      reason: 'Payment captured',
      paymentMethod: 'ONLINE',
      totalPaise: order.total.paise,
      taxPaise: order.tax.paise,
      refundRequired: false,
    });
  });
});
