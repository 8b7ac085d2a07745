import type { EntityManager } from '@mikro-orm/postgresql';
import { mergeSalesDeltas, type SalesDelta } from '../sales/sales-deltas.js';

/**
 * The writes of the read models: additive upserts (`insert … on conflict do update set n = n +
 * excluded.n`), so concurrent handlers never lose an increment and a batch of many orders is
 * one statement per table. The event handlers and the dataset generator share them.
 */
export interface Sql {
  execute<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
}

/** Statements in the EntityManager's transaction (the handler's, with its inbox row). */
export function sqlOf(em: EntityManager): Sql {
  return {
    execute: <T>(text: string, params: unknown[] = []) => em.getConnection().execute<T[]>(text, params, 'all', em.getTransactionContext()),
  };
}

/** PostgreSQL allows 65,535 parameters per statement; batches stay well below it. */
const MAX_ROWS_PER_STATEMENT = 2_000;

/**
 * `insert into table (key columns, value columns) values … on conflict (keys) do update` adding
 * every `add` column and replacing every `set` column. Rows must be distinct by key.
 */
async function upsertAdding(
  sql: Sql,
  table: string,
  columns: { keys: string[]; add: string[]; set?: string[]; touch?: boolean },
  rows: unknown[][],
): Promise<void> {
  const all = [...columns.keys, ...(columns.set ?? []), ...columns.add];
  const updates = [
    ...(columns.set ?? []).map((c) => `${c} = excluded.${c}`),
    ...columns.add.map((c) => `${c} = ${table}.${c} + excluded.${c}`),
    ...(columns.touch ? ['updated_at = now()'] : []),
  ];
  for (let i = 0; i < rows.length; i += MAX_ROWS_PER_STATEMENT) {
    const batch = rows.slice(i, i + MAX_ROWS_PER_STATEMENT);
    const tuple = `(${all.map(() => '?').join(', ')}${columns.touch ? ', now()' : ''})`;
    await sql.execute(
      `insert into ${table} (${all.join(', ')}${columns.touch ? ', updated_at' : ''}) values ${batch.map(() => tuple).join(', ')}
        on conflict (${columns.keys.join(', ')}) do update set ${updates.join(', ')}`,
      batch.flat(),
    );
  }
}

/** Sums deltas of the same row first: one statement may touch a row only once. */
function mergeBy<T>(rows: T[], key: (row: T) => string, add: (into: T, row: T) => void): T[] {
  const merged = new Map<string, T>();
  for (const row of rows) {
    const k = key(row);
    const into = merged.get(k);
    if (into) add(into, row);
    else merged.set(k, { ...row });
  }
  return [...merged.values()];
}

export async function addSales(sql: Sql, deltas: SalesDelta[]): Promise<void> {
  const rows = mergeSalesDeltas(deltas).map((d) => [
    d.day,
    d.dimension,
    d.key,
    d.label,
    d.orders,
    d.gmvPaise,
    d.netGmvPaise,
    d.cancelledOrders,
    d.refundedPaise,
    d.codOrders,
    d.onlineOrders,
  ]);
  await upsertAdding(
    sql,
    'daily_sales',
    {
      keys: ['day', 'dimension', 'key'],
      set: ['label'],
      add: ['orders', 'gmv_paise', 'net_gmv_paise', 'cancelled_orders', 'refunded_paise', 'cod_orders', 'online_orders'],
      touch: true,
    },
    rows,
  );
}

export interface VendorBuyerDelta {
  vendorId: string;
  day: string;
  buyerId: string;
  orders: number;
}

export async function addVendorBuyers(sql: Sql, deltas: VendorBuyerDelta[]): Promise<void> {
  const rows = mergeBy(deltas, (d) => `${d.vendorId}|${d.day}|${d.buyerId}`, (a, b) => void (a.orders += b.orders));
  await upsertAdding(sql, 'vendor_buyer_days', { keys: ['vendor_id', 'day', 'buyer_id'], add: ['orders'] }, rows.map((d) => [d.vendorId, d.day, d.buyerId, d.orders]));
}

export interface PaymentsDelta {
  day: string;
  onlineCaptured?: number;
  onlineCapturedPaise?: number;
  codCollected?: number;
  codCollectedPaise?: number;
  onlineFailed?: number;
  refunds?: number;
  refundedPaise?: number;
  refundFailures?: number;
}

const PAYMENT_COLUMNS = [
  ['onlineCaptured', 'online_captured'],
  ['onlineCapturedPaise', 'online_captured_paise'],
  ['codCollected', 'cod_collected'],
  ['codCollectedPaise', 'cod_collected_paise'],
  ['onlineFailed', 'online_failed'],
  ['refunds', 'refunds'],
  ['refundedPaise', 'refunded_paise'],
  ['refundFailures', 'refund_failures'],
] as const;

export async function addPayments(sql: Sql, deltas: PaymentsDelta[]): Promise<void> {
  const rows = mergeBy(deltas, (d) => d.day, (a, b) => {
    for (const [field] of PAYMENT_COLUMNS) a[field] = (a[field] ?? 0) + (b[field] ?? 0);
  });
  await upsertAdding(
    sql,
    'daily_payments',
    { keys: ['day'], add: PAYMENT_COLUMNS.map(([, column]) => column), touch: true },
    rows.map((d) => [d.day, ...PAYMENT_COLUMNS.map(([field]) => d[field] ?? 0)]),
  );
}

export async function addPaymentFailures(sql: Sql, deltas: Array<{ day: string; reason: string; failures: number }>): Promise<void> {
  const rows = mergeBy(deltas, (d) => `${d.day}|${d.reason}`, (a, b) => void (a.failures += b.failures));
  await upsertAdding(sql, 'daily_payment_failures', { keys: ['day', 'reason'], add: ['failures'] }, rows.map((d) => [d.day, d.reason, d.failures]));
}

export interface FulfilmentDelta {
  day: string;
  vendorId: string;
  confirmed?: number;
  rejected?: number;
  cancelled?: number;
  delivered?: number;
  confirmSecondsTotal?: number;
}

const FULFILMENT_COLUMNS = [
  ['confirmed', 'confirmed'],
  ['rejected', 'rejected'],
  ['cancelled', 'cancelled'],
  ['delivered', 'delivered'],
  ['confirmSecondsTotal', 'confirm_seconds_total'],
] as const;

export async function addFulfilment(sql: Sql, deltas: FulfilmentDelta[]): Promise<void> {
  const rows = mergeBy(deltas, (d) => `${d.day}|${d.vendorId}`, (a, b) => {
    for (const [field] of FULFILMENT_COLUMNS) a[field] = (a[field] ?? 0) + (b[field] ?? 0);
  });
  await upsertAdding(
    sql,
    'daily_fulfilment',
    { keys: ['day', 'vendor_id'], add: FULFILMENT_COLUMNS.map(([, column]) => column) },
    rows.map((d) => [d.day, d.vendorId, ...FULFILMENT_COLUMNS.map(([field]) => d[field] ?? 0)]),
  );
}

export async function addClosingReasons(sql: Sql, deltas: Array<{ day: string; vendorId: string; outcome: string; reason: string; orders: number }>): Promise<void> {
  const rows = mergeBy(deltas, (d) => `${d.day}|${d.vendorId}|${d.outcome}|${d.reason}`, (a, b) => void (a.orders += b.orders));
  await upsertAdding(
    sql,
    'daily_closing_reasons',
    { keys: ['day', 'vendor_id', 'outcome', 'reason'], add: ['orders'] },
    rows.map((d) => [d.day, d.vendorId, d.outcome, d.reason, d.orders]),
  );
}

export type DurationMetric = 'TIME_TO_CONFIRM' | 'CONFIRM_TO_DELIVERED' | 'KYC_DECISION' | 'FIRST_RESPONSE';

export async function addDurations(sql: Sql, deltas: Array<{ day: string; metric: DurationMetric; bucket: number; count: number }>): Promise<void> {
  const rows = mergeBy(deltas, (d) => `${d.day}|${d.metric}|${d.bucket}`, (a, b) => void (a.count += b.count));
  await upsertAdding(sql, 'duration_buckets', { keys: ['day', 'metric', 'bucket'], add: ['count'] }, rows.map((d) => [d.day, d.metric, d.bucket, d.count]));
}

export async function addVendorFunnel(sql: Sql, deltas: Array<{ day: string; submitted?: number; approved?: number; rejected?: number }>): Promise<void> {
  const rows = mergeBy(deltas, (d) => d.day, (a, b) => {
    a.submitted = (a.submitted ?? 0) + (b.submitted ?? 0);
    a.approved = (a.approved ?? 0) + (b.approved ?? 0);
    a.rejected = (a.rejected ?? 0) + (b.rejected ?? 0);
  });
  await upsertAdding(
    sql,
    'daily_vendor_funnel',
    { keys: ['day'], add: ['submitted', 'approved', 'rejected'] },
    rows.map((d) => [d.day, d.submitted ?? 0, d.approved ?? 0, d.rejected ?? 0]),
  );
}

export interface SettlementsDelta {
  day: string;
  generated?: number;
  netPayoutPaise?: number;
  commissionPaise?: number;
  gstOnCommissionPaise?: number;
  tcsPaise?: number;
  tdsPaise?: number;
  paid?: number;
  paidPaise?: number;
}

const SETTLEMENT_COLUMNS = [
  ['generated', 'generated'],
  ['netPayoutPaise', 'net_payout_paise'],
  ['commissionPaise', 'commission_paise'],
  ['gstOnCommissionPaise', 'gst_on_commission_paise'],
  ['tcsPaise', 'tcs_paise'],
  ['tdsPaise', 'tds_paise'],
  ['paid', 'paid'],
  ['paidPaise', 'paid_paise'],
] as const;

export async function addSettlements(sql: Sql, deltas: SettlementsDelta[]): Promise<void> {
  const rows = mergeBy(deltas, (d) => d.day, (a, b) => {
    for (const [field] of SETTLEMENT_COLUMNS) a[field] = (a[field] ?? 0) + (b[field] ?? 0);
  });
  await upsertAdding(
    sql,
    'daily_settlements',
    { keys: ['day'], add: SETTLEMENT_COLUMNS.map(([, column]) => column) },
    rows.map((d) => [d.day, ...SETTLEMENT_COLUMNS.map(([field]) => d[field] ?? 0)]),
  );
}

export interface SupportDelta {
  day: string;
  ticketsOpened?: number;
  ticketsResolved?: number;
  ticketsReopened?: number;
  slaBreaches?: number;
  disputesOpened?: number;
  disputeRefundedPaise?: number;
}

const SUPPORT_COLUMNS = [
  ['ticketsOpened', 'tickets_opened'],
  ['ticketsResolved', 'tickets_resolved'],
  ['ticketsReopened', 'tickets_reopened'],
  ['slaBreaches', 'sla_breaches'],
  ['disputesOpened', 'disputes_opened'],
  ['disputeRefundedPaise', 'dispute_refunded_paise'],
] as const;

export async function addSupport(sql: Sql, deltas: SupportDelta[]): Promise<void> {
  const rows = mergeBy(deltas, (d) => d.day, (a, b) => {
    for (const [field] of SUPPORT_COLUMNS) a[field] = (a[field] ?? 0) + (b[field] ?? 0);
  });
  await upsertAdding(
    sql,
    'daily_support',
    { keys: ['day'], add: SUPPORT_COLUMNS.map(([, column]) => column), touch: true },
    rows.map((d) => [d.day, ...SUPPORT_COLUMNS.map(([field]) => d[field] ?? 0)]),
  );
}

export async function addDisputeOutcomes(sql: Sql, deltas: Array<{ day: string; outcome: string; disputes: number; refundApprovedPaise: number }>): Promise<void> {
  const rows = mergeBy(deltas, (d) => `${d.day}|${d.outcome}`, (a, b) => {
    a.disputes += b.disputes;
    a.refundApprovedPaise += b.refundApprovedPaise;
  });
  await upsertAdding(
    sql,
    'daily_dispute_outcomes',
    { keys: ['day', 'outcome'], add: ['disputes', 'refund_approved_paise'] },
    rows.map((d) => [d.day, d.outcome, d.disputes, d.refundApprovedPaise]),
  );
}
