import type { EntityManager } from '@mikro-orm/postgresql';
import { ConflictError, recordEvent, type Logger } from '@realserv/platform';
import { OrderPlaced } from '@realserv/contracts';
import { indianDate } from '@realserv/platform/indian-date';
import type { CatalogStock } from '../ports/catalog-stock.js';
import { REPLACEMENT_START } from './order-lifecycle.js';
import { formatOrderNumber } from './order-number.js';
import { nextSequence, uuidFromName } from './order-placement.service.js';
import { OrderActor, type OrderItemKind, OrderPaymentStatus, OrderStatusEnum, PaymentMethodEnum } from './order-enums.js';
import { Order, OrderItem, OrderStatusHistory } from './order.entity.js';
import { placedFacts } from './placed-facts.js';

/** A line of the original order and how many of its units are replaced. */
export interface ReplacementLine {
  item: OrderItem;
  quantity: number;
}

/**
 * A dispute's replacement (docs/disputes.md, "Replacement"): a new order of the same buyer and
 * vendor for the replaced lines, delivered to the original order's address, at no charge. Every
 * amount is 0 — the buyer pays nothing, so there is no taxable value and no GST on it, and its
 * settlement line pays the vendor nothing and charges no commission: the vendor bears the goods.
 * It starts PAID (nothing to pay) with payment status NOT_REQUIRED and then follows the prepaid
 * path: the vendor confirms, dispatches, the buyer's delivery OTP completes it.
 */
export class ReplacementOrders {
  constructor(
    private readonly catalog: CatalogStock,
    private readonly log?: Logger,
  ) {}

  /** The replacement's id for one resolution request: a retry of that request holds and finds the same order. */
  orderIdFor(disputeId: string, resolutionKey: string): string {
    return uuidFromName(`realserv-replacement:${disputeId}:${resolutionKey}`);
  }

  /**
   * Holds the stock in catalog (atomic there, idempotent by the order id). Short stock is catalog's
   * CONFLICT (INSUFFICIENT_STOCK, MATERIAL_UNAVAILABLE …) and holds nothing. Returns whether the
   * hold is usable: false when an earlier attempt with this key held it and gave it back.
   */
  async hold(orderId: string, original: Order, lines: readonly ReplacementLine[], requestId: string): Promise<boolean> {
    const reservation = await this.catalog
      .reserve(
        {
          reservationId: orderId,
          vendorId: original.vendorId,
          pricingDate: indianDate(),
          items: lines.map((l) => ({ kind: l.item.kind as 'MATERIAL' | 'LABOUR', refId: l.item.refId, quantity: l.quantity })),
        },
        requestId,
      )
      .catch((error: unknown) => {
        if (error instanceof ConflictError && error.details?.reason === 'RESERVATION_MISMATCH') {
          throw new ConflictError('This idempotency key was already used for another decision.', { reason: 'IDEMPOTENCY_KEY_REUSED' });
        }
        throw error;
      });
    return reservation.status !== 'RELEASED';
  }

  /** Gives the hold back after the resolution failed, unless the order exists (a concurrent retry placed it). */
  async releaseUnlessPlaced(em: EntityManager, orderId: string, requestId: string): Promise<void> {
    if (await em.fork().findOne(Order, { id: orderId })) return;
    await this.catalog.release(orderId, requestId).catch((error: unknown) => this.log?.error({ err: error, orderId }, 'could not release a replacement’s stock; catalog will expire it'));
  }

  /** Writes the order, its lines, its first history row and OrderPlaced in the caller's transaction. */
  async place(em: EntityManager, input: { orderId: string; original: Order; lines: readonly ReplacementLine[]; disputeId: string; adminId: string }): Promise<Order> {
    const { orderId, original, lines } = input;
    const now = new Date();
    const order = em.create(Order, {
      id: orderId,
      orderNumber: formatOrderNumber(now, await nextSequence(em, now)),
      buyerId: original.buyerId,
      vendorId: original.vendorId,
      // One replacement per dispute (orders_buyer_idempotency_unique); ':' keeps it apart from buyers' keys.
      idempotencyKey: `replacement:${input.disputeId}`,
      status: REPLACEMENT_START.status as OrderStatusEnum,
      paymentMethod: REPLACEMENT_START.method as PaymentMethodEnum,
      paymentStatus: REPLACEMENT_START.paymentStatus as OrderPaymentStatus,
      deliveryAddress: original.deliveryAddress,
      distanceKm: original.distanceKm,
      deliveryDistanceMeters: original.deliveryDistanceMeters,
      distanceSource: original.distanceSource,
      subtotalPaise: 0,
      deliveryChargePaise: 0,
      deliveryTaxPaise: 0,
      taxPaise: 0,
      totalPaise: 0,
      pricingDate: indianDate(now),
      replacementForOrderId: original.id,
      createdAt: now,
    });
    const items = lines.map(({ item, quantity }, position) =>
      em.create(OrderItem, {
        orderId,
        position,
        kind: item.kind as OrderItemKind,
        refId: item.refId,
        name: item.name,
        unit: item.unit,
        unitDescription: item.unitDescription,
        quantity,
        unitPricePaise: 0,
        gstRateBasisPoints: item.gstRateBasisPoints,
        taxCode: item.taxCode,
        lineSubtotalPaise: 0,
        lineTaxPaise: 0,
        lineTotalPaise: 0,
      }),
    );
    em.create(OrderStatusHistory, {
      orderId,
      fromStatus: null,
      toStatus: order.status,
      actor: OrderActor.ADMIN,
      actorUserId: input.adminId,
      note: `Replacement for ${original.orderNumber} at no charge (dispute resolved)`,
      createdAt: now,
    });
    recordEvent(em, OrderPlaced, {
      orderId,
      orderNumber: order.orderNumber,
      buyerId: order.buyerId,
      vendorId: order.vendorId,
      paymentMethod: order.paymentMethod,
      status: order.status,
      totalPaise: 0,
      replacementForOrderId: original.id,
      ...placedFacts(original.deliveryAddress.city, items),
    });
    return order;
  }
}
