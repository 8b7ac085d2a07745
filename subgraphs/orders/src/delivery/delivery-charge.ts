/**
 * The delivery charge for a road distance from vendor to site. Pure functions; no I/O. The
 * distance itself comes from integrations' maps port (road distance, cached per pair, with an
 * offline estimate while the provider is down); whether the vendor serves the site is vendors'
 * check (radius or polygons). The charge is a base fare covering the first few kilometres plus a
 * per-kilometre rate for every started kilometre after that, free for large orders, refused
 * beyond the platform-wide cap.
 */
export interface LatLng {
  lat: number;
  lng: number;
}

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

function checkTariff(tariff: DeliveryTariff): void {
  const paise = (value: number) => Number.isSafeInteger(value) && value >= 0;
  const km = (value: number) => Number.isFinite(value) && value >= 0;
  const free = tariff.freeAboveSubtotalPaise;
  if (!paise(tariff.baseChargePaise) || !paise(tariff.perKmPaise)) throw new RangeError('tariff charges must be whole, non-negative paise');
  if (!km(tariff.includedKm) || !km(tariff.maxServiceKm) || tariff.maxServiceKm === 0) throw new RangeError('tariff distances must be finite, non-negative kilometres, and the service radius above zero');
  if (free !== undefined && free !== null && !paise(free)) throw new RangeError('free-delivery threshold must be whole, non-negative paise');
}
