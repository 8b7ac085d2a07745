import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
  assertId,
  recordEvent,
  requireUserId,
  type EventBus,
  type PeerClient,
  type RequestContext,
} from '@realserv/platform';
import { verifyCheckoutSignature, type PaymentGateway } from '../razorpay/index.js';
import { Payment, PaymentMethodKind, PaymentStatus, PaymentTransaction, Refund, RefundStatus } from './payment.entities.js';

export interface OrderSnapshot {
  id: string;
  orderNumber: string;
  status: string;
  paymentMethod: 'ONLINE' | 'COD';
  total: { paise: number };
  buyer: { id: string };
  vendor: { id: string };
}

export interface CheckoutSession {
  razorpayOrderId: string;
  keyId: string;
  amountPaise: number;
  currency: string;
  orderNumber: string;
}

export interface PaymentServiceDeps {
  gateway: PaymentGateway;
  keyId: string;
  keySecret: string;
  orders: PeerClient;
  events: EventBus | null;
}

type Source = 'CLIENT_VERIFICATION' | 'WEBHOOK' | 'ADMIN' | 'SYSTEM';

/**
 * Payments. The rule that keeps money exact: every state change happens under a row lock on the
 * payment and checks the current state first, so verifyPayment and any number of (replayed,
 * reordered) webhooks produce exactly one capture, one PaymentCaptured event.
 */
export class PaymentService {
  constructor(private readonly deps: PaymentServiceDeps) {}

  /** Creates (once) the Razorpay order for an online order and returns what Checkout needs. */
  async startOnlinePayment(ctx: RequestContext, orderId: string): Promise<CheckoutSession> {
    const buyerId = requireUserId(ctx);
    const order = await this.fetchOrder(orderId, ctx.requestId);
    if (!order || order.buyer.id !== buyerId) throw new NotFoundError('Order', orderId);
    if (order.paymentMethod !== 'ONLINE') throw new ValidationError('This is a cash-on-delivery order.', { reason: 'NOT_AN_ONLINE_ORDER' });
    let payment = await ctx.em.findOne(Payment, { orderId: order.id });
    if (payment?.status === PaymentStatus.CAPTURED) throw new ConflictError('This order is already paid.', { reason: 'ALREADY_PAID' });
    if (order.status !== 'PENDING_PAYMENT') throw new ConflictError(`The order is ${order.status}.`, { reason: 'NOT_AWAITING_PAYMENT' });
    if (!payment) {
      try {
        payment = await ctx.em.transactional(async (em) =>
          em.create(Payment, {
            orderId: order.id,
            orderNumber: order.orderNumber,
            buyerId: order.buyer.id,
            vendorId: order.vendor.id,
            method: PaymentMethodKind.ONLINE,
            amountPaise: order.total.paise,
          }),
        );
      } catch (error) {
        if (!(error instanceof UniqueConstraintViolationException)) throw error;
        ctx.em.clear();
        payment = (await ctx.em.findOne(Payment, { orderId: order.id }))!;
      }
    }
    if (!payment.razorpayOrderId) {
      // Razorpay is outside our transaction; the receipt (order number) ties a retry to the same
      // order on their side, and only the first writer stores its id.
      const rzpOrder = await this.deps.gateway.createOrder({
        amountPaise: payment.amountPaise,
        currency: 'INR',
        receipt: payment.orderNumber,
        notes: { orderId: payment.orderId },
      });
      const started = await ctx.em.transactional(async (em) => {
        const locked = await em.findOneOrFail(Payment, { id: payment!.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
        payment = locked;
        if (locked.razorpayOrderId) return false;
        locked.razorpayOrderId = rzpOrder.id;
        em.create(PaymentTransaction, { paymentId: locked.id, type: 'CHECKOUT_CREATED', amountPaise: locked.amountPaise, source: 'CLIENT_VERIFICATION', reference: rzpOrder.id });
        // Live updates: the order's payment changed (buyer and vendor keys route it to their feeds).
        recordEvent(em, 'PaymentStarted', { orderId: locked.orderId, paymentId: locked.id, buyerId: locked.buyerId, vendorId: locked.vendorId });
        return true;
      });
      if (started) this.deps.events?.kick();
    }
    return { razorpayOrderId: payment.razorpayOrderId!, keyId: this.deps.keyId, amountPaise: payment.amountPaise, currency: 'INR', orderNumber: payment.orderNumber };
  }

  /**
   * The client's Checkout result. The signature is checked against the Razorpay order id we
   * stored (never the one the client sends), then the payment is fetched from Razorpay to check
   * it belongs to that order, for the full amount, and is captured.
   */
  async verifyPayment(
    ctx: RequestContext,
    input: { orderId: string; razorpayOrderId: string; razorpayPaymentId: string; razorpaySignature: string },
  ): Promise<Payment> {
    const buyerId = requireUserId(ctx);
    const payment = await ctx.em.findOne(Payment, { orderId: assertId(input.orderId, 'orderId') });
    if (!payment || payment.buyerId !== buyerId) throw new NotFoundError('Payment for order', input.orderId);
    if (!payment.razorpayOrderId || input.razorpayOrderId !== payment.razorpayOrderId) {
      throw new ValidationError('The payment is not for this order.', { reason: 'ORDER_MISMATCH' });
    }
    const valid = verifyCheckoutSignature(
      { razorpayOrderId: payment.razorpayOrderId, razorpayPaymentId: input.razorpayPaymentId, signature: input.razorpaySignature },
      this.deps.keySecret,
    );
    if (!valid) throw new ValidationError('The payment signature is not valid.', { reason: 'BAD_SIGNATURE' });
    const remote = await this.deps.gateway.fetchPayment(input.razorpayPaymentId as `pay_${string}`);
    if (remote.order_id !== payment.razorpayOrderId || remote.amount !== payment.amountPaise || remote.currency !== 'INR') {
      throw new ValidationError('The payment does not match the order amount.', { reason: 'AMOUNT_MISMATCH' });
    }
    if (remote.status !== 'captured') throw new ConflictError(`The payment is ${remote.status}.`, { reason: 'NOT_CAPTURED' });
    return this.capture(ctx.em, payment.id, remote.id, remote.amount, 'CLIENT_VERIFICATION');
  }

  /** Exactly-once capture: whoever gets here second (client or webhook) changes nothing. */
  async capture(em: EntityManager, paymentId: string, razorpayPaymentId: string | null, amountPaise: number, source: Source): Promise<Payment> {
    const { payment, changed } = await em.transactional(async (tx) => {
      const payment = await tx.findOneOrFail(Payment, { id: paymentId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (payment.capturedAt) return { payment, changed: false };
      if (amountPaise !== payment.amountPaise) throw new ValidationError('Captured amount differs from the order total.', { reason: 'AMOUNT_MISMATCH' });
      payment.status = PaymentStatus.CAPTURED;
      if (razorpayPaymentId) payment.razorpayPaymentId = razorpayPaymentId;
      payment.capturedAt = new Date();
      payment.failureReason = null;
      tx.create(PaymentTransaction, { paymentId: payment.id, type: razorpayPaymentId ? "CAPTURED" : "CASH_COLLECTED", amountPaise, source, reference: razorpayPaymentId });
      recordEvent(tx, 'PaymentCaptured', { orderId: payment.orderId, paymentId: payment.id, amountPaise, method: payment.method, source });
      return { payment, changed: true };
    });
    if (changed) this.deps.events?.kick();
    return payment;
  }

  async markFailed(em: EntityManager, paymentId: string, reason: string, reference: string | null): Promise<void> {
    await em.transactional(async (tx) => {
      const payment = await tx.findOneOrFail(Payment, { id: paymentId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      // A failure reported after a capture (out of order, or an earlier attempt) changes nothing.
      if (payment.capturedAt || payment.status === PaymentStatus.FAILED) return;
      payment.status = PaymentStatus.FAILED;
      payment.failureReason = reason;
      tx.create(PaymentTransaction, { paymentId: payment.id, type: 'FAILED', source: 'WEBHOOK', reference });
      recordEvent(tx, 'PaymentFailed', { orderId: payment.orderId, paymentId: payment.id, reason });
    });
    this.deps.events?.kick();
  }

  /**
   * Refunds up to what is captured and not yet refunded, through Razorpay with its refund
   * idempotency header. The Refund row (unique idempotency key) is written first, so a retried
   * request re-sends the same key and Razorpay returns the same refund.
   */
  async refund(em: EntityManager, input: { orderId: string; amountPaise?: number; reason: string; idempotencyKey: string; source: Source }): Promise<Refund> {
    const refund = await em.transactional(async (tx) => {
      const payment = await tx.findOne(Payment, { orderId: input.orderId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!payment) throw new NotFoundError('Payment for order', input.orderId);
      const existing = await tx.findOne(Refund, { idempotencyKey: input.idempotencyKey });
      if (existing) return existing;
      // Cash on delivery: the vendor holds the cash, so only an admin refunds it; the platform pays the
      // buyer back itself (bank transfer/UPI, outside Razorpay) and the vendors subgraph charges the
      // vendor in its next settlement (RefundProcessed). Recorded as processed at once.
      const cashRefund = payment.method === PaymentMethodKind.COD && Boolean(payment.capturedAt) && input.source === 'ADMIN';
      if (!cashRefund && (payment.method !== PaymentMethodKind.ONLINE || !payment.capturedAt || !payment.razorpayPaymentId)) {
        throw new ConflictError('Only captured online payments, or cash an admin refunds after collection, can be refunded.', { reason: 'NOT_REFUNDABLE' });
      }
      const pending = await tx.find(Refund, { paymentId: payment.id, status: RefundStatus.PENDING });
      const reserved = payment.refundedPaise + pending.reduce((sum, r) => sum + r.amountPaise, 0);
      const amount = input.amountPaise ?? payment.amountPaise - reserved;
      if (amount <= 0 || reserved + amount > payment.amountPaise) {
        throw new ValidationError(`At most ${payment.amountPaise - reserved} paise can still be refunded.`, {
          reason: 'REFUND_EXCEEDS_CAPTURED',
          refundablePaise: payment.amountPaise - reserved,
        });
      }
      const created = tx.create(Refund, { paymentId: payment.id, amountPaise: amount, reason: input.reason, idempotencyKey: input.idempotencyKey });
      tx.create(PaymentTransaction, { paymentId: payment.id, type: 'REFUND_REQUESTED', amountPaise: amount, source: input.source, reference: input.idempotencyKey });
      if (cashRefund) this.markRefundProcessed(tx, payment, created, input.idempotencyKey);
      return created;
    });
    if (refund.status === RefundStatus.PROCESSED) this.deps.events?.kick();
    if (refund.razorpayRefundId || refund.status !== RefundStatus.PENDING) return refund;
    const payment = await em.findOneOrFail(Payment, { id: refund.paymentId });
    const remote = await this.deps.gateway.createRefund({
      paymentId: payment.razorpayPaymentId as `pay_${string}`,
      amountPaise: refund.amountPaise,
      idempotencyKey: refund.idempotencyKey,
      notes: { orderId: payment.orderId, reason: refund.reason.slice(0, 250) },
    });
    await this.recordRefundOutcome(em, remote.id, remote.payment_id, remote.amount, remote.status, refund.idempotencyKey);
    return em.findOneOrFail(Refund, { id: refund.id }, { refresh: true });
  }

  /** A refund's state from Razorpay (API response or webhook, in any order, any number of times). */
  async recordRefundOutcome(
    em: EntityManager,
    razorpayRefundId: string,
    razorpayPaymentId: string,
    amountPaise: number,
    status: 'pending' | 'processed' | 'failed',
    idempotencyKey?: string,
  ): Promise<void> {
    let changed = false;
    await em.transactional(async (tx) => {
      const payment = await tx.findOne(Payment, { razorpayPaymentId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!payment) return;
      let refund =
        (await tx.findOne(Refund, { razorpayRefundId })) ?? (idempotencyKey ? await tx.findOne(Refund, { idempotencyKey }) : null);
      if (!refund) {
        // Refunded from the Razorpay dashboard: record it so the books match.
        refund = tx.create(Refund, { paymentId: payment.id, amountPaise: amountPaise, reason: 'Refunded outside RealServ', idempotencyKey: `external-${razorpayRefundId}` });
      }
      refund.razorpayRefundId = razorpayRefundId;
      if (refund.status !== RefundStatus.PENDING || status === 'pending') return;
      if (status === 'processed') {
        this.markRefundProcessed(tx, payment, refund, razorpayRefundId);
      } else {
        refund.status = RefundStatus.FAILED;
        tx.create(PaymentTransaction, { paymentId: payment.id, type: 'REFUND_FAILED', amountPaise, source: 'SYSTEM', reference: razorpayRefundId });
        recordEvent(tx, 'RefundFailed', { orderId: payment.orderId, paymentId: payment.id, refundId: refund.id });
      }
      changed = true;
    });
    if (changed) this.deps.events?.kick();
  }

  /**
   * A refund reached the buyer. RefundProcessed carries what the vendors subgraph settles with
   * (vendor, method, amount, when); fields are only ever added, so older consumers keep working.
   */
  private markRefundProcessed(tx: EntityManager, payment: Payment, refund: Refund, reference: string | null): void {
    const processedAt = new Date();
    refund.status = RefundStatus.PROCESSED;
    tx.create(PaymentTransaction, { paymentId: payment.id, type: 'REFUND_PROCESSED', amountPaise: refund.amountPaise, source: 'SYSTEM', reference });
    payment.refundedPaise += refund.amountPaise;
    payment.status = payment.refundedPaise >= payment.amountPaise ? PaymentStatus.REFUNDED : PaymentStatus.PARTIALLY_REFUNDED;
    recordEvent(tx, 'RefundProcessed', {
      orderId: payment.orderId,
      paymentId: payment.id,
      refundId: refund.id,
      amountPaise: refund.amountPaise,
      fullyRefunded: payment.status === PaymentStatus.REFUNDED,
      vendorId: payment.vendorId,
      paymentMethod: payment.method,
      processedAt: processedAt.toISOString(),
    });
  }

  async findForOrder(ctx: RequestContext, orderId: string): Promise<Payment | null> {
    return ctx.em.findOne(Payment, { orderId });
  }

  async adminRefund(ctx: RequestContext, input: { orderId: string; amountPaise?: number; reason: string; idempotencyKey: string }): Promise<Refund> {
    if (!ctx.caller?.roles.includes('ADMIN')) throw new ForbiddenError();
    return this.refund(ctx.em, { ...input, orderId: assertId(input.orderId, 'orderId'), source: 'ADMIN' });
  }

  private async fetchOrder(orderId: string, requestId: string): Promise<OrderSnapshot | null> {
    try {
      const data = await this.deps.orders.request<{ order: OrderSnapshot }>(
        'query O($id: ID!) { order(id: $id) { id orderNumber status paymentMethod total { paise } buyer { id } vendor { id } } }',
        { id: assertId(orderId, 'orderId') },
        requestId,
      );
      return data.order;
    } catch (error) {
      if (error instanceof NotFoundError) return null;
      throw error;
    }
  }
}
