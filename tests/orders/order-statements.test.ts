import { dataOf, graphql } from '../harness/graphql-client.js';
import { newBuyer } from '../harness/actors.js';
import { callSubgraph } from '../harness/subgraph-direct.js';
import { newVendor } from '../harness/vendors.js';
import { addAddress } from './order-helpers.js';

const PLACE = `mutation P($input: PlaceOrderInput!) { placeOrder(input: $input) { id items { name } total { paise } } }`;

describe('placing an order costs the same SQL whatever its size', () => {
  it('1 line and 8 lines send the same number of statements to the orders database and one call to each peer', async () => {
    const { materials } = dataOf(
      await graphql<{ materials: { items: Array<{ id: string }> } }>('{ materials(filter: { search: "cement" }, page: { limit: 8 }) { items { id } } }'),
    );
    expect(materials.items).toHaveLength(8);
    const vendor = await newVendor();
    await vendor.ok('mutation I($input: UpdateInventoryInput!) { updateMyInventory(input: $input) { id } }', {
      input: { items: materials.items.map((m) => ({ materialId: m.id, stockQuantity: 1000 })) },
    });
    const buyer = await newBuyer();
    const addressId = await addAddress(buyer);
    const caller = { firebaseUid: buyer.session.firebaseUid, userId: buyer.userId, roles: ['BUYER' as const], vendorId: null, email: buyer.session.email, phone: null };
    const place = (n: number, key: string) =>
      callSubgraph(
        'orders',
        PLACE,
        {
          input: {
            vendorId: vendor.vendorId,
            deliveryAddressId: addressId,
            paymentMethod: 'COD',
            idempotencyKey: key,
            items: materials.items.slice(0, n).map((m) => ({ kind: 'MATERIAL', refId: m.id, quantity: 2 })),
          },
        },
        caller,
      );
    const one = await place(1, `stmt-one-${Date.now()}`);
    const eight = await place(8, `stmt-eight-${Date.now()}`);
    const one2 = await place(1, `stmt-one2-${Date.now()}`);
    const eight2 = await place(8, `stmt-eight2-${Date.now()}`);
    expect(new Set([one.sqlStatements, eight.sqlStatements, one2.sqlStatements, eight2.sqlStatements]).size).toBe(1);
    expect(one.body.errors).toBeUndefined();
    expect(eight.body.errors).toBeUndefined();
    expect((eight.body.data as { placeOrder: { items: unknown[] } }).placeOrder.items).toHaveLength(8);
    expect(eight.sqlStatements).toBe(one.sqlStatements);
    // #12: no lookup before a new order; the transaction (begin, order number, order, items,
    // status history, outbox event, commit) is all the orders database sees.
    expect(one.sqlStatements).toBeLessThanOrEqual(7);
    // One call to each peer that owns what the order checks: identity (the buyer's address),
    // vendors (ACTIVE, accepting orders, depot, and whether its radius or drawn areas serve the
    // site), integrations (the road distance that prices delivery, #15) and catalog (live stock
    // reserved). #12 had three; the road distance is the fourth.
    expect([one.peerCalls, eight.peerCalls]).toEqual([4, 4]);
  });
});
