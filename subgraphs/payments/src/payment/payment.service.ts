import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
  assertId,
  partyTo,
  recordEvent,
  requestFingerprint,
  requireUserId,
  pageWindow,
  toPage,
  type Logger,
  type Page,
  type PageInput,
  type PeerClient,
  type RequestContext,
} from '@realserv/platform';
import { PaymentCaptured, PaymentFailed, PaymentStarted, RefundFailed, RefundProcessed } from '@realserv/contracts';

import { OrderForPaymentDocument, type OrderForPaymentQuery } from '../ports/generated/orders.js';
import { RazorpayError, RazorpayUnreachableError, verifyCheckoutSignature, type PaymentGateway } from '../razorpay/index.js';
import { Payment, PaymentMethodKind, PaymentStatus, PaymentTransaction, PaymentWebhook, Refund, RefundKind, RefundStatus } from './payment.entities.js';
import { MIN_REFUND_PAISE, REALSERV_REFUND_NOTE, UUID, isFinalRazorpayError, refundFingerprint, refundInputProblem, type RefundRequest } from './refund-rules.js';

/** The order a payment is for, as orders answers it (the selection in `ports/orders.peer.graphql`). */
export type OrderSnapshot = OrderForPaymentQuery['order'];

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
  log?: Logger;
}

export interface ReconciliationReport {
  refundsChecked: number;
  refundsSettled: number;
  paymentsChecked: number;
  paymentsCaptured: number;
  unmatchedPaymentsRefunded: number;
  failures: number;
}

/** Unpaid checkouts older than this are no longer polled (Razorpay auto-refunds uncaptured payments after 5 days). */
const UNPAID_LOOKBACK_MS = 3 * 24 * 3600 * 1000;
/** failureReason prefix of a refund Razorpay refused (the admin gets the same error again on a retry). */
const REFUSED_PREFIX = 'Razorpay refused the refund: ';

function refusedError(refund: Refund): ConflictError {
  return new ConflictError(refund.failureReason ?? 'Razorpay refused the refund.', { reason: 'REFUND_REFUSED_BY_PROVIDER', refundId: refund.id, refundStatus: refund.status });
}

function unmatchedReason(payment: Payment, paidPaise: number): string {
  return paidPaise === payment.amountPaise
    ? `A second payment for order ${payment.orderNumber}, which was already paid`
    : `Paid ${paidPaise} paise for order ${payment.orderNumber}, which costs ${payment.amountPaise} paise`;
}

export interface PaymentsFilterValues {
  status?: PaymentStatus;
  method?: PaymentMethodKind;
  from?: Date;
  to?: Date;
  orderNumber?: string;
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
      await ctx.em.transactional(async (em) => {
        const locked = await em.findOneOrFail(Payment, { id: payment!.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
        payment = locked;
        if (locked.razorpayOrderId) return;
        locked.razorpayOrderId = rzpOrder.id;
        em.create(PaymentTransaction, { paymentId: locked.id, type: 'CHECKOUT_CREATED', amountPaise: locked.amountPaise, source: 'CLIENT_VERIFICATION', reference: rzpOrder.id });
        // Live updates: the order's payment changed (buyer and vendor keys route it to their feeds).
        recordEvent(em, PaymentStarted, { orderId: locked.orderId, paymentId: locked.id, buyerId: locked.buyerId, vendorId: locked.vendorId });
      });
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
    if (remote.order_id !== payment.razorpayOrderId) throw new ValidationError('The payment is not for this order.', { reason: 'ORDER_MISMATCH' });
    if (remote.amount !== payment.amountPaise || remote.currency !== 'INR') {
      // Captured but unable to pay the order: give it back and let the buyer pay again.
      const refund =
        remote.status === 'captured' || remote.status === 'refunded'
          ? await this.refundUnmatchedPayment(ctx.em, payment.id, remote.id, unmatchedReason(payment, remote.amount))
          : null;
      const refunded = refund !== null && refund.status !== RefundStatus.FAILED;
      throw new ValidationError(
        refunded ? 'The payment does not match the order amount; it is refunded in full. Start the payment again.' : 'The payment does not match the order amount.',
        { reason: 'AMOUNT_MISMATCH', refunded },
      );
    }
    if (remote.status !== 'captured') throw new ConflictError(`The payment is ${remote.status}.`, { reason: 'NOT_CAPTURED' });
    return this.capture(ctx.em, payment.id, remote.id, remote.amount, 'CLIENT_VERIFICATION');
  }

  /** Exactly-once capture: whoever gets here second (client or webhook) changes nothing. */
  async capture(em: EntityManager, paymentId: string, razorpayPaymentId: string | null, amountPaise: number, source: Source, codProofMediaId: string | null = null): Promise<Payment> {
    return em.transactional(async (tx) => {
      const payment = await tx.findOneOrFail(Payment, { id: paymentId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (payment.capturedAt) return payment;
      if (razorpayPaymentId && (await tx.findOne(Payment, { razorpayPaymentId, id: { $ne: payment.id } }))) {
        throw new ConflictError('This Razorpay payment already paid another order.', { reason: 'PAYMENT_BOUND_TO_ANOTHER_ORDER' });
      }
      if (amountPaise !== payment.amountPaise) throw new ValidationError('Captured amount differs from the order total.', { reason: 'AMOUNT_MISMATCH' });
      payment.status = PaymentStatus.CAPTURED;
      if (razorpayPaymentId) payment.razorpayPaymentId = razorpayPaymentId;
      payment.capturedAt = new Date();
      payment.failureReason = null;
      if (codProofMediaId) payment.codProofMediaId = codProofMediaId;
      tx.create(PaymentTransaction, { paymentId: payment.id, type: razorpayPaymentId ? "CAPTURED" : "CASH_COLLECTED", amountPaise, source, reference: razorpayPaymentId });
      recordEvent(tx, PaymentCaptured, { orderId: payment.orderId, paymentId: payment.id, amountPaise, method: payment.method, source });
      return payment;
    });
  }

  async markFailed(em: EntityManager, paymentId: string, reason: string, reference: string | null): Promise<void> {
    await em.transactional(async (tx) => {
      const payment = await tx.findOneOrFail(Payment, { id: paymentId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      // A failure reported after a capture (out of order, or an earlier attempt) changes nothing.
      if (payment.capturedAt || payment.status === PaymentStatus.FAILED) return;
      payment.status = PaymentStatus.FAILED;
      payment.failureReason = reason;
      tx.create(PaymentTransaction, { paymentId: payment.id, type: 'FAILED', source: 'WEBHOOK', reference });
      recordEvent(tx, PaymentFailed, { orderId: payment.orderId, paymentId: payment.id, reason });
    });
  }

  /**
   * Refunds up to what is captured and not yet refunded, through Razorpay with its refund
   * idempotency header. Every input is checked before anything is recorded; the idempotency key
   * is bound to a fingerprint of the request (same key + same request → the first refund; same
   * key + another request or order → CONFLICT IDEMPOTENCY_KEY_REUSED). The Refund row (unique
   * key) is written before Razorpay is called, so a retry re-sends the same key and Razorpay
   * returns the same refund. A refund Razorpay refuses ends FAILED and frees its amount; one
   * whose outcome is unknown (Razorpay unreachable or 5xx) stays PENDING for reconciliation.
   */
  async refund(em: EntityManager, input: RefundRequest & { source: Source }): Promise<Refund> {
    const problem = refundInputProblem(input);
    if (problem) throw new ValidationError(problem.message, { field: problem.field, reason: problem.reason });
    const fingerprint = refundFingerprint(input);
    let refund: Refund;
    try {
      refund = await em.transactional(async (tx) => {
        const existing = await tx.findOne(Refund, { idempotencyKey: input.idempotencyKey });
        if (existing) return this.sameRefundOrConflict(tx, existing, input.orderId, fingerprint);
        const payment = await tx.findOne(Payment, { orderId: input.orderId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
        if (!payment) throw new NotFoundError('Payment for order', input.orderId);
        // Cash on delivery: the vendor holds the cash, so only an admin refunds it; the platform pays the
        // buyer back itself (bank transfer/UPI, outside Razorpay) and the vendors subgraph charges the
        // vendor in its next settlement (RefundProcessed). Recorded as processed at once.
        // The same path pays a dispute's buyer by hand after Razorpay refused the refund (manualPayout).
        const cashRefund = (payment.method === PaymentMethodKind.COD || input.manualPayout === true) && Boolean(payment.capturedAt) && input.source === 'ADMIN';
        if (!cashRefund && (payment.method !== PaymentMethodKind.ONLINE || !payment.capturedAt || !payment.razorpayPaymentId)) {
          throw new ConflictError('Only captured online payments, or cash an admin refunds after collection, can be refunded.', { reason: 'NOT_REFUNDABLE' });
        }
        const refundable = payment.amountPaise - (await this.reservedPaise(tx, payment));
        const amount = input.amountPaise ?? refundable;
        if (amount <= 0 || amount > refundable) {
          throw new ValidationError(`At most ${refundable} paise can still be refunded.`, { reason: 'REFUND_EXCEEDS_CAPTURED', refundablePaise: refundable });
        }
        if (amount < MIN_REFUND_PAISE) {
          throw new ValidationError(`Razorpay refunds at least ${MIN_REFUND_PAISE} paise (₹1).`, { reason: 'REFUND_BELOW_MINIMUM', refundablePaise: refundable });
        }
        const created = tx.create(Refund, {
          paymentId: payment.id,
          amountPaise: amount,
          reason: input.reason.trim(),
          idempotencyKey: input.idempotencyKey,
          requestFingerprint: fingerprint,
          razorpayPaymentId: cashRefund ? null : payment.razorpayPaymentId,
          disputeId: input.disputeId ?? null,
          payoutReference: cashRefund ? (input.payoutReference ?? null) : null,
        });
        tx.create(PaymentTransaction, { paymentId: payment.id, type: 'REFUND_REQUESTED', amountPaise: amount, source: input.source, reference: input.idempotencyKey });
        if (cashRefund) this.markRefundProcessed(tx, payment, created, created.payoutReference ?? input.idempotencyKey);
        return created;
      });
    } catch (error) {
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      // A concurrent request with the same key recorded it first.
      const winner = await em.fork().findOneOrFail(Refund, { idempotencyKey: input.idempotencyKey });
      refund = await this.sameRefundOrConflict(em.fork(), winner, input.orderId, fingerprint);
    }
    if (refund.status === RefundStatus.PENDING && !refund.razorpayRefundId) await this.sendRefund(em, refund.id);
    const final = await em.findOneOrFail(Refund, { id: refund.id }, { refresh: true });
    if (final.status === RefundStatus.FAILED && final.failureReason?.startsWith(REFUSED_PREFIX)) throw refusedError(final);
    return final;
  }

  /** The idempotency contract for refund keys (legacy rows without a fingerprint: same order is enough). */
  private async sameRefundOrConflict(em: EntityManager, existing: Refund, orderId: string, fingerprint: string): Promise<Refund> {
    const payment = await em.findOne(Payment, { id: existing.paymentId });
    const sameRequest = existing.requestFingerprint ? existing.requestFingerprint === fingerprint : payment?.orderId === orderId.toLowerCase();
    if (!sameRequest || payment?.orderId !== orderId.toLowerCase()) {
      throw new ConflictError('This idempotency key was already used for a different refund.', { reason: 'IDEMPOTENCY_KEY_REUSED' });
    }
    return existing;
  }

  /** Refunded plus still-pending order refunds: what no new refund may touch. */
  private async reservedPaise(em: EntityManager, payment: Payment): Promise<number> {
    const pending = await em.find(Refund, { paymentId: payment.id, status: RefundStatus.PENDING, kind: RefundKind.ORDER });
    return payment.refundedPaise + pending.reduce((sum, r) => sum + r.amountPaise, 0);
  }

  /**
   * Sends (or re-sends, with the same key and body) a PENDING refund to Razorpay and records the
   * answer. A final refusal ends it FAILED; an unknown outcome leaves it PENDING.
   */
  async sendRefund(em: EntityManager, refundId: string): Promise<void> {
    const refund = await em.findOneOrFail(Refund, { id: refundId }, { refresh: true });
    if (refund.status !== RefundStatus.PENDING) return;
    const payment = await em.findOneOrFail(Payment, { id: refund.paymentId });
    const razorpayPaymentId = refund.razorpayPaymentId ?? payment.razorpayPaymentId;
    // Rows recorded before keys were checked (the old 8–9 character keys) can never be sent.
    if (!razorpayPaymentId || !/^[A-Za-z0-9_-]{10,}$/.test(refund.idempotencyKey)) {
      await this.markRefundRefused(em, refund.id, 'The idempotency key is not one Razorpay accepts (10+ letters, digits, - or _).');
      return;
    }
    try {
      const remote = await this.deps.gateway.createRefund({
        paymentId: razorpayPaymentId as `pay_${string}`,
        amountPaise: refund.amountPaise,
        idempotencyKey: refund.idempotencyKey,
        // Our refund id travels with the refund (Razorpay echoes notes and receipt in its refund
        // entity and webhooks), so a webhook that beats this reply finds the PENDING row.
        notes: { orderId: payment.orderId, reason: refund.reason.slice(0, 250), [REALSERV_REFUND_NOTE]: refund.id },
        receipt: refund.id,
      });
      await this.recordRefundOutcome(em, remote.id, remote.payment_id, remote.amount, remote.status, { refundId: refund.id });
    } catch (error) {
      if (error instanceof RazorpayError && isFinalRazorpayError(error.statusCode)) {
        await this.markRefundRefused(em, refund.id, error.description);
        return;
      }
      if (error instanceof RazorpayError || error instanceof RazorpayUnreachableError) {
        this.deps.log?.warn({ err: error, refundId: refund.id }, 'refund outcome unknown; reconciliation will re-send it with the same key');
        return;
      }
      throw error;
    }
  }

  /** Razorpay refused the refund: FAILED, its amount free again, the order told (RefundFailed). */
  private async markRefundRefused(em: EntityManager, refundId: string, description: string): Promise<void> {
    await em.transactional(async (tx) => {
      const refund = await tx.findOneOrFail(Refund, { id: refundId });
      const payment = await tx.findOneOrFail(Payment, { id: refund.paymentId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      await tx.refresh(refund);
      if (refund.status !== RefundStatus.PENDING) return;
      refund.status = RefundStatus.FAILED;
      refund.failureReason = `${REFUSED_PREFIX}${description}`;
      tx.create(PaymentTransaction, { paymentId: payment.id, type: 'REFUND_FAILED', amountPaise: refund.amountPaise, source: 'SYSTEM', reference: refund.idempotencyKey });
      if (refund.kind === RefundKind.ORDER) recordEvent(tx, RefundFailed, { orderId: payment.orderId, paymentId: payment.id, refundId: refund.id, reason: refund.failureReason, disputeId: refund.disputeId });
    });
  }

  /**
   * A refund's state from Razorpay (API response or webhook, in any order, any number of times).
   * The refund is matched by its Razorpay id, then by our own id (`ours.refundId`: the caller's
   * row, or the webhook's `notes.realserv_refund_id`, which every refund we create carries), and
   * only then taken as one started in Razorpay's dashboard. Everything after the payment's row
   * lock is re-read, so the API reply and a webhook that overtook it converge on one row (the
   * unique Razorpay refund id backs this up).
   */
  async recordRefundOutcome(
    em: EntityManager,
    razorpayRefundId: string,
    razorpayPaymentId: string,
    amountPaise: number,
    status: 'pending' | 'processed' | 'failed',
    ours: { refundId?: string | null } = {},
  ): Promise<void> {
    const ownId = ours.refundId && UUID.test(ours.refundId) ? ours.refundId : null;
    await em.transactional(async (tx) => {
      const candidate = (await tx.findOne(Refund, { razorpayRefundId })) ?? (ownId ? await tx.findOne(Refund, { id: ownId }) : null);
      const payment = candidate
        ? await tx.findOne(Payment, { id: candidate.paymentId }, { lockMode: LockMode.PESSIMISTIC_WRITE })
        : await tx.findOne(Payment, { razorpayPaymentId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!payment) return;
      // Under the lock: whatever a concurrent reply or webhook committed meanwhile.
      let refund =
        (await tx.findOne(Refund, { razorpayRefundId }, { refresh: true })) ??
        (ownId ? await tx.findOne(Refund, { id: ownId, paymentId: payment.id }, { refresh: true }) : null);
      if (refund) {
        const ownPaymentId = refund.razorpayPaymentId ?? payment.razorpayPaymentId;
        if ((refund.razorpayRefundId && refund.razorpayRefundId !== razorpayRefundId) || ownPaymentId !== razorpayPaymentId || refund.amountPaise !== amountPaise) {
          throw new ConflictError(`Razorpay refund ${razorpayRefundId} does not match RealServ refund ${refund.id}.`, { reason: 'REFUND_MISMATCH', refundId: refund.id });
        }
      } else {
        // Refunded from the Razorpay dashboard: record it so the books match, but only money the
        // payment still has (captured less refunded and pending); anything else is a webhook that
        // does not add up, recorded as failed by the webhook handler and changing nothing.
        if (!payment.capturedAt || payment.razorpayPaymentId !== razorpayPaymentId) {
          throw new ConflictError('The refunded Razorpay payment is not the one that paid this order.', { reason: 'NOT_REFUNDABLE' });
        }
        const refundable = payment.amountPaise - (await this.reservedPaise(tx, payment));
        if (amountPaise <= 0 || amountPaise > refundable) {
          throw new ValidationError(`Razorpay refunded ${amountPaise} paise but at most ${refundable} paise can still be refunded.`, { reason: 'REFUND_EXCEEDS_CAPTURED', refundablePaise: refundable });
        }
        refund = tx.create(Refund, { paymentId: payment.id, amountPaise: amountPaise, reason: 'Refunded outside RealServ', idempotencyKey: `external-${razorpayRefundId}`, razorpayPaymentId });
      }
      refund.razorpayRefundId = razorpayRefundId;
      if (status === 'pending') return;
      // A refund we gave up on (refused) that Razorpay says went through after all is still money out.
      if (refund.status === RefundStatus.PROCESSED || (refund.status === RefundStatus.FAILED && status === 'failed')) return;
      const wasFailed = refund.status === RefundStatus.FAILED;
      if (refund.kind === RefundKind.UNMATCHED_PAYMENT) {
        refund.status = status === 'processed' ? RefundStatus.PROCESSED : RefundStatus.FAILED;
        if (status === 'failed') refund.failureReason = 'Razorpay reported the refund failed.';
        tx.create(PaymentTransaction, { paymentId: payment.id, type: status === 'processed' ? 'UNMATCHED_PAYMENT_REFUNDED' : 'REFUND_FAILED', amountPaise, source: 'SYSTEM', reference: razorpayRefundId });
        return;
      }
      if (status === 'processed') {
        if (wasFailed) this.deps.log?.warn({ refundId: refund.id }, 'a refund marked refused was processed by Razorpay');
        this.markRefundProcessed(tx, payment, refund, razorpayRefundId);
      } else {
        refund.status = RefundStatus.FAILED;
        refund.failureReason = 'Razorpay reported the refund failed.';
        tx.create(PaymentTransaction, { paymentId: payment.id, type: 'REFUND_FAILED', amountPaise, source: 'SYSTEM', reference: razorpayRefundId });
        recordEvent(tx, RefundFailed, { orderId: payment.orderId, paymentId: payment.id, refundId: refund.id, reason: refund.failureReason, disputeId: refund.disputeId });
      }
    });
  }

  // ---- payments that cannot pay their order ---------------------------------------------------

  /** The payment a Razorpay order belongs to: the current checkout, or an earlier one (reopened). */
  async paymentForRazorpayOrder(em: EntityManager, razorpayOrderId: string): Promise<Payment | null> {
    const current = await em.findOne(Payment, { razorpayOrderId });
    if (current) return current;
    const checkout = await em.findOne(PaymentTransaction, { type: 'CHECKOUT_CREATED', reference: razorpayOrderId });
    return checkout ? em.findOne(Payment, { id: checkout.paymentId }) : null;
  }

  private async checkoutsOf(em: EntityManager, payment: Payment): Promise<string[]> {
    const rows = await em.find(PaymentTransaction, { paymentId: payment.id, type: 'CHECKOUT_CREATED' }, { orderBy: { createdAt: 'asc' } });
    const ids = new Set(rows.map((r) => r.reference).filter((r): r is string => Boolean(r)));
    if (payment.razorpayOrderId) ids.add(payment.razorpayOrderId);
    return [...ids];
  }

  /**
   * A captured Razorpay payment for one of this order's checkouts that cannot pay it (another
   * amount, or the order is already paid by another payment): the whole payment goes back to the
   * buyer (refund key `unmatched-<payment id>`, so at most once), and an unpaid order gets a new
   * checkout so the buyer can pay again. Razorpay's current view is fetched first: money only
   * leaves on what Razorpay says now, never on a webhook's snapshot.
   */
  async refundUnmatchedPayment(em: EntityManager, paymentId: string, razorpayPaymentId: string, why: string): Promise<Refund | null> {
    const key = `unmatched-${razorpayPaymentId}`;
    // Already being refunded (verification and the webhook both see the same payment).
    const known = await em.findOne(Refund, { idempotencyKey: key, paymentId });
    if (known && known.status !== RefundStatus.PENDING) return known;
    const remote = await this.deps.gateway.fetchPayment(razorpayPaymentId as `pay_${string}`);
    const payment = await em.findOneOrFail(Payment, { id: paymentId });
    if (!remote.order_id || !(await this.checkoutsOf(em, payment)).includes(remote.order_id)) return null;
    if (remote.status !== 'captured' || payment.razorpayPaymentId === remote.id) return known;
    if (await em.findOne(Payment, { razorpayPaymentId: remote.id })) return null;
    const amount = remote.amount - remote.amount_refunded;
    if (amount <= 0) return known;
    const refund = await em.transactional(async (tx) => {
      const locked = await tx.findOneOrFail(Payment, { id: paymentId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      const existing = await tx.findOne(Refund, { idempotencyKey: key });
      if (existing) return existing;
      tx.create(PaymentTransaction, { paymentId: locked.id, type: 'UNMATCHED_PAYMENT', amountPaise: remote.amount, source: 'SYSTEM', reference: remote.id });
      // Razorpay counts the short payment against that order; a fresh one lets the buyer pay in full.
      if (!locked.capturedAt && locked.razorpayOrderId === remote.order_id) locked.razorpayOrderId = null;
      return tx.create(Refund, {
        paymentId: locked.id,
        kind: RefundKind.UNMATCHED_PAYMENT,
        amountPaise: amount,
        reason: why,
        idempotencyKey: key,
        requestFingerprint: requestFingerprint({ operation: 'refundUnmatchedPayment', razorpayPaymentId: remote.id, amountPaise: amount }),
        razorpayPaymentId: remote.id,
      });
    });
    if (refund.status === RefundStatus.PENDING && !refund.razorpayRefundId) await this.sendRefund(em, refund.id);
    return em.findOneOrFail(Refund, { id: refund.id }, { refresh: true });
  }

  // ---- reconciliation -------------------------------------------------------------------------

  /**
   * Settles what RealServ does not know yet from Razorpay itself: every PENDING refund (fetched
   * by id, or re-sent with its key when Razorpay never answered) and every unpaid online payment
   * with a checkout in the last 3 days (each Razorpay order's payments fetched: one for the full
   * amount is captured, any other captured one is refunded). `orderIds` limits the run. One
   * item's failure is logged and never stops the others.
   */
  async reconcile(em: EntityManager, options: { orderIds?: string[] } = {}): Promise<ReconciliationReport> {
    const report: ReconciliationReport = { refundsChecked: 0, refundsSettled: 0, paymentsChecked: 0, paymentsCaptured: 0, unmatchedPaymentsRefunded: 0, failures: 0 };
    const orderFilter = options.orderIds ? { orderId: { $in: options.orderIds.map((id) => assertId(id, 'orderIds')) } } : {};
    const scoped = options.orderIds ? await em.fork().find(Payment, orderFilter) : null;

    const pending = await em.find(
      Refund,
      { status: RefundStatus.PENDING, ...(scoped ? { paymentId: { $in: scoped.map((p) => p.id) } } : {}) },
      { orderBy: { createdAt: 'asc' }, limit: 500 },
    );
    for (const refund of pending) {
      report.refundsChecked += 1;
      try {
        const scope = em.fork();
        if (refund.razorpayRefundId) {
          const remote = await this.deps.gateway.fetchRefund(refund.razorpayRefundId as `rfnd_${string}`);
          await this.recordRefundOutcome(scope, remote.id, remote.payment_id, remote.amount, remote.status, { refundId: refund.id });
        } else {
          await this.sendRefund(scope, refund.id);
        }
        const after = await scope.fork().findOneOrFail(Refund, { id: refund.id });
        if (after.status !== RefundStatus.PENDING) report.refundsSettled += 1;
      } catch (error) {
        report.failures += 1;
        this.deps.log?.error({ err: error, refundId: refund.id }, 'refund reconciliation failed; next run retries');
      }
    }

    const unpaid = await em.find(
      Payment,
      {
        method: PaymentMethodKind.ONLINE,
        capturedAt: null,
        ...orderFilter,
        ...(options.orderIds ? {} : { createdAt: { $gt: new Date(Date.now() - UNPAID_LOOKBACK_MS) } }),
      },
      { orderBy: { createdAt: 'asc' }, limit: 500 },
    );
    for (const payment of unpaid) {
      report.paymentsChecked += 1;
      try {
        const scope = em.fork();
        for (const razorpayOrderId of await this.checkoutsOf(scope, payment)) {
          for (const remote of await this.deps.gateway.fetchOrderPayments(razorpayOrderId as `order_${string}`)) {
            if (remote.status !== 'captured') continue;
            const current = await scope.fork().findOneOrFail(Payment, { id: payment.id });
            if (!current.capturedAt && remote.amount === current.amountPaise && remote.currency === 'INR') {
              await this.capture(scope.fork(), payment.id, remote.id, remote.amount, 'SYSTEM');
              report.paymentsCaptured += 1;
            } else if (current.razorpayPaymentId !== remote.id) {
              const refund = await this.refundUnmatchedPayment(scope.fork(), payment.id, remote.id, unmatchedReason(current, remote.amount));
              if (refund) report.unmatchedPaymentsRefunded += 1;
            }
          }
        }
      } catch (error) {
        report.failures += 1;
        this.deps.log?.error({ err: error, paymentId: payment.id }, 'payment reconciliation failed; next run retries');
      }
    }
    return report;
  }

  async adminReconcile(ctx: RequestContext, orderIds: string[] | undefined): Promise<ReconciliationReport> {
    if (!ctx.caller?.roles.includes('ADMIN')) throw new ForbiddenError();
    return this.reconcile(ctx.em, orderIds ? { orderIds } : {});
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
    recordEvent(tx, RefundProcessed, {
      orderId: payment.orderId,
      paymentId: payment.id,
      refundId: refund.id,
      amountPaise: refund.amountPaise,
      fullyRefunded: payment.status === PaymentStatus.REFUNDED,
      vendorId: payment.vendorId,
      paymentMethod: payment.method,
      processedAt: processedAt.toISOString(),
      ...(refund.disputeId ? { disputeId: refund.disputeId } : {}),
    });
  }

  /** One payment, for the order's buyer, its vendor and admins; NOT_FOUND for anyone else (no hint it exists). */
  async findVisible(ctx: RequestContext, id: string): Promise<Payment> {
    const payment = await ctx.em.findOne(Payment, { id: assertId(id) });
    if (!payment || partyTo(ctx.caller, payment) === null) throw new NotFoundError('Payment', id);
    return payment;
  }

  /** Admins: payments newest first; every filter is an indexed column (status/method with created_at, order_number). */
  async list(ctx: RequestContext, filter: PaymentsFilterValues | undefined, page: PageInput | undefined): Promise<Page<Payment>> {
    if (!ctx.caller?.roles.includes('ADMIN')) throw new ForbiddenError();
    if (filter?.from && filter.to && filter.from > filter.to) {
      throw new ValidationError('from must not be after to.', { field: 'filter.from', reason: 'INVALID_RANGE' });
    }
    const where: Record<string, unknown> = {};
    if (filter?.status) where.status = filter.status;
    if (filter?.method) where.method = filter.method;
    if (filter?.orderNumber) where.orderNumber = filter.orderNumber.trim().toUpperCase();
    if (filter?.from || filter?.to) where.createdAt = { ...(filter.from ? { $gte: filter.from } : {}), ...(filter.to ? { $lt: filter.to } : {}) };
    const [items, total] = await ctx.em.findAndCount(Payment, where, {
      orderBy: { createdAt: 'desc', id: 'asc' },
      ...pageWindow(page),
    });
    return toPage(items, total, page);
  }

  /** Admins: Razorpay webhooks that could not be applied, newest first (1–200 of them). */
  async failedWebhooks(ctx: RequestContext, limit: number): Promise<PaymentWebhook[]> {
    if (!ctx.caller?.roles.includes('ADMIN')) throw new ForbiddenError();
    return ctx.em.find(PaymentWebhook, { error: { $ne: null } }, { orderBy: { receivedAt: 'desc' }, limit: Math.min(Math.max(limit, 1), 200) });
  }

  async adminRefund(ctx: RequestContext, input: { orderId: string; amountPaise?: number; reason: string; idempotencyKey: string }): Promise<Refund> {
    if (!ctx.caller?.roles.includes('ADMIN')) throw new ForbiddenError();
    return this.refund(ctx.em, { ...input, orderId: assertId(input.orderId, 'orderId'), source: 'ADMIN' });
  }

  private async fetchOrder(orderId: string, requestId: string): Promise<OrderSnapshot | null> {
    try {
      const data = await this.deps.orders.request(OrderForPaymentDocument, { id: assertId(orderId, 'orderId') }, requestId);
      return data.order;
    } catch (error) {
      if (error instanceof NotFoundError) return null;
      throw error;
    }
  }
}
