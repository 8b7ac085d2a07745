import type { EntityManager } from '@mikro-orm/postgresql';
import { ConflictError, ForbiddenError, ValidationError, recordEvent } from '@realserv/platform';
import {
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
import { TransitionError, completesOnDelivery, transition, type Actor } from './order-lifecycle.js';
import { OrderActor, OrderPaymentStatus, OrderStatusEnum } from './order-enums.js';
import { OrderStatusHistory, type Order } from './order.entity.js';

/** Who makes a move, why, and what the history row says. */
export interface MoveBy {
  actor: Actor;
  actorUserId?: string | null;
  /** The reason the lifecycle checks (required of admins and for rejections); also the history note unless `note` says otherwise. */
  reason?: string | null;
  /** The history note, when it is not the checked reason (e.g. "Cash collected"). */
  note?: string | null;
  /** An admin forced the delivery in vendors: the order follows on their behalf. */
  deliveryForced?: boolean;
  /** When the move happened; orders history rows written in one transaction. */
  at?: Date;
}

/**
 * Every status change of an order goes through here: the lifecycle's `transition` checks the
 * move (throwing a `TransitionError` when it is refused) and says what follows; then status,
 * payment status, history row and the domain event are written with the caller's
 * EntityManager, so they commit in the caller's one transaction (which holds the row lock).
 */
export function applyOrderTransition(em: EntityManager, order: Order, to: OrderStatusEnum, by: MoveBy): void {
  const outcome = transition({
    from: order.status,
    to,
    method: order.paymentMethod,
    actor: by.actor,
    reason: by.reason ?? null,
    cashCollected: Boolean(order.cashCollectedAt),
    deliveryForced: by.deliveryForced === true,
    paymentStatus: order.paymentStatus,
  });
  const note = by.note !== undefined ? by.note : (by.reason ?? null);
  order.status = to;
  order.paymentStatus = outcome.paymentStatus as OrderPaymentStatus;
  if (outcome.closes) order.closingReason = note;
  em.create(OrderStatusHistory, {
    orderId: order.id,
    fromStatus: outcome.from as OrderStatusEnum,
    toStatus: to,
    actor: by.actor as OrderActor,
    actorUserId: by.actorUserId ?? null,
    note,
    createdAt: by.at ?? new Date(),
  });
  recordEvent(em, EVENT_FOR[to], {
    orderId: order.id,
    orderNumber: order.orderNumber,
    buyerId: order.buyerId,
    vendorId: order.vendorId,
    from: outcome.from,
    to,
    actor: by.actor,
    reason: note,
    paymentMethod: order.paymentMethod,
    totalPaise: order.totalPaise,
    taxPaise: order.taxPaise,
    refundRequired: outcome.refundRequired,
  });
}

/**
 * For event handlers, which follow facts from other subgraphs: a move the lifecycle refuses (a
 * late or replayed event, an order in another state) is skipped rather than retried forever.
 * Returns whether the order moved.
 */
export function followOrderTransition(em: EntityManager, order: Order, to: OrderStatusEnum, by: MoveBy): boolean {
  try {
    applyOrderTransition(em, order, to, by);
    return true;
  } catch (error) {
    if (error instanceof TransitionError) return false;
    throw error;
  }
}

/**
 * The delivery completed (vendors: the buyer's OTP verified, or an admin forced it with a
 * reason): the order becomes DELIVERED and, when prepaid, COMPLETED — both in the caller's
 * transaction, so no crash can leave a prepaid order delivered and never completed. Returns
 * whether the order moved (false when it is not out for delivery).
 */
export function markOrderDelivered(em: EntityManager, order: Order, delivery: { forcedByUserId?: string | null; forcedReason?: string | null } | null): boolean {
  const deliveredAt = new Date();
  const delivered = followOrderTransition(
    em,
    order,
    OrderStatusEnum.DELIVERED,
    delivery
      ? { actor: 'ADMIN', actorUserId: delivery.forcedByUserId ?? null, reason: `Delivery forced by an admin: ${delivery.forcedReason ?? ''}`.trim(), deliveryForced: true, at: deliveredAt }
      : { actor: 'SYSTEM', reason: 'Delivery OTP verified', at: deliveredAt },
  );
  if (!delivered) return false;
  if (completesOnDelivery(order.paymentMethod)) {
    // A strictly later timestamp keeps the history in lifecycle order.
    applyOrderTransition(em, order, OrderStatusEnum.COMPLETED, { actor: 'SYSTEM', at: new Date(deliveredAt.getTime() + 1) });
  }
  return true;
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

/** A refused move, as the error a caller of the API gets. */
export function refusalAsDomainError(error: unknown, move: { from: OrderStatusEnum; to: OrderStatusEnum }): unknown {
  if (!(error instanceof TransitionError)) return error;
  if (error.code === 'NOT_ALLOWED_FOR_ACTOR') return new ForbiddenError(error.message);
  if (error.code === 'REASON_REQUIRED') return new ValidationError(error.message, { field: 'reason', reason: error.code });
  return new ConflictError(error.message, { reason: error.code, from: move.from, to: move.to });
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
