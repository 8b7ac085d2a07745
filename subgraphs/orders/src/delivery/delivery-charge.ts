/**
 * Distance from vendor to site and the delivery charge for it. Pure functions; no I/O.
 *
 * Distance is the great-circle (haversine) distance on a sphere of the IUGG mean Earth radius,
 * times a road factor standing in for real routes until the maps port replaces it. The charge is
 * a base fare covering the first few kilometres plus a per-kilometre rate for every started
 * kilometre after that, free for large orders, refused beyond the service radius.
 */
export interface LatLng {
  lat: number;
  lng: number;
}

/** Mean Earth radius R1 = (2a + b) / 3 of the WGS 84 ellipsoid, as the IUGG defines it. */
export const EARTH_MEAN_RADIUS_KM = 6371.0088;

/** Road distance ≈ 1.4 × straight line: the common approximation for Indian city roads. */
export const DEFAULT_ROAD_FACTOR = 1.4;

export interface DeliveryTariff {
  baseChargePaise: number;
  /** Kilometres the base charge covers. */
  includedKm: number;
  /** Per started kilometre beyond `includedKm`. */
  perKmPaise: number;
  /** Farther than this, we do not deliver. */
  maxServiceKm: number;
  /** Delivery is free when the order subtotal (before tax and delivery) is at least this. */
  freeAboveSubtotalPaise?: number | null;
}

/** Defaults only; each city's tariff comes from configuration: ₹300 for the first 5 km, ₹25 per km after, up to 50 km, free from ₹50,000. */
export const DEFAULT_TARIFF: Readonly<DeliveryTariff> = Object.freeze({
  baseChargePaise: 30_000,
  includedKm: 5,
  perKmPaise: 2_500,
  maxServiceKm: 50,
  freeAboveSubtotalPaise: 5_000_000,
});

export class OutOfServiceAreaError extends Error {
  constructor(
    readonly distanceKm: number,
    readonly maxServiceKm: number,
  ) {
    // Rounded up for display, so 50.01 km never reads as "50.0 km away" next to a 50 km limit.
    super(`The delivery address is ${(Math.ceil(distanceKm * 10) / 10).toFixed(1)} km away; we deliver up to ${maxServiceKm} km.`);
    this.name = 'OutOfServiceAreaError';
  }
}

/** Great-circle distance in kilometres. */
export function haversineKm(a: LatLng, b: LatLng): number {
  checkPoint(a);
  checkPoint(b);
  const radians = Math.PI / 180;
  const dLat = (b.lat - a.lat) * radians;
  const dLng = (b.lng - a.lng) * radians;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * radians) * Math.cos(b.lat * radians) * Math.sin(dLng / 2) ** 2;
  // min(1, …): rounding can push h a hair above 1 for antipodal points, where asin would give NaN.
  return 2 * EARTH_MEAN_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Estimated road distance: straight line × `roadFactor`. */
export function roadDistanceKm(a: LatLng, b: LatLng, roadFactor: number = DEFAULT_ROAD_FACTOR): number {
  if (!Number.isFinite(roadFactor) || roadFactor < 1) throw new RangeError('road factor must be a finite number of at least 1');
  return haversineKm(a, b) * roadFactor;
}

/**
 * The delivery charge in paise. Distances are taken to the whole metre first, so floating-point
 * noise in a computed distance (8.000000000000002 km) does not bill an extra kilometre.
 */
export function deliveryChargePaise(input: { distanceKm: number; subtotalPaise: number; tariff: DeliveryTariff }): number {
  const { distanceKm, subtotalPaise, tariff } = input;
  checkTariff(tariff);
  if (!Number.isFinite(distanceKm) || distanceKm < 0) throw new RangeError('distance must be a finite, non-negative number of kilometres');
  if (!Number.isSafeInteger(subtotalPaise) || subtotalPaise < 0) throw new RangeError('subtotal must be whole, non-negative paise');

  const metres = Math.round(distanceKm * 1000);
  if (metres > Math.round(tariff.maxServiceKm * 1000)) throw new OutOfServiceAreaError(distanceKm, tariff.maxServiceKm);
  const free = tariff.freeAboveSubtotalPaise;
  if (free !== undefined && free !== null && subtotalPaise >= free) return 0;

  const extraKm = Math.ceil(Math.max(0, metres - Math.round(tariff.includedKm * 1000)) / 1000);
  const charge = tariff.baseChargePaise + extraKm * tariff.perKmPaise;
  if (!Number.isSafeInteger(charge)) throw new RangeError('delivery charge is too large');
  return charge;
}

/**
 * Whether a site is inside the vendor's own service radius (`serviceRadiusKm`, which the vendor
 * sets), measured like everything here: the road-distance estimate the order shows and bills,
 * to the whole metre. The tariff's `maxServiceKm` is the platform-wide cap on top of it.
 */
export function isWithinServiceRadius(distanceKm: number, serviceRadiusKm: number): boolean {
  if (!Number.isFinite(distanceKm) || distanceKm < 0) throw new RangeError('distance must be a finite, non-negative number of kilometres');
  if (!Number.isFinite(serviceRadiusKm) || serviceRadiusKm <= 0) throw new RangeError('service radius must be a finite number of kilometres above zero');
  return Math.round(distanceKm * 1000) <= Math.round(serviceRadiusKm * 1000);
}

function checkPoint(point: LatLng): void {
  if (!Number.isFinite(point.lat) || point.lat < -90 || point.lat > 90) throw new RangeError(`latitude must be between -90 and 90, got ${point.lat}`);
  if (!Number.isFinite(point.lng) || point.lng < -180 || point.lng > 180) throw new RangeError(`longitude must be between -180 and 180, got ${point.lng}`);
}

function checkTariff(tariff: DeliveryTariff): void {
  const paise = (value: number) => Number.isSafeInteger(value) && value >= 0;
  const km = (value: number) => Number.isFinite(value) && value >= 0;
  const free = tariff.freeAboveSubtotalPaise;
  if (!paise(tariff.baseChargePaise) || !paise(tariff.perKmPaise)) throw new RangeError('tariff charges must be whole, non-negative paise');
  if (!km(tariff.includedKm) || !km(tariff.maxServiceKm) || tariff.maxServiceKm === 0) throw new RangeError('tariff distances must be finite, non-negative kilometres, and the service radius above zero');
  if (free !== undefined && free !== null && !paise(free)) throw new RangeError('free-delivery threshold must be whole, non-negative paise');
}
