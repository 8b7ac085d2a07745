import {
  DEFAULT_ROAD_FACTOR,
  DEFAULT_TARIFF,
  EARTH_MEAN_RADIUS_KM,
  OutOfServiceAreaError,
  deliveryChargePaise,
  haversineKm,
  isWithinServiceRadius,
  roadDistanceKm,
  type DeliveryTariff,
  type LatLng,
} from './delivery-charge.js';
import { seededRandom } from '@realserv/platform/testing';

const mgRoad: LatLng = { lat: 12.9756, lng: 77.6069 };
const whitefield: LatLng = { lat: 12.9698, lng: 77.75 };
const mumbai: LatLng = { lat: 19.076, lng: 72.8777 };
const pune: LatLng = { lat: 18.5204, lng: 73.8567 };

const tariff: DeliveryTariff = { baseChargePaise: 30_000, includedKm: 5, perKmPaise: 2_500, maxServiceKm: 50, freeAboveSubtotalPaise: 5_000_000 };
const smallOrder = 100_000; // ₹1,000, well under the free-delivery threshold

function chargeFor(distanceKm: number, subtotalPaise = smallOrder, t: DeliveryTariff = tariff): number {
  return deliveryChargePaise({ distanceKm, subtotalPaise, tariff: t });
}

function randomPoint(random: () => number): LatLng {
  return { lat: random() * 180 - 90, lng: random() * 360 - 180 };
}

describe('straight-line distance', () => {
  it('measures MG Road to Whitefield in Bengaluru as about 15.5 km', () => {
    expect(Math.abs(haversineKm(mgRoad, whitefield) - 15.5)).toBeLessThanOrEqual(0.5);
  });

  it('measures Mumbai to Pune as about 120 km', () => {
    expect(Math.abs(haversineKm(mumbai, pune) - 120)).toBeLessThanOrEqual(5);
  });

  it('gives one degree of longitude on the equator as 2πR / 360, across the antimeridian too', () => {
    const oneDegree = (2 * Math.PI * EARTH_MEAN_RADIUS_KM) / 360;
    expect(oneDegree).toBeCloseTo(111.195, 3);
    expect(haversineKm({ lat: 0, lng: 0 }, { lat: 0, lng: 1 })).toBeCloseTo(oneDegree, 9);
    expect(haversineKm({ lat: 0, lng: 179.5 }, { lat: 0, lng: -179.5 })).toBeCloseTo(oneDegree, 9);
  });

  it('gives half the circumference between antipodes, not NaN', () => {
    expect(haversineKm({ lat: 90, lng: 0 }, { lat: -90, lng: 0 })).toBeCloseTo(Math.PI * EARTH_MEAN_RADIUS_KM, 6);
    expect(haversineKm({ lat: 0, lng: -180 }, { lat: 0, lng: 0 })).toBeCloseTo(Math.PI * EARTH_MEAN_RADIUS_KM, 6);
    expect(haversineKm({ lat: 12.9756, lng: 77.6069 }, { lat: -12.9756, lng: -102.3931 })).toBeCloseTo(Math.PI * EARTH_MEAN_RADIUS_KM, 6);
  });

  it('is zero from a point to itself', () => {
    expect(haversineKm(mgRoad, mgRoad)).toBe(0);
    expect(haversineKm({ lat: 90, lng: 10 }, { lat: 90, lng: -170 })).toBeCloseTo(0, 9); // the pole, however named
  });

  it.each([
    [{ lat: 90.0001, lng: 0 }],
    [{ lat: -91, lng: 0 }],
    [{ lat: 0, lng: 180.5 }],
    [{ lat: 0, lng: -181 }],
    [{ lat: Number.NaN, lng: 0 }],
    [{ lat: 0, lng: Number.POSITIVE_INFINITY }],
  ])('rejects the point %j', (point) => {
    expect(() => haversineKm(point, mgRoad)).toThrow(RangeError);
    expect(() => haversineKm(mgRoad, point)).toThrow(RangeError);
  });

  it('accepts the edges of the coordinate ranges', () => {
    expect(Number.isFinite(haversineKm({ lat: -90, lng: -180 }, { lat: 90, lng: 180 }))).toBe(true);
  });
});

describe('road distance', () => {
  it('is the straight line times 1.4 by default', () => {
    expect(DEFAULT_ROAD_FACTOR).toBe(1.4);
    expect(roadDistanceKm(mgRoad, whitefield)).toBeCloseTo(haversineKm(mgRoad, whitefield) * 1.4, 9);
    expect(Math.abs(roadDistanceKm(mgRoad, whitefield) - 21.7)).toBeLessThanOrEqual(0.7);
  });

  it('takes another factor', () => {
    expect(roadDistanceKm(mumbai, pune, 1.25)).toBeCloseTo(haversineKm(mumbai, pune) * 1.25, 9);
    expect(roadDistanceKm(mumbai, pune, 1)).toBe(haversineKm(mumbai, pune));
  });

  it.each([0.9, 0, -1, Number.NaN, Number.POSITIVE_INFINITY])('rejects road factor %p', (factor) => {
    expect(() => roadDistanceKm(mgRoad, whitefield, factor)).toThrow(RangeError);
  });
});

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

  it('prices MG Road to Whitefield by road: about 21.7 km, so 17 extra kilometres', () => {
    expect(chargeFor(roadDistanceKm(mgRoad, whitefield))).toBe(30_000 + 17 * 2_500);
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
    expect(() => chargeFor(roadDistanceKm(mumbai, pune))).toThrow(OutOfServiceAreaError);
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

describe('distance and charge: properties', () => {
  it('distance is symmetric, non-negative, at most half the circumference, and obeys the triangle inequality', () => {
    const random = seededRandom(6371);
    const violations: string[] = [];
    for (let i = 0; i < 5000; i += 1) {
      const [a, b, c] = [randomPoint(random), randomPoint(random), randomPoint(random)];
      const ab = haversineKm(a, b);
      const where = JSON.stringify({ a, b, c });
      if (Math.abs(ab - haversineKm(b, a)) > 1e-9) violations.push(`asymmetric ${where}`);
      if (!(ab >= 0 && ab <= Math.PI * EARTH_MEAN_RADIUS_KM + 1e-9)) violations.push(`out of range ${ab} ${where}`);
      if (haversineKm(a, a) !== 0) violations.push(`non-zero to itself ${where}`);
      if (ab > haversineKm(a, c) + haversineKm(c, b) + 1e-6) violations.push(`triangle ${where}`);
    }
    expect(violations).toEqual([]);
  });

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

describe("the vendor's service radius", () => {
  it('accepts a site up to the radius, to the metre, and refuses one beyond it', () => {
    expect(isWithinServiceRadius(0, 10)).toBe(true);
    expect(isWithinServiceRadius(9.999, 10)).toBe(true);
    expect(isWithinServiceRadius(10, 10)).toBe(true);
    expect(isWithinServiceRadius(10.0004, 10)).toBe(true); // rounds to 10.000 km
    expect(isWithinServiceRadius(10.0006, 10)).toBe(false); // rounds to 10.001 km
    expect(isWithinServiceRadius(25.5, 25)).toBe(false);
  });

  it('measures the same road estimate the order bills: MG Road → Whitefield is inside 30 km, outside 20 km', () => {
    // Straight line ≈ 15.5 km, road estimate ≈ 21.7 km.
    const km = roadDistanceKm(mgRoad, whitefield);
    expect(km).toBeGreaterThan(21);
    expect(km).toBeLessThan(22.5);
    expect(isWithinServiceRadius(km, 30)).toBe(true);
    expect(isWithinServiceRadius(km, 20)).toBe(false);
  });

  it('rejects nonsense inputs instead of answering', () => {
    expect(() => isWithinServiceRadius(-1, 10)).toThrow(RangeError);
    expect(() => isWithinServiceRadius(Number.NaN, 10)).toThrow(RangeError);
    expect(() => isWithinServiceRadius(5, 0)).toThrow(RangeError);
    expect(() => isWithinServiceRadius(5, Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});
