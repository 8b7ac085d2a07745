import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError, assertId, recordEvent, requireCaller, requireUserId, type RequestContext } from '@realserv/platform';
import { OrderPlaced } from '@realserv/contracts';
import { indianDate } from '@realserv/platform/indian-date';
import { OutOfServiceAreaError, type DeliveryTariff, type LatLng } from '../delivery/delivery-charge.js';
import { PricingError } from '../pricing/order-pricing.js';
import { metresToDisplayKm, priceDelivered } from '../pricing/delivered-price.js';
import type { BuyerAddresses } from '../ports/buyer-addresses.js';
import type { CatalogStock } from '../ports/catalog-stock.js';
import type { RoadDistance, RoadDistances } from '../ports/road-distances.js';
import type { VendorDirectory, VendorProfile } from '../ports/vendor-locations.js';
import { initialStatus } from './order-lifecycle.js';
import { formatOrderNumber } from './order-number.js';
import { placeOrderFingerprint } from './place-order-fingerprint.js';
import { placedFacts } from './placed-facts.js';
import { LocationSourceEnum, OrderActor, OrderItemKind, OrderPaymentStatus, OrderStatusEnum, PaymentMethodEnum } from './order-enums.js';
import { Order, OrderItem, OrderStatusHistory } from './order.entity.js';
import { historyByOrderId, itemsByOrderId } from './order.loaders.js';
import type { PlaceOrderInput } from './order.inputs.js';

export interface OrderPlacementDeps {
  catalog: CatalogStock;
  addresses: BuyerAddresses;
  vendors: VendorDirectory;
  distances: RoadDistances;
  tariff?: DeliveryTariff;
}

/** Placing an order: the buyer's checkout, from the idempotency key to the reserved stock and the priced order. */
export class OrderPlacementService {
  constructor(private readonly deps: OrderPlacementDeps) {}

  /**
   * Places an order. The order id is derived from (buyer, idempotency key), so a retry — even one
   * racing the first attempt — reserves the same stock reservation and finds the same order.
   * Stock is reserved in catalog first (atomic there); the order row and its OrderPlaced event
   * are then written in one transaction. If that fails, the reservation is released (and catalog
   * releases abandoned reservations after a timeout in any case).
   *
   * A new order is not looked up first (#12: one statement fewer on every checkout). A retry of
   * a placed order is recognised on the way instead, and answered with that order: a check before
   * the reservation fails (its address deleted since, say), the reservation replay is already
   * COMMITTED or RELEASED, or the insert hits the order's primary key (OrderPlaced not handled by
   * catalog yet). Every failure looks for the placed order before releasing anything, so the
   * reservation of a placed order is never released by its retry.
   */
  async place(ctx: RequestContext, input: PlaceOrderInput): Promise<Order> {
    const caller = requireCaller(ctx);
    const buyerId = requireUserId(ctx);
    if (!caller.roles.includes('BUYER')) throw new ForbiddenError('Only buyers place orders.');
    const vendorId = assertId(input.vendorId, 'vendorId');
    const addressId = assertId(input.deliveryAddressId, 'deliveryAddressId');
    const items = input.items.map((item) => ({ kind: item.kind, refId: assertId(item.refId, 'refId'), quantity: item.quantity }));
    if (new Set(items.map((i) => `${i.kind}:${i.refId}`)).size !== items.length) {
      throw new ValidationError('Each item may appear once.', { field: 'items' });
    }
    const orderId = orderIdFor(buyerId, input.idempotencyKey);
    const fingerprint = placeOrderFingerprint({ vendorId, deliveryAddressId: addressId, paymentMethod: input.paymentMethod, items });

    const placedOrElse = async (error: unknown): Promise<Order> => {
      const placed = await this.placedOrder(ctx, orderId);
      if (placed) return this.sameOrderOrConflict(placed, input, buyerId, fingerprint);
      throw error;
    };

    // The address first: its point is what the vendor's service area is checked against, in the
    // same call to vendors that says whether the vendor takes orders and where it is.
    const checked = await (async () => {
      const address = await this.deps.addresses.find(buyerId, addressId, ctx.requestId);
      if (!address) throw new NotFoundError('DeliveryAddress', addressId);
      const site = siteOf(address);
      const vendor = await this.deps.vendors.find(vendorId, site, ctx.requestId);
      if (!vendor) throw new NotFoundError('Vendor', vendorId);
      if (vendor.status !== 'ACTIVE' || !vendor.acceptingOrders) {
        throw new ConflictError('This vendor is not taking orders right now.', { reason: 'VENDOR_NOT_ACCEPTING_ORDERS' });
      }
      assertServesSite(vendor);
      return { address, vendor, site };
    })().catch(placedOrElse);
    if (checked instanceof Order) return checked;
    const { address, vendor, site } = checked;
    // The road distance is asked for while the stock is reserved (integrations caches it per
    // vendor–site pair); it is awaited below, where a failure releases the reservation.
    const distance: Promise<RoadDistance | null> =
      site && vendor.depot ? this.deps.distances.fromEach([vendor.depot], site, ctx.requestId).then(([only]) => only ?? null) : Promise.resolve(null);
    distance.catch(() => undefined);

    const pricingDate = indianDate();
    const reservation = await this.deps.catalog
      .reserve({ reservationId: orderId, vendorId, pricingDate, items }, ctx.requestId)
      .catch((error: unknown) => {
        // The key was used for other items (a placed order, or a concurrent request that reserved
        // first; the reservation id is derived from the key).
        if (error instanceof ConflictError && error.details?.reason === 'RESERVATION_MISMATCH') {
          throw new ConflictError('This idempotency key was already used for a different order.', { reason: 'IDEMPOTENCY_KEY_REUSED' });
        }
        throw error;
      });
    if (reservation.status !== 'RESERVED') {
      // COMMITTED: the order was placed. RELEASED: it was placed and then cancelled or rejected,
      // or an earlier attempt with this key reserved, failed and was released: start a new checkout.
      const placed = await this.placedOrder(ctx, orderId);
      if (placed) return this.sameOrderOrConflict(placed, input, buyerId, fingerprint);
      if (reservation.status === 'RELEASED') {
        throw new ConflictError('This checkout expired; place the order again with a new idempotency key.', { reason: 'CHECKOUT_EXPIRED' });
      }
    }

    try {
      const road = await distance;
      const distanceMeters = road?.distanceMeters ?? null;
      const price = priceDelivered({
        distanceMeters,
        tariff: this.deps.tariff,
        lines: reservation.lines.map((l) => ({
          kind: l.kind,
          refId: l.refId,
          name: l.name,
          unit: l.unit,
          quantity: l.quantity,
          unitPricePaise: l.unitPricePaise,
          gstRateBasisPoints: l.gstRateBasisPoints,
        })),
      });
      // The number is taken before the transaction, in a statement of its own: inside it, the
      // month's counter row stayed locked until commit and every concurrent placement queued
      // behind it (192 ms of lock wait per order at 500 users, docs/capacity.md). A placement
      // that fails after this leaves a gap; order numbers are unique and increasing, not gapless.
      const now = new Date();
      const sequence = await nextSequence(ctx.em, now);
      const order = await ctx.em.transactional(async (em) => {
        const status = initialStatus(input.paymentMethod) as OrderStatusEnum;
        const created = em.create(Order, {
          id: orderId,
          orderNumber: formatOrderNumber(now, sequence),
          buyerId,
          vendorId,
          idempotencyKey: input.idempotencyKey,
          requestFingerprint: fingerprint,
          status,
          paymentMethod: input.paymentMethod,
          paymentStatus: input.paymentMethod === PaymentMethodEnum.COD ? OrderPaymentStatus.COD_PENDING : OrderPaymentStatus.PENDING,
          deliveryAddress: address,
          distanceKm: metresToDisplayKm(distanceMeters),
          deliveryDistanceMeters: distanceMeters,
          distanceSource: road ? (road.source as LocationSourceEnum) : null,
          subtotalPaise: price.subtotalPaise,
          deliveryChargePaise: price.deliveryChargePaise,
          deliveryTaxPaise: price.deliveryTaxPaise,
          taxPaise: price.taxPaise,
          totalPaise: price.totalPaise,
          pricingDate,
        });
        const orderItems = price.lines.map((line, position) => {
          const reserved = reservation.lines[position]!;
          return em.create(OrderItem, {
            orderId,
            position,
            kind: line.kind as OrderItemKind,
            refId: line.refId,
            name: line.name,
            unit: line.unit,
            unitDescription: reserved.unitDescription,
            quantity: line.quantity,
            unitPricePaise: line.unitPricePaise,
            gstRateBasisPoints: line.gstRateBasisPoints,
            taxCode: reserved.hsnOrSac,
            lineSubtotalPaise: line.lineSubtotalPaise,
            lineTaxPaise: line.lineTaxPaise,
            lineTotalPaise: line.lineTotalPaise,
          });
        });
        const placed = em.create(OrderStatusHistory, { orderId, fromStatus: null, toStatus: status, actor: OrderActor.BUYER, actorUserId: buyerId });
        recordEvent(em, OrderPlaced, {
          orderId,
          orderNumber: created.orderNumber,
          buyerId,
          vendorId,
          paymentMethod: input.paymentMethod,
          status,
          totalPaise: price.totalPaise,
          ...placedFacts(address.city, orderItems),
        });
        return { created, orderItems, history: [placed] };
      });
      // The answer's items and history are the rows just written, not another query each.
      ctx.loaders.get(itemsByOrderId).prime(orderId, order.orderItems);
      ctx.loaders.get(historyByOrderId).prime(orderId, order.history);
      return order.created;
    } catch (error) {
      // The order exists (the insert hit its primary key: this is a retry, or a concurrent one
      // created it first): the reservation is that order's, so answer with it, release nothing.
      const placed = await this.placedOrder(ctx, orderId);
      if (placed) return this.sameOrderOrConflict(placed, input, buyerId, fingerprint);
      await this.deps.catalog.release(orderId, ctx.requestId).catch((releaseError: unknown) =>
        ctx.log.error({ err: releaseError, orderId }, 'could not release the reservation of a failed order; catalog will expire it'),
      );
      if (error instanceof PricingError) throw new ValidationError(error.message, { field: 'items' });
      if (error instanceof OutOfServiceAreaError) {
        throw new ValidationError(error.message, { reason: 'OUT_OF_SERVICE_AREA' });
      }
      throw error;
    }
  }

  private async placedOrder(ctx: RequestContext, orderId: string): Promise<Order | null> {
    ctx.em.clear();
    return ctx.em.findOne(Order, { id: orderId });
  }

  /**
   * The idempotency contract: the same key with the same request returns the first order; with
   * any other request (quantity, material, items, address, method) it is refused and nothing
   * changes. Orders placed before fingerprints were stored are compared on what they kept.
   */
  private sameOrderOrConflict(order: Order, input: PlaceOrderInput, buyerId: string, fingerprint: string): Order {
    const sameRequest = order.requestFingerprint
      ? order.requestFingerprint === fingerprint
      : order.vendorId === input.vendorId.toLowerCase() && order.paymentMethod === input.paymentMethod;
    if (order.buyerId !== buyerId || !sameRequest) {
      throw new ConflictError('This idempotency key was already used for a different order.', { reason: 'IDEMPOTENCY_KEY_REUSED' });
    }
    return order;
  }
}

/** The site's point, or null for an address saved without coordinates (then the base fare is charged). */
function siteOf(address: { latitude: number | null; longitude: number | null }): LatLng | null {
  return address.latitude === null || address.longitude === null ? null : { lat: address.latitude, lng: address.longitude };
}

/** Vendors' check (its radius or its polygons), before any stock is reserved; an unlocated site cannot be checked. */
function assertServesSite(vendor: VendorProfile): void {
  if (vendor.serves !== false) return;
  throw new ConflictError(`This vendor does not deliver to this address (it delivers up to ${vendor.serviceRadiusKm} km from its depot, or within the areas it drew).`, {
    reason: 'OUTSIDE_SERVICE_AREA',
    serviceRadiusKm: vendor.serviceRadiusKm,
  });
}

/** UUID derived from buyer + idempotency key (name-based, SHA-256, version 8 layout). */
export function orderIdFor(buyerId: string, idempotencyKey: string): string {
  return uuidFromName(`realserv-order:${buyerId}:${idempotencyKey}`);
}

/** A name-based UUID (SHA-256, version 8 layout): the same name, the same id. */
export function uuidFromName(name: string): string {
  const hash = createHash('sha256').update(name).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x80;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/**
 * The next order number of the month (one row per month). The increment holds the month's row
 * until its transaction ends, so placement calls it outside its transaction (autocommit: the lock
 * lasts one statement); inside a transaction it serialises every other caller until commit.
 */
export async function nextSequence(em: EntityManager, at: Date): Promise<number> {
  const month = formatOrderNumber(at, 1).slice(3, 7);
  const rows = await em.getConnection().execute<Array<{ last: number }>>(
    `insert into order_number_counters (month, last) values (?, 1)
     on conflict (month) do update set last = order_number_counters.last + 1
     returning last`,
    [month],
    'all',
    em.getTransactionContext(),
  );
  return Number(rows[0]!.last);
}
