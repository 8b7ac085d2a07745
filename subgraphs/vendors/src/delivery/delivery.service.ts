import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  RateLimitedError,
  ValidationError,
  assertId,
  partyTo,
  recordEvent,
  requireCaller,
  requireRole,
  pageWindow,
  toPage,
  type Page,
  type PageInput,
  type DomainEvent,
  type EventPayload,
  type RequestContext,
} from '@realserv/platform';
import { DeliveryAttemptFailed, DeliveryCompleted, DeliveryOtpIssued, DeliveryStatusChanged, type OrderStatusEvent } from '@realserv/contracts';
import { Delivery, DeliveryAttempt, DeliveryHistory, DeliveryStatus, type FailedAttemptReason } from './delivery.entities.js';
import { checkFailedAttempt, nextDeliveryState, type DeliveryAction } from './delivery-lifecycle.js';
import { OTP_POLICY, decryptForBuyer, encryptForBuyer, issue, verify, type OtpState } from './delivery-otp.js';
import type { MediaFiles } from '../vendor/media-files.js';

export interface DeliveryConfig {
  otpHashKey: string;
  otpEncryptionKey: Buffer;
  otpValidForMs: number;
  otpRegenerateAfterMs: number;
}

/** Order statuses that only a confirmed order reaches: an event from or to one of them means the order has a delivery. */
const WAS_CONFIRMED: ReadonlySet<string> = new Set(['CONFIRMED', 'OUT_FOR_DELIVERY', 'DELIVERED', 'COMPLETED']);

export class DeliveryService {
  constructor(
    private readonly config: DeliveryConfig,
    private readonly media: MediaFiles,
  ) {}

  // ---- events from orders ----------------------------------------------------------------

  /**
   * Order events arrive on separate queues, so a later one (the dispatch, a cancellation after
   * confirmation) can be handled before OrderConfirmed: whichever event first shows that the order
   * was confirmed opens the delivery, and the move it implies is applied to it. Two handlers opening
   * it at once collide on `deliveries_order_unique`; the loser is retried and finds it.
   */
  async onOrderEvent(event: DomainEvent<EventPayload<OrderStatusEvent>>, em: EntityManager): Promise<void> {
    const { orderId, from, to } = event.payload;
    if (!WAS_CONFIRMED.has(from) && !WAS_CONFIRMED.has(to)) return;
    const delivery = (await em.findOne(Delivery, { orderId }, { lockMode: LockMode.PESSIMISTIC_WRITE })) ?? this.open(em, event.payload);
    if (delivery.status !== DeliveryStatus.PENDING) return;
    if (event.type === 'OrderDispatched') {
      this.move(em, delivery, DeliveryStatus.OUT_FOR_DELIVERY, 'DISPATCHED', null);
    } else if (event.type === 'OrderCancelled' || event.type === 'OrderRejected') {
      this.move(em, delivery, DeliveryStatus.FAILED, 'FAILED', event.payload.reason ?? 'Order closed');
    }
  }

  private open(em: EntityManager, order: { orderId: string; buyerId: string; vendorId: string }): Delivery {
    const delivery = em.create(Delivery, { orderId: order.orderId, buyerId: order.buyerId, vendorId: order.vendorId });
    em.create(DeliveryHistory, { deliveryId: delivery.id, step: 'CREATED' });
    recordEvent(em, DeliveryStatusChanged, { deliveryId: delivery.id, orderId: order.orderId, buyerId: order.buyerId, vendorId: order.vendorId, status: delivery.status });
    return delivery;
  }

  // ---- vendor actions --------------------------------------------------------------------

  /** A fresh code for the buyer (sent by notifications; readable in the buyer's app). */
  async generateOtp(ctx: RequestContext, orderId: string): Promise<Delivery> {
    const delivery = await ctx.em.transactional(async (em) => {
      const delivery = await this.lockForVendor(ctx, em, orderId);
      if (delivery.status !== DeliveryStatus.OUT_FOR_DELIVERY) {
        throw new ConflictError(`The delivery is ${delivery.status}; codes are for deliveries on their way.`, { reason: 'NOT_OUT_FOR_DELIVERY' });
      }
      const outcome = issue((delivery.otp as OtpState | null) ?? null, Date.now(), this.config.otpHashKey, delivery.id, undefined, {
        validForMs: this.config.otpValidForMs,
        regenerateAfterMs: this.config.otpRegenerateAfterMs,
      });
      if (!outcome.ok) {
        throw new RateLimitedError('A new code cannot be sent yet.', { reason: outcome.reason, retryAfterSeconds: Math.ceil(outcome.retryAfterMs / 1000) });
      }
      delivery.otp = outcome.state as unknown as Record<string, unknown>;
      delivery.sealedOtp = encryptForBuyer(outcome.code, this.config.otpEncryptionKey);
      em.create(DeliveryHistory, { deliveryId: delivery.id, step: 'OTP_ISSUED' });
      // Notification port (outbox): notifications will text the buyer; the code is never in the event.
      recordEvent(em, DeliveryOtpIssued, { deliveryId: delivery.id, orderId: delivery.orderId, buyerId: delivery.buyerId });
      return delivery;
    });
    return delivery;
  }

  /**
   * The vendor enters what the buyer tells them. Wrong attempts are saved before the error is
   * returned (so five of them lock the code); success delivers the order.
   */
  async verifyOtp(ctx: RequestContext, orderId: string, code: string): Promise<Delivery> {
    const { delivery, failure } = await ctx.em.transactional(async (em) => {
      const delivery = await this.lockForVendor(ctx, em, orderId);
      if (delivery.status === DeliveryStatus.DELIVERED) return { delivery, failure: null };
      const outcome = verify((delivery.otp as OtpState | null) ?? null, code, Date.now(), this.config.otpHashKey, delivery.id);
      if (outcome.state) delivery.otp = outcome.state as unknown as Record<string, unknown>;
      if (!outcome.ok) {
        if (outcome.reason !== 'NO_CODE') {
          em.create(DeliveryHistory, { deliveryId: delivery.id, step: outcome.reason === 'LOCKED' ? 'OTP_LOCKED' : 'OTP_WRONG', note: outcome.reason });
        }
        return { delivery, failure: outcome };
      }
      this.complete(em, delivery, 'DELIVERED', null, {});
      return { delivery, failure: null };
    });
    if (failure) {
      if (failure.reason === 'LOCKED') throw new ConflictError('Too many wrong codes: generate a new one.', { reason: 'OTP_LOCKED', attemptsLeft: 0 });
      if (failure.reason === 'EXPIRED') throw new ValidationError('The code has expired: generate a new one.', { reason: 'OTP_EXPIRED' });
      if (failure.reason === 'NO_CODE') throw new ConflictError('No code has been generated for this delivery.', { reason: 'NO_OTP' });
      throw new ValidationError('Wrong code.', { reason: 'OTP_WRONG', attemptsLeft: failure.attemptsLeft });
    }
    return delivery;
  }

  /**
   * An admin completes a delivery without the OTP (the buyer's phone is dead, the code locked at
   * the door…), with a reason kept in the history. Same DeliveryCompleted event as the OTP path,
   * so the order follows exactly as it does then.
   */
  async forceComplete(ctx: RequestContext, orderId: string, reason: string): Promise<Delivery> {
    const caller = requireCaller(ctx);
    if (!caller.roles.includes('ADMIN')) throw new ForbiddenError('Only admins may complete a delivery without its code.');
    const note = reason.trim();
    if (note.length < 3) throw new ValidationError('Say why the delivery is completed without its code.', { field: 'reason' });
    return ctx.em.transactional(async (em) => {
      const delivery = await this.lockForVendor(ctx, em, orderId);
      if (delivery.status === DeliveryStatus.DELIVERED) return delivery;
      if (delivery.status !== DeliveryStatus.OUT_FOR_DELIVERY) {
        throw new ConflictError(`The delivery is ${delivery.status}; only a delivery on its way can be completed.`, { reason: 'NOT_OUT_FOR_DELIVERY' });
      }
      this.complete(em, delivery, 'DELIVERED_BY_ADMIN', note, { forced: true, forcedByUserId: caller.userId ?? null, reason: note });
      return delivery;
    });
  }

  async addProof(ctx: RequestContext, orderId: string, mediaId: string): Promise<Delivery> {
    // Who may act on this delivery first (others learn nothing, not even about the file).
    const visible = await this.lockForVendor(ctx, ctx.em, orderId, false);
    const uploader = requireCaller(ctx).userId;
    // Proofs are only ever added (never replaced): the delivery keeps its reference for good.
    if (uploader) await this.media.assertUsable([mediaId], 'DELIVERY_PROOF', uploader, visible.id, ctx.requestId);
    return ctx.em.transactional(async (em) => {
      const delivery = await this.lockForVendor(ctx, em, orderId);
      if (delivery.status === DeliveryStatus.PENDING || delivery.status === DeliveryStatus.FAILED) {
        throw new ConflictError('Proof is for deliveries on their way or done.', { reason: 'NOT_DISPATCHED' });
      }
      if (!delivery.proofMediaIds.includes(mediaId)) delivery.proofMediaIds = [...delivery.proofMediaIds, mediaId];
      em.create(DeliveryHistory, { deliveryId: delivery.id, step: 'PROOF_ADDED', note: mediaId });
      return delivery;
    });
  }

  /**
   * The vendor could not deliver (buyer absent, site closed…): the attempt is numbered and kept,
   * the delivery waits RESCHEDULED for the new time (the order stays OUT_FOR_DELIVERY), and any
   * live code is void. DeliveryAttemptFailed carries the attempt number; from the second one on,
   * notifications tells the admins.
   */
  async recordFailedAttempt(
    ctx: RequestContext,
    deliveryId: string,
    input: { reason: FailedAttemptReason; note?: string | null | undefined; rescheduledFor: Date },
  ): Promise<Delivery> {
    const caller = requireRole(ctx, 'VENDOR');
    const problem = checkFailedAttempt(input, Date.now());
    // Who may act first: others learn nothing about the delivery, not even that the input is bad.
    await this.lockById(ctx, ctx.em, deliveryId, false);
    if (problem) throw new ValidationError(problem.message, { field: problem.field, reason: problem.reason });
    const note = input.note?.trim() || null;
    return ctx.em.transactional(async (em) => {
      const delivery = await this.lockById(ctx, em, deliveryId);
      this.assertMove(delivery, 'ATTEMPT_FAILED', 'NOT_OUT_FOR_DELIVERY');
      const attemptNumber = delivery.failedAttempts + 1;
      em.create(DeliveryAttempt, { deliveryId: delivery.id, attemptNumber, reason: input.reason, note, rescheduledFor: input.rescheduledFor, recordedByUserId: caller.userId ?? null });
      delivery.failedAttempts = attemptNumber;
      delivery.scheduledFor = input.rescheduledFor;
      delivery.sealedOtp = null;
      delivery.otp = null;
      this.move(em, delivery, DeliveryStatus.RESCHEDULED, 'ATTEMPT_FAILED', note ? `${input.reason}: ${note}` : input.reason);
      recordEvent(em, DeliveryAttemptFailed, {
        deliveryId: delivery.id,
        orderId: delivery.orderId,
        buyerId: delivery.buyerId,
        vendorId: delivery.vendorId,
        attemptNumber,
        reason: input.reason,
        note,
        rescheduledFor: input.rescheduledFor.toISOString(),
      });
      return delivery;
    });
  }

  /** A rescheduled delivery goes out again (a new code is generated as for the first run). */
  async redispatch(ctx: RequestContext, deliveryId: string): Promise<Delivery> {
    requireRole(ctx, 'VENDOR');
    return ctx.em.transactional(async (em) => {
      const delivery = await this.lockById(ctx, em, deliveryId);
      if (delivery.status === DeliveryStatus.OUT_FOR_DELIVERY) return delivery;
      this.assertMove(delivery, 'REDISPATCH', 'NOT_RESCHEDULED');
      this.move(em, delivery, DeliveryStatus.OUT_FOR_DELIVERY, 'REDISPATCHED', null);
      return delivery;
    });
  }

  // ---- reads ----------------------------------------------------------------------------

  /** The calling vendor's deliveries, newest first (index deliveries_vendor_status_idx). */
  async mine(ctx: RequestContext, status: DeliveryStatus | undefined, page: PageInput | undefined): Promise<Page<Delivery>> {
    const caller = requireRole(ctx, 'VENDOR');
    if (!caller.vendorId) throw new ForbiddenError('Onboard your business first.');
    return this.page(ctx, { vendorId: caller.vendorId, ...(status ? { status } : {}) }, page);
  }

  /** Admins: every delivery, filtered by status, vendor and creation time. */
  async list(
    ctx: RequestContext,
    filter: { status?: DeliveryStatus | undefined; vendorId?: string | undefined; from?: Date | undefined; to?: Date | undefined } | undefined,
    page: PageInput | undefined,
  ): Promise<Page<Delivery>> {
    requireRole(ctx, 'ADMIN');
    const f = filter ?? {};
    if (f.from && f.to && f.from > f.to) throw new ValidationError('from must not be after to.', { field: 'from' });
    const createdAt = { ...(f.from ? { $gte: f.from } : {}), ...(f.to ? { $lt: f.to } : {}) };
    return this.page(
      ctx,
      {
        ...(f.status ? { status: f.status } : {}),
        ...(f.vendorId ? { vendorId: assertId(f.vendorId, 'vendorId') } : {}),
        ...(f.from || f.to ? { createdAt } : {}),
      },
      page,
    );
  }

  /** One delivery by id for its buyer, its vendor and admins; NOT_FOUND for everyone else. */
  async byId(ctx: RequestContext, deliveryId: string): Promise<Delivery> {
    const delivery = await ctx.em.findOne(Delivery, { id: assertId(deliveryId, 'id') });
    if (!delivery || !this.canSee(ctx, delivery)) throw new NotFoundError('Delivery', deliveryId);
    return delivery;
  }

  private async page(ctx: RequestContext, where: Record<string, unknown>, page: PageInput | undefined): Promise<Page<Delivery>> {
    const [items, total] = await ctx.em.findAndCount(Delivery, where, { orderBy: { createdAt: 'desc', id: 'asc' }, ...pageWindow(page) });
    return toPage(items, total, page);
  }

  /** The order's buyer, its vendor and admins, like the order itself. */
  canSee(ctx: RequestContext, delivery: Delivery): boolean {
    return partyTo(ctx.caller, delivery) !== null;
  }

  /** The live code, for the order's buyer only, until it is used or expires. */
  otpForBuyer(ctx: RequestContext, delivery: Delivery): string | null {
    const c = ctx.caller;
    if (!c || !c.roles.includes('BUYER') || c.userId !== delivery.buyerId) return null;
    return this.liveOtp(delivery);
  }

  /**
   * The live code for the notifications subgraph to send to the buyer (SERVICE callers only, see
   * DeliveryOtpToSendResolver): fetched at send time, so the code never travels in an event.
   */
  async otpToSend(em: EntityManager, deliveryId: string): Promise<string | null> {
    const delivery = await em.findOne(Delivery, { id: assertId(deliveryId, 'deliveryId') });
    return delivery ? this.liveOtp(delivery) : null;
  }

  private liveOtp(delivery: Delivery): string | null {
    if (!delivery.sealedOtp) return null;
    const state = delivery.otp as OtpState | null;
    if (!state || state.verifiedAt || Date.now() >= state.expiresAt || state.wrongAttempts >= OTP_POLICY.maxWrongAttempts) return null;
    return decryptForBuyer(delivery.sealedOtp, this.config.otpEncryptionKey);
  }

  /** The delivery by id, for its vendor (or an admin); NOT_FOUND for anyone else. */
  private async lockById(ctx: RequestContext, em: EntityManager, deliveryId: string, lock = true): Promise<Delivery> {
    const caller = requireCaller(ctx);
    const delivery = await em.findOne(Delivery, { id: assertId(deliveryId, 'deliveryId') }, lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
    const party = delivery && partyTo(caller, delivery);
    if (!delivery || (party !== 'ADMIN' && party !== 'VENDOR')) throw new NotFoundError('Delivery', deliveryId);
    return delivery;
  }

  private assertMove(delivery: Delivery, action: DeliveryAction, reason: string): void {
    if (!nextDeliveryState(delivery.status, action)) {
      throw new ConflictError(`The delivery is ${delivery.status}; it cannot ${action.toLowerCase().replace('_', ' ')} now.`, { reason });
    }
  }

  private async lockForVendor(ctx: RequestContext, em: EntityManager, orderId: string, lock = true): Promise<Delivery> {
    const caller = requireCaller(ctx);
    const delivery = await em.findOne(Delivery, { orderId: assertId(orderId, 'orderId') }, lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
    const party = delivery && partyTo(caller, delivery);
    if (!delivery || (party !== 'ADMIN' && party !== 'VENDOR')) {
      throw new NotFoundError('Delivery for order', orderId);
    }
    return delivery;
  }

  /** Delivered: the code is spent, and orders moves the order on DeliveryCompleted. */
  private complete(em: EntityManager, delivery: Delivery, step: string, note: string | null, forced: { forced?: true; forcedByUserId?: string | null; reason?: string }): void {
    delivery.sealedOtp = null;
    this.move(em, delivery, DeliveryStatus.DELIVERED, step, note);
    recordEvent(em, DeliveryCompleted, { deliveryId: delivery.id, orderId: delivery.orderId, vendorId: delivery.vendorId, ...forced });
  }

  private move(em: EntityManager, delivery: Delivery, to: DeliveryStatus, step: string, note: string | null): void {
    delivery.status = to;
    em.create(DeliveryHistory, { deliveryId: delivery.id, step, note });
    recordEvent(em, DeliveryStatusChanged, { deliveryId: delivery.id, orderId: delivery.orderId, buyerId: delivery.buyerId, vendorId: delivery.vendorId, status: to });
  }
}
