import { newBuyer } from '../harness/actors.js';
import { errorCodes } from '../harness/graphql-client.js';
import { PLACE_ORDER, addAddress, cement, placeInput, stockOf, vendorStocking, type OrderView } from './order-helpers.js';

const SET_RADIUS = 'mutation R($input: UpdateMyVendorInput!) { updateMyVendor(input: $input) { id serviceRadiusKm } }';
/** MG Road: about 14 km in a straight line from the test depot at ITPL, ~20 km by the road estimate. */
const MG_ROAD = { label: 'City site', line1: '1 MG Road', pincode: '560001', latitude: 12.9756, longitude: 77.6069 };

describe("the vendor's service radius", () => {
  it('refuses an address beyond the radius the vendor set (CONFLICT OUTSIDE_SERVICE_AREA, no stock taken); a nearer one is fine', async () => {
    const material = await cement();
    const vendor = await vendorStocking(material, 100, 40_000);
    const buyer = await newBuyer();
    const far = await addAddress(buyer, MG_ROAD);
    const near = await addAddress(buyer);

    await vendor.ok(SET_RADIUS, { input: { serviceRadiusKm: 10 } });
    const refused = await buyer.run(PLACE_ORDER, placeInput(vendor.vendorId, far, material.id, 2));
    expect(errorCodes(refused)).toEqual(['CONFLICT']);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ reason: 'OUTSIDE_SERVICE_AREA', serviceRadiusKm: 10 });
    expect(refused.errors?.[0]?.message).toMatch(/up to 10 km/);
    expect(await stockOf(vendor, material.id)).toBe(100);

    const nearby = await buyer.ok<{ placeOrder: OrderView }>(PLACE_ORDER, placeInput(vendor.vendorId, near, material.id, 1));
    expect(nearby.placeOrder.status).toBe('PLACED');

    // The vendor widens its radius: the same address is now served, at the distance the order shows.
    await vendor.ok(SET_RADIUS, { input: { serviceRadiusKm: 30 } });
    const { placeOrder } = await buyer.ok<{ placeOrder: OrderView }>(PLACE_ORDER, placeInput(vendor.vendorId, far, material.id, 2));
    expect(placeOrder.distanceKm).toBeGreaterThan(10);
    expect(placeOrder.distanceKm).toBeLessThanOrEqual(30);
  });
});
