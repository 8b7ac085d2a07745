import type { Caller } from '@realserv/platform';
import { newBuyer, seededAdmin } from '../harness/actors.js';
import { errorCodes, graphql } from '../harness/graphql-client.js';
import { callSubgraph } from '../harness/subgraph-direct.js';
import { eventually } from '../harness/eventually.js';
import { newVendor, TEST_DEPOT } from '../harness/vendors.js';

const AREA = 'serviceArea { radiusKm polygons }';
const UPDATE_MINE = `mutation U($input: ServiceAreaInput!) { updateMyServiceArea(input: $input) { id serviceRadiusKm ${AREA} } }`;
const SET_FOR = `mutation S($id: ID!, $input: ServiceAreaInput!) { setVendorServiceArea(vendorId: $id, input: $input) { id ${AREA} } }`;
const READ = `query V($id: ID!) { vendor(id: $id) { id ${AREA} } }`;
const MY_AREA = `{ myVendor { id ${AREA} } }`;
const SERVING = `query P($point: ServiceCheckPointInput!, $ids: [ID!]) {
  vendorsServingPointForService(point: $point, vendorIds: $ids) { vendorId status serves radiusKm straightLineKm hasPolygons location { lat lng } }
}`;
const ORDERS: Caller = { firebaseUid: 'service:orders', userId: null, roles: ['SERVICE'], vendorId: null, email: null, phone: null, service: 'orders' };

type Ring = Array<[number, number]>;
const square = (west: number, south: number, east: number, north: number): Ring => [[west, south], [east, south], [east, north], [west, north], [west, south]];
// About 9 km north-east of the test depot (Whitefield), with a hole in the middle.
const HOSKOTE = { type: 'MultiPolygon', coordinates: [[square(77.78, 13.04, 77.84, 13.1), square(77.8, 13.06, 77.82, 13.08)]] };
const BOW_TIE = { type: 'MultiPolygon', coordinates: [[[[77.78, 13.04], [77.84, 13.1], [77.84, 13.04], [77.78, 13.1], [77.78, 13.04]]]] };

interface Check { vendorId: string; status: string; serves: boolean; radiusKm: number; straightLineKm: number; hasPolygons: boolean; location: { lat: number; lng: number } }
async function checksAt(lat: number, lng: number, ids: string[] | null) {
  const response = await callSubgraph('vendors', SERVING, { point: { lat, lng }, ids }, ORDERS);
  expect(response.body.errors).toBeUndefined();
  return { checks: (response.body.data as { vendorsServingPointForService: Check[] }).vendorsServingPointForService, sqlStatements: response.sqlStatements };
}

describe('vendor service areas', () => {
  it('a vendor draws polygons (they replace its radius circle); orders sees who serves a point in one SQL statement', async () => {
    const vendor = await newVendor('Area Traders');
    const { updateMyServiceArea } = await vendor.ok<{ updateMyServiceArea: { serviceRadiusKm: number; serviceArea: { radiusKm: number; polygons: unknown } } }>(UPDATE_MINE, {
      input: { radiusKm: 5, polygons: HOSKOTE },
    });
    expect(updateMyServiceArea).toEqual({ id: vendor.vendorId, serviceRadiusKm: 5, serviceArea: { radiusKm: 5, polygons: HOSKOTE } });
    expect((await vendor.ok<{ myVendor: { serviceArea: unknown } }>(MY_AREA)).myVendor.serviceArea).toEqual({ radiusKm: 5, polygons: HOSKOTE });

    // Inside the polygon but 9+ km away (beyond the 5 km radius): served.
    const inside = await checksAt(13.05, 77.79, [vendor.vendorId]);
    expect(inside.checks).toEqual([
      expect.objectContaining({ vendorId: vendor.vendorId, status: 'ACTIVE', serves: true, radiusKm: 5, hasPolygons: true, location: { lat: TEST_DEPOT.latitude, lng: TEST_DEPOT.longitude } }),
    ]);
    expect(inside.checks[0]!.straightLineKm).toBeGreaterThan(5);
    expect(inside.sqlStatements).toBe(1);
    // On the polygon's edge: served. In its hole, or next to the depot but outside the polygon: not.
    expect((await checksAt(13.04, 77.8, [vendor.vendorId])).checks[0]!.serves).toBe(true);
    expect((await checksAt(13.07, 77.81, [vendor.vendorId])).checks[0]!.serves).toBe(false);
    expect((await checksAt(TEST_DEPOT.latitude + 0.001, TEST_DEPOT.longitude, [vendor.vendorId])).checks[0]!.serves).toBe(false);

    // Every ACTIVE vendor, still one statement.
    const all = await checksAt(13.05, 77.79, null);
    expect(all.sqlStatements).toBe(1);
    expect(all.checks.find((c) => c.vendorId === vendor.vendorId)?.serves).toBe(true);
    expect(all.checks.every((c) => c.status === 'ACTIVE')).toBe(true);

    // Removing the polygons: the radius decides again.
    await vendor.ok(UPDATE_MINE, { input: { radiusKm: 5, polygons: null } });
    expect((await checksAt(13.05, 77.79, [vendor.vendorId])).checks[0]).toMatchObject({ serves: false, hasPolygons: false });
    expect((await checksAt(TEST_DEPOT.latitude + 0.001, TEST_DEPOT.longitude, [vendor.vendorId])).checks[0]!.serves).toBe(true);
  });

  it('invalid geometry is refused with its reason and nothing changes', async () => {
    const vendor = await newVendor('Careful Traders');
    await vendor.ok(UPDATE_MINE, { input: { radiusKm: 12, polygons: HOSKOTE } });
    const cases: Array<[unknown, string]> = [
      [BOW_TIE, 'SELF_INTERSECTION'],
      [{ type: 'MultiPolygon', coordinates: [[square(77.78, 13.04, 77.84, 13.1).slice(0, 4)]] }, 'RING_NOT_CLOSED'],
      [{ type: 'MultiPolygon', coordinates: [[square(77.78, 13.04, 77.84, 13.1), square(78.0, 13.2, 78.1, 13.3)]] }, 'HOLE_OUTSIDE_SHELL'],
      [{ type: 'Point', coordinates: [77.8, 13.05] }, 'NOT_A_MULTIPOLYGON'],
    ];
    for (const [polygons, reason] of cases) {
      const refused = await vendor.run(UPDATE_MINE, { input: { radiusKm: 40, polygons } });
      expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
      expect(refused.errors?.[0]?.extensions).toMatchObject({ field: 'polygons', reason });
    }
    expect(errorCodes(await vendor.run(UPDATE_MINE, { input: { radiusKm: 0, polygons: HOSKOTE } }))).toEqual(['BAD_USER_INPUT']);
    expect((await vendor.ok<{ myVendor: { serviceArea: unknown } }>(MY_AREA)).myVendor.serviceArea).toEqual({ radiusKm: 12, polygons: HOSKOTE });
  });

  it('only the vendor itself and admins read or set its area; other vendors, buyers and anonymous callers cannot', async () => {
    const [owner, other, buyer, admin] = await Promise.all([newVendor('Owner Traders'), newVendor('Rival Traders'), newBuyer(), seededAdmin()]);
    await owner.ok(UPDATE_MINE, { input: { radiusKm: 8, polygons: HOSKOTE } });

    for (const reader of [other, buyer]) {
      expect((await reader.ok<{ vendor: { serviceArea: unknown } }>(READ, { id: owner.vendorId })).vendor.serviceArea).toBeNull();
    }
    expect((await graphql<{ vendor: { serviceArea: unknown } }>(READ, { id: owner.vendorId })).data?.vendor.serviceArea).toBeNull();
    expect(errorCodes(await other.run(SET_FOR, { id: owner.vendorId, input: { radiusKm: 1, polygons: null } }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await buyer.run(SET_FOR, { id: owner.vendorId, input: { radiusKm: 1, polygons: null } }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await buyer.run(UPDATE_MINE, { input: { radiusKm: 1, polygons: null } }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graphql(SET_FOR, { id: owner.vendorId, input: { radiusKm: 1, polygons: null } }))).toEqual(['UNAUTHENTICATED']);
    // The rival's own mutation changes only the rival.
    await other.ok(UPDATE_MINE, { input: { radiusKm: 3, polygons: null } });

    expect((await admin.ok<{ vendor: { serviceArea: unknown } }>(READ, { id: owner.vendorId })).vendor.serviceArea).toEqual({ radiusKm: 8, polygons: HOSKOTE });
    const { setVendorServiceArea } = await admin.ok<{ setVendorServiceArea: { serviceArea: unknown } }>(SET_FOR, { id: owner.vendorId, input: { radiusKm: 15, polygons: null } });
    expect(setVendorServiceArea.serviceArea).toEqual({ radiusKm: 15, polygons: null });
    expect(errorCodes(await admin.run(SET_FOR, { id: owner.vendorId, input: { radiusKm: 15, polygons: BOW_TIE } }))).toEqual(['BAD_USER_INPUT']);
    expect((await owner.ok<{ myVendor: { serviceArea: unknown } }>(MY_AREA)).myVendor.serviceArea).toEqual({ radiusKm: 15, polygons: null });
    expect(errorCodes(await admin.run(SET_FOR, { id: '00000000-0000-4000-8000-0000000000ff', input: { radiusKm: 15 } }))).toEqual(['NOT_FOUND']);
  });

  it('the service check is for peers only: not in the API, and FORBIDDEN to a buyer calling the subgraph', async () => {
    const buyer = await newBuyer();
    const viaGateway = await buyer.run(SERVING, { point: { lat: 13, lng: 77.7 }, ids: null });
    expect(new Set(errorCodes(viaGateway))).toEqual(new Set(['GRAPHQL_VALIDATION_FAILED']));
    const direct = await callSubgraph('vendors', SERVING, { point: { lat: 13, lng: 77.7 }, ids: null }, { firebaseUid: 'buyer', userId: buyer.userId, roles: ['BUYER'], vendorId: null, email: null, phone: null });
    expect((direct.body.errors as Array<{ extensions?: { code?: string } }>)[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('a suspended vendor user can no longer change the area', async () => {
    const [vendor, admin] = await Promise.all([newVendor('Suspended Traders'), seededAdmin()]);
    const { myVendor } = await vendor.ok<{ myVendor: { id: string } }>('{ myVendor { id } }');
    const { me } = await vendor.ok<{ me: { id: string } }>('{ me { id } }');
    await admin.ok('mutation S($input: SetUserStatusInput!) { setUserStatus(input: $input) { status } }', {
      input: { userId: me.id, status: 'SUSPENDED', reason: 'Fake GST invoices reported' },
    });
    await eventually(async () => errorCodes(await vendor.run(MY_AREA)).includes('UNAUTHENTICATED'), { what: 'the suspension to reach the gateway' });
    expect(errorCodes(await vendor.run(UPDATE_MINE, { input: { radiusKm: 1, polygons: null } }))).toEqual(['UNAUTHENTICATED']);
    expect((await admin.ok<{ vendor: { serviceArea: { radiusKm: number } } }>(READ, { id: myVendor.id })).vendor.serviceArea.radiusKm).toBe(30);
  });
});
