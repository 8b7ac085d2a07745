import { newBuyer, seededAdmin, type Actor } from '../harness/actors.js';
import { dataOf, errorCodes, graphql } from '../harness/graphql-client.js';
import { callSubgraph } from '../harness/subgraph-direct.js';
import { newVendor, type BusinessAddress } from '../harness/vendors.js';
import { PLACE_ORDER, addAddress, cement, placeInput, stockOf, type StockedMaterial } from './order-helpers.js';

/**
 * Mysuru, about 130 km from the Bengaluru depots of the other order tests (30 km radii), so the
 * vendors serving these sites are the ones these tests make.
 */
const MYSURU_DEPOT_A: BusinessAddress = { line1: '12 Sayyaji Rao Road', city: 'Mysuru', state: 'Karnataka', pincode: '570001', latitude: 12.3051, longitude: 76.6551 };
const MYSURU_DEPOT_B: BusinessAddress = { line1: '4 Hunsur Road', city: 'Mysuru', state: 'Karnataka', pincode: '570001', latitude: 12.321, longitude: 76.618 };
/** Vijayanagar, Mysuru: outside A's drawn area, 1–5 km from B. */
const MYSURU_SITE = { label: 'Vijayanagar site', line1: 'Plot 3, 2nd Stage, Vijayanagar', city: 'Mysuru', state: 'Karnataka', pincode: '570017', latitude: 12.3375, longitude: 76.6186 };
/** A's drawn area: a square of about 2 km around its depot ([lng, lat] positions, closed). */
const AROUND_A = {
  type: 'Polygon',
  coordinates: [[[76.645, 12.295], [76.665, 12.295], [76.665, 12.315], [76.645, 12.315], [76.645, 12.295]]],
};

export const DELIVERY_OPTIONS = `query Options($addressId: ID!, $items: [DeliveryOptionItemInput!]!, $limit: Int) {
  deliveryOptions(addressId: $addressId, items: $items, limit: $limit) {
    vendor { id }
    lines { material { id } quantity unitPrice { paise } gstRateBasisPoints lineSubtotal { paise } lineTax { paise } leadTimeDays }
    subtotal { paise } deliveryCharge { paise } tax { paise } total { paise }
    leadTimeDays distanceMeters distanceSource
  }
}`;

export interface OptionView {
  vendor: { id: string };
  lines: Array<{ material: { id: string }; quantity: number; unitPrice: { paise: number }; gstRateBasisPoints: number; leadTimeDays: number }>;
  subtotal: { paise: number };
  deliveryCharge: { paise: number };
  tax: { paise: number };
  total: { paise: number };
  leadTimeDays: number;
  distanceMeters: number;
  distanceSource: string;
}

const PLACED_DISTANCE = `mutation Place($input: PlaceOrderInput!) {
  placeOrder(input: $input) { id status subtotal { paise } deliveryCharge { paise } tax { paise } total { paise } distanceKm deliveryDistanceMeters distanceSource }
}`;
const UPDATE_INVENTORY = 'mutation I($input: UpdateInventoryInput!) { updateMyInventory(input: $input) { id } }';
const SERVICE_AREA = 'mutation S($input: ServiceAreaInput!) { updateMyServiceArea(input: $input) { id } }';

async function mysuruVendor(name: string, depot: BusinessAddress, stock: Array<{ material: StockedMaterial; pricePaise: number; leadTimeDays?: number }>) {
  const vendor = await newVendor(name, undefined, depot);
  await vendor.ok(UPDATE_INVENTORY, {
    input: { items: stock.map((s) => ({ materialId: s.material.id, pricePaise: s.pricePaise, stockQuantity: 500, minOrderQuantity: 1, leadTimeDays: s.leadTimeDays ?? 1 })) },
  });
  return vendor;
}

/** The tariff (delivery-charge.ts defaults): ₹300 for the first 5 km, ₹25 per started km after. */
const tariffCharge = (metres: number) => 30_000 + Math.ceil(Math.max(0, metres - 5_000) / 1000) * 2_500;

describe('deliveryOptions: who delivers a list to my site, cheapest landed first', () => {
  it("a site outside vendor A's drawn area: placeOrder with A is refused with nothing taken, B is offered, and B's landed total is what placing the order charges", async () => {
    const material = await cement();
    const a = await mysuruVendor('Area Traders A', MYSURU_DEPOT_A, [{ material, pricePaise: 38_000 }]);
    await a.ok(SERVICE_AREA, { input: { radiusKm: 30, polygons: AROUND_A } });
    const b = await mysuruVendor('Radius Traders B', MYSURU_DEPOT_B, [{ material, pricePaise: 41_000, leadTimeDays: 2 }]);
    const buyer = await newBuyer();
    const site = await addAddress(buyer, MYSURU_SITE);

    const refused = await buyer.run(PLACE_ORDER, placeInput(a.vendorId, site, material.id, 10));
    expect(errorCodes(refused)).toEqual(['CONFLICT']);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ reason: 'OUTSIDE_SERVICE_AREA' });
    expect(await stockOf(a, material.id)).toBe(500);

    const { deliveryOptions } = await buyer.ok<{ deliveryOptions: OptionView[] }>(DELIVERY_OPTIONS, { addressId: site, items: [{ materialId: material.id, quantity: 10 }], limit: 100 });
    const vendorIds = deliveryOptions.map((o) => o.vendor.id);
    expect(vendorIds).toContain(b.vendorId);
    expect(vendorIds).not.toContain(a.vendorId);
    const totals = deliveryOptions.map((o) => o.total.paise);
    expect(totals).toEqual([...totals].sort((x, y) => x - y));

    const option = deliveryOptions.find((o) => o.vendor.id === b.vendorId)!;
    expect(option.lines).toEqual([expect.objectContaining({ material: { id: material.id }, quantity: 10, unitPrice: { paise: 41_000 }, leadTimeDays: 2 })]);
    expect(option.subtotal.paise).toBe(410_000);
    expect(option.leadTimeDays).toBe(2);
    // PROVIDER or FALLBACK depending on the stack's maps provider; the maps tests pin each down.
    expect(['PROVIDER', 'FALLBACK']).toContain(option.distanceSource);
    expect(option.distanceMeters).toBeGreaterThan(1_000);
    expect(option.deliveryCharge.paise).toBe(tariffCharge(option.distanceMeters));
    expect(option.total.paise).toBe(option.subtotal.paise + option.deliveryCharge.paise + option.tax.paise);

    // The quote is the order: same distance, same charge, same landed total.
    const { placeOrder } = await buyer.ok<{ placeOrder: { total: { paise: number }; deliveryCharge: { paise: number }; tax: { paise: number }; deliveryDistanceMeters: number; distanceSource: string; distanceKm: number } }>(
      PLACED_DISTANCE,
      placeInput(b.vendorId, site, material.id, 10),
    );
    expect(placeOrder).toMatchObject({
      total: option.total,
      deliveryCharge: option.deliveryCharge,
      tax: option.tax,
      deliveryDistanceMeters: option.distanceMeters,
      distanceSource: option.distanceSource,
      distanceKm: Math.round(option.distanceMeters / 10) / 100,
    });
  });

  it('costs the same SQL statements and peer calls for 3 vendors as for 8', async () => {
    const [x, y] = await twoOtherMaterials();
    const depots = Array.from({ length: 8 }, (_, i) => ({ ...MYSURU_DEPOT_B, line1: `${i + 1} Bench Lane`, latitude: 12.31 + i * 0.002, longitude: 76.62 + i * 0.002 }));
    const vendors = await Promise.all(
      depots.map((depot, i) => mysuruVendor(`Count Traders ${i}`, depot, i < 3 ? [{ material: x, pricePaise: 50_000 + i }, { material: y, pricePaise: 60_000 + i }] : [{ material: y, pricePaise: 60_000 + i }])),
    );
    const buyer = await newBuyer();
    const site = await addAddress(buyer, MYSURU_SITE);
    const ask = (material: StockedMaterial) =>
      callSubgraph('orders', DELIVERY_OPTIONS, { addressId: site, items: [{ materialId: material.id, quantity: 5 }], limit: 100 }, buyerCaller(buyer));
    const mine = (answer: Awaited<ReturnType<typeof ask>>) => {
      expect(answer.body.errors).toBeUndefined();
      const ids = new Set(vendors.map((v) => v.vendorId));
      return (answer.body.data as { deliveryOptions: OptionView[] }).deliveryOptions.filter((o) => ids.has(o.vendor.id)).length;
    };
    // First asks fill integrations' distance cache; the second of each is measured.
    await ask(x);
    await ask(y);
    const three = await ask(x);
    const eight = await ask(y);
    expect([mine(three), mine(eight)]).toEqual([3, 8]);
    // orders reads nothing of its own; one call each to identity, catalog, vendors, integrations.
    expect([three.sqlStatements, eight.sqlStatements]).toEqual([0, 0]);
    expect([three.peerCalls, eight.peerCalls]).toEqual([4, 4]);
    // Whatever the peers send to their databases does not grow with the vendors either.
    expect(eight.peerSqlStatements).toBe(three.peerSqlStatements);
    expect(three.peerSqlStatements).toBeGreaterThan(0);
    expect(three.peerSqlStatements).toBeLessThanOrEqual(8);
  });

  it("only buyers ask, and only about their own addresses: FORBIDDEN for vendors and admins, UNAUTHENTICATED anonymously, NOT_FOUND for another buyer's address", async () => {
    const material = await cement();
    const buyer = await newBuyer();
    const site = await addAddress(buyer, MYSURU_SITE);
    const variables = { addressId: site, items: [{ materialId: material.id, quantity: 1 }] };
    const vendor = await newVendor();
    const admin = await seededAdmin();
    expect(errorCodes(await vendor.run(DELIVERY_OPTIONS, variables))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await admin.run(DELIVERY_OPTIONS, variables))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graphql(DELIVERY_OPTIONS, variables))).toEqual(['UNAUTHENTICATED']);
    const other = await newBuyer();
    expect(errorCodes(await other.run(DELIVERY_OPTIONS, variables))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await buyer.run(DELIVERY_OPTIONS, { addressId: site, items: [{ materialId: material.id, quantity: 1 }, { materialId: material.id, quantity: 2 }] }))).toEqual(['BAD_USER_INPUT']);
    // The owner gets an answer (a list, perhaps empty).
    expect(Array.isArray(dataOf(await buyer.run<{ deliveryOptions: unknown[] }>(DELIVERY_OPTIONS, variables)).deliveryOptions)).toBe(true);
  });
});

function buyerCaller(buyer: Actor) {
  return { firebaseUid: buyer.session.firebaseUid, userId: buyer.userId, roles: ['BUYER' as const], vendorId: null, email: buyer.session.email, phone: null };
}

/** Two seeded materials other than the cement the other tests stock. */
async function twoOtherMaterials(): Promise<[StockedMaterial, StockedMaterial]> {
  const { materials } = dataOf(
    await graphql<{ materials: { items: Array<{ id: string; name: string; hsnCode: string; basePrice: { paise: number } }> } }>(
      '{ materials(filter: { search: "tmt" }, page: { limit: 2 }) { items { id name hsnCode basePrice { paise } } } }',
    ),
  );
  const [x, y] = materials.items.map((m) => ({ id: m.id, name: m.name, hsnCode: m.hsnCode, basePricePaise: m.basePrice.paise }));
  return [x!, y!];
}
