import { ForbiddenError, Money, NotFoundError, ValidationError, assertId, requireCaller, requireUserId, type RequestContext } from '@realserv/platform';
import { Material, Vendor, ref } from '../references/references.js';
import { OutOfServiceAreaError, type DeliveryTariff } from './delivery-charge.js';
import { DEFAULT_OPTIONS_LIMIT, MAX_CHECKED_VENDORS, MAX_OPTIONS_LIMIT, cheapestLandedFirst, vendorsStockingAll, vendorsToRoute, type PricedOption } from './delivery-options.js';
import type { DeliveryOption, DeliveryOptionItemInput } from './delivery-option.types.js';
import { PricingError } from '../pricing/order-pricing.js';
import { priceDelivered } from '../pricing/delivered-price.js';
import { LocationSourceEnum } from '../order/order-enums.js';
import type { BuyerAddresses } from '../ports/buyer-addresses.js';
import type { MaterialOffersSource } from '../ports/material-offers.js';
import type { RoadDistances } from '../ports/road-distances.js';
import type { VendorDirectory } from '../ports/vendor-locations.js';

export interface DeliveryOptionsDeps {
  addresses: BuyerAddresses;
  offers: MaterialOffersSource;
  vendors: VendorDirectory;
  distances: RoadDistances;
  tariff?: DeliveryTariff;
}

export const MAX_OPTION_ITEMS = 100;

/**
 * "Who can deliver this list to my site, and what will it cost landed?" in one request, with a
 * fixed number of calls whatever the number of vendors: identity (the address) and catalog
 * (every offer of the list) together, then vendors (who of those stocking it serves the site, one
 * statement), then integrations (road distances for at most 100 vendors, cached per pair). The
 * orders database is not read. Prices come from `priceDelivered`, as placeOrder's do.
 */
export class DeliveryOptionsService {
  constructor(private readonly deps: DeliveryOptionsDeps) {}

  async options(ctx: RequestContext, addressId: string, items: DeliveryOptionItemInput[], limit = DEFAULT_OPTIONS_LIMIT): Promise<DeliveryOption[]> {
    if (!requireCaller(ctx).roles.includes('BUYER')) throw new ForbiddenError('Only buyers ask for delivery options.');
    const buyerId = requireUserId(ctx);
    const id = assertId(addressId, 'addressId');
    if (items.length < 1 || items.length > MAX_OPTION_ITEMS) throw new ValidationError(`Give 1 to ${MAX_OPTION_ITEMS} items.`, { field: 'items' });
    const wanted = items.map((item) => ({ materialId: assertId(item.materialId, 'materialId'), quantity: item.quantity }));
    if (new Set(wanted.map((i) => i.materialId)).size !== wanted.length) throw new ValidationError('Each material may appear once.', { field: 'items' });
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_OPTIONS_LIMIT) throw new ValidationError(`limit must be 1 to ${MAX_OPTIONS_LIMIT}.`, { field: 'limit' });

    const [address, materials] = await Promise.all([
      this.deps.addresses.find(buyerId, id, ctx.requestId),
      this.deps.offers.offersOf(wanted.map((i) => i.materialId), ctx.requestId),
    ]);
    // Another buyer's address reads as no address at all.
    if (!address) throw new NotFoundError('DeliveryAddress', id);
    if (address.latitude === null || address.longitude === null) {
      throw new ValidationError('This address has no location yet; save it again (or pin it on the map) to see who delivers there.', { reason: 'ADDRESS_NOT_LOCATED' });
    }
    const site = { lat: address.latitude, lng: address.longitude };

    // The cheapest goods first when more vendors stock the list than one check takes.
    const stocking = vendorsToRoute(vendorsStockingAll(wanted, materials), MAX_CHECKED_VENDORS);
    const checks = await this.deps.vendors.servingPoint(site, stocking.map((v) => v.vendorId), ctx.requestId);
    const serving = new Map(checks.filter((c) => c.status === 'ACTIVE' && c.acceptingOrders && c.serves).map((c) => [c.vendorId, c]));
    const routed = vendorsToRoute(stocking.filter((v) => serving.has(v.vendorId)));
    if (!routed.length) return [];
    const distances = await this.deps.distances.fromEach(routed.map((v) => serving.get(v.vendorId)!.depot), site, ctx.requestId);

    const priced: Array<PricedOption & { source: string }> = [];
    routed.forEach((vendor, index) => {
      const road = distances[index]!;
      try {
        const price = priceDelivered({ lines: vendor.lines, distanceMeters: road.distanceMeters, tariff: this.deps.tariff });
        priced.push({ vendorId: vendor.vendorId, price, distanceMeters: road.distanceMeters, leadTimeDays: vendor.leadTimeDays, source: road.source });
      } catch (error) {
        // Beyond the platform's delivery cap, or a total placeOrder would refuse: not an option.
        if (error instanceof OutOfServiceAreaError || error instanceof PricingError) return;
        throw error;
      }
    });
    const leadTimes = new Map(materials.flatMap((m) => m.offers.map((o) => [`${o.vendorId}:${m.materialId}`, o.leadTimeDays] as const)));
    return cheapestLandedFirst(priced)
      .slice(0, limit)
      .map((option) => ({
        vendor: ref(Vendor, option.vendorId),
        lines: option.price.lines.map((line) => ({
          material: ref(Material, line.refId),
          name: line.name,
          unit: line.unit,
          quantity: line.quantity,
          unitPrice: Money.of(line.unitPricePaise),
          gstRateBasisPoints: line.gstRateBasisPoints,
          lineSubtotal: Money.of(line.lineSubtotalPaise),
          lineTax: Money.of(line.lineTaxPaise),
          leadTimeDays: leadTimes.get(`${option.vendorId}:${line.refId}`) ?? option.leadTimeDays,
        })),
        subtotal: Money.of(option.price.subtotalPaise),
        deliveryCharge: Money.of(option.price.deliveryChargePaise),
        tax: Money.of(option.price.taxPaise),
        total: Money.of(option.price.totalPaise),
        leadTimeDays: option.leadTimeDays,
        distanceMeters: option.distanceMeters,
        distanceSource: option.source as LocationSourceEnum,
      }));
  }
}
