import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ForbiddenError, ValidationError, assertId, isAdmin, recordEvent, requireUserId, type RequestContext } from '@realserv/platform';
import { CashCollected } from '@realserv/contracts';
import { actorFor, lockVisibleOrder } from './order-access.js';
import { isNoOp, type Actor } from './order-lifecycle.js';
import { applyOrderTransition, refusalAsDomainError, type MoveBy } from './order-transitions.js';
import { DEFAULT_ONLINE_PAYMENT_WINDOW_SECONDS, isPastPaymentWindow, unpaidOrderCutoff } from './unpaid-order-expiry.js';
import { OrderStatusEnum, PaymentMethodEnum } from './order-enums.js';
import { Order } from './order.entity.js';
import type { MarkCashCollectedInput } from './order.inputs.js';
import type { CashProofs } from './cash-proof.js';

export interface OrderStatusServiceDeps {
  /** Seconds an online order may stay unpaid before the system cancels it (default 30 minutes). */
  onlinePaymentWindowSeconds?: number;
  /** Checks a vendor's COD receipt photo (integrations); without it markCashCollected refuses proofs. */
  cashProofs?: CashProofs;
}

/**
 * The status changes people ask for (vendor, buyer, admin) and the system's expiry of unpaid
 * orders. Each is one transaction under the order's row lock, written by `applyOrderTransition`.
 */
export class OrderStatusService {
  constructor(private readonly deps: OrderStatusServiceDeps = {}) {}

  confirm(ctx: RequestContext, orderId: string): Promise<Order> {
    return this.move(ctx, orderId, OrderStatusEnum.CONFIRMED, null);
  }

  reject(ctx: RequestContext, orderId: string, reason: string | undefined): Promise<Order> {
    return this.move(ctx, orderId, OrderStatusEnum.REJECTED, reason ?? null);
  }

  cancel(ctx: RequestContext, orderId: string, reason: string | undefined): Promise<Order> {
    return this.move(ctx, orderId, OrderStatusEnum.CANCELLED, reason ?? null);
  }

  dispatch(ctx: RequestContext, orderId: string): Promise<Order> {
    return this.move(ctx, orderId, OrderStatusEnum.OUT_FOR_DELIVERY, null);
  }

  force(ctx: RequestContext, orderId: string, to: OrderStatusEnum, reason: string): Promise<Order> {
    return this.move(ctx, orderId, to, reason, 'ADMIN');
  }

  /**
   * COD: the vendor records the cash (exactly the total) with a photo of the receipt, which
   * completes a delivered order. A vendor must attach the proof (its own confirmed COD_PROOF
   * upload); an admin recording cash on a vendor's behalf may record it without one.
   */
  async markCashCollected(ctx: RequestContext, input: MarkCashCollectedInput): Promise<Order> {
    const id = assertId(input.orderId, 'orderId');
    const proof = input.proofMediaId ? assertId(input.proofMediaId, 'proofMediaId') : null;
    return ctx.em.transactional(async (em) => {
      const order = await lockVisibleOrder(ctx, em, id);
      if (order.paymentMethod !== PaymentMethodEnum.COD) throw new ValidationError('Only cash-on-delivery orders collect cash.');
      if (order.status === OrderStatusEnum.COMPLETED && order.cashCollectedAt) return order;
      if (input.amountPaise !== order.totalPaise) {
        throw new ValidationError(`Collected amount must equal the order total (${order.totalPaise} paise).`, {
          field: 'amountPaise',
          expectedPaise: order.totalPaise,
        });
      }
      if (!proof && !isAdmin(ctx)) {
        throw new ValidationError('A photo of the cash receipt is required: upload it (purpose COD_PROOF), confirm it and pass its id as proofMediaId.', {
          field: 'proofMediaId',
          reason: 'PROOF_REQUIRED',
        });
      }
      if (proof) {
        if (!this.deps.cashProofs) throw new ValidationError('Cash receipt photos cannot be checked here.', { field: 'proofMediaId', reason: 'UNKNOWN_MEDIA' });
        await this.deps.cashProofs.assertUsable(proof, requireUserId(ctx), ctx.requestId);
      }
      const actor = actorFor(ctx, order);
      // Recorded first: the lifecycle completes a COD order only once its cash is collected (a refusal rolls it back).
      order.cashCollectedAt = new Date();
      order.cashProofMediaId = proof;
      this.apply(em, order, OrderStatusEnum.COMPLETED, { actor, actorUserId: requireUserId(ctx), note: 'Cash collected' });
      recordEvent(em, CashCollected, { orderId: order.id, vendorId: order.vendorId, amountPaise: order.totalPaise, proofMediaId: proof });
      return order;
    });
  }

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
        applyOrderTransition(tx, locked, OrderStatusEnum.CANCELLED, { actor: 'SYSTEM', reason: `Not paid within ${Math.round(windowSeconds / 60)} minutes` });
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

  /**
   * One state change asked for through the API: row lock, the caller's party, the lifecycle's
   * check, history and event — one transaction. Asking for the state the order is already in
   * succeeds without writing (clients retry).
   */
  private async move(ctx: RequestContext, orderId: string, to: OrderStatusEnum, reason: string | null, asActor?: Actor): Promise<Order> {
    const id = assertId(orderId, 'orderId');
    return ctx.em.transactional(async (em) => {
      const order = await lockVisibleOrder(ctx, em, id);
      const actor = asActor ?? actorFor(ctx, order);
      if (isNoOp(order.status, to)) return order;
      this.apply(em, order, to, { actor, actorUserId: ctx.caller?.userId ?? null, reason });
      return order;
    });
  }

  /** `applyOrderTransition`, with a refusal turned into the API's error. */
  private apply(em: EntityManager, order: Order, to: OrderStatusEnum, by: MoveBy): void {
    const from = order.status;
    try {
      applyOrderTransition(em, order, to, by);
    } catch (error) {
      throw refusalAsDomainError(error, { from, to });
    }
  }
}
