import { DEFAULT_TARIFF, OutOfServiceAreaError, deliveryChargePaise, type DeliveryTariff } from './delivery-charge.js';
import { seededRandom } from '@realserv/platform/testing';

const tariff: DeliveryTariff = { baseChargePaise: 30_000, includedKm: 5, perKmPaise: 2_500, maxServiceKm: 50, freeAboveSubtotalPaise: 5_000_000 };
const smallOrder = 100_000; // ₹1,000, well under the free-delivery threshold

function chargeFor(distanceKm: number, subtotalPaise = smallOrder, t: DeliveryTariff = tariff): number {
  return deliveryChargePaise({ distanceKm, subtotalPaise, tariff: t });
}


describe('delivery charge', () => {
  it('has documented defaults: ₹300 for 5 km, ₹25 per km after, up to 50 km, free from ₹50,000', () => {
    expect(DEFAULT_TARIFF).toEqual(tariff);
    expect(Object.isFrozen(DEFAULT_TARIFF)).toBe(true);
  });

  it('charges the base fare up to and including the included kilometres', () => {
    expect(chargeFor(0)).toBe(30_000);
    expect(chargeFor(3.2)).toBe(30_000);
    expect(chargeFor(5)).toBe(30_000);
  });

  it('charges every started kilometre beyond them', () => {
    expect(chargeFor(5.01)).toBe(32_500);
    expect(chargeFor(6)).toBe(32_500);
    expect(chargeFor(6.001)).toBe(35_000);
    expect(chargeFor(7.3)).toBe(37_500);
  });

  it('ignores floating-point noise below a metre', () => {
    expect(chargeFor(8.000000000000002)).toBe(37_500);
    expect(chargeFor(5.0004)).toBe(30_000);
    expect(chargeFor(5.0006)).toBe(32_500);
  });

  it('delivers up to the service radius and refuses beyond it', () => {
    expect(chargeFor(50)).toBe(30_000 + 45 * 2_500);
    let thrown: unknown;
    try {
      chargeFor(50.01);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(OutOfServiceAreaError);
    expect(thrown).toMatchObject({ name: 'OutOfServiceAreaError', distanceKm: 50.01, maxServiceKm: 50 });
    expect((thrown as Error).message).toBe('The delivery address is 50.1 km away; we deliver up to 50 km.');
    expect(() => chargeFor(150)).toThrow(OutOfServiceAreaError); // Mumbai to Pune by road
  });

  it('is free from the threshold subtotal, but never beyond the service radius', () => {
    expect(chargeFor(20, 5_000_000)).toBe(0);
    expect(chargeFor(20, 12_000_000)).toBe(0);
    expect(chargeFor(20, 4_999_999)).toBe(30_000 + 15 * 2_500);
    expect(() => chargeFor(60, 12_000_000)).toThrow(OutOfServiceAreaError);
  });

  it('is never free when the tariff has no threshold', () => {
    const { freeAboveSubtotalPaise: _, ...noThreshold } = tariff;
    expect(chargeFor(5, 1_000_000_000, noThreshold)).toBe(30_000);
    expect(chargeFor(5, 1_000_000_000, { ...tariff, freeAboveSubtotalPaise: null })).toBe(30_000);
  });

  it('follows whatever tariff configuration gives', () => {
    const flat: DeliveryTariff = { baseChargePaise: 50_000, includedKm: 0, perKmPaise: 0, maxServiceKm: 30 };
    expect(chargeFor(0, smallOrder, flat)).toBe(50_000);
    expect(chargeFor(29.9, smallOrder, flat)).toBe(50_000);
    const perKm: DeliveryTariff = { baseChargePaise: 0, includedKm: 2.5, perKmPaise: 1_200, maxServiceKm: 40 };
    expect(chargeFor(2.5, smallOrder, perKm)).toBe(0);
    expect(chargeFor(10, smallOrder, perKm)).toBe(8 * 1_200); // 7.5 km beyond → 8 started kilometres
  });

  it.each([-0.001, Number.NaN, Number.POSITIVE_INFINITY])('rejects distance %p', (distanceKm) => {
    expect(() => chargeFor(distanceKm)).toThrow(RangeError);
  });

  it.each([-1, 10.5, Number.NaN])('rejects subtotal %p', (subtotalPaise) => {
    expect(() => chargeFor(1, subtotalPaise)).toThrow(RangeError);
  });

  it.each<[string, Partial<DeliveryTariff>]>([
    ['a fractional base charge', { baseChargePaise: 300.5 }],
    ['a negative per-km rate', { perKmPaise: -1 }],
    ['negative included kilometres', { includedKm: -1 }],
    ['a zero service radius', { maxServiceKm: 0 }],
    ['an infinite service radius', { maxServiceKm: Number.POSITIVE_INFINITY }],
    ['a fractional free threshold', { freeAboveSubtotalPaise: 0.5 }],
  ])('rejects a tariff with %s', (_, change) => {
    expect(() => chargeFor(1, smallOrder, { ...tariff, ...change })).toThrow(RangeError);
  });
});

describe('charge: properties', () => {
  it('charge is the base plus per-km for each started kilometre, and never falls as distance grows', () => {
    const random = seededRandom(2500);
    const violations: string[] = [];
    for (let i = 0; i < 2000; i += 1) {
      const t: DeliveryTariff = {
        baseChargePaise: Math.floor(random() * 100_000),
        includedKm: Math.floor(random() * 20),
        perKmPaise: Math.floor(random() * 10_000),
        maxServiceKm: 20 + Math.floor(random() * 80),
      };
      const km = Math.round(random() * t.maxServiceKm * 1000) / 1000; // whole metres
      const farther = Math.min(t.maxServiceKm, km + random() * 5);
      const charge = chargeFor(km, smallOrder, t);
      const startedKm = Math.ceil(Math.max(0, Math.round((km - t.includedKm) * 1000)) / 1000);
      if (charge !== t.baseChargePaise + startedKm * t.perKmPaise) violations.push(`${km} km on ${JSON.stringify(t)}: ${charge}`);
      if (chargeFor(farther, smallOrder, t) < charge) violations.push(`cheaper at ${farther} km than at ${km} km on ${JSON.stringify(t)}`);
      if (!Number.isSafeInteger(charge)) violations.push(`not whole paise: ${charge}`);
    }
    expect(violations).toEqual([]);
  });
});
