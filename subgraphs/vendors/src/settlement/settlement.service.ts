import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
  assertId,
  recordEvent,
  requireCaller,
  toPage,
  type DomainEvent,
  type EventBus,
  type Page,
  type PageInput,
  type RequestContext,
} from '@realserv/platform';
import { Vendor } from '../vendor/vendor.entity.js';
import { CompletedOrder, Settlement, SettlementLineRow, SettlementStatus } from './settlement.entities.js';
import { SETTLEMENT_COLUMNS, calculateSettlement, type SettlementLineInput } from './settlement-math.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const indianDate = (at: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Kolkata', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);

export class SettlementService {
  constructor(private readonly events: EventBus | null) {}

  /** OrderCompleted → a settle-able order (idempotent: the order id is the key). */
  async recordCompletedOrder(event: DomainEvent<Record<string, unknown>>, em: EntityManager): Promise<void> {
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
   * Settles every vendor's completed, unsettled orders in the period: each order exactly once
   * (row locks here, a unique index on the line's order id underneath). Re-running a period
   * creates nothing new and returns what exists.
   */
  async generate(ctx: RequestContext, periodStart: string, periodEnd: string): Promise<Settlement[]> {
    if (!DATE.test(periodStart) || !DATE.test(periodEnd) || periodStart > periodEnd) {
      throw new ValidationError('The period must be two YYYY-MM-DD dates, start before end.', { field: 'periodStart' });
    }
    const vendorIds = (
      await ctx.em.find(CompletedOrder, { completedOn: { $gte: periodStart, $lte: periodEnd }, settlementId: null }, { fields: ['vendorId'] })
    ).map((o) => o.vendorId);
    for (const vendorId of new Set(vendorIds)) {
      await ctx.em.fork().transactional(async (em) => {
        const orders = await em.find(
          CompletedOrder,
          { vendorId, completedOn: { $gte: periodStart, $lte: periodEnd }, settlementId: null },
          { lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE, orderBy: { completedOn: 'asc', orderId: 'asc' } },
        );
        if (!orders.length) return;
        const vendor = await em.findOne(Vendor, { id: vendorId });
        const previous = await em.findOne(Settlement, { vendorId }, { orderBy: { periodEnd: 'desc', createdAt: 'desc' } });
        if (previous && previous.periodEnd >= periodStart && !(previous.periodStart === periodStart && previous.periodEnd === periodEnd)) {
          throw new ConflictError(`Vendor ${vendorId} already has a settlement overlapping this period.`, { reason: 'OVERLAPPING_PERIOD' });
        }
        const lines: SettlementLineInput[] = orders.map((o) => ({
          orderId: o.orderId,
          completedOn: o.completedOn,
          paymentMethod: o.paymentMethod,
          grossPaise: o.grossPaise,
          taxableValuePaise: o.grossPaise - o.gstPaise,
          gstPaise: o.gstPaise,
          platformLiableLabourGstPaise: o.platformLiableLabourGstPaise,
        }));
        const result = calculateSettlement({
          vendor: { commissionRateBasisPoints: vendor?.commissionRateBasisPoints ?? 1000, hasPan: Boolean(vendor?.pan) },
          period: { from: periodStart, to: periodEnd },
          lines,
          openingBalanceOwedPaise: previous?.carriedForwardPaise ?? 0,
        });
        const settlement = em.create(Settlement, {
          vendorId,
          periodStart,
          periodEnd,
          totals: result.totals,
          openingBalanceOwedPaise: result.openingBalanceOwedPaise,
          netPayoutPaise: result.netPayoutPaise,
          carriedForwardPaise: result.carriedForwardPaise,
        });
        result.lines.forEach((line, i) => {
          const amounts: Record<string, number> = {};
          for (const column of SETTLEMENT_COLUMNS) amounts[column] = line[column];
          em.create(SettlementLineRow, {
            settlementId: settlement.id,
            orderId: line.orderId,
            orderNumber: orders[i]!.orderNumber,
            completedOn: line.completedOn,
            paymentMethod: line.paymentMethod,
            amounts,
          });
          orders[i]!.settlementId = settlement.id;
        });
        recordEvent(em, 'SettlementGenerated', { settlementId: settlement.id, vendorId, netPayoutPaise: result.netPayoutPaise });
      });
    }
    this.events?.kick();
    return ctx.em.find(Settlement, { periodStart, periodEnd }, { orderBy: { vendorId: 'asc' } });
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
      recordEvent(em, 'SettlementPaid', { settlementId: settlement.id, vendorId: settlement.vendorId, bankReference });
      return settlement;
    });
  }

  async listMine(ctx: RequestContext, page: PageInput | undefined): Promise<Page<Settlement>> {
    const vendorId = this.callerVendorId(ctx);
    const [items, total] = await ctx.em.findAndCount(Settlement, { vendorId }, { orderBy: { periodEnd: 'desc' }, offset: page?.offset ?? 0, limit: page?.limit ?? 20 });
    return toPage(items, total, page);
  }

  async find(ctx: RequestContext, id: string): Promise<Settlement> {
    const settlement = await ctx.em.findOne(Settlement, { id: assertId(id) });
    const caller = requireCaller(ctx);
    if (!settlement || !(caller.roles.includes('ADMIN') || caller.vendorId === settlement.vendorId)) throw new NotFoundError('Settlement', id);
    return settlement;
  }

  /** What the vendor would be paid for a period (settled or not yet): for the dashboard and the WhatsApp bot. */
  async earnings(ctx: RequestContext, periodStart: string, periodEnd: string) {
    const vendorId = this.callerVendorId(ctx);
    if (!DATE.test(periodStart) || !DATE.test(periodEnd) || periodStart > periodEnd) {
      throw new ValidationError('The period must be two YYYY-MM-DD dates, start before end.', { field: 'periodStart' });
    }
    const orders = await ctx.em.find(CompletedOrder, { vendorId, completedOn: { $gte: periodStart, $lte: periodEnd } });
    const vendor = await ctx.em.findOne(Vendor, { id: vendorId });
    const result = calculateSettlement({
      vendor: { commissionRateBasisPoints: vendor?.commissionRateBasisPoints ?? 1000, hasPan: Boolean(vendor?.pan) },
      period: { from: periodStart, to: periodEnd },
      lines: orders.map((o) => ({
        orderId: o.orderId,
        completedOn: o.completedOn,
        paymentMethod: o.paymentMethod,
        grossPaise: o.grossPaise,
        taxableValuePaise: o.grossPaise - o.gstPaise,
        gstPaise: o.gstPaise,
        platformLiableLabourGstPaise: o.platformLiableLabourGstPaise,
      })),
    });
    return { completedOrders: orders.length, totals: result.totals, netPayoutPaise: result.netPayoutPaise, carriedForwardPaise: result.carriedForwardPaise };
  }

  private callerVendorId(ctx: RequestContext): string {
    const caller = requireCaller(ctx);
    if (!caller.roles.includes('VENDOR') || !caller.vendorId) throw new ForbiddenError('Vendors only.');
    return caller.vendorId;
  }
}
