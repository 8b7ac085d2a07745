import { randomUUID } from 'node:crypto';
import { newBuyer, seededAdmin } from '../harness/actors.js';
import { dataOf, errorCodes, type GraphQLResponse } from '../harness/graphql-client.js';
import { ORDER, PLACE_ORDER, addAddress, cement, orderPlacedWithReusedKey, placeInput, stockOf, vendorStocking, type OrderView, type ReusedKeyFlow } from './order-helpers.js';
import { eventually } from '../harness/eventually.js';
import { payInCheckout } from '../payments/razorpay-local.js';

function expectKeyReused(response: GraphQLResponse<unknown>): void {
  expect(errorCodes(response)).toEqual(['CONFLICT']);
  expect(response.errors?.[0]?.extensions?.reason).toBe('IDEMPOTENCY_KEY_REUSED');
}

/** Nothing changed: one order, as first placed, and stock reserved once. */
async function expectNothingChanged(flow: ReusedKeyFlow): Promise<void> {
  expect(flow.orderCount).toBe(1);
  expect(flow.stockAfter).toEqual([flow.stockBefore[0] - 3, flow.stockBefore[1]]);
  const { order } = await flow.buyer.ok<{ order: OrderView }>(ORDER, { id: flow.first.id });
  expect(order.items.map((i) => [i.name, i.quantity])).toEqual([[flow.materials[0].name, 3]]);
  expect(order.total).toEqual(flow.first.total);
}

describe('placeOrder idempotency keys are bound to the request', () => {
  it('the same key with the same request returns the first order and reserves stock once', async () => {
    const flow = await orderPlacedWithReusedKey((input) => input);
    expect(dataOf(flow.retry).placeOrder.id).toBe(flow.first.id);
    await expectNothingChanged(flow);
  });

  it.each([
    ['another quantity', (input: ReusedKeyFlow['firstInput']) => ({ ...input, items: [{ ...input.items[0]!, quantity: 4 }] })],
    ['another material', (input: ReusedKeyFlow['firstInput'], { materials }: Pick<ReusedKeyFlow, 'materials'>) => ({ ...input, items: [{ ...input.items[0]!, refId: materials[1].id }] })],
    [
      'another item list',
      (input: ReusedKeyFlow['firstInput'], { materials }: Pick<ReusedKeyFlow, 'materials'>) => ({ ...input, items: [...input.items, { kind: 'MATERIAL', refId: materials[1].id, quantity: 2 }] }),
    ],
    ['another address', (input: ReusedKeyFlow['firstInput'], { addressIds }: Pick<ReusedKeyFlow, 'addressIds'>) => ({ ...input, deliveryAddressId: addressIds[1] })],
    ['another payment method', (input: ReusedKeyFlow['firstInput']) => ({ ...input, paymentMethod: 'ONLINE' })],
  ])('the same key with %s is refused (CONFLICT IDEMPOTENCY_KEY_REUSED) and nothing changes', async (_what, change) => {
    const flow = await orderPlacedWithReusedKey(change);
    expectKeyReused(flow.retry);
    await expectNothingChanged(flow);
  });
});

describe('placeOrder idempotency keys under concurrency', () => {
  it('two different requests racing with one key: one order, the other CONFLICT IDEMPOTENCY_KEY_REUSED, stock taken once', async () => {
    const material = await cement();
    const vendor = await vendorStocking(material, 50, 40_000);
    const buyer = await newBuyer();
    const addressId = await addAddress(buyer);
    const key = randomUUID();
    const responses = await Promise.all(
      [3, 4].map((quantity) => buyer.run<{ placeOrder: OrderView }>(PLACE_ORDER, placeInput(vendor.vendorId, addressId, material.id, quantity, 'COD', key))),
    );
    const placed = responses.filter((r) => !r.errors?.length);
    const refused = responses.filter((r) => r.errors?.length);
    expect(placed).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expectKeyReused(refused[0]!);
    const quantity = placed[0]!.data!.placeOrder.items[0]!.quantity;
    expect(await stockOf(vendor, material.id)).toBe(50 - quantity);
  });
});

describe('refundPayment idempotency keys are bound to the request', () => {
  const START = `mutation S($id: ID!) { startOnlinePayment(orderId: $id) { razorpayOrderId } }`;
  const REFUND = `mutation R($input: RefundPaymentInput!) { refundPayment(input: $input) { id status amount { paise } } }`;
  const REFUNDS = `query O($id: ID!) { order(id: $id) { payment { refunded { paise } refunds { id amount { paise } } } } }`;

  async function paidOnlineOrder() {
    const flow = await orderPlacedWithReusedKey((input) => input, 'ONLINE');
    const { startOnlinePayment } = await flow.buyer.ok<{ startOnlinePayment: { razorpayOrderId: string } }>(START, { id: flow.first.id });
    await payInCheckout(startOnlinePayment.razorpayOrderId);
    await eventually(async () => (await flow.buyer.ok<{ order: OrderView }>(ORDER, { id: flow.first.id })).order.status === 'PAID', { what: 'the order to be paid' });
    return flow.first;
  }

  it('same key + same request → the first refund; another amount, reason or order → CONFLICT and nothing refunded', async () => {
    const [order, otherOrder] = [await paidOnlineOrder(), await paidOnlineOrder()];
    const admin = await seededAdmin();
    const request = { orderId: order.id, amountPaise: 10_000, reason: 'Two bags damaged', idempotencyKey: `refund-${randomUUID()}` };
    const first = await admin.ok<{ refundPayment: { id: string; status: string } }>(REFUND, { input: request });
    expect(first.refundPayment.status).toBe('PROCESSED');
    expect((await admin.ok<{ refundPayment: { id: string } }>(REFUND, { input: request })).refundPayment.id).toBe(first.refundPayment.id);

    expectKeyReused(await admin.run(REFUND, { input: { ...request, amountPaise: 20_000 } }));
    expectKeyReused(await admin.run(REFUND, { input: { ...request, reason: 'Something else entirely' } }));
    expectKeyReused(await admin.run(REFUND, { input: { ...request, orderId: otherOrder.id } }));

    const refunds = async (id: string) => (await admin.ok<{ order: { payment: { refunded: { paise: number }; refunds: unknown[] } } }>(REFUNDS, { id })).order.payment;
    expect(await refunds(order.id)).toMatchObject({ refunded: { paise: 10_000 }, refunds: [{ id: first.refundPayment.id, amount: { paise: 10_000 } }] });
    expect(await refunds(otherOrder.id)).toEqual({ refunded: { paise: 0 }, refunds: [] });
  });
});
