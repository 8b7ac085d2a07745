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
    // site), catalog (live stock reserved) and, the first time orders prices this vendor–site
    // pair, integrations (the road distance, #15). Orders remembers the distance for an hour
    // (#12), so the buyer's later orders from this vendor to this site make three calls.
    expect(one.peerCalls).toBeLessThanOrEqual(4);
    expect([eight.peerCalls, one2.peerCalls, eight2.peerCalls]).toEqual([3, 3, 3]);
  });

  it('a buyer\'s order list is one statement when it fits its page, and counts only when it does not', async () => {
    const vendor = await newVendor();
    const { materials } = dataOf(await graphql<{ materials: { items: Array<{ id: string }> } }>('{ materials(filter: { search: "cement" }, page: { limit: 1 }) { items { id } } }'));
    await vendor.ok('mutation I($input: UpdateInventoryInput!) { updateMyInventory(input: $input) { id } }', {
      input: { items: [{ materialId: materials.items[0]!.id, stockQuantity: 1000 }] },
    });
    const buyer = await newBuyer();
    const addressId = await addAddress(buyer);
    for (const key of ['list-1', 'list-2', 'list-3']) {
      await buyer.ok('mutation P($input: PlaceOrderInput!) { placeOrder(input: $input) { id } }', {
        input: { vendorId: vendor.vendorId, deliveryAddressId: addressId, paymentMethod: 'COD', idempotencyKey: `${key}-${Date.now()}`, items: [{ kind: 'MATERIAL', refId: materials.items[0]!.id, quantity: 1 }] },
      });
    }
    const caller = { firebaseUid: buyer.session.firebaseUid, userId: buyer.userId, roles: ['BUYER' as const], vendorId: null, email: buyer.session.email, phone: null };
    const MY_ORDERS = 'query M($page: PageInput) { myOrders(page: $page) { items { id orderNumber status total { paise } createdAt } pageInfo { totalCount hasNextPage } } }';
    type MyOrders = { myOrders: { items: unknown[]; pageInfo: { totalCount: number; hasNextPage: boolean } } };
    const all = await callSubgraph('orders', MY_ORDERS, { page: { limit: 20 } }, caller);
    const firstTwo = await callSubgraph('orders', MY_ORDERS, { page: { limit: 2 } }, caller);
    const last = await callSubgraph('orders', MY_ORDERS, { page: { offset: 2, limit: 2 } }, caller);
    const pastTheEnd = await callSubgraph('orders', MY_ORDERS, { page: { offset: 5, limit: 2 } }, caller);
    const pages = [all, firstTwo, last, pastTheEnd].map((r) => (r.body.data as MyOrders).myOrders);
    expect(pages.map((p) => [p.items.length, p.pageInfo.totalCount, p.pageInfo.hasNextPage])).toEqual([
      [3, 3, false],
      [2, 3, true],
      [1, 3, false],
      [0, 3, false],
    ]);
    // #12: the page ends the list (3 of 20, 1 of 2 after 2): no count; a full page or one past the end counts.
    expect([all, firstTwo, last, pastTheEnd].map((r) => r.sqlStatements)).toEqual([1, 2, 1, 2]);
    expect(all.peerCalls).toBe(0);
  });
});
