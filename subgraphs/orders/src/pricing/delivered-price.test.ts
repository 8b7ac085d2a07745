import { DEFAULT_TARIFF, OutOfServiceAreaError } from '../delivery/delivery-charge.js';
import { metresToDisplayKm, priceDelivered } from './delivered-price.js';
import { PricingError, type OrderLineInput } from './order-pricing.js';

const cement = (quantity: number, unitPricePaise = 40_000): OrderLineInput => ({
  kind: 'MATERIAL',
  refId: 'cement',
  name: 'OPC 53 cement',
  unit: 'BAG',
  quantity,
  unitPricePaise,
  gstRateBasisPoints: 2800,
});

describe('the landed price of a delivered order', () => {
  it('charges the road distance: base fare for the first 5 km, then every started km', () => {
    // 12.3 km: base ₹300 + 8 started km × ₹25 = ₹500; 18 % GST on it.
    const price = priceDelivered({ lines: [cement(10)], distanceMeters: 12_300 });
    expect(price.deliveryChargePaise).toBe(50_000);
    expect(price.deliveryTaxPaise).toBe(9_000);
    expect(price.subtotalPaise).toBe(400_000);
    expect(price.taxPaise).toBe(112_000 + 9_000);
    expect(price.totalPaise).toBe(400_000 + 50_000 + 121_000);
  });

  it('is free above the tariff threshold and the base fare when the site has no coordinates', () => {
    expect(priceDelivered({ lines: [cement(200)], distanceMeters: 30_000 }).deliveryChargePaise).toBe(0);
    expect(priceDelivered({ lines: [cement(1)], distanceMeters: null }).deliveryChargePaise).toBe(DEFAULT_TARIFF.baseChargePaise);
    expect(priceDelivered({ lines: [cement(200)], distanceMeters: null }).deliveryChargePaise).toBe(0);
  });

  it('refuses beyond the platform-wide cap and lines outside the caps', () => {
    expect(() => priceDelivered({ lines: [cement(1)], distanceMeters: 50_001 })).toThrow(OutOfServiceAreaError);
    expect(priceDelivered({ lines: [cement(1)], distanceMeters: 50_000 }).deliveryChargePaise).toBe(30_000 + 45 * 2_500);
    expect(() => priceDelivered({ lines: [cement(0)], distanceMeters: 1_000 })).toThrow(PricingError);
    expect(() => priceDelivered({ lines: [cement(1)], distanceMeters: -1 })).toThrow(RangeError);
  });

  it('shows metres as kilometres to two decimals', () => {
    expect(metresToDisplayKm(12_345)).toBe(12.35);
    expect(metresToDisplayKm(null)).toBeNull();
  });
});
