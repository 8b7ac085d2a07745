import { randomUUID } from 'node:crypto';
import { MyOrdersDocument, OrderDetailDocument, PlaceOrderDocument } from '@realserv/clients/buyer-app';
import { ConfirmOrderDocument, VendorOrdersDocument } from '@realserv/clients/vendor-web';
import { newBuyer } from '../harness/actors.js';
import { addAddress, cement, vendorStocking } from './order-helpers.js';

describe('ordering through the generated SDKs', () => {
  it('the buyer app places an order the vendor web app then confirms', async () => {
    const material = await cement();
    const vendor = await vendorStocking(material, 50, 41_000);
    const buyer = await newBuyer();
    const addressId = await addAddress(buyer);
    const { placeOrder } = await buyer.ok(PlaceOrderDocument, {
      input: { vendorId: vendor.vendorId, deliveryAddressId: addressId, paymentMethod: 'COD', idempotencyKey: randomUUID(), items: [{ kind: 'MATERIAL', refId: material.id, quantity: 3 }] },
    });
    expect(placeOrder.items[0]?.lineTotal.paise).toBe(3 * 41_000 + Math.round((3 * 41_000 * 18) / 100));
    const { vendorOrders } = await vendor.ok(VendorOrdersDocument, { filter: { status: 'PLACED' } });
    expect(vendorOrders.items.map((o) => o.id)).toEqual([placeOrder.id]);
    await vendor.ok(ConfirmOrderDocument, { orderId: placeOrder.id });
    const { order } = await buyer.ok(OrderDetailDocument, { id: placeOrder.id });
    expect(order.status).toBe('CONFIRMED');
    const { myOrders } = await buyer.ok(MyOrdersDocument, {});
    expect(myOrders.pageInfo.totalCount).toBe(1);
  });
});
