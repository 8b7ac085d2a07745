import type { EntityManager } from '@mikro-orm/postgresql';
import { ValidationError } from '@realserv/platform';
import { indiaDay, periodStarts, rangeProblem, wholePeriods, type Granularity } from './analytics-calendar.js';
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

/** Day tables with week/month roll-ups (read-model-sql.ts writes both), and the columns reports read. */
const ROLLED_UP = {
  daily_sales: { rollup: 'sales_rollups', columns: 'day, dimension, key, label, orders, gmv_paise, net_gmv_paise, cancelled_orders, refunded_paise, cod_orders, online_orders' },
  daily_fulfilment: { rollup: 'fulfilment_rollups', columns: 'day, vendor_id, confirmed, rejected, cancelled, delivered, confirm_seconds_total' },
  daily_closing_reasons: { rollup: 'closing_reason_rollups', columns: 'day, vendor_id, outcome, reason, orders' },
  duration_buckets: { rollup: 'duration_bucket_rollups', columns: 'day, metric, bucket, count' },
} as const;

/**
 * A day table over [from, to], as a subquery with the table's name and columns: the whole
 * periods inside the range from its roll-up, the days at either end from the day table
 * (`day` is a period's first day in the roll-up rows). PostgreSQL pushes the caller's `where`
 * into each branch, so each reads its own index and a year is about a dozen month rows plus at
 * most two partial months of days per key.
 */
function over(table: keyof typeof ROLLED_UP, from: string, to: string, granularity: Granularity = 'MONTH'): { text: string; params: unknown[] } {
  const { rollup, columns } = ROLLED_UP[table];
  const whole = granularity === 'DAY' ? null : wholePeriods(from, to, granularity);
  if (!whole) return { text: `(select ${columns} from ${table} where day between ? and ?) ${table}`, params: [from, to] };
  return {
    text: `(select ${columns} from ${table} where day >= ? and day < ?
      union all select ${columns} from ${rollup} where granularity = ? and day between ? and ?
      union all select ${columns} from ${table} where day > ? and day <= ?) ${table}`,
    params: [from, whole.first, granularity, whole.first, whole.last, whole.lastEnd, to],
  };
}

/** LIKE's pattern for keys starting with `prefix`. */
const startingWith = (prefix: string) => `${prefix.replace(/[\\%_]/g, '\\$&')}%`;

/**
 * Every read of the read models: sums over day rows and, for whole weeks and months inside a
 * range, over their roll-up rows (`over`); periods by PostgreSQL's date_trunc (ISO weeks from
 * Monday). Nothing here reads order facts.
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
    // Periods of the series' own granularity (a DAY series reads days only).
    const source = over('daily_sales', range.from, range.to, range.granularity);
    const rows = await sqlOf(em).execute<SalesSumsRow & { period_start: string }>(
      `select to_char(date_trunc('${TRUNC[range.granularity]}', day::timestamp), 'YYYY-MM-DD') as period_start, ${SALES_SUMS}
         from ${source.text} where dimension = ? and key = ? group by 1`,
      [...source.params, dimension, key],
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
    const source = over('daily_sales', range.from, range.to);
    const rows = await sqlOf(em).execute<SalesSumsRow & { key: string; label: string }>(
      `select key, max(label) as label, ${SALES_SUMS}
         from ${source.text} where dimension = ?${keyPrefix ? ' and key like ?' : ''}
         group by key order by sum(gmv_paise) desc, key limit ?`,
      [...source.params, dimension, ...(keyPrefix ? [startingWith(keyPrefix)] : []), limit],
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
    const source = over('daily_fulfilment', from, to);
    const [row] = await sqlOf(em).execute<Record<string, string | number | null>>(
      `select coalesce(sum(confirmed), 0)::int as confirmed, coalesce(sum(rejected), 0)::int as rejected, coalesce(sum(cancelled), 0)::int as cancelled,
              coalesce(sum(delivered), 0)::int as delivered, coalesce(sum(confirm_seconds_total), 0)::bigint as confirm_seconds
         from ${source.text}${vendorId ? ' where vendor_id = ?' : ''}`,
      [...source.params, ...(vendorId ? [vendorId] : [])],
    );
    const n = (k: string) => Number(row?.[k] ?? 0);
    return { confirmed: n('confirmed'), rejected: n('rejected'), cancelled: n('cancelled'), delivered: n('delivered'), confirmSecondsTotal: n('confirm_seconds') };
  }

  async closingReasons(em: EntityManager, from: string, to: string, limit: number, vendorId?: string): Promise<Array<{ outcome: string; reason: string; count: number }>> {
    const source = over('daily_closing_reasons', from, to);
    const rows = await sqlOf(em).execute<{ outcome: string; reason: string; count: number }>(
      `select outcome, reason, sum(orders)::int as count from ${source.text}${vendorId ? ' where vendor_id = ?' : ''}
        group by outcome, reason order by 3 desc, 1, 2 limit ?`,
      [...source.params, ...(vendorId ? [vendorId] : []), limit],
    );
    return rows.map((r) => ({ ...r, count: Number(r.count) }));
  }

  /** p50 and p90 of a duration metric over a range, from its buckets. */
  async percentiles(em: EntityManager, metric: DurationMetric, from: string, to: string): Promise<{ count: number; p50: number | null; p90: number | null }> {
    const source = over('duration_buckets', from, to);
    const rows = await sqlOf(em).execute<{ bucket: number; count: number }>(
      `select bucket, sum(count)::int as count from ${source.text} where metric = ? group by bucket`,
      [...source.params, metric],
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
    // A period row has orders > 0 exactly when one of its days has (orders only ever grow).
    const source = over('daily_sales', from, to);
    const [row] = await sqlOf(em).execute<{ n: number }>(
      `select count(distinct key)::int as n from ${source.text} where dimension = 'VENDOR' and orders > 0`,
      source.params,
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
