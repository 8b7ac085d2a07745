import { cheapestLandedFirst, vendorsStockingAll, vendorsToRoute, type MaterialOffers } from './delivery-options.js';
import { priceDelivered } from '../pricing/delivered-price.js';
import { DEFAULT_TARIFF } from './delivery-charge.js';

const offer = (vendorId: string, unitPricePaise: number, more: Partial<MaterialOffers['offers'][number]> = {}) => ({
  vendorId,
  unitPricePaise,
  stockQuantity: 500,
  minOrderQuantity: 1,
  leadTimeDays: 1,
  ...more,
});
const cement: MaterialOffers = {
  materialId: 'cement',
  name: 'OPC 53 cement',
  unit: 'BAG',
  gstRateBasisPoints: 2800,
  offers: [offer('a', 40_000), offer('b', 39_000, { leadTimeDays: 3 }), offer('c', 38_000, { stockQuantity: 100 }), offer('d', 37_000, { minOrderQuantity: 300 })],
};
const sand: MaterialOffers = {
  materialId: 'sand',
  name: 'M-sand',
  unit: 'TONNE',
  gstRateBasisPoints: 500,
  offers: [offer('a', 120_000, { leadTimeDays: 2 }), offer('b', 125_000), offer('c', 100_000)],
};

describe('vendors stocking a whole list', () => {
  it('keeps only vendors with every item in stock in its quantity and at or above their minimum order', () => {
    const vendors = vendorsStockingAll([{ materialId: 'cement', quantity: 200 }, { materialId: 'sand', quantity: 3 }], [cement, sand]);
    // c has 100 bags (not 200); d sells at least 300 bags and has no sand.
    expect(vendors.map((v) => v.vendorId).sort()).toEqual(['a', 'b']);
    const a = vendors.find((v) => v.vendorId === 'a')!;
    expect(a.lines.map((l) => [l.refId, l.quantity, l.unitPricePaise, l.gstRateBasisPoints])).toEqual([
      ['cement', 200, 40_000, 2800],
      ['sand', 3, 120_000, 500],
    ]);
    expect(a.goodsSubtotalPaise).toBe(200 * 40_000 + 3 * 120_000);
    // Lead time of the whole delivery is the slowest line's.
    expect(a.leadTimeDays).toBe(2);
    expect(vendors.find((v) => v.vendorId === 'b')!.leadTimeDays).toBe(3);
  });

  it('has no vendors for an unknown material or one without a GST rate today', () => {
    expect(vendorsStockingAll([{ materialId: 'steel', quantity: 1 }], [cement])).toEqual([]);
    expect(vendorsStockingAll([{ materialId: 'cement', quantity: 1 }], [{ ...cement, gstRateBasisPoints: null }])).toEqual([]);
  });

  it('a minimum order exactly met and stock exactly enough both qualify', () => {
    expect(vendorsStockingAll([{ materialId: 'cement', quantity: 300 }], [{ ...cement, offers: [offer('d', 37_000, { minOrderQuantity: 300, stockQuantity: 300 })] }]).map((v) => v.vendorId)).toEqual(['d']);
  });
});

describe('whom to route and in what order', () => {
  it('routes the cheapest goods when more vendors serve than one distance call takes', () => {
    const many = Array.from({ length: 150 }, (_, i) => ({ vendorId: `v${String(i).padStart(3, '0')}`, goodsSubtotalPaise: 1_000_000 - i }));
    const routed = vendorsToRoute(many, 100);
    expect(routed).toHaveLength(100);
    expect(routed[0]!.vendorId).toBe('v149');
    expect(routed.some((v) => v.vendorId === 'v000')).toBe(false);
  });

  it('orders by landed total, then distance, then lead time, then vendor id', () => {
    const priced = (vendorId: string, unitPricePaise: number, distanceMeters: number, leadTimeDays = 1) => ({
      vendorId,
      distanceMeters,
      leadTimeDays,
      price: priceDelivered({ lines: [{ kind: 'MATERIAL', refId: 'cement', name: 'c', unit: 'BAG', quantity: 10, unitPricePaise, gstRateBasisPoints: 2800 }], distanceMeters, tariff: DEFAULT_TARIFF }),
    });
    // Cheaper goods farther away can lose to dearer goods nearby: the delivery charge decides.
    const far = priced('far', 39_900, 20_000);
    const near = priced('near', 40_000, 2_000);
    expect(near.price.totalPaise).toBeLessThan(far.price.totalPaise);
    const tieNear = priced('tie-b', 40_000, 2_000, 3);
    const tieSooner = priced('tie-a', 40_000, 2_000, 3);
    expect(cheapestLandedFirst([far, tieNear, near, tieSooner]).map((o) => o.vendorId)).toEqual(['near', 'tie-a', 'tie-b', 'far']);
  });
});
