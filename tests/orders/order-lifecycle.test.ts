import { randomUUID } from 'node:crypto';
import { newBuyer, seededAdmin } from '../harness/actors.js';
import { errorCodes, graphql } from '../harness/graphql-client.js';
import { newVendor } from '../harness/vendors.js';
import {
  CANCEL,
  CASH,
  collectCash,
  uploadImage,
  CONFIRM,
  DISPATCH,
  FORCE,
  ORDER,
  PLACE_ORDER,
  REJECT,
  addAddress,
  cement,
  deliverWithOtp,
  placeInput,
  placedOrder,
  vendorStocking,
  type OrderView,
} from './order-helpers.js';

const codOrder = (quantity = 4) => placedOrder(quantity);

describe('a cash-on-delivery order from placement to completion', () => {
  it('vendor confirms, dispatches, delivers and collects the exact cash; history records each step', async () => {
    const { vendor, buyer, order } = await codOrder();
    expect((await vendor.ok<{ confirmOrder: { status: string } }>(CONFIRM, { id: order.id })).confirmOrder.status).toBe('CONFIRMED');
    expect((await vendor.ok<{ dispatchOrder: { status: string } }>(DISPATCH, { id: order.id })).dispatchOrder.status).toBe('OUT_FOR_DELIVERY');
    expect(await deliverWithOtp(vendor, buyer, order.id)).toBe('DELIVERED');

    const short = await vendor.run(CASH, { input: { orderId: order.id, amountPaise: order.total.paise - 100 } });
    expect(errorCodes(short)).toEqual(['BAD_USER_INPUT']);
    const { markCashCollected } = await collectCash(vendor, order);
    expect(markCashCollected).toEqual({ id: order.id, status: 'COMPLETED', paymentStatus: 'COD_COLLECTED' });

    const { order: final } = await buyer.ok<{ order: OrderView }>(ORDER, { id: order.id });
    expect(final.statusHistory.map((h) => [h.fromStatus, h.toStatus, h.actor])).toEqual([
      [null, 'PLACED', 'BUYER'],
      ['PLACED', 'CONFIRMED', 'VENDOR'],
      ['CONFIRMED', 'OUT_FOR_DELIVERY', 'VENDOR'],
      ['OUT_FOR_DELIVERY', 'DELIVERED', 'SYSTEM'],
      ['DELIVERED', 'COMPLETED', 'VENDOR'],
    ]);
    // Retrying the last step succeeds without writing again.
    await vendor.ok(CASH, { input: { orderId: order.id, amountPaise: order.total.paise } });
    expect((await buyer.ok<{ order: OrderView }>(ORDER, { id: order.id })).order.statusHistory).toHaveLength(5);
  });

  it('steps out of order are conflicts and change nothing', async () => {
    const { vendor, buyer, order } = await codOrder();
    expect(errorCodes(await vendor.run(DISPATCH, { id: order.id }))).toEqual(['CONFLICT']);
    const proofMediaId = await uploadImage(vendor, 'COD_PROOF');
    expect(errorCodes(await vendor.run(CASH, { input: { orderId: order.id, amountPaise: order.total.paise, proofMediaId } }))).toEqual(['CONFLICT']);
    expect((await buyer.ok<{ order: OrderView }>(ORDER, { id: order.id })).order.status).toBe('PLACED');
  });

  it('a vendor rejects with a reason (required), which releases the order', async () => {
    const { vendor, order } = await codOrder();
    expect(errorCodes(await vendor.run(REJECT, { input: { orderId: order.id } }))).toEqual(['BAD_USER_INPUT']);
    const { rejectOrder } = await vendor.ok<{ rejectOrder: { status: string; closingReason: string } }>(REJECT, {
      input: { orderId: order.id, reason: 'Out of delivery slots this week' },
    });
    expect(rejectOrder).toMatchObject({ status: 'REJECTED', closingReason: 'Out of delivery slots this week' });
  });

  it('an online order cannot be confirmed before it is paid', async () => {
    const { vendor, order: placeOrder } = await placedOrder(2, 'ONLINE');
    expect(errorCodes(await vendor.run(CONFIRM, { id: placeOrder.id }))).toEqual(['CONFLICT']);
  });
});

describe('who may see and move an order', () => {
  it('another buyer and another vendor get NOT_FOUND for reading and moving it', async () => {
    const { order } = await codOrder();
    const otherBuyer = await newBuyer();
    const otherVendor = await newVendor();
    expect(errorCodes(await otherBuyer.run(ORDER, { id: order.id }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await otherVendor.run(ORDER, { id: order.id }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await otherVendor.run(CONFIRM, { id: order.id }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await otherBuyer.run(CANCEL, { input: { orderId: order.id } }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await graphql(ORDER, { id: order.id }))).toEqual(['UNAUTHENTICATED']);
  });

  it('the buyer cannot confirm their own order, nor cancel it once confirmed', async () => {
    const { vendor, buyer, order } = await codOrder();
    expect(errorCodes(await buyer.run(CONFIRM, { id: order.id }))).toEqual(['FORBIDDEN']);
    await vendor.ok(CONFIRM, { id: order.id });
    expect(errorCodes(await buyer.run(CANCEL, { input: { orderId: order.id, reason: 'changed my mind' } }))).toEqual(['FORBIDDEN']);
  });

  it('the vendor sees it in vendorOrders, the buyer in myOrders, admins in the order search', async () => {
    const { vendor, buyer, order } = await codOrder();
    const mine = await buyer.ok<{ myOrders: { items: Array<{ id: string }> } }>('{ myOrders(filter: { status: PLACED }) { items { id } } }');
    expect(mine.myOrders.items.map((o) => o.id)).toEqual([order.id]);
    const theirs = await vendor.ok<{ vendorOrders: { items: Array<{ id: string }>; pageInfo: { totalCount: number } } }>(
      '{ vendorOrders { items { id } pageInfo { totalCount } } }',
    );
    expect(theirs.vendorOrders.items.map((o) => o.id)).toEqual([order.id]);
    const admin = await seededAdmin();
    const found = await admin.ok<{ orders: { items: Array<{ id: string }> } }>(
      'query S($n: String) { orders(filter: { orderNumber: $n }) { items { id } } }',
      { n: order.orderNumber },
    );
    expect(found.orders.items.map((o) => o.id)).toEqual([order.id]);
    expect(errorCodes(await buyer.run('{ orders { items { id } } }'))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await vendor.run('{ myOrders { items { id } } }'))).toEqual(['FORBIDDEN']);
  });

  it('admins may force a transition, only with a reason', async () => {
    const { order } = await codOrder();
    const admin = await seededAdmin();
    // confirmOrder carries no reason, so an admin is sent to forceOrderStatus.
    const viaConfirm = await admin.run(CONFIRM, { id: order.id });
    expect([errorCodes(viaConfirm), viaConfirm.errors?.[0]?.extensions?.reason]).toEqual([['BAD_USER_INPUT'], 'REASON_REQUIRED']);
    expect(errorCodes(await admin.run(FORCE, { input: { orderId: order.id, status: 'CONFIRMED', reason: '' } }))).toEqual(['BAD_USER_INPUT']);
    const { forceOrderStatus } = await admin.ok<{ forceOrderStatus: { status: string } }>(FORCE, {
      input: { orderId: order.id, status: 'CONFIRMED', reason: 'Vendor confirmed by phone' },
    });
    expect(forceOrderStatus.status).toBe('CONFIRMED');
    expect(errorCodes(await admin.run(FORCE, { input: { orderId: randomUUID(), status: 'CONFIRMED', reason: 'ghost order' } }))).toEqual(['NOT_FOUND']);
  });
});

describe('an order is one federated entity', () => {
  it('resolves the buyer (identity) and the materials (catalog) in one query', async () => {
    const { buyer, order, material } = await codOrder();
    const { order: view } = await buyer.ok<{ order: { buyer: { id: string; fullName: string }; items: Array<{ material: { id: string; name: string; slug: string } }> } }>(
      'query O($id: ID!) { order(id: $id) { buyer { id fullName } items { material { id name slug } } } }',
      { id: order.id },
    );
    expect(view.buyer).toEqual({ id: buyer.userId, fullName: 'Test Buyer' });
    expect(view.items[0]!.material).toMatchObject({ id: material.id, name: material.name });
  });
});
