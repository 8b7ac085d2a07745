import type { EntityManager } from '@mikro-orm/postgresql';
import { ValidationError } from '@realserv/platform';
import { AnalyticsQueries, type BreakdownDimension, type Range } from './analytics-queries.js';
import { averageOrderValuePaise, codSharePercent, onlinePaymentSuccessRate } from './kpi-maths.js';
import type { DashboardKpis, SalesBreakdownRow, SalesPoint } from './analytics.types.js';

/** The admin reports: input checks, then sums over the read models (AnalyticsQueries). */
export class AnalyticsReports {
  constructor(readonly queries = new AnalyticsQueries()) {}

  async dashboardKpis(em: EntityManager, date: string | null): Promise<DashboardKpis> {
    const day = date ?? this.queries.today();
    this.queries.checkDate(day);
    const [{ sales, salesUpdatedAt, activeVendors }, payments] = await Promise.all([this.queries.dayTotals(em, day), this.queries.payments(em, day, day)]);
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
      // Support events are not consumed yet (docs/analytics.md, "Support").
      openSupportTickets: null,
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
