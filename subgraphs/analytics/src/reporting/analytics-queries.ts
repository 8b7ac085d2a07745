import type { EntityManager } from '@mikro-orm/postgresql';
import { ValidationError } from '@realserv/platform';
import { indiaDay, periodStarts, rangeProblem, type Granularity } from './analytics-calendar.js';
import { percentileFromBuckets } from './duration-buckets.js';
import { NO_SALES, type SalesTotals } from './kpi-maths.js';
import { sqlOf, type DurationMetric } from './read-model-sql.js';

export interface Range {
  from: string;
  to: string;
  granularity: Granularity;
}

export type BreakdownDimension = 'CITY' | 'VENDOR' | 'CATEGORY' | 'MATERIAL';

const SALES_SUMS = `sum(orders)::int as orders, sum(gmv_paise)::bigint as gmv, sum(net_gmv_paise)::bigint as net,
  sum(cancelled_orders)::int as cancelled, sum(refunded_paise)::bigint as refunded, sum(cod_orders)::int as cod, sum(online_orders)::int as online`;

interface SalesSumsRow {
  orders: number;
  gmv: string | number;
  net: string | number;
  cancelled: number;
  refunded: string | number;
  cod: number;
  online: number;
}

const totalsOf = (row: SalesSumsRow | undefined): SalesTotals =>
  row
    ? {
        orders: Number(row.orders ?? 0),
        gmvPaise: Number(row.gmv ?? 0),
        netGmvPaise: Number(row.net ?? 0),
        cancelledOrders: Number(row.cancelled ?? 0),
        refundedPaise: Number(row.refunded ?? 0),
        codOrders: Number(row.cod ?? 0),
        onlineOrders: Number(row.online ?? 0),
      }
    : NO_SALES;

const TRUNC: Record<Granularity, string> = { DAY: 'day', WEEK: 'week', MONTH: 'month' };

/**
 * Every read of the read models: sums over day rows (a year by day is a few hundred rows per
 * dimension key), rolled up to weeks (ISO, from Monday) and months by PostgreSQL's date_trunc.
 * Nothing here reads order facts.
 */
export class AnalyticsQueries {
  /** Checks a range (BAD_USER_INPUT on a bad or too-large one). */
  checkRange(range: Range): void {
    const problem = rangeProblem(range);
    if (problem) throw new ValidationError(`Invalid range: ${problem}.`, { reason: 'INVALID_RANGE' });
  }

  checkDate(date: string): void {
    const problem = rangeProblem({ from: date, to: date, granularity: 'DAY' });
    if (problem) throw new ValidationError(`Invalid date: ${problem.replace(/^from /, '')}.`, { reason: 'INVALID_DATE' });
  }

  today(): string {
    return indiaDay(new Date());
  }

  /** One dimension key's sales per period, empty periods as zeros. */
  async series(em: EntityManager, range: Range, dimension: string, key: string): Promise<Array<SalesTotals & { periodStart: string }>> {
    const rows = await sqlOf(em).execute<SalesSumsRow & { period_start: string }>(
      `select to_char(date_trunc('${TRUNC[range.granularity]}', day), 'YYYY-MM-DD') as period_start, ${SALES_SUMS}
         from daily_sales where dimension = ? and key = ? and day between ? and ? group by 1`,
      [dimension, key, range.from, range.to],
    );
    const byPeriod = new Map(rows.map((r) => [r.period_start, totalsOf(r)]));
    return periodStarts(range.from, range.to, range.granularity).map((periodStart) => ({ periodStart, ...(byPeriod.get(periodStart) ?? NO_SALES) }));
  }

  /** Keys of a dimension over a range, by gross GMV (largest first); labels are per key (max: one aggregate, no sort per group). */
  async breakdown(
    em: EntityManager,
    range: Range,
    dimension: BreakdownDimension | 'VENDOR_MATERIAL',
    limit: number,
    keyPrefix?: string,
  ): Promise<Array<SalesTotals & { key: string; label: string }>> {
    const rows = await sqlOf(em).execute<SalesSumsRow & { key: string; label: string }>(
      `select key, max(label) as label, ${SALES_SUMS}
         from daily_sales where dimension = ? and day between ? and ?${keyPrefix ? ' and starts_with(key, ?)' : ''}
         group by key order by sum(gmv_paise) desc, key limit ?`,
      [dimension, range.from, range.to, ...(keyPrefix ? [keyPrefix] : []), limit],
    );
    return rows.map((r) => ({ key: r.key, label: r.label, ...totalsOf(r) }));
  }

  async dayTotals(em: EntityManager, day: string): Promise<{ sales: SalesTotals; salesUpdatedAt: Date | null; activeVendors: number }> {
    const [row] = await sqlOf(em).execute<SalesSumsRow & { updated_at: Date | null; active_vendors: number }>(
      `select ${SALES_SUMS}, (select max(updated_at) from daily_sales where day = ? and dimension = 'ALL') as updated_at,
              (select count(*)::int from daily_sales where day = ? and dimension = 'VENDOR' and orders > 0) as active_vendors
         from daily_sales where day = ? and dimension = 'ALL' and key = 'all'`,
      [day, day, day],
    );
    return { sales: totalsOf(row?.orders === null ? undefined : row), salesUpdatedAt: row?.updated_at ?? null, activeVendors: Number(row?.active_vendors ?? 0) };
  }

  async payments(em: EntityManager, from: string, to: string) {
    const [row] = await sqlOf(em).execute<Record<string, string | number | Date | null>>(
      `select coalesce(sum(online_captured), 0)::int as online_captured, coalesce(sum(online_captured_paise), 0)::bigint as online_captured_paise,
              coalesce(sum(cod_collected), 0)::int as cod_collected, coalesce(sum(cod_collected_paise), 0)::bigint as cod_collected_paise,
              coalesce(sum(online_failed), 0)::int as online_failed, coalesce(sum(refunds), 0)::int as refunds,
              coalesce(sum(refunded_paise), 0)::bigint as refunded_paise, coalesce(sum(refund_failures), 0)::int as refund_failures,
              max(updated_at) as updated_at
         from daily_payments where day between ? and ?`,
      [from, to],
    );
    const n = (k: string) => Number(row?.[k] ?? 0);
    return {
      onlineCaptured: n('online_captured'),
      onlineCapturedPaise: n('online_captured_paise'),
      codCollected: n('cod_collected'),
      codCollectedPaise: n('cod_collected_paise'),
      onlineFailed: n('online_failed'),
      refunds: n('refunds'),
      refundedPaise: n('refunded_paise'),
      refundFailures: n('refund_failures'),
      updatedAt: (row?.updated_at as Date | null) ?? null,
    };
  }

  async paymentFailures(em: EntityManager, from: string, to: string, limit: number): Promise<Array<{ reason: string; count: number }>> {
    const rows = await sqlOf(em).execute<{ reason: string; count: number }>(
      `select reason, sum(failures)::int as count from daily_payment_failures where day between ? and ? group by reason order by 2 desc, reason limit ?`,
      [from, to, limit],
    );
    return rows.map((r) => ({ reason: r.reason, count: Number(r.count) }));
  }

  async fulfilment(em: EntityManager, from: string, to: string, vendorId?: string) {
    const [row] = await sqlOf(em).execute<Record<string, string | number | null>>(
      `select coalesce(sum(confirmed), 0)::int as confirmed, coalesce(sum(rejected), 0)::int as rejected, coalesce(sum(cancelled), 0)::int as cancelled,
              coalesce(sum(delivered), 0)::int as delivered, coalesce(sum(confirm_seconds_total), 0)::bigint as confirm_seconds
         from daily_fulfilment where day between ? and ?${vendorId ? ' and vendor_id = ?' : ''}`,
      [from, to, ...(vendorId ? [vendorId] : [])],
    );
    const n = (k: string) => Number(row?.[k] ?? 0);
    return { confirmed: n('confirmed'), rejected: n('rejected'), cancelled: n('cancelled'), delivered: n('delivered'), confirmSecondsTotal: n('confirm_seconds') };
  }

  async closingReasons(em: EntityManager, from: string, to: string, limit: number, vendorId?: string): Promise<Array<{ outcome: string; reason: string; count: number }>> {
    const rows = await sqlOf(em).execute<{ outcome: string; reason: string; count: number }>(
      `select outcome, reason, sum(orders)::int as count from daily_closing_reasons where day between ? and ?${vendorId ? ' and vendor_id = ?' : ''}
        group by outcome, reason order by 3 desc, 1, 2 limit ?`,
      [from, to, ...(vendorId ? [vendorId] : []), limit],
    );
    return rows.map((r) => ({ ...r, count: Number(r.count) }));
  }

  /** p50 and p90 of a duration metric over a range, from its buckets. */
  async percentiles(em: EntityManager, metric: DurationMetric, from: string, to: string): Promise<{ count: number; p50: number | null; p90: number | null }> {
    const rows = await sqlOf(em).execute<{ bucket: number; count: number }>(
      `select bucket, sum(count)::int as count from duration_buckets where metric = ? and day between ? and ? group by bucket`,
      [metric, from, to],
    );
    const buckets = new Map(rows.map((r) => [Number(r.bucket), Number(r.count)]));
    const count = [...buckets.values()].reduce((a, b) => a + b, 0);
    return { count, p50: percentileFromBuckets(buckets, 0.5), p90: percentileFromBuckets(buckets, 0.9) };
  }

  async vendorFunnel(em: EntityManager, from: string, to: string) {
    const [row] = await sqlOf(em).execute<Record<string, number | null>>(
      `select coalesce(sum(submitted), 0)::int as submitted, coalesce(sum(approved), 0)::int as approved, coalesce(sum(rejected), 0)::int as rejected
         from daily_vendor_funnel where day between ? and ?`,
      [from, to],
    );
    return { submitted: Number(row?.submitted ?? 0), approved: Number(row?.approved ?? 0), rejected: Number(row?.rejected ?? 0) };
  }

  /** Vendors with at least one order in the range. */
  async activeVendors(em: EntityManager, from: string, to: string): Promise<number> {
    const [row] = await sqlOf(em).execute<{ n: number }>(
      `select count(distinct key)::int as n from daily_sales where dimension = 'VENDOR' and day between ? and ? and orders > 0`,
      [from, to],
    );
    return Number(row?.n ?? 0);
  }

  async settlements(em: EntityManager, from: string, to: string) {
    const [row] = await sqlOf(em).execute<Record<string, string | number | null>>(
      `select coalesce(sum(generated), 0)::int as generated, coalesce(sum(net_payout_paise), 0)::bigint as net_payout,
              coalesce(sum(commission_paise), 0)::bigint as commission, coalesce(sum(gst_on_commission_paise), 0)::bigint as gst_on_commission,
              coalesce(sum(tcs_paise), 0)::bigint as tcs, coalesce(sum(tds_paise), 0)::bigint as tds,
              coalesce(sum(paid), 0)::int as paid, coalesce(sum(paid_paise), 0)::bigint as paid_paise
         from daily_settlements where day between ? and ?`,
      [from, to],
    );
    const n = (k: string) => Number(row?.[k] ?? 0);
    return {
      generated: n('generated'),
      netPayoutPaise: n('net_payout'),
      commissionPaise: n('commission'),
      gstOnCommissionPaise: n('gst_on_commission'),
      tcsPaise: n('tcs'),
      tdsPaise: n('tds'),
      paid: n('paid'),
      paidPaise: n('paid_paise'),
    };
  }

  /** A vendor's buyers in a range, and how many of them ordered more than once in it. */
  async buyers(em: EntityManager, vendorId: string, from: string, to: string): Promise<{ buyers: number; repeatBuyers: number }> {
    const [row] = await sqlOf(em).execute<{ buyers: number; repeat_buyers: number }>(
      `select count(*)::int as buyers, count(*) filter (where orders > 1)::int as repeat_buyers
         from (select buyer_id, sum(orders) as orders from vendor_buyer_days where vendor_id = ? and day between ? and ? group by buyer_id) b`,
      [vendorId, from, to],
    );
    return { buyers: Number(row?.buyers ?? 0), repeatBuyers: Number(row?.repeat_buyers ?? 0) };
  }

  /** Tickets open now (a partial index over the ticket facts). */
  async openTickets(em: EntityManager): Promise<number> {
    const [row] = await sqlOf(em).execute<{ n: number }>(`select count(*)::int as n from ticket_facts where open`);
    return Number(row?.n ?? 0);
  }

  async support(em: EntityManager, from: string, to: string) {
    const [row] = await sqlOf(em).execute<Record<string, string | number | null>>(
      `select coalesce(sum(tickets_opened), 0)::int as tickets_opened, coalesce(sum(tickets_resolved), 0)::int as tickets_resolved,
              coalesce(sum(tickets_reopened), 0)::int as tickets_reopened, coalesce(sum(sla_breaches), 0)::int as sla_breaches,
              coalesce(sum(disputes_opened), 0)::int as disputes_opened, coalesce(sum(dispute_refunded_paise), 0)::bigint as dispute_refunded_paise
         from daily_support where day between ? and ?`,
      [from, to],
    );
    const n = (k: string) => Number(row?.[k] ?? 0);
    return {
      ticketsOpened: n('tickets_opened'),
      ticketsResolved: n('tickets_resolved'),
      ticketsReopened: n('tickets_reopened'),
      slaBreaches: n('sla_breaches'),
      disputesOpened: n('disputes_opened'),
      disputeRefundedPaise: n('dispute_refunded_paise'),
    };
  }

  /** Dispute decisions by outcome, every outcome listed (zeros included), in a fixed order. */
  async disputeOutcomes(em: EntityManager, from: string, to: string): Promise<Array<{ outcome: string; count: number; refundApprovedPaise: number }>> {
    const rows = await sqlOf(em).execute<{ outcome: string; count: number; refund: string | number }>(
      `select outcome, sum(disputes)::int as count, sum(refund_approved_paise)::bigint as refund from daily_dispute_outcomes where day between ? and ? group by outcome`,
      [from, to],
    );
    const byOutcome = new Map(rows.map((r) => [r.outcome, r]));
    return DISPUTE_OUTCOMES.map((outcome) => ({ outcome, count: Number(byOutcome.get(outcome)?.count ?? 0), refundApprovedPaise: Number(byOutcome.get(outcome)?.refund ?? 0) }));
  }
}

const DISPUTE_OUTCOMES = ['FULL_REFUND', 'PARTIAL_REFUND', 'REPLACEMENT', 'REJECTED'] as const;
