import pg from 'pg';
import { eventually } from '../harness/eventually.js';
import { payInCheckout } from '../payments/razorpay-local.js';
import { CONFIRM, ORDER, placedOrder, type OrderView } from './order-helpers.js';

const START = `mutation S($id: ID!) { startOnlinePayment(orderId: $id) { razorpayOrderId } }`;
const VERIFY = `mutation V($input: VerifyPaymentInput!) { verifyPayment(input: $input) { id status } }`;

/** The events the orders subgraph recorded for one order (its outbox: what every consumer receives), oldest first. */
async function recordedEvents(orderId: string): Promise<Array<{ type: string; payload: Record<string, unknown> }>> {
  const urls = JSON.parse(process.env.REALSERV_DATABASE_URLS ?? '{}') as Record<string, string>;
  const client = new pg.Client({ connectionString: urls.orders });
  await client.connect();
  try {
    const { rows } = await client.query<{ type: string; payload: Record<string, unknown> }>(
      `select type, payload from outbox_events where payload->>'orderId' = $1 order by occurred_at`,
      [orderId],
    );
    return rows;
  } finally {
    await client.end();
  }
}

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
