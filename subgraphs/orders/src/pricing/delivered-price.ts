/**
 * The landed price of goods delivered to a site: the lines, the delivery charge for the road
 * distance from the vendor, GST on both, the total. The one pricing function behind placeOrder
 * and deliveryOptions, so the landed total an option quotes is what placing that order charges.
 * Pure; no I/O.
 */
import { DEFAULT_TARIFF, deliveryChargePaise, type DeliveryTariff } from '../delivery/delivery-charge.js';
import { goodsSubtotalPaise, priceOrder, type OrderLineInput, type OrderPrice } from './order-pricing.js';

export interface DeliveredPriceInput {
  lines: readonly OrderLineInput[];
  /**
   * Road distance from the vendor to the site, whole metres; null when either end has no
   * coordinates (addresses saved before geocoding): then the base fare is charged.
   */
  distanceMeters: number | null;
  tariff?: DeliveryTariff;
}

/**
 * Throws `PricingError` for lines outside the caps and `OutOfServiceAreaError` beyond the
 * tariff's platform-wide `maxServiceKm`.
 */
export function priceDelivered(input: DeliveredPriceInput): OrderPrice {
  const tariff = input.tariff ?? DEFAULT_TARIFF;
  // Checks the caps first (a PricingError, i.e. bad input), so the tariff never sees an unsafe sum.
  const subtotalPaise = goodsSubtotalPaise(input.lines);
  return priceOrder({ lines: input.lines, deliveryChargePaise: chargeFor(input.distanceMeters, subtotalPaise, tariff) });
}

function chargeFor(distanceMeters: number | null, subtotalPaise: number, tariff: DeliveryTariff): number {
  if (distanceMeters === null) {
    // Without both ends located, charge the base (it covers the first kilometres).
    const free = tariff.freeAboveSubtotalPaise != null && subtotalPaise >= tariff.freeAboveSubtotalPaise;
    return free ? 0 : tariff.baseChargePaise;
  }
  if (!Number.isSafeInteger(distanceMeters) || distanceMeters < 0) throw new RangeError('distance must be whole, non-negative metres');
  return deliveryChargePaise({ distanceKm: distanceMeters / 1000, subtotalPaise, tariff });
}

/** The distance as the order's `distanceKm` shows it: kilometres to two decimals. */
export function metresToDisplayKm(distanceMeters: number | null): number | null {
  return distanceMeters === null ? null : Math.round(distanceMeters / 10) / 100;
}
