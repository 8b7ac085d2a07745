import type { EntityManager } from '@mikro-orm/postgresql';
import { ValidationError } from '@realserv/platform';
import { AnalyticsQueries, type BreakdownDimension, type Range } from './analytics-queries.js';
import { averageOrderValuePaise, codSharePercent, onlinePaymentSuccessRate, rate } from './kpi-maths.js';
import type { DashboardKpis, SalesBreakdownRow, SalesPoint } from './analytics.types.js';
import type { FulfilmentAnalytics, PaymentsAnalytics, RevenueAnalytics, SupportAnalytics, VendorOwnAnalytics, VendorsAnalytics } from './operations.types.js';
import { disputeRate } from '../support/support-maths.js';

/** The admin reports: input checks, then sums over the read models (AnalyticsQueries). */
export class AnalyticsReports {
  constructor(readonly queries = new AnalyticsQueries()) {}

  async dashboardKpis(em: EntityManager, date: string | null): Promise<DashboardKpis> {
    const day = date ?? this.queries.today();
    this.queries.checkDate(day);
    const [{ sales, salesUpdatedAt, activeVendors }, payments, openSupportTickets] = await Promise.all([
      this.queries.dayTotals(em, day),
      this.queries.payments(em, day, day),
      this.queries.openTickets(em),
    ]);
    const updated = [salesUpdatedAt, payments.updatedAt].filter((d): d is Date => d !== null).map((d) => new Date(d).getTime());
    return {
      date: day,
      ordersPlaced: sales.orders,
      gmvPaise: sales.gmvPaise,
      netGmvPaise: sales.netGmvPaise,
      averageOrderValuePaise: averageOrderValuePaise(sales),
      codSharePercent: codSharePercent(sales),
      onlinePaymentSuccessRate: onlinePaymentSuccessRate(payments.onlineCaptured, payments.onlineFailed),
      refundsPaise: payments.refundedPaise,
      activeVendors,
      openSupportTickets,
      updatedAt: updated.length ? new Date(Math.max(...updated)) : new Date(),
    };
  }

  async salesSeries(em: EntityManager, range: Range): Promise<SalesPoint[]> {
    this.queries.checkRange(range);
    return this.queries.series(em, range, 'ALL', 'all');
  }

  async salesBreakdown(em: EntityManager, range: Range, by: BreakdownDimension, limit: number): Promise<SalesBreakdownRow[]> {
    this.queries.checkRange(range);
    checkLimit(limit);
    return this.queries.breakdown(em, range, by, limit);
  }
}

export function checkLimit(limit: number): void {
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw new ValidationError('limit must be between 1 and 100.', { reason: 'INVALID_LIMIT' });
}

/** The further reports: payments, fulfilment, vendors, revenue, support, a vendor's own. */
export class OperationsReports {
  constructor(readonly queries = new AnalyticsQueries()) {}

  async support(em: EntityManager, range: Range): Promise<SupportAnalytics> {
    this.queries.checkRange(range);
    const [s, outcomes, firstResponse, fulfilment, openTickets] = await Promise.all([
      this.queries.support(em, range.from, range.to),
      this.queries.disputeOutcomes(em, range.from, range.to),
      this.queries.percentiles(em, 'FIRST_RESPONSE', range.from, range.to),
      this.queries.fulfilment(em, range.from, range.to),
      this.queries.openTickets(em),
    ]);
    return {
      openTickets,
      ticketsOpened: s.ticketsOpened,
      ticketsResolved: s.ticketsResolved,
      ticketsReopened: s.ticketsReopened,
      slaBreaches: s.slaBreaches,
      firstResponses: firstResponse.count,
      firstResponseP50Seconds: firstResponse.p50,
      firstResponseP90Seconds: firstResponse.p90,
      disputesOpened: s.disputesOpened,
      deliveredOrders: fulfilment.delivered,
      disputeRate: disputeRate(s.disputesOpened, fulfilment.delivered),
      disputesResolved: outcomes.reduce((n, o) => n + o.count, 0),
      outcomes,
      disputeRefundApprovedPaise: outcomes.reduce((n, o) => n + o.refundApprovedPaise, 0),
      disputeRefundedPaise: s.disputeRefundedPaise,
    };
  }

  async payments(em: EntityManager, range: Range): Promise<PaymentsAnalytics> {
    this.queries.checkRange(range);
    const [p, failures] = await Promise.all([this.queries.payments(em, range.from, range.to), this.queries.paymentFailures(em, range.from, range.to, 20)]);
    return {
      onlineCaptured: p.onlineCaptured,
      onlineFailed: p.onlineFailed,
      onlineSuccessRate: onlinePaymentSuccessRate(p.onlineCaptured, p.onlineFailed),
      onlineCapturedPaise: p.onlineCapturedPaise,
      codCollected: p.codCollected,
      codCollectedPaise: p.codCollectedPaise,
      refunds: p.refunds,
      refundedPaise: p.refundedPaise,
      refundRate: rate(p.refunds, p.onlineCaptured + p.codCollected),
      refundFailures: p.refundFailures,
      failuresByReason: failures,
    };
  }

  /** All vendors, or one (its decisions and reasons; the duration percentiles stay marketplace-wide). */
  async fulfilment(em: EntityManager, range: Range, vendorId?: string): Promise<FulfilmentAnalytics> {
    this.queries.checkRange(range);
    const [f, toConfirm, toDeliver, reasons] = await Promise.all([
      this.queries.fulfilment(em, range.from, range.to, vendorId),
      this.queries.percentiles(em, 'TIME_TO_CONFIRM', range.from, range.to),
      this.queries.percentiles(em, 'CONFIRM_TO_DELIVERED', range.from, range.to),
      this.queries.closingReasons(em, range.from, range.to, 20, vendorId),
    ]);
    return {
      ...f,
      acceptanceRate: rate(f.confirmed, f.confirmed + f.rejected),
      averageTimeToConfirmSeconds: f.confirmed === 0 ? null : Math.round(f.confirmSecondsTotal / f.confirmed),
      timeToConfirmP50Seconds: toConfirm.p50,
      confirmToDeliveredP50Seconds: toDeliver.p50,
      confirmToDeliveredP90Seconds: toDeliver.p90,
      otpFailures: null,
      closingReasons: reasons,
    };
  }

  async vendors(em: EntityManager, range: Range): Promise<VendorsAnalytics> {
    this.queries.checkRange(range);
    const [funnel, decision, active, top] = await Promise.all([
      this.queries.vendorFunnel(em, range.from, range.to),
      this.queries.percentiles(em, 'KYC_DECISION', range.from, range.to),
      this.queries.activeVendors(em, range.from, range.to),
      this.queries.breakdown(em, range, 'VENDOR', 10),
    ]);
    return {
      kycSubmitted: funnel.submitted,
      kycApproved: funnel.approved,
      kycRejected: funnel.rejected,
      kycDecisionP50Seconds: decision.p50,
      kycDecisionP90Seconds: decision.p90,
      activeVendors: active,
      topVendors: top,
    };
  }

  async revenue(em: EntityManager, range: Range): Promise<RevenueAnalytics> {
    this.queries.checkRange(range);
    const s = await this.queries.settlements(em, range.from, range.to);
    return {
      settlementsGenerated: s.generated,
      netPayoutPaise: s.netPayoutPaise,
      commissionPaise: s.commissionPaise,
      gstOnCommissionPaise: s.gstOnCommissionPaise,
      tcsPaise: s.tcsPaise,
      tdsPaise: s.tdsPaise,
      platformRevenuePaise: s.commissionPaise + s.gstOnCommissionPaise,
      settlementsPaid: s.paid,
      paidOutPaise: s.paidPaise,
    };
  }

  /** One vendor's own figures: its sales by week and material, repeat buyers, acceptance rate. */
  async vendorOwn(em: EntityManager, vendorId: string, range: Range): Promise<VendorOwnAnalytics> {
    this.queries.checkRange(range);
    const [weeks, materials, buyers, f] = await Promise.all([
      this.queries.series(em, { ...range, granularity: 'WEEK' }, 'VENDOR', vendorId),
      this.queries.breakdown(em, range, 'VENDOR_MATERIAL', 20, `${vendorId}|`),
      this.queries.buyers(em, vendorId, range.from, range.to),
      this.queries.fulfilment(em, range.from, range.to, vendorId),
    ]);
    return {
      vendorId,
      salesByWeek: weeks,
      // The key is `vendorId|materialId`: the material id is what the vendor knows.
      salesByMaterial: materials.map((m) => ({ ...m, key: m.key.slice(vendorId.length + 1) })),
      buyers: buyers.buyers,
      repeatBuyers: buyers.repeatBuyers,
      acceptanceRate: rate(f.confirmed, f.confirmed + f.rejected),
    };
  }
}
