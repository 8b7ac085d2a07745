import { createHash } from 'node:crypto';
import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
  assertId,
  isAdmin,
  recordEvent,
  requireCaller,
  requireUserId,
  toPage,
  type Page,
  type PageInput,
  type RequestContext,
} from '@realserv/platform';
import {
  CashCollected,
  OrderCancelled,
  OrderCompleted,
  OrderConfirmed,
  OrderDelivered,
  OrderDispatched,
  OrderPaid,
  OrderPaymentStatusChanged,
  OrderPlaced,
  OrderRejected,
  type OrderStatusEvent,
} from '@realserv/contracts';
import { DEFAULT_TARIFF, OutOfServiceAreaError, deliveryChargePaise, isWithinServiceRadius, roadDistanceKm, type DeliveryTariff } from '../delivery/delivery-charge.js';
import { PricingError, goodsSubtotalPaise, priceOrder } from '../pricing/order-pricing.js';
import type { BuyerAddresses } from '../ports/buyer-addresses.js';
import type { CatalogStock } from '../ports/catalog-stock.js';
import type { VendorDirectory } from '../ports/vendor-locations.js';
import { indianDate } from './india-date.js';
import {
  TransitionError,
  assertTransition,
  initialStatus,
  isNoOp,
  needsRefund,
  releasesStock,
  type Actor,
} from './order-lifecycle.js';
import { formatOrderNumber } from './order-number.js';
import { placeOrderFingerprint } from './place-order-fingerprint.js';
import { DEFAULT_ONLINE_PAYMENT_WINDOW_SECONDS, isPastPaymentWindow, unpaidOrderCutoff } from './unpaid-order-expiry.js';
import { OrderActor, OrderItemKind, OrderPaymentStatus, OrderStatusEnum, PaymentMethodEnum } from './order-enums.js';
import { Order, OrderItem, OrderNumberCounter, OrderStatusHistory } from './order.entity.js';
import type { MarkCashCollectedInput, OrdersFilter, PlaceOrderInput } from './order.inputs.js';

export interface OrderServiceDeps {
  catalog: CatalogStock;
  addresses: BuyerAddresses;
  vendors: VendorDirectory;
  tariff?: DeliveryTariff;
  /** Seconds an online order may stay unpaid before the system cancels it (default 30 minutes). */
  onlinePaymentWindowSeconds?: number;
}

export class OrderService {
  constructor(private readonly deps: OrderServiceDeps) {}

  /**
   * Places an order. The order id is derived from (buyer, idempotency key), so a retry — even one
   * racing the first attempt — reserves the same stock reservation and finds the same order.
   * Stock is reserved in catalog first (atomic there); the order row and its OrderPlaced event
   * are then written in one transaction. If that fails, the reservation is released (and catalog
   * releases abandoned reservations after a timeout in any case).
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

    const existing = await ctx.em.findOne(Order, { id: orderId });
    if (existing) return this.sameOrderOrConflict(existing, input, buyerId, fingerprint);

    const [address, vendor] = await Promise.all([
      this.deps.addresses.find(buyerId, addressId, ctx.requestId),
      this.deps.vendors.find(vendorId, ctx.requestId),
    ]);
    if (!address) throw new NotFoundError('DeliveryAddress', addressId);
    if (!vendor) throw new NotFoundError('Vendor', vendorId);
    if (vendor.status !== 'ACTIVE' || !vendor.acceptingOrders) {
      throw new ConflictError('This vendor is not taking orders right now.', { reason: 'VENDOR_NOT_ACCEPTING_ORDERS' });
    }
    assertInsideServiceRadius(vendor, address);

    const pricingDate = indianDate();
    const reservation = await this.deps.catalog
      .reserve({ reservationId: orderId, vendorId, pricingDate, items }, ctx.requestId)
      .catch((error: unknown) => {
        // A concurrent request with this key and other items reserved first (the reservation id
        // is derived from the key): the same contract as a finished order.
        if (error instanceof ConflictError && error.details?.reason === 'RESERVATION_MISMATCH') {
          throw new ConflictError('This idempotency key was already used for a different order.', { reason: 'IDEMPOTENCY_KEY_REUSED' });
        }
        throw error;
      });
    if (reservation.status === 'RELEASED') {
      // An earlier attempt with this key reserved, failed and was released: start a new checkout.
      throw new ConflictError('This checkout expired; place the order again with a new idempotency key.', { reason: 'CHECKOUT_EXPIRED' });
    }

    try {
      const { distanceKm, chargePaise, subtotal } = this.deliveryCharge(vendor.depot, address, reservation.lines);
      const price = priceOrder({
        lines: reservation.lines.map((l) => ({
          kind: l.kind,
          refId: l.refId,
          name: l.name,
          unit: l.unit,
          quantity: l.quantity,
          unitPricePaise: l.unitPricePaise,
          gstRateBasisPoints: l.gstRateBasisPoints,
        })),
        deliveryChargePaise: chargePaise,
      });
      void subtotal;
      const order = await ctx.em.transactional(async (em) => {
        const now = new Date();
        const sequence = await nextSequence(em, now);
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
          distanceKm,
          subtotalPaise: price.subtotalPaise,
          deliveryChargePaise: price.deliveryChargePaise,
          deliveryTaxPaise: price.deliveryTaxPaise,
          taxPaise: price.taxPaise,
          totalPaise: price.totalPaise,
          pricingDate,
        });
        price.lines.forEach((line, position) => {
          const reserved = reservation.lines[position]!;
          em.create(OrderItem, {
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
        em.create(OrderStatusHistory, { orderId, fromStatus: null, toStatus: status, actor: OrderActor.BUYER, actorUserId: buyerId });
        recordEvent(em, OrderPlaced, {
          orderId,
          orderNumber: created.orderNumber,
          buyerId,
          vendorId,
          paymentMethod: input.paymentMethod,
          status,
          totalPaise: price.totalPaise,
        });
        return created;
      });
      return order;
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        // A concurrent retry with the same key created the order first.
        ctx.em.clear();
        const winner = await ctx.em.findOne(Order, { id: orderId });
        if (winner) return this.sameOrderOrConflict(winner, input, buyerId, fingerprint);
      }
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

  private deliveryCharge(
    depot: { lat: number; lng: number } | null,
    address: { latitude: number | null; longitude: number | null },
    lines: Array<{ unitPricePaise: number; quantity: number; name: string }>,
  ): { distanceKm: number | null; chargePaise: number; subtotal: number } {
    const tariff = this.deps.tariff ?? DEFAULT_TARIFF;
    // Checks the caps first (a PricingError, i.e. bad input), so the tariff never sees an unsafe sum.
    const subtotal = goodsSubtotalPaise(lines);
    if (!depot || address.latitude === null || address.longitude === null) {
      // Without both ends located, charge the base (covers the first km band).
      const free = tariff.freeAboveSubtotalPaise != null && subtotal >= tariff.freeAboveSubtotalPaise;
      return { distanceKm: null, chargePaise: free ? 0 : tariff.baseChargePaise, subtotal };
    }
    const distanceKm = Math.round(roadDistanceKm(depot, { lat: address.latitude, lng: address.longitude }) * 100) / 100;
    return { distanceKm, chargePaise: deliveryChargePaise({ distanceKm, subtotalPaise: subtotal, tariff }), subtotal };
  }

  // ---- unpaid online orders ------------------------------------------------------------------

  /**
   * Cancels (as SYSTEM) online orders still PENDING_PAYMENT after the payment window; their
   * OrderCancelled events release the stock. `orderIds` limits a run to those orders (admin
   * tools, tests). Each order is re-checked under its row lock, so concurrent runs and a payment
   * arriving meanwhile are safe: whichever commits first wins, and a payment captured after the
   * cancellation is refunded.
   */
  async expireUnpaidOrders(em: EntityManager, options: { orderIds?: string[]; now?: Date } = {}): Promise<Order[]> {
    const now = options.now ?? new Date();
    const windowSeconds = this.deps.onlinePaymentWindowSeconds ?? DEFAULT_ONLINE_PAYMENT_WINDOW_SECONDS;
    const candidates = await em.find(
      Order,
      {
        status: OrderStatusEnum.PENDING_PAYMENT,
        paymentMethod: PaymentMethodEnum.ONLINE,
        createdAt: { $lt: unpaidOrderCutoff(now, windowSeconds) },
        ...(options.orderIds ? { id: { $in: options.orderIds.map((id) => assertId(id, 'orderIds')) } } : {}),
      },
      { orderBy: { createdAt: 'asc' }, limit: 200, fields: ['id'] },
    );
    const cancelled: Order[] = [];
    for (const { id } of candidates) {
      const order = await em.fork().transactional(async (tx) => {
        const locked = await tx.findOne(Order, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
        if (!locked || !isPastPaymentWindow(locked, now, windowSeconds)) return null;
        if (locked.paymentStatus === OrderPaymentStatus.PENDING) locked.paymentStatus = OrderPaymentStatus.NOT_REQUIRED;
        applyOrderTransition(tx, locked, OrderStatusEnum.CANCELLED, 'SYSTEM', null, `Not paid within ${Math.round(windowSeconds / 60)} minutes`);
        return locked;
      });
      if (order) cancelled.push(order);
    }
    return cancelled;
  }

  async adminExpireUnpaidOrders(ctx: RequestContext, orderIds: string[] | undefined): Promise<Order[]> {
    if (!isAdmin(ctx)) throw new ForbiddenError();
    return this.expireUnpaidOrders(ctx.em, orderIds ? { orderIds } : {});
  }

  // ---- reads ---------------------------------------------------------------------------------

  /** The buyer who placed it, its vendor, and admins; everyone else gets NOT_FOUND. */
  async findVisible(ctx: RequestContext, id: string): Promise<Order> {
    const order = await ctx.em.findOne(Order, { id: assertId(id) });
    if (!order || !canSeeOrder(ctx, order)) throw new NotFoundError('Order', id);
    return order;
  }

  async listForBuyer(ctx: RequestContext, filter: OrdersFilter | undefined, page: PageInput | undefined): Promise<Page<Order>> {
    const buyerId = requireUserId(ctx);
    return this.list(ctx, { ...where(filter), buyerId }, page);
  }

  async listForVendor(ctx: RequestContext, filter: OrdersFilter | undefined, page: PageInput | undefined): Promise<Page<Order>> {
    const vendorId = requireCaller(ctx).vendorId;
    if (!vendorId) throw new ForbiddenError('Finish vendor onboarding first.');
    return this.list(ctx, { ...where(filter), vendorId }, page);
  }

  async listAll(ctx: RequestContext, filter: OrdersFilter | undefined, page: PageInput | undefined): Promise<Page<Order>> {
    const conditions: Record<string, unknown> = where(filter);
    // An empty string is a bad id, not "no filter".
    if (filter?.vendorId != null) conditions.vendorId = assertId(filter.vendorId, 'vendorId');
    if (filter?.buyerId != null) conditions.buyerId = assertId(filter.buyerId, 'buyerId');
    return this.list(ctx, conditions, page);
  }

  private async list(ctx: RequestContext, conditions: Record<string, unknown>, page: PageInput | undefined): Promise<Page<Order>> {
    const [items, total] = await ctx.em.findAndCount(Order, conditions, {
      orderBy: { createdAt: 'desc', id: 'asc' },
      offset: page?.offset ?? 0,
      limit: page?.limit ?? 20,
    });
    return toPage(items, total, page);
  }

  // ---- lifecycle -----------------------------------------------------------------------------

  confirm(ctx: RequestContext, orderId: string): Promise<Order> {
    return this.transition(ctx, orderId, OrderStatusEnum.CONFIRMED, null);
  }

  reject(ctx: RequestContext, orderId: string, reason: string | undefined): Promise<Order> {
    return this.transition(ctx, orderId, OrderStatusEnum.REJECTED, reason ?? null);
  }

  cancel(ctx: RequestContext, orderId: string, reason: string | undefined): Promise<Order> {
    return this.transition(ctx, orderId, OrderStatusEnum.CANCELLED, reason ?? null);
  }

  dispatch(ctx: RequestContext, orderId: string): Promise<Order> {
    return this.transition(ctx, orderId, OrderStatusEnum.OUT_FOR_DELIVERY, null);
  }

  /** COD: the vendor records the cash (exactly the total), which completes a delivered order. */
  async markCashCollected(ctx: RequestContext, input: MarkCashCollectedInput): Promise<Order> {
    const id = assertId(input.orderId, 'orderId');
    const proof = input.proofMediaId ? assertId(input.proofMediaId, 'proofMediaId') : null;
    return ctx.em.transactional(async (em) => {
      const order = await this.lockVisible(ctx, em, id);
      if (order.paymentMethod !== PaymentMethodEnum.COD) throw new ValidationError('Only cash-on-delivery orders collect cash.');
      if (order.status === OrderStatusEnum.COMPLETED && order.cashCollectedAt) return order;
      if (input.amountPaise !== order.totalPaise) {
        throw new ValidationError(`Collected amount must equal the order total (${order.totalPaise} paise).`, {
          field: 'amountPaise',
          expectedPaise: order.totalPaise,
        });
      }
      const actor = this.actorFor(ctx, order);
      assertOrThrow({ from: order.status, to: OrderStatusEnum.COMPLETED, method: order.paymentMethod, actor, cashCollected: true });
      order.cashCollectedAt = new Date();
      order.cashProofMediaId = proof;
      order.paymentStatus = OrderPaymentStatus.COD_COLLECTED;
      this.applyTransition(em, order, OrderStatusEnum.COMPLETED, actor, requireUserId(ctx), 'Cash collected');
      recordEvent(em, CashCollected, { orderId: order.id, vendorId: order.vendorId, amountPaise: order.totalPaise });
      return order;
    });
  }

  async force(ctx: RequestContext, orderId: string, to: OrderStatusEnum, reason: string): Promise<Order> {
    return this.transition(ctx, orderId, to, reason, 'ADMIN');
  }

  /**
   * One state change: row lock, state-machine check for this actor, history, event — one
   * transaction. Asking for the state the order is already in succeeds without writing
   * (clients retry).
   */
  private async transition(
    ctx: RequestContext,
    orderId: string,
    to: OrderStatusEnum,
    reason: string | null,
    asActor?: Actor,
  ): Promise<Order> {
    const id = assertId(orderId, 'orderId');
    return ctx.em.transactional(async (em) => {
      const order = await this.lockVisible(ctx, em, id);
      const actor = asActor ?? this.actorFor(ctx, order);
      if (isNoOp(order.status, to)) return order;
      assertOrThrow({ from: order.status, to, method: order.paymentMethod, actor, reason, cashCollected: Boolean(order.cashCollectedAt) });
      const from = order.status;
      if (needsRefund(from, to, order.paymentMethod)) order.paymentStatus = OrderPaymentStatus.REFUND_PENDING;
      else if (releasesStock(to) && order.paymentMethod === PaymentMethodEnum.COD) order.paymentStatus = OrderPaymentStatus.NOT_REQUIRED;
      else if (releasesStock(to) && order.paymentStatus === OrderPaymentStatus.PENDING) order.paymentStatus = OrderPaymentStatus.NOT_REQUIRED;
      this.applyTransition(em, order, to, actor, ctx.caller?.userId ?? null, reason);
      return order;
    });
  }

  private applyTransition(em: EntityManager, order: Order, to: OrderStatusEnum, actor: Actor, actorUserId: string | null, note: string | null): void {
    applyOrderTransition(em, order, to, actor, actorUserId, note);
  }

  private async lockVisible(ctx: RequestContext, em: EntityManager, id: string): Promise<Order> {
    const order = await em.findOne(Order, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!order || !canSeeOrder(ctx, order)) throw new NotFoundError('Order', id);
    return order;
  }

  /** Which party the caller is for this order (an admin acting on it is ADMIN). */
  private actorFor(ctx: RequestContext, order: Order): Actor {
    const caller = requireCaller(ctx);
    if (caller.roles.includes('ADMIN')) return 'ADMIN';
    if (caller.roles.includes('VENDOR') && caller.vendorId === order.vendorId) return 'VENDOR';
    if (caller.roles.includes('BUYER') && caller.userId === order.buyerId) return 'BUYER';
    throw new NotFoundError('Order', order.id);
  }
}

/** The vendor's own radius, checked before any stock is reserved (unknown locations cannot be checked). */
function assertInsideServiceRadius(
  vendor: { depot: { lat: number; lng: number } | null; serviceRadiusKm: number },
  address: { latitude: number | null; longitude: number | null },
): void {
  if (!vendor.depot || address.latitude === null || address.longitude === null) return;
  const distanceKm = Math.round(roadDistanceKm(vendor.depot, { lat: address.latitude, lng: address.longitude }) * 100) / 100;
  if (isWithinServiceRadius(distanceKm, vendor.serviceRadiusKm)) return;
  throw new ConflictError(`This vendor delivers up to ${vendor.serviceRadiusKm} km; the address is about ${(Math.ceil(distanceKm * 10) / 10).toFixed(1)} km away.`, {
    reason: 'OUTSIDE_SERVICE_AREA',
    serviceRadiusKm: vendor.serviceRadiusKm,
    distanceKm,
  });
}

/**
 * Applies a checked transition: status, history row and the domain event, in the caller's
 * transaction. `at` orders history rows written in one transaction (DELIVERED then COMPLETED).
 */
export function applyOrderTransition(
  em: EntityManager,
  order: Order,
  to: OrderStatusEnum,
  actor: Actor,
  actorUserId: string | null,
  note: string | null,
  at: Date = new Date(),
): void {
  const from = order.status;
  order.status = to;
  if (releasesStock(to)) order.closingReason = note;
  em.create(OrderStatusHistory, { orderId: order.id, fromStatus: from, toStatus: to, actor: actor as OrderActor, actorUserId, note, createdAt: at });
  recordEvent(em, EVENT_FOR[to], {
    orderId: order.id,
    orderNumber: order.orderNumber,
    buyerId: order.buyerId,
    vendorId: order.vendorId,
    from,
    to,
    actor,
    reason: note,
    paymentMethod: order.paymentMethod,
    totalPaise: order.totalPaise,
    taxPaise: order.taxPaise,
    refundRequired: needsRefund(from, to, order.paymentMethod),
  });
}

/**
 * A change of the order's money view without a status change (payment failed, refunded, refund
 * owed after a late capture). Always through here: the event is what pushes the order to live
 * subscribers (gateway topics), like the status events of `applyOrderTransition`.
 */
export function changePaymentStatus(em: EntityManager, order: Order, to: OrderPaymentStatus, note: string | null): void {
  const from = order.paymentStatus;
  if (from === to) return;
  order.paymentStatus = to;
  recordEvent(em, OrderPaymentStatusChanged, {
    orderId: order.id,
    orderNumber: order.orderNumber,
    buyerId: order.buyerId,
    vendorId: order.vendorId,
    status: order.status,
    from,
    to,
    note,
  });
}

// Start states are never a transition's target (placeOrder records OrderPlaced itself).
const EVENT_FOR: Record<OrderStatusEnum, typeof OrderPlaced | OrderStatusEvent> = {
  PENDING_PAYMENT: OrderPlaced,
  PLACED: OrderPlaced,
  PAID: OrderPaid,
  CONFIRMED: OrderConfirmed,
  REJECTED: OrderRejected,
  OUT_FOR_DELIVERY: OrderDispatched,
  DELIVERED: OrderDelivered,
  COMPLETED: OrderCompleted,
  CANCELLED: OrderCancelled,
};

function assertOrThrow(request: Parameters<typeof assertTransition>[0]): void {
  try {
    assertTransition(request);
  } catch (error) {
    if (!(error instanceof TransitionError)) throw error;
    if (error.code === 'NOT_ALLOWED_FOR_ACTOR') throw new ForbiddenError(error.message);
    if (error.code === 'REASON_REQUIRED') throw new ValidationError(error.message, { field: 'reason', reason: error.code });
    throw new ConflictError(error.message, { reason: error.code, from: request.from, to: request.to });
  }
}

export function canSeeOrder(ctx: RequestContext, order: Order): boolean {
  const caller = ctx.caller;
  if (!caller) return false;
  if (caller.roles.includes('ADMIN') || caller.roles.includes('SERVICE')) return true;
  if (caller.roles.includes('VENDOR') && caller.vendorId === order.vendorId) return true;
  return caller.roles.includes('BUYER') && caller.userId === order.buyerId;
}

function where(filter: OrdersFilter | undefined): Record<string, unknown> {
  const conditions: Record<string, unknown> = {};
  if (filter?.status) conditions.status = filter.status;
  if (filter?.orderNumber) conditions.orderNumber = { $like: `${filter.orderNumber.toUpperCase().replace(/[\\%_]/g, '')}%` };
  return conditions;
}

/** UUID derived from buyer + idempotency key (name-based, SHA-256, version 8 layout). */
export function orderIdFor(buyerId: string, idempotencyKey: string): string {
  const hash = createHash('sha256').update(`realserv-order:${buyerId}:${idempotencyKey}`).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x80;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

async function nextSequence(em: EntityManager, at: Date): Promise<number> {
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

export { OrderNumberCounter, isAdmin };
