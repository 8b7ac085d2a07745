import { newBuyer, newVendorUser, seededAdmin } from '../harness/actors.js';
import { eventually } from '../harness/eventually.js';
import { dataOf, errorCodes, graphql } from '../harness/graphql-client.js';
import { newVendor } from '../harness/vendors.js';
import { CONFIRM, DISPATCH, PLACE_ORDER, placeInput, placedOrder } from '../orders/order-helpers.js';

const SUSPEND = `mutation S($id: ID!, $reason: String!) { suspendVendor(vendorId: $id, reason: $reason) { id status suspensionReason statusHistory { fromStatus toStatus reason adminUserId } } }`;
const REACTIVATE = `mutation R($id: ID!) { reactivateVendor(vendorId: $id) { id status suspensionReason statusHistory { fromStatus toStatus reason } } }`;
const UPDATE = `mutation U($input: UpdateMyVendorInput!) { updateMyVendor(input: $input) { id businessName contactName contactPhone } }`;
const PUBLIC_OFFERS = `query P($m: ID!, $v: ID!) { material(id: $m) { offers { vendor { id } } } vendor(id: $v) { status inventory { id } } }`;
const ORDER = `query O($id: ID!) { order(id: $id) { id status delivery { status } } }`;

interface SuspendView {
  suspendVendor: { status: string; suspensionReason: string | null; statusHistory: Array<{ fromStatus: string; toStatus: string; reason: string | null; adminUserId: string | null }> };
}
interface PublicOffers {
  material: { offers: Array<{ vendor: { id: string } }> };
  vendor: { status: string; inventory: Array<{ id: string }> };
}

/** What an anonymous buyer sees of the vendor's offers (the public, cacheable view). */
async function publicOffersOf(materialId: string, vendorId: string) {
  const data = dataOf(await graphql<PublicOffers>(PUBLIC_OFFERS, { m: materialId, v: vendorId }));
  return { onMaterial: data.material.offers.filter((o) => o.vendor.id === vendorId).length, onVendor: data.vendor.inventory.length };
}

describe('vendor profile: contact name and phone', () => {
  it('the vendor edits its contact and business name; bad phones change nothing; others cannot read them', async () => {
    const vendor = await newVendor('Contact Traders');
    const { updateMyVendor } = await vendor.ok<{ updateMyVendor: { businessName: string; contactName: string; contactPhone: string } }>(UPDATE, {
      input: { contactName: '  Ravi Kumar ', contactPhone: '+919845012345', businessName: 'Contact Traders Pvt' },
    });
    expect(updateMyVendor).toMatchObject({ businessName: 'Contact Traders Pvt', contactName: 'Ravi Kumar', contactPhone: '+919845012345' });

    const bad = await vendor.run(UPDATE, { input: { contactPhone: '9845012345', contactName: 'Someone Else' } });
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    const mine = await vendor.ok<{ myVendor: { contactName: string; contactPhone: string } }>('{ myVendor { contactName contactPhone } }');
    expect(mine.myVendor).toEqual({ contactName: 'Ravi Kumar', contactPhone: '+919845012345' });

    const admin = await seededAdmin();
    const query = 'query V($id: ID!) { vendor(id: $id) { contactName contactPhone } }';
    expect((await admin.ok<{ vendor: unknown }>(query, { id: vendor.vendorId })).vendor).toEqual({ contactName: 'Ravi Kumar', contactPhone: '+919845012345' });
    expect(dataOf(await graphql<{ vendor: unknown }>(query, { id: vendor.vendorId })).vendor).toEqual({ contactName: null, contactPhone: null });
    expect((await (await newBuyer()).ok<{ vendor: unknown }>(query, { id: vendor.vendorId })).vendor).toEqual({ contactName: null, contactPhone: null });
    // Only vendors edit (their own) profile.
    expect(errorCodes(await (await newBuyer()).run(UPDATE, { input: { contactName: 'Buyer' } }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graphql(UPDATE, { input: { contactName: 'Anon' } }))).toEqual(['UNAUTHENTICATED']);
  });
});

describe('suspending and reactivating a vendor', () => {
  it('suspension hides its offers, refuses new orders and keeps open orders going; reactivation brings them back', async () => {
    const admin = await seededAdmin();
    // An open order placed before the suspension, already confirmed.
    const { vendor, buyer, material, order, addressId } = await placedOrder(2);
    await vendor.ok(CONFIRM, { id: order.id });
    await eventually(async () => (await publicOffersOf(material.id, vendor.vendorId)).onVendor === 1, { what: 'the offer in the catalog' });
    expect((await publicOffersOf(material.id, vendor.vendorId)).onMaterial).toBe(1);

    const { suspendVendor } = await admin.ok<SuspendView>(SUSPEND, { id: vendor.vendorId, reason: 'Repeated late deliveries' });
    expect(suspendVendor.status).toBe('SUSPENDED');
    expect(suspendVendor.suspensionReason).toBe('Repeated late deliveries');
    expect(suspendVendor.statusHistory).toEqual([{ fromStatus: 'ACTIVE', toStatus: 'SUSPENDED', reason: 'Repeated late deliveries', adminUserId: expect.any(String) }]);
    // Idempotent: no second audit row.
    const again = await admin.ok<SuspendView>(SUSPEND, { id: vendor.vendorId, reason: 'Another reason' });
    expect(again.suspendVendor.statusHistory).toHaveLength(1);
    expect(again.suspendVendor.suspensionReason).toBe('Repeated late deliveries');

    // The public catalog drops its offers (catalog consumes VendorSuspended; cached answers are invalidated).
    await eventually(async () => {
      const seen = await publicOffersOf(material.id, vendor.vendorId);
      return seen.onVendor === 0 && seen.onMaterial === 0;
    }, { what: 'the offers to leave the catalog' });
    // The vendor still sees its own inventory.
    const mine = await vendor.ok<{ myInventory: unknown[] }>('{ myInventory { id } }');
    expect(mine.myInventory).toHaveLength(1);

    // New orders are refused, and nothing is placed.
    const refused = await buyer.run(PLACE_ORDER, placeInput(vendor.vendorId, addressId, material.id, 1));
    expect(errorCodes(refused)).toEqual(['CONFLICT']);
    expect(refused.errors?.[0]?.extensions?.reason).toBe('VENDOR_NOT_ACCEPTING_ORDERS');
    // Nor can it start accepting orders itself.
    expect((await vendor.run('mutation { setVendorAvailability(acceptingOrders: true) { id } }')).errors?.[0]?.extensions?.reason).toBe('VENDOR_NOT_ACTIVE');

    // Its open order stays visible to it, the buyer and admins, and can still be dispatched.
    for (const actor of [vendor, buyer, admin]) {
      expect((await actor.ok<{ order: { id: string } }>(ORDER, { id: order.id })).order.id).toBe(order.id);
    }
    expect((await vendor.ok<{ dispatchOrder: { status: string } }>(DISPATCH, { id: order.id })).dispatchOrder.status).toBe('OUT_FOR_DELIVERY');
    await eventually(async () => (await vendor.ok<{ order: { delivery: { status: string } | null } }>(ORDER, { id: order.id })).order.delivery?.status === 'OUT_FOR_DELIVERY', { what: 'the delivery dispatched' });

    const { reactivateVendor } = await admin.ok<{ reactivateVendor: { status: string; suspensionReason: string | null; statusHistory: Array<{ toStatus: string }> } }>(REACTIVATE, { id: vendor.vendorId });
    expect(reactivateVendor).toMatchObject({ status: 'ACTIVE', suspensionReason: null });
    expect(reactivateVendor.statusHistory.map((h) => h.toStatus)).toEqual(['ACTIVE', 'SUSPENDED']);
    expect((await admin.ok<{ reactivateVendor: { statusHistory: unknown[] } }>(REACTIVATE, { id: vendor.vendorId })).reactivateVendor.statusHistory).toHaveLength(2);

    await eventually(async () => {
      const seen = await publicOffersOf(material.id, vendor.vendorId);
      return seen.onVendor === 1 && seen.onMaterial === 1;
    }, { what: 'the offers back in the catalog' });
    const placed = await buyer.ok<{ placeOrder: { status: string } }>(PLACE_ORDER, placeInput(vendor.vendorId, addressId, material.id, 1));
    expect(placed.placeOrder.status).toBeDefined();
  });

  it('only admins suspend or reactivate; bad input and unknown vendors change nothing', async () => {
    const target = await newVendor('Target Traders');
    const other = await newVendor('Other Traders');
    const actors = { buyer: await newBuyer(), vendor: target, otherVendor: other, vendorUser: await newVendorUser() };
    for (const actor of Object.values(actors)) {
      expect(errorCodes(await actor.run(SUSPEND, { id: target.vendorId, reason: 'Not allowed' }))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await actor.run(REACTIVATE, { id: target.vendorId }))).toEqual(['FORBIDDEN']);
    }
    expect(errorCodes(await graphql(SUSPEND, { id: target.vendorId, reason: 'Not allowed' }))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await graphql(REACTIVATE, { id: target.vendorId }))).toEqual(['UNAUTHENTICATED']);

    const admin = await seededAdmin();
    expect(errorCodes(await admin.run(SUSPEND, { id: target.vendorId, reason: 'x' }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await admin.run(SUSPEND, { id: '00000000-0000-4000-8000-000000000000', reason: 'Unknown vendor' }))).toEqual(['NOT_FOUND']);
    const status = await admin.ok<{ vendor: { status: string; statusHistory: unknown[] } }>('query V($id: ID!) { vendor(id: $id) { status statusHistory { toStatus } } }', { id: target.vendorId });
    expect(status.vendor).toEqual({ status: 'ACTIVE', statusHistory: [] });
    // The audit is for admins only.
    const seenByVendor = await target.ok<{ vendor: { statusHistory: unknown[] } }>('query V($id: ID!) { vendor(id: $id) { statusHistory { toStatus } } }', { id: target.vendorId });
    expect(seenByVendor.vendor.statusHistory).toEqual([]);
  });
});
