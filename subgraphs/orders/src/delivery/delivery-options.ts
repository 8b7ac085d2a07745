/**
 * deliveryOptions' rules: which vendors can fill a buyer's list, which of them are worth a road
 * distance, and in what order the priced options come back. Pure functions; no I/O (the service
 * fetches, `priceDelivered` prices).
 */
import type { OrderLineInput, OrderPrice } from '../pricing/order-pricing.js';

/** What one material offers today, as catalog answers it: its GST rate and every vendor's offer. */
export interface MaterialOffers {
  materialId: string;
  name: string;
  unit: string;
  /** Basis points in force today; null when its HSN code has none (then nobody can sell it). */
  gstRateBasisPoints: number | null;
  offers: ReadonlyArray<{
    vendorId: string;
    unitPricePaise: number;
    stockQuantity: number;
    minOrderQuantity: number;
    leadTimeDays: number;
  }>;
}

export interface RequestedMaterial {
  materialId: string;
  quantity: number;
}

/** A vendor that has every item in the requested quantity, with the lines it would sell. */
export interface StockingVendor {
  vendorId: string;
  lines: OrderLineInput[];
  /** Days before the vendor can deliver all of it: the longest lead time of its lines. */
  leadTimeDays: number;
  /** The goods' subtotal (before tax and delivery), for choosing whom to route. */
  goodsSubtotalPaise: number;
}

/**
 * At most this many vendors get a road distance per request: the maps port's limit of origins in
 * one call (roadDistancesForService). Beyond it the cheapest goods win (delivery is a small share
 * of a landed total), so the bound holds however many vendors serve the site.
 */
export const MAX_ROUTED_VENDORS = 100;
/** At most this many vendors stocking the list are checked against the site (vendors' limit per call). */
export const MAX_CHECKED_VENDORS = 500;
export const DEFAULT_OPTIONS_LIMIT = 20;
export const MAX_OPTIONS_LIMIT = 100;

/**
 * Vendors offering every requested material in its quantity: in stock (stock ≥ quantity) and at
 * or above their minimum order, as reserveStock will check when the order is placed. Materials
 * without a GST rate today are unsellable, so a list containing one has no vendors.
 */
export function vendorsStockingAll(items: readonly RequestedMaterial[], materials: readonly MaterialOffers[]): StockingVendor[] {
  const byId = new Map(materials.map((m) => [m.materialId, m]));
  let vendors: Map<string, StockingVendor> | null = null;
  for (const item of items) {
    const material = byId.get(item.materialId);
    if (!material || material.gstRateBasisPoints === null) return [];
    const fitting = new Map<string, StockingVendor>();
    for (const offer of material.offers) {
      if (offer.stockQuantity < item.quantity || offer.minOrderQuantity > item.quantity) continue;
      const sofar: StockingVendor | undefined = vendors ? vendors.get(offer.vendorId) : { vendorId: offer.vendorId, lines: [], leadTimeDays: 0, goodsSubtotalPaise: 0 };
      if (!sofar) continue;
      fitting.set(offer.vendorId, {
        vendorId: offer.vendorId,
        lines: [
          ...sofar.lines,
          {
            kind: 'MATERIAL',
            refId: material.materialId,
            name: material.name,
            unit: material.unit,
            quantity: item.quantity,
            unitPricePaise: offer.unitPricePaise,
            gstRateBasisPoints: material.gstRateBasisPoints,
          },
        ],
        leadTimeDays: Math.max(sofar.leadTimeDays, offer.leadTimeDays),
        goodsSubtotalPaise: sofar.goodsSubtotalPaise + item.quantity * offer.unitPricePaise,
      });
    }
    vendors = fitting;
    if (!vendors.size) return [];
  }
  return [...(vendors ?? new Map<string, StockingVendor>()).values()];
}

/** The `max` vendors with the cheapest goods (ties by id, so the choice is stable). */
export function vendorsToRoute<T extends { vendorId: string; goodsSubtotalPaise: number }>(vendors: readonly T[], max = MAX_ROUTED_VENDORS): T[] {
  return [...vendors].sort((a, b) => a.goodsSubtotalPaise - b.goodsSubtotalPaise || a.vendorId.localeCompare(b.vendorId)).slice(0, max);
}

export interface PricedOption {
  vendorId: string;
  price: OrderPrice;
  distanceMeters: number;
  leadTimeDays: number;
}

/** Cheapest landed total first; then nearer, then sooner; then by vendor id (stable pages). */
export function cheapestLandedFirst<T extends PricedOption>(options: readonly T[]): T[] {
  return [...options].sort(
    (a, b) =>
      a.price.totalPaise - b.price.totalPaise ||
      a.distanceMeters - b.distanceMeters ||
      a.leadTimeDays - b.leadTimeDays ||
      a.vendorId.localeCompare(b.vendorId),
  );
}
