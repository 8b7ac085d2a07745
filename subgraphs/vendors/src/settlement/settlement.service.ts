import { LockMode, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  ConfigError,
  ConflictError,
  DomainError,
  NotFoundError,
  ValidationError,
  assertId,
  calendarDateProblem,
  daysInRange,
  indianDate,
  recordEvent,
  requireCaller,
  requireVendorId,
  pageWindow,
  toPage,
  type DomainEvent,
  type EventPayload,
  type Page,
  type PageInput,
  type RequestContext,
} from '@realserv/platform';
import { SettlementGenerated, SettlementPaid, type OrderCompleted, type RefundProcessed } from '@realserv/contracts';
import { Vendor } from '../vendor/vendor.entity.js';
import { CompletedOrder, ProcessedRefund, Settlement, SettlementLineKind, SettlementLineRow, SettlementStatus } from './settlement.entities.js';
import {
  SETTLEMENT_COLUMNS,
  calculateSettlement,
  legalBasesFor,
  type LineRates,
  type Settlement as SettlementMath,
  type SettlementLineInput,
  type SettlementPeriod,
} from './settlement-math.js';
import { previousWeek, weekStartProblem, weekStarting, type Week } from './settlement-schedule.js';

/** A settlement covers a week in practice; a month at most (a vendor's first, or a catch-up run). */
export const MAX_SETTLEMENT_PERIOD_DAYS = 31;
/** An earnings summary covers at most a year (366 days: a leap year). */
export const MAX_EARNINGS_RANGE_DAYS = 366;

/** Which Indian calendar day it is; the e2e stack runs it days ahead (SETTLEMENT_CLOCK_OFFSET_DAYS, NODE_ENV=test only). */
export interface SettlementClock {
  today(): string;
}
export const realClock = (offsetDays = 0): SettlementClock => ({ today: () => indianDate(new Date(Date.now() + offsetDays * 86_400_000)) });

/** The clock for a deployment: an offset is a test-stack device, refused (a config error) anywhere else. */
export function settlementClock(config: { NODE_ENV: string; SETTLEMENT_CLOCK_OFFSET_DAYS: number }): SettlementClock {
  const { NODE_ENV, SETTLEMENT_CLOCK_OFFSET_DAYS: offset } = config;
  if (offset !== 0 && NODE_ENV !== 'test') {
    throw new ConfigError('vendors', [`SETTLEMENT_CLOCK_OFFSET_DAYS: ${offset} is only honoured with NODE_ENV=test (it is ${NODE_ENV})`]);
  }
  return realClock(offset);
}

export interface SettlementFailure {
  vendorId: string;
  code: string;
  message: string;
}

export interface SettlementListFilter {
  vendorId?: string;
  status?: SettlementStatus;
  periodFrom?: string;
  periodTo?: string;
}

export interface GenerateSettlementsResult {
  settlements: Settlement[];
  failures: SettlementFailure[];
}

/** One vendor's settlement as it would be generated now: the maths and the rows it accounts for. */
interface Draft {
  result: SettlementMath;
  orders: CompletedOrder[];
  refunds: ProcessedRefund[];
  hasPan: boolean;
}

/**
 * Settlements (docs/settlements.md). A period can be settled once it has ended in India time.
 * Each vendor's settlement takes every completed order and every refund adjustment not settled
 * before, dated up to the period's end, so anything that reached us late rolls into the next one.
 * Re-running a period returns what exists; each vendor is settled in its own transaction and a
 * vendor that fails is reported, never stopping the others.
 */
export class SettlementService {
  constructor(
    private readonly clock: SettlementClock = realClock(),
    private readonly log: RequestContext['log'] | null = null,
  ) {}

  /** OrderCompleted → a settle-able order (idempotent: the order id is the key). */
  async recordCompletedOrder(event: DomainEvent<EventPayload<typeof OrderCompleted>>, em: EntityManager): Promise<void> {
    const p = event.payload;
    if (p.to !== 'COMPLETED' || (await em.count(CompletedOrder, { orderId: String(p.orderId) }))) return;
    em.create(CompletedOrder, {
      orderId: String(p.orderId),
      orderNumber: String(p.orderNumber),
      vendorId: String(p.vendorId),
      completedOn: indianDate(new Date(event.occurredAt)),
      paymentMethod: p.paymentMethod === 'COD' ? 'COD' : 'ONLINE',
      grossPaise: Number(p.totalPaise),
      gstPaise: Number(p.taxPaise ?? 0),
    });
  }

  /**
   * RefundProcessed → money given back on an order (idempotent per refund id: the inbox gives one
   * delivery per handler and a unique index on the refund id backs it). Refunds of orders that
   * never complete (cancelled, rejected) are kept but never reach a settlement.
   */
  async recordProcessedRefund(event: DomainEvent<EventPayload<typeof RefundProcessed>>, em: EntityManager): Promise<void> {
    const p = event.payload;
    const refundId = String(p.refundId);
    if (await em.count(ProcessedRefund, { refundId })) return;
    const processedAt = new Date(typeof p.processedAt === 'string' ? p.processedAt : event.occurredAt);
    em.create(ProcessedRefund, {
      refundId,
      orderId: String(p.orderId),
      vendorId: typeof p.vendorId === 'string' ? p.vendorId : null,
      amountPaise: Number(p.amountPaise),
      processedAt,
      refundedOn: indianDate(processedAt),
    });
  }

  async generate(ctx: RequestContext, periodStart: string, periodEnd: string, onlyVendorIds?: string[]): Promise<GenerateSettlementsResult> {
    const period = this.checkPeriod(periodStart, periodEnd, MAX_SETTLEMENT_PERIOD_DAYS);
    const today = this.clock.today();
    if (period.to >= today) {
      throw new ValidationError(`The period ends on ${period.to}, which has not ended in India time (today is ${today}); settle it from the next day.`, {
        field: 'periodEnd',
        reason: 'PERIOD_NOT_ENDED',
      });
    }
    const only = onlyVendorIds ? new Set(onlyVendorIds.map((id) => assertId(id, 'vendorIds'))) : null;
    const settledAlready = new Set(
      (await ctx.em.find(Settlement, { periodStart: period.from, periodEnd: period.to }, { fields: ['vendorId'] })).map((s) => s.vendorId),
    );
    const failures: SettlementFailure[] = [];
    for (const vendorId of await this.vendorsWithWork(ctx.em, period.to)) {
      if (settledAlready.has(vendorId) || (only && !only.has(vendorId))) continue;
      try {
        await ctx.em.fork().transactional((em) => this.settleVendor(em, vendorId, period));
      } catch (error) {
        const known = error instanceof DomainError;
        (ctx.log ?? this.log)?.error({ err: error, vendorId, period }, 'settling one vendor failed; the others go on');
        failures.push({
          vendorId,
          code: known ? String(error.details?.reason ?? error.code) : 'SETTLEMENT_FAILED',
          message: known ? error.message : `This vendor could not be settled (request ${ctx.requestId}); the others were. Fix the cause and run the period again.`,
        });
      }
    }
    const settlements = await ctx.em.find(
      Settlement,
      { periodStart: period.from, periodEnd: period.to, ...(only ? { vendorId: { $in: [...only] } } : {}) },
      { orderBy: { vendorId: 'asc' } },
    );
    return { settlements, failures };
  }

  /**
   * The weekly run (settlement-schedule.ts): settles the Monday–Sunday week starting `weekStart`,
   * or the last whole week before today (India time) when omitted, through `generate` — the same
   * result as generateSettlements for that period, and a no-op for every vendor already settled
   * for it (the unique vendor × period index backs the check), so running it twice is safe.
   */
  async runWeekly(ctx: RequestContext, weekStart?: string, onlyVendorIds?: string[]): Promise<GenerateSettlementsResult & { week: Week }> {
    if (weekStart !== undefined) {
      const problem = weekStartProblem(weekStart);
      if (problem) throw new ValidationError(`weekStart ${problem}.`, { field: 'weekStart' });
    }
    const week = weekStart === undefined ? previousWeek(this.clock.today()) : weekStarting(weekStart);
    const result = await this.generate(ctx, week.periodStart, week.periodEnd, onlyVendorIds);
    (ctx.log ?? this.log)?.info({ week, settled: result.settlements.length, failed: result.failures.length, failures: result.failures }, 'weekly settlements run');
    return { ...result, week };
  }

  /** Admins: settlements of any vendor, latest period first; the period filter keeps those overlapping [periodFrom, periodTo]. */
  async list(ctx: RequestContext, filter: SettlementListFilter, page: PageInput | undefined): Promise<Page<Settlement>> {
    const where: FilterQuery<Settlement> = {};
    if (filter.vendorId) where.vendorId = assertId(filter.vendorId, 'vendorId');
    if (filter.status) where.status = filter.status;
    for (const [field, value] of [['periodFrom', filter.periodFrom], ['periodTo', filter.periodTo]] as const) {
      const problem = value === undefined ? undefined : calendarDateProblem(value);
      if (problem) throw new ValidationError(`${field} ${problem}.`, { field });
    }
    if (filter.periodFrom && filter.periodTo && filter.periodFrom > filter.periodTo) {
      throw new ValidationError('periodFrom must not be after periodTo.', { field: 'periodFrom' });
    }
    if (filter.periodFrom) where.periodEnd = { $gte: filter.periodFrom };
    if (filter.periodTo) where.periodStart = { $lte: filter.periodTo };
    const [items, total] = await ctx.em.findAndCount(Settlement, where, {
      orderBy: { periodEnd: 'desc', vendorId: 'asc', id: 'asc' },
      ...pageWindow(page),
    });
    return toPage(items, total, page);
  }

  async markPaid(ctx: RequestContext, settlementId: string, bankReference: string): Promise<Settlement> {
    return ctx.em.transactional(async (em) => {
      const settlement = await em.findOne(Settlement, { id: assertId(settlementId, 'settlementId') }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!settlement) throw new NotFoundError('Settlement', settlementId);
      if (settlement.status === SettlementStatus.PAID) {
        if (settlement.bankReference === bankReference) return settlement;
        throw new ConflictError('This settlement was already paid with another reference.', { reason: 'ALREADY_PAID' });
      }
      settlement.status = SettlementStatus.PAID;
      settlement.bankReference = bankReference;
      settlement.paidAt = new Date();
      recordEvent(em, SettlementPaid, { settlementId: settlement.id, vendorId: settlement.vendorId, bankReference });
      return settlement;
    });
  }

  async listMine(ctx: RequestContext, page: PageInput | undefined): Promise<Page<Settlement>> {
    const vendorId = requireVendorId(ctx);
    const [items, total] = await ctx.em.findAndCount(Settlement, { vendorId }, { orderBy: { periodEnd: 'desc' }, ...pageWindow(page) });
    return toPage(items, total, page);
  }

  async find(ctx: RequestContext, id: string): Promise<Settlement> {
    const settlement = await ctx.em.findOne(Settlement, { id: assertId(id) });
    const caller = requireCaller(ctx);
    if (!settlement || !(caller.roles.includes('ADMIN') || caller.vendorId === settlement.vendorId)) throw new NotFoundError('Settlement', id);
    return settlement;
  }

  /**
   * What the vendor is paid for a period: the settlement itself once the period is settled, else
   * exactly what settling it now would produce (same code path), so the two agree to the paisa.
   */
  async earnings(ctx: RequestContext, periodStart: string, periodEnd: string) {
    const vendorId = requireVendorId(ctx);
    const period = this.checkPeriod(periodStart, periodEnd, MAX_EARNINGS_RANGE_DAYS);
    const settled = await ctx.em.findOne(Settlement, { vendorId, periodStart: period.from, periodEnd: period.to });
    if (settled) {
      const completedOrders = await ctx.em.count(SettlementLineRow, { settlementId: settled.id, kind: SettlementLineKind.ORDER });
      return { completedOrders, settlement: settled, settlementId: settled.id };
    }
    const draft = await this.draft(ctx.em, vendorId, period, false);
    const result = draft?.result ?? calculateSettlement({ vendor: { hasPan: true }, period, lines: [], ...(await this.broughtForward(ctx.em, vendorId)) });
    return { completedOrders: draft?.orders.length ?? 0, settlement: result, settlementId: null };
  }

  /** Vendors with an unsettled order or an unsettled refund of a settled order, dated up to `until`. */
  private async vendorsWithWork(em: EntityManager, until: string): Promise<string[]> {
    const orders = await em.find(CompletedOrder, { completedOn: { $lte: until }, settlementId: null }, { fields: ['vendorId'] });
    const refunds = await em.find(ProcessedRefund, { refundedOn: { $lte: until }, settlementId: null }, { fields: ['orderId'] });
    const refunded = refunds.length
      ? await em.find(CompletedOrder, { orderId: { $in: refunds.map((r) => r.orderId) }, settlementId: { $ne: null } }, { fields: ['vendorId'] })
      : [];
    return [...new Set([...orders, ...refunded].map((o) => o.vendorId))].sort();
  }

  /** One vendor, in its own transaction; the vendor row lock serialises concurrent runs. */
  private async settleVendor(em: EntityManager, vendorId: string, period: SettlementPeriod): Promise<void> {
    const vendor = await em.findOne(Vendor, { id: vendorId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!vendor) throw new NotFoundError('Vendor', vendorId);
    if (await em.count(Settlement, { vendorId, periodStart: period.from, periodEnd: period.to })) return; // another run won
    const previous = await em.findOne(Settlement, { vendorId }, { orderBy: { periodEnd: 'desc', createdAt: 'desc' } });
    if (previous && previous.periodEnd >= period.from) {
      throw new ConflictError(`This vendor is already settled up to ${previous.periodEnd} (period ${previous.periodStart} to ${previous.periodEnd}); settle a period starting after it.`, {
        reason: 'OVERLAPPING_PERIOD',
      });
    }
    const draft = await this.draft(em, vendorId, period, true);
    if (!draft) return;
    const { result } = draft;
    const settlement = em.create(Settlement, {
      vendorId,
      periodStart: period.from,
      periodEnd: period.to,
      totals: result.totals,
      openingBalanceOwedPaise: result.openingBalanceOwedPaise,
      netPayoutPaise: result.netPayoutPaise,
      carriedForwardPaise: result.carriedForwardPaise,
      tdsDeductedPaise: result.tdsDeductedPaise,
      tdsReturnCreditBroughtForwardPaise: result.tdsReturnCreditBroughtForwardPaise,
      tdsReturnCreditCarriedForwardPaise: result.tdsReturnCreditCarriedForwardPaise,
      legalBases: legalBasesFor(period, draft.hasPan),
    });
    const orderNumbers = new Map(draft.orders.map((o) => [o.orderId, o.orderNumber]));
    for (const line of result.lines) {
      const amounts: Record<string, number> = {};
      for (const column of SETTLEMENT_COLUMNS) amounts[column] = line[column];
      em.create(SettlementLineRow, {
        settlementId: settlement.id,
        kind: line.kind as SettlementLineKind,
        orderId: line.orderId,
        refundId: line.refundId,
        refundedOn: line.refundedOn,
        orderNumber: orderNumbers.get(line.orderId) ?? (await this.orderNumber(em, line.orderId)),
        completedOn: line.completedOn,
        paymentMethod: line.paymentMethod,
        amounts,
        rates: {
          commissionRateBasisPoints: line.commissionRateBasisPoints,
          gstOnCommissionRateBasisPoints: line.gstOnCommissionRateBasisPoints,
          tcsRateBasisPoints: line.tcsRateBasisPoints,
          tdsRateBasisPoints: line.tdsRateBasisPoints,
        },
      });
    }
    for (const order of draft.orders) order.settlementId = settlement.id;
    for (const refund of draft.refunds) refund.settlementId = settlement.id;
    recordEvent(em, SettlementGenerated, { settlementId: settlement.id, vendorId, netPayoutPaise: result.netPayoutPaise });
  }

  /**
   * The vendor's settlement for `period` as it would be made now, or null when there is nothing
   * to settle: unsettled orders completed up to the end (net of every refund processed so far)
   * and unsettled refunds of orders settled before (as adjustments), the balance carried in.
   */
  private async draft(em: EntityManager, vendorId: string, period: SettlementPeriod, lock: boolean): Promise<Draft | null> {
    const lockMode = { lockMode: lock ? LockMode.PESSIMISTIC_WRITE : LockMode.NONE } as const;
    const orders = await em.find(CompletedOrder, { vendorId, completedOn: { $lte: period.to }, settlementId: null }, { ...lockMode, orderBy: { completedOn: 'asc', orderId: 'asc' } });
    const netted = orders.length ? await em.find(ProcessedRefund, { orderId: { $in: orders.map((o) => o.orderId) }, settlementId: null }, lockMode) : [];
    const nettedIds = new Set(netted.map((r) => r.id));
    const candidates = (
      await em.find(
        ProcessedRefund,
        // The event names the vendor; a row without one is matched through the completed order below.
        { refundedOn: { $lte: period.to }, settlementId: null, $or: [{ vendorId }, { vendorId: null }] },
        { ...lockMode, orderBy: { processedAt: 'asc', refundId: 'asc' } },
      )
    ).filter((r) => !nettedIds.has(r.id));
    const settledOrders = candidates.length
      ? await em.find(CompletedOrder, { orderId: { $in: candidates.map((r) => r.orderId) }, vendorId, settlementId: { $ne: null } })
      : [];
    const settledById = new Map(settledOrders.map((o) => [o.orderId, o]));
    const adjustments = candidates.filter((r) => settledById.has(r.orderId));
    if (!orders.length && !adjustments.length) return null;

    const vendor = await em.findOne(Vendor, { id: vendorId });
    const hasPan = Boolean(vendor?.pan);
    const refundedBefore = new Map<string, number>();
    const originalRates = new Map<string, LineRates>();
    if (adjustments.length) {
      const orderIds = [...settledById.keys()];
      for (const r of await em.find(ProcessedRefund, { orderId: { $in: orderIds }, settlementId: { $ne: null } })) {
        refundedBefore.set(r.orderId, (refundedBefore.get(r.orderId) ?? 0) + r.amountPaise);
      }
      for (const row of await em.find(SettlementLineRow, { orderId: { $in: orderIds }, kind: SettlementLineKind.ORDER })) {
        if (row.rates) originalRates.set(row.orderId, row.rates as unknown as LineRates);
      }
    }
    const sold = (o: CompletedOrder) => ({
      orderId: o.orderId,
      completedOn: o.completedOn,
      paymentMethod: o.paymentMethod,
      grossPaise: o.grossPaise,
      taxableValuePaise: o.grossPaise - o.gstPaise,
      gstPaise: o.gstPaise,
      platformLiableLabourGstPaise: o.platformLiableLabourGstPaise,
    });
    const lines: SettlementLineInput[] = orders.map((o) => ({
      ...sold(o),
      refundedPaise: netted.filter((r) => r.orderId === o.orderId).reduce((sum, r) => sum + r.amountPaise, 0),
    }));
    for (const refund of adjustments) {
      const order = settledById.get(refund.orderId)!;
      const previously = refundedBefore.get(order.orderId) ?? 0;
      const rates = originalRates.get(order.orderId);
      lines.push({
        ...sold(order),
        kind: 'REFUND_ADJUSTMENT',
        refundId: refund.refundId,
        refundedOn: refund.refundedOn,
        refundedPaise: refund.amountPaise,
        previouslyRefundedPaise: previously,
        ...(rates ? { rates } : {}),
      });
      refundedBefore.set(order.orderId, previously + refund.amountPaise);
    }
    const result = calculateSettlement({
      vendor: { commissionRateBasisPoints: vendor?.commissionRateBasisPoints ?? 1000, hasPan },
      period,
      lines,
      ...(await this.broughtForward(em, vendorId)),
    });
    return { result, orders, refunds: [...netted, ...adjustments], hasPan };
  }

  /** What the last settlement carried: the balance the vendor owes and TDS on returns still to adjust. */
  private async broughtForward(em: EntityManager, vendorId: string): Promise<{ openingBalanceOwedPaise: number; tdsReturnCreditPaise: number }> {
    const previous = await em.findOne(Settlement, { vendorId }, { orderBy: { periodEnd: 'desc', createdAt: 'desc' } });
    return { openingBalanceOwedPaise: previous?.carriedForwardPaise ?? 0, tdsReturnCreditPaise: previous?.tdsReturnCreditCarriedForwardPaise ?? 0 };
  }

  private async orderNumber(em: EntityManager, orderId: string): Promise<string> {
    return (await em.findOne(CompletedOrder, { orderId }))?.orderNumber ?? '';
  }

  /** Real days in the window of platform's `calendarDateProblem`, start before end, at most `maxDays` long. */
  private checkPeriod(periodStart: string, periodEnd: string, maxDays: number): SettlementPeriod {
    for (const [field, value] of [['periodStart', periodStart], ['periodEnd', periodEnd]] as const) {
      const problem = calendarDateProblem(value);
      if (problem) throw new ValidationError(`${field} ${problem}.`, { field });
    }
    if (periodStart > periodEnd) {
      throw new ValidationError('The period must be two YYYY-MM-DD dates, start before end.', { field: 'periodStart' });
    }
    if (daysInRange(periodStart, periodEnd) > maxDays) {
      throw new ValidationError(`The period may span at most ${maxDays} days.`, { field: 'periodEnd', maxDays });
    }
    return { from: periodStart, to: periodEnd };
  }
}
