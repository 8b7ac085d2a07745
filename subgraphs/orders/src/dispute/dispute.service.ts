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
  requestFingerprint,
  requireCaller,
  requireUserId,
  requireVendorId,
  type DomainEvent,
  type EventPayload,
  type RequestContext,
} from '@realserv/platform';
import { DisputeEscalated, DisputeOpened, DisputePayoutRecorded, DisputeRefundApproved, DisputeResolved, DisputeResponded, type RefundFailed, type RefundProcessed } from '@realserv/contracts';
import { OrderStatusEnum } from '../order/order-enums.js';
import { Order, OrderItem, OrderStatusHistory } from '../order/order.entity.js';
import type { ReplacementLine, ReplacementOrders } from '../order/replacement-order.js';
import type { DisputeEvidence } from './dispute-evidence.js';
import { DisputeActor, DisputeOutcome, DisputeStatus, DisputeStepKind, VendorDisputeResponse } from './dispute-enums.js';
import { Dispute, DisputeEvent, DisputeLine, OrderRefund } from './dispute.entity.js';
import {
  DisputeRuleError,
  approvedRefund,
  claimableForLines,
  disputeWindowProblem,
  isResponseOverdue,
  manualPayoutStep,
  nextDisputeStatus,
  paidOnOrder,
  vendorResponseDue,
  type DisputeStep,
  type LineClaim,
} from './dispute-lifecycle.js';
import type { OpenDisputeInput, RecordDisputePayoutInput, ResolveDisputeInput, RespondToDisputeInput } from './dispute.inputs.js';

export interface DisputeServiceDeps {
  evidence: DisputeEvidence;
  /** REPLACEMENT resolutions place a no-charge order through it (stock held in catalog first). */
  replacements: ReplacementOrders;
  /** The clock (tests of the rules pass their own; the e2e stack backdates rows instead). */
  now?: () => Date;
}

/** Rule errors become API errors: a state the dispute or order is in is a CONFLICT, bad numbers are BAD_USER_INPUT. */
const STATE_REASONS = new Set(['NOT_A_TRANSITION', 'ORDER_NOT_DELIVERED', 'DISPUTE_WINDOW_CLOSED', 'NOTHING_TO_REFUND', 'REFUND_NOT_FAILED', 'PAYOUT_ALREADY_RECORDED']);
function apiError(error: DisputeRuleError): Error {
  return STATE_REASONS.has(error.reason) ? new ConflictError(error.message, { reason: error.reason }) : new ValidationError(error.message, { reason: error.reason });
}
function rules<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw error instanceof DisputeRuleError ? apiError(error) : error;
  }
}

interface ReplacementHold {
  orderId: string;
  lines: ReplacementLine[];
  /** False when an earlier attempt with this key held the stock and gave it back. */
  usable: boolean;
}

interface Decision {
  adminId: string;
  lines: LineClaim[] | undefined;
  payoutReference: string | undefined;
  reason: string;
  fingerprint: string;
  replacement: ReplacementHold | null;
}

const OPEN_CONFLICT = () => new ConflictError('This order already has an open dispute.', { reason: 'DISPUTE_ALREADY_OPEN' });

/**
 * Disputes: the buyer opens one, the vendor responds (or the escalation job moves it on), an
 * admin resolves it. Every change locks the dispute's row (opening locks the order's), checks
 * the pure rules, and writes the change, its history row and its event in one transaction. A
 * refund is only approved here: payments makes it (DisputeRefundApproved) and reports back
 * (RefundProcessed with the dispute id).
 */
export class DisputeService {
  private readonly now: () => Date;

  constructor(private readonly deps: DisputeServiceDeps) {
    this.now = deps.now ?? (() => new Date());
  }

  async open(ctx: RequestContext, input: OpenDisputeInput): Promise<Dispute> {
    const buyerId = requireUserId(ctx);
    if (!requireCaller(ctx).roles.includes('BUYER')) throw new ForbiddenError('Only buyers open disputes.');
    const orderId = assertId(input.orderId, 'orderId');
    const claims: LineClaim[] = input.lines.map((l) => ({ orderItemId: assertId(l.orderItemId, 'lines.orderItemId'), quantity: l.quantity }));
    const evidence = (input.evidenceMediaIds ?? []).map((id) => assertId(id, 'evidenceMediaIds'));
    // The order's existence and visibility first: another buyer learns nothing from the evidence check.
    const visible = await ctx.em.findOne(Order, { id: orderId });
    if (!visible || visible.buyerId !== buyerId) throw new NotFoundError('Order', orderId);
    await this.deps.evidence.assertUsable(evidence, buyerId, ctx.requestId);
    try {
      return await ctx.em.transactional(async (em) => {
        // refresh: the row as it is under the lock, not as the visibility check read it.
        const order = await em.findOneOrFail(Order, { id: orderId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
        const now = this.now();
        const deliveredAt = await deliveredAtOf(em, order);
        const windowProblem = disputeWindowProblem({ status: order.status, deliveredAt }, now);
        if (windowProblem) throw apiError(windowProblem);
        if (await em.count(Dispute, { orderId, status: { $in: [DisputeStatus.AWAITING_VENDOR, DisputeStatus.AWAITING_ADMIN, DisputeStatus.REFUND_PENDING] } })) throw OPEN_CONFLICT();
        const items = await em.find(OrderItem, { orderId }, { orderBy: { position: 'asc' } });
        const refunded = await refundedOn(em, orderId);
        const claimable = rules(() => claimableForLines(items, claims, paidOnOrder(order), refunded));
        if (input.amountClaimedPaise > claimable) {
          throw new ValidationError(`At most ${claimable} paise was paid (and not refunded) for those lines.`, { field: 'amountClaimedPaise', reason: 'AMOUNT_ABOVE_PAID', claimablePaise: claimable });
        }
        const dispute = em.create(Dispute, {
          orderId,
          buyerId,
          vendorId: order.vendorId,
          orderNumber: order.orderNumber,
          paymentMethod: order.paymentMethod,
          type: input.type,
          status: DisputeStatus.AWAITING_VENDOR,
          description: input.description.trim(),
          amountClaimedPaise: input.amountClaimedPaise,
          evidenceMediaIds: evidence,
          deliveredAt: deliveredAt!,
          responseDueAt: vendorResponseDue(now),
          createdAt: now,
        });
        const names = new Map(items.map((i) => [i.id, i.name]));
        for (const claim of claims) em.create(DisputeLine, { disputeId: dispute.id, orderItemId: claim.orderItemId, name: names.get(claim.orderItemId)!, quantity: claim.quantity });
        this.step(em, dispute, DisputeStepKind.OPENED, DisputeActor.BUYER, buyerId, dispute.description, now);
        recordEvent(em, DisputeOpened, {
          ...this.about(dispute),
          type: dispute.type,
          amountClaimedPaise: dispute.amountClaimedPaise,
          respondBy: dispute.responseDueAt.toISOString(),
        });
        return dispute;
      });
    } catch (error) {
      // Two opens racing past the count: the partial unique index lets one through.
      if (error instanceof UniqueConstraintViolationException) throw OPEN_CONFLICT();
      throw error;
    }
  }

  async respond(ctx: RequestContext, disputeId: string, input: RespondToDisputeInput): Promise<Dispute> {
    const vendorId = requireVendorId(ctx);
    const userId = requireUserId(ctx);
    const id = assertId(disputeId, 'disputeId');
    const visible = await ctx.em.findOne(Dispute, { id });
    if (!visible || visible.vendorId !== vendorId) throw new NotFoundError('Dispute', disputeId);
    const evidence = (input.evidenceMediaIds ?? []).map((m) => assertId(m, 'evidenceMediaIds'));
    await this.deps.evidence.assertUsable(evidence, userId, ctx.requestId);
    return ctx.em.transactional(async (em) => {
      const dispute = await em.findOneOrFail(Dispute, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      const now = this.now();
      if (isResponseOverdue(dispute, now)) {
        throw new ConflictError('The 48 hours to respond have passed; an admin decides now.', { reason: 'RESPONSE_WINDOW_CLOSED' });
      }
      const response = input.response;
      this.move(dispute, { kind: 'VENDOR_RESPONDED', response });
      dispute.vendorResponse = response;
      dispute.vendorMessage = input.message.trim();
      dispute.vendorEvidenceMediaIds = evidence;
      dispute.respondedAt = now;
      const kind = response === VendorDisputeResponse.ACCEPTED ? DisputeStepKind.VENDOR_ACCEPTED : DisputeStepKind.VENDOR_CONTESTED;
      this.step(em, dispute, kind, DisputeActor.VENDOR, userId, dispute.vendorMessage, now);
      recordEvent(em, DisputeResponded, { ...this.about(dispute), response });
      return dispute;
    });
  }

  /**
   * Moves every dispute whose vendor stayed silent past its 48 hours to an admin (each under its
   * row lock, re-checked, so concurrent runs and a late response never both win).
   */
  async escalateOverdue(em: EntityManager, disputeIds?: string[]): Promise<Dispute[]> {
    const now = this.now();
    const due = await em.fork().find(
      Dispute,
      { status: DisputeStatus.AWAITING_VENDOR, responseDueAt: { $lte: now }, ...(disputeIds ? { id: { $in: disputeIds } } : {}) },
      { orderBy: { responseDueAt: 'asc' }, limit: 200 },
    );
    const escalated: Dispute[] = [];
    for (const candidate of due) {
      const moved = await em.fork().transactional(async (tx) => {
        const dispute = await tx.findOneOrFail(Dispute, { id: candidate.id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
        if (!isResponseOverdue(dispute, now)) return null;
        this.move(dispute, { kind: 'ESCALATED' });
        this.step(tx, dispute, DisputeStepKind.ESCALATED, DisputeActor.SYSTEM, null, 'The vendor did not respond within 48 hours.', now);
        recordEvent(tx, DisputeEscalated, this.about(dispute));
        return dispute;
      });
      if (moved) escalated.push(moved);
    }
    return escalated;
  }

  async adminEscalateOverdue(ctx: RequestContext, disputeIds: string[] | undefined): Promise<Dispute[]> {
    if (!isAdmin(ctx)) throw new ForbiddenError();
    const escalated = await this.escalateOverdue(ctx.em, disputeIds?.map((id) => assertId(id, 'disputeIds')));
    return escalated.length ? ctx.em.find(Dispute, { id: { $in: escalated.map((d) => d.id) } }, { refresh: true }) : [];
  }

  /**
   * An admin's decision. The idempotency key is bound to the request: the same key and request
   * return the resolved dispute; another request with it is CONFLICT IDEMPOTENCY_KEY_REUSED.
   * A refund is approved here and made by payments, exactly once (its key is the dispute's id).
   */
  async resolve(ctx: RequestContext, disputeId: string, input: ResolveDisputeInput): Promise<Dispute> {
    if (!isAdmin(ctx)) throw new ForbiddenError();
    const adminId = requireUserId(ctx);
    const id = assertId(disputeId, 'disputeId');
    const lines = input.lines?.map((l) => ({ orderItemId: assertId(l.orderItemId, 'lines.orderItemId'), quantity: l.quantity }));
    const payoutReference = input.payoutReference?.trim() || undefined;
    const reason = input.reason.trim();
    const fingerprint = requestFingerprint({ operation: 'resolveDispute', id, outcome: input.outcome, lines: lines ?? null, amountPaise: input.amountPaise ?? null, reason, payoutReference: payoutReference ?? null });
    const known = await ctx.em.findOne(Dispute, { id });
    if (!known) throw new NotFoundError('Dispute', disputeId);
    // A replacement holds its stock in catalog before the transaction (as placeOrder does); a
    // retry of a decision already made holds nothing.
    const replacement = input.outcome === DisputeOutcome.REPLACEMENT && known.resolutionKey !== input.idempotencyKey ? await this.holdReplacement(ctx, known, lines, input.idempotencyKey) : null;
    try {
      return await this.decide(ctx, known, input, { adminId, lines, payoutReference, reason, fingerprint, replacement });
    } catch (error) {
      if (replacement) await this.deps.replacements.releaseUnlessPlaced(ctx.em, replacement.orderId, ctx.requestId);
      throw error;
    }
  }

  /**
   * Checks a replacement before any stock moves (the dispute may still be resolved, the lines are
   * the order's), then holds the stock of its lines: those stated, or else the disputed ones.
   */
  private async holdReplacement(ctx: RequestContext, known: Dispute, lines: LineClaim[] | undefined, key: string): Promise<ReplacementHold> {
    const order = await ctx.em.findOneOrFail(Order, { id: known.orderId });
    const items = await ctx.em.find(OrderItem, { orderId: order.id }, { orderBy: { position: 'asc' } });
    rules(() => {
      nextDisputeStatus(known.status, { kind: 'RESOLVED', outcome: DisputeOutcome.REPLACEMENT });
      if (lines?.length) claimableForLines(items, lines, paidOnOrder(order), 0);
    });
    const claims = lines?.length ? lines : (await ctx.em.find(DisputeLine, { disputeId: known.id, resolution: false })).map((l) => ({ orderItemId: l.orderItemId, quantity: l.quantity }));
    const byId = new Map(items.map((i) => [i.id, i]));
    const replaced: ReplacementLine[] = claims.map((c) => ({ item: byId.get(c.orderItemId.toLowerCase())!, quantity: c.quantity }));
    const orderId = this.deps.replacements.orderIdFor(known.id, key);
    const usable = await this.deps.replacements.hold(orderId, order, replaced, ctx.requestId);
    return { orderId, lines: replaced, usable };
  }

  private decide(ctx: RequestContext, known: Dispute, input: ResolveDisputeInput, d: Decision): Promise<Dispute> {
    const { adminId, lines, payoutReference, reason, fingerprint } = d;
    const id = known.id;
    return ctx.em.transactional(async (em) => {
      const order = await em.findOneOrFail(Order, { id: known.orderId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      const dispute = await em.findOneOrFail(Dispute, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      if (dispute.resolutionKey === input.idempotencyKey) {
        if (dispute.resolutionFingerprint !== fingerprint) throw new ConflictError('This idempotency key was already used for another decision.', { reason: 'IDEMPOTENCY_KEY_REUSED' });
        return dispute;
      }
      const items = await em.find(OrderItem, { orderId: order.id }, { orderBy: { position: 'asc' } });
      const refunded = await refundedOn(em, order.id);
      const refund = rules(() => {
        nextDisputeStatus(dispute.status, { kind: 'RESOLVED', outcome: input.outcome });
        return approvedRefund(
          { outcome: input.outcome, lines, amountPaise: input.amountPaise, payoutReference },
          { paymentMethod: order.paymentMethod, lines: items, paidPaise: paidOnOrder(order), refundedPaise: refunded },
        );
      });
      const now = this.now();
      this.move(dispute, { kind: 'RESOLVED', outcome: input.outcome });
      dispute.outcome = input.outcome;
      dispute.resolutionReason = reason;
      dispute.approvedRefundPaise = refund;
      dispute.payoutReference = refund > 0 && order.paymentMethod === 'COD' ? payoutReference! : null;
      dispute.resolutionKey = input.idempotencyKey;
      dispute.resolutionFingerprint = fingerprint;
      dispute.resolvedAt = now;
      if (input.outcome === DisputeOutcome.PARTIAL_REFUND || input.outcome === DisputeOutcome.REPLACEMENT) {
        const names = new Map(items.map((i) => [i.id, i.name]));
        const resolved = lines ?? (await em.find(DisputeLine, { disputeId: dispute.id, resolution: false })).map((l) => ({ orderItemId: l.orderItemId, quantity: l.quantity }));
        for (const line of resolved) em.create(DisputeLine, { disputeId: dispute.id, orderItemId: line.orderItemId, name: names.get(line.orderItemId) ?? '', quantity: line.quantity, resolution: true });
      }
      if (input.outcome === DisputeOutcome.REPLACEMENT) {
        if (!d.replacement?.usable) {
          throw new ConflictError('An earlier attempt with this idempotency key failed and gave its stock back; resolve again with a new key.', { reason: 'RESOLUTION_EXPIRED' });
        }
        const placed = await this.deps.replacements.place(em, { orderId: d.replacement.orderId, original: order, lines: d.replacement.lines, disputeId: dispute.id, adminId });
        dispute.replacementOrderId = placed.id;
      }
      this.step(em, dispute, DisputeStepKind.RESOLVED, DisputeActor.ADMIN, adminId, `${input.outcome}: ${reason}`, now);
      recordEvent(em, DisputeResolved, { ...this.about(dispute), outcome: input.outcome, refundPaise: refund, reason });
      if (refund > 0) {
        recordEvent(em, DisputeRefundApproved, {
          disputeId: dispute.id,
          orderId: order.id,
          amountPaise: refund,
          paymentMethod: order.paymentMethod,
          reason: reason.slice(0, 250),
          payoutReference: dispute.payoutReference,
        });
      }
      return dispute;
    });
  }

  /**
   * RefundProcessed (payments): remembered per refund, so claims never exceed what is left; a
   * dispute's own refund also moves it to REFUNDED. Idempotent by the refund id.
   */
  /**
   * RefundFailed (payments) for a dispute's refund: Razorpay refused it. The dispute stays
   * REFUND_PENDING and shows the failure; an admin records a manual payout next. Idempotent.
   */
  async recordRefundFailure(event: DomainEvent<EventPayload<typeof RefundFailed>>, em: EntityManager): Promise<void> {
    const p = event.payload;
    if (!p.disputeId) return;
    const dispute = await em.findOne(Dispute, { id: p.disputeId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!dispute || dispute.status !== DisputeStatus.REFUND_PENDING || dispute.refundFailedAt) return;
    dispute.refundFailure = p.reason ?? 'Razorpay refused the refund.';
    dispute.refundFailedAt = new Date(event.occurredAt);
    this.step(em, dispute, DisputeStepKind.REFUND_FAILED, DisputeActor.SYSTEM, null, dispute.refundFailure, new Date());
  }

  /**
   * An admin paid the buyer by UPI/bank after Razorpay refused the dispute's refund: recorded
   * with its reference (once; the same reference again returns the dispute), and payments books
   * it as a MANUAL_PAYOUT refund, whose RefundProcessed moves the dispute to REFUNDED and reaches
   * the vendor's settlement — the refused refund never did, so the vendor is charged once.
   */
  async recordPayout(ctx: RequestContext, disputeId: string, input: RecordDisputePayoutInput): Promise<Dispute> {
    if (!isAdmin(ctx)) throw new ForbiddenError();
    const adminId = requireUserId(ctx);
    const id = assertId(disputeId, 'disputeId');
    const reference = input.payoutReference.trim();
    return ctx.em.transactional(async (em) => {
      const dispute = await em.findOne(Dispute, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      if (!dispute) throw new NotFoundError('Dispute', disputeId);
      if (rules(() => manualPayoutStep(dispute, reference)) === 'ALREADY_RECORDED') return dispute;
      dispute.payoutReference = reference;
      this.step(em, dispute, DisputeStepKind.PAYOUT_RECORDED, DisputeActor.ADMIN, adminId, `${dispute.approvedRefundPaise} paise paid out by hand (${reference})`, this.now());
      recordEvent(em, DisputePayoutRecorded, {
        disputeId: dispute.id,
        orderId: dispute.orderId,
        amountPaise: dispute.approvedRefundPaise,
        reason: (dispute.resolutionReason ?? 'Dispute refund').slice(0, 250),
        payoutReference: reference,
      });
      return dispute;
    });
  }

  async recordRefund(event: DomainEvent<EventPayload<typeof RefundProcessed>>, em: EntityManager): Promise<void> {
    const p = event.payload;
    const row = em.create(OrderRefund, { refundId: p.refundId, orderId: p.orderId, amountPaise: p.amountPaise, disputeId: p.disputeId ?? null, processedAt: new Date(p.processedAt) }, { persist: false });
    await em.createQueryBuilder(OrderRefund).insert(row).onConflict(['refundId']).ignore().execute();
    if (!p.disputeId) return;
    const dispute = await em.findOne(Dispute, { id: p.disputeId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!dispute || dispute.status !== DisputeStatus.REFUND_PENDING) return;
    this.move(dispute, { kind: 'REFUND_PROCESSED' });
    dispute.refundedPaise = p.amountPaise;
    dispute.refundId = p.refundId;
    dispute.refundedAt = new Date(p.processedAt);
    const how = dispute.payoutReference ? `paid out by hand (${dispute.payoutReference})` : 'refunded through Razorpay';
    this.step(em, dispute, DisputeStepKind.REFUNDED, DisputeActor.SYSTEM, null, `${p.amountPaise} paise ${how}`, new Date());
  }

  // ---- reading ---------------------------------------------------------------------------------

  private move(dispute: Dispute, step: DisputeStep): void {
    dispute.status = rules(() => nextDisputeStatus(dispute.status, step)) as DisputeStatus;
  }

  private step(em: EntityManager, dispute: Dispute, step: DisputeStepKind, actor: DisputeActor, actorUserId: string | null, note: string | null, at: Date): void {
    em.create(DisputeEvent, { disputeId: dispute.id, step, status: dispute.status, actor, actorUserId, note, createdAt: at });
  }

  private about(dispute: Dispute) {
    return { disputeId: dispute.id, orderId: dispute.orderId, orderNumber: dispute.orderNumber, buyerId: dispute.buyerId, vendorId: dispute.vendorId };
  }
}

/** When the order was delivered: its (latest) DELIVERED history row. */
async function deliveredAtOf(em: EntityManager, order: Order): Promise<Date | null> {
  const row = await em.findOne(OrderStatusHistory, { orderId: order.id, toStatus: OrderStatusEnum.DELIVERED }, { orderBy: { createdAt: 'desc' } });
  return row?.createdAt ?? null;
}

async function refundedOn(em: EntityManager, orderId: string): Promise<number> {
  const rows = await em.find(OrderRefund, { orderId });
  return rows.reduce((sum, r) => sum + r.amountPaise, 0);
}
