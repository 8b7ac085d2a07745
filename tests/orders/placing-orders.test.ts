import { randomUUID } from 'node:crypto';
import { newBuyer, newVendorUser, seededAdmin } from '../harness/actors.js';
import { eventually } from '../harness/eventually.js';
import { dataOf, errorCodes, graphql } from '../harness/graphql-client.js';
import { DEMO_VENDOR_IDS } from '../harness/vendors.js';
import {
  CANCEL,
  ORDER,
  PLACE_ORDER,
  addAddress,
  cement,
  placeInput,
  stockOf,
  vendorStocking,
  type OrderView,
} from './order-helpers.js';

describe('placing an order', () => {
  it('prices on the server from the vendor’s inventory, reserves stock and snapshots the address', async () => {
    const material = await cement();
    const vendor = await vendorStocking(material, 100, 39_000, 10);
    const buyer = await newBuyer();
    const addressId = await addAddress(buyer);

    const { placeOrder } = await buyer.ok<{ placeOrder: OrderView }>(PLACE_ORDER, placeInput(vendor.vendorId, addressId, material.id, 20));
    expect(placeOrder).toMatchObject({ status: 'PLACED', paymentMethod: 'COD', paymentStatus: 'COD_PENDING' });
    expect(placeOrder.orderNumber).toMatch(/^RS-\d{4}-\d{6}$/);
    // 20 bags × ₹390 = ₹7,800; GST 18 % = ₹1,404; delivery (depot next door: base ₹300) + 18 % = ₹354.
    expect(placeOrder.items).toEqual([
      expect.objectContaining({ kind: 'MATERIAL', quantity: 20, gstRateBasisPoints: 1800, unitPrice: { paise: 39_000 }, lineSubtotal: { paise: 780_000 }, lineTax: { paise: 140_400 } }),
    ]);
    expect(placeOrder.subtotal.paise).toBe(780_000);
    expect(placeOrder.deliveryCharge.paise).toBe(30_000);
    expect(placeOrder.tax.paise).toBe(140_400 + 5_400);
    expect(placeOrder.total.paise).toBe(780_000 + 30_000 + 140_400 + 5_400);
    expect(placeOrder.statusHistory).toEqual([{ fromStatus: null, toStatus: 'PLACED', actor: 'BUYER', note: null }]);
    expect(await stockOf(vendor, material.id)).toBe(80);

    // The address is a snapshot: editing it later does not change the order.
    await buyer.ok('mutation U($id: ID!) { updateAddress(id: $id, input: { city: "Mysuru" }) { id } }', { id: addressId });
    const { order } = await buyer.ok<{ order: OrderView & { deliveryAddress: { city: string } } }>(ORDER, { id: placeOrder.id });
    expect(order.deliveryAddress.city).toBe('Bengaluru');
  });

  it('charges delivery by road distance from a vendor whose depot is known', async () => {
    const buyer = await newBuyer();
    const addressId = await addAddress(buyer);
    const { vendorInventory } = dataOf(
      await graphql<{ vendorInventory: Array<{ stockQuantity: number; minOrderQuantity: number; material: { id: string } }> }>(
        'query V($v: ID!) { vendorInventory(vendorId: $v) { stockQuantity minOrderQuantity material { id } } }',
        { v: DEMO_VENDOR_IDS.balaji },
      ),
    );
    const row = vendorInventory.find((r) => r.stockQuantity >= r.minOrderQuantity * 2)!;
    const { placeOrder } = await buyer.ok<{ placeOrder: OrderView }>(PLACE_ORDER, placeInput(DEMO_VENDOR_IDS.balaji, addressId, row.material.id, row.minOrderQuantity));
    // Whitefield depot to ITPL: ~2 km straight, ×1.4 road factor: within the 5 km base band.
    expect(placeOrder.distanceKm).toBeGreaterThan(1);
    expect(placeOrder.distanceKm).toBeLessThan(6);
    expect([0, 30_000]).toContain(placeOrder.deliveryCharge.paise);
  });

  it('a retried placeOrder (same idempotency key) returns the same order and reserves stock once', async () => {
    const material = await cement();
    const vendor = await vendorStocking(material, 50, 40_000);
    const buyer = await newBuyer();
    const addressId = await addAddress(buyer);
    const key = randomUUID();
    const input = placeInput(vendor.vendorId, addressId, material.id, 5, 'COD', key);
    const results = await Promise.all([1, 2, 3].map(() => buyer.run<{ placeOrder: OrderView }>(PLACE_ORDER, input)));
    const ids = new Set(results.map((r) => dataOf(r).placeOrder.id));
    expect(ids.size).toBe(1);
    const again = await buyer.ok<{ placeOrder: OrderView }>(PLACE_ORDER, input);
    expect(ids.has(again.placeOrder.id)).toBe(true);
    expect(await stockOf(vendor, material.id)).toBe(45);
    const { myOrders } = await buyer.ok<{ myOrders: { items: Array<{ id: string }> } }>('{ myOrders { items { id } } }');
    expect(myOrders.items).toHaveLength(1);

    // The same key for a different order is refused.
    const other = await vendorStocking(material, 50, 40_000);
    const reused = await buyer.run(PLACE_ORDER, placeInput(other.vendorId, addressId, material.id, 5, 'COD', key));
    expect(errorCodes(reused)).toEqual(['CONFLICT']);
  });

  it('concurrent orders for the last stock never oversell', async () => {
    const material = await cement();
    const vendor = await vendorStocking(material, 5, 40_000);
    const buyers = await Promise.all(Array.from({ length: 12 }, () => newBuyer()));
    const addresses = await Promise.all(buyers.map((b) => addAddress(b)));
    const results = await Promise.all(buyers.map((b, i) => b.run(PLACE_ORDER, placeInput(vendor.vendorId, addresses[i]!, material.id, 1))));
    const succeeded = results.filter((r) => !r.errors?.length);
    const refused = results.filter((r) => r.errors?.length);
    expect(succeeded).toHaveLength(5);
    expect(refused).toHaveLength(7);
    for (const r of refused) {
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'INSUFFICIENT_STOCK' });
    }
    expect(await stockOf(vendor, material.id)).toBe(0);
  });

  it('concurrent orders get distinct order numbers, each one higher than any number issued before they started', async () => {
    // The number is taken in a statement of its own before the placement transaction (so orders
    // do not queue behind the month's counter row): still unique and increasing under concurrency.
    const material = await cement();
    const vendor = await vendorStocking(material, 100, 40_000);
    const buyers = await Promise.all(Array.from({ length: 8 }, () => newBuyer()));
    const addresses = await Promise.all(buyers.map((b) => addAddress(b)));
    const first = await buyers[0]!.ok<{ placeOrder: OrderView }>(PLACE_ORDER, placeInput(vendor.vendorId, addresses[0]!, material.id, 1));
    const sequenceOf = (orderNumber: string) => Number(orderNumber.slice(-6));
    const results = await Promise.all(buyers.map((b, i) => b.ok<{ placeOrder: OrderView }>(PLACE_ORDER, placeInput(vendor.vendorId, addresses[i]!, material.id, 1))));
    const numbers = results.map((r) => r.placeOrder.orderNumber);
    expect(new Set(numbers).size).toBe(8);
    for (const n of numbers) {
      expect(n.slice(0, 7)).toBe(first.placeOrder.orderNumber.slice(0, 7));
      expect(sequenceOf(n)).toBeGreaterThan(sequenceOf(first.placeOrder.orderNumber));
    }
  });

  it('cancelling before confirmation releases the stock', async () => {
    const material = await cement();
    const vendor = await vendorStocking(material, 30, 40_000);
    const buyer = await newBuyer();
    const addressId = await addAddress(buyer);
    const { placeOrder } = await buyer.ok<{ placeOrder: OrderView }>(PLACE_ORDER, placeInput(vendor.vendorId, addressId, material.id, 10, 'ONLINE'));
    expect(placeOrder).toMatchObject({ status: 'PENDING_PAYMENT', paymentStatus: 'PENDING' });
    expect(await stockOf(vendor, material.id)).toBe(20);
    const { cancelOrder } = await buyer.ok<{ cancelOrder: { status: string; paymentStatus: string; closingReason: string } }>(CANCEL, {
      input: { orderId: placeOrder.id, reason: 'Ordered by mistake' },
    });
    expect(cancelOrder).toMatchObject({ status: 'CANCELLED', paymentStatus: 'NOT_REQUIRED', closingReason: 'Ordered by mistake' });
    await eventually(async () => (await stockOf(vendor, material.id)) === 30, { what: 'catalog to release the stock' });
    // Cancelling again is a no-op, not an error (clients retry).
    expect((await buyer.ok<{ cancelOrder: { status: string } }>(CANCEL, { input: { orderId: placeOrder.id } })).cancelOrder.status).toBe('CANCELLED');
  });
});

describe('bad orders change nothing', () => {
  it.each([
    ['a quantity below the vendor’s minimum order', { quantity: 2 }, 'BAD_USER_INPUT'],
    ['zero quantity', { quantity: 0 }, 'BAD_USER_INPUT'],
    ['more than the vendor has', { quantity: 500 }, 'CONFLICT'],
  ])('rejects %s', async (_label, change, code) => {
    const material = await cement();
    const vendor = await vendorStocking(material, 100, 40_000, 10);
    const buyer = await newBuyer();
    const addressId = await addAddress(buyer);
    const response = await buyer.run(PLACE_ORDER, placeInput(vendor.vendorId, addressId, material.id, change.quantity));
    expect(errorCodes(response)).toEqual([code]);
    expect(await stockOf(vendor, material.id)).toBe(100);
    expect((await buyer.ok<{ myOrders: { items: unknown[] } }>('{ myOrders { items { id } } }')).myOrders.items).toEqual([]);
  });

  it('rejects a material the vendor does not sell, and another buyer’s or an unknown address', async () => {
    const material = await cement();
    const vendor = await vendorStocking(material, 100, 40_000);
    const buyer = await newBuyer();
    const other = await newBuyer();
    const othersAddress = await addAddress(other);
    const own = await addAddress(buyer);
    const { materials } = dataOf(await graphql<{ materials: { items: Array<{ id: string }> } }>('{ materials(filter: { search: "tmt" }, page: { limit: 1 }) { items { id } } }'));
    expect(errorCodes(await buyer.run(PLACE_ORDER, placeInput(vendor.vendorId, own, materials.items[0]!.id, 1)))).toHaveLength(1);
    expect(errorCodes(await buyer.run(PLACE_ORDER, placeInput(vendor.vendorId, othersAddress, material.id, 1)))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await buyer.run(PLACE_ORDER, placeInput(vendor.vendorId, randomUUID(), material.id, 1)))).toEqual(['NOT_FOUND']);
    expect(await stockOf(vendor, material.id)).toBe(100);
  });

  it('orders go only to ACTIVE vendors accepting orders', async () => {
    const material = await cement();
    const vendor = await vendorStocking(material, 100, 40_000);
    const buyer = await newBuyer();
    const addressId = await addAddress(buyer);
    await vendor.ok('mutation { setVendorAvailability(acceptingOrders: false) { id } }');
    const paused = await buyer.run(PLACE_ORDER, placeInput(vendor.vendorId, addressId, material.id, 1));
    expect(errorCodes(paused)).toEqual(['CONFLICT']);
    expect(paused.errors?.[0]?.extensions?.reason).toBe('VENDOR_NOT_ACCEPTING_ORDERS');
    expect(errorCodes(await buyer.run(PLACE_ORDER, placeInput(randomUUID(), addressId, material.id, 1)))).toEqual(['NOT_FOUND']);
    expect(await stockOf(vendor, material.id)).toBe(100);
    await vendor.ok('mutation { setVendorAvailability(acceptingOrders: true) { id } }');
    expect((await buyer.ok<{ placeOrder: OrderView }>(PLACE_ORDER, placeInput(vendor.vendorId, addressId, material.id, 1))).placeOrder.status).toBe('PLACED');
  });

  it('a client cannot send a price', async () => {
    const buyer = await newBuyer();
    const response = await buyer.run(
      'mutation { placeOrder(input: { vendorId: "x", deliveryAddressId: "y", paymentMethod: COD, idempotencyKey: "abcdefgh", items: [{ kind: MATERIAL, refId: "z", quantity: 1, unitPricePaise: 1 }] }) { id } }',
    );
    expect(errorCodes(response)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it('only buyers place orders; anonymous callers are refused', async () => {
    const material = await cement();
    const vendor = await vendorStocking(material, 10, 40_000);
    const vendorUser = await newVendorUser();
    const admin = await seededAdmin();
    const input = placeInput(vendor.vendorId, randomUUID(), material.id, 1);
    expect(errorCodes(await vendorUser.run(PLACE_ORDER, input))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await admin.run(PLACE_ORDER, input))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graphql(PLACE_ORDER, input))).toEqual(['UNAUTHENTICATED']);
  });
});
