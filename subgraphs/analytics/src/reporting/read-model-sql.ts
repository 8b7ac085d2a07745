import type { EntityManager } from '@mikro-orm/postgresql';
import type { SalesDelta } from '../sales/sales-deltas.js';
import { periodStart, type Granularity } from './analytics-calendar.js';

/**
 * The writes of the read models: additive upserts (`insert … on conflict do update set n = n +
 * excluded.n`), so concurrent handlers never lose an increment; an event's rows for every table
 * (and the tables' week/month roll-ups) go in one statement, a generated batch of many orders in
 * a few. The event handlers and the dataset generator share them (`upsert(sql, salesRows(…), …)`).
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

/** PostgreSQL allows 65,535 parameters per statement; statements stay well below it. */
const MAX_PARAMS_PER_STATEMENT = 30_000;

/**
 * Where a day table's whole weeks and months are summed: the same key columns, `day` being the
 * period's first day (a Monday or the 1st), plus `granularity`. Kept by the same statement as
 * the day rows, so the two always agree; long ranges read a period's row instead of its days
 * (analytics-queries.ts).
 */
interface Rollup {
  table: string;
  granularities: Array<Exclude<Granularity, 'DAY'>>;
}

/** A read-model table written by additive upserts (with a roll-up, `keys` start with `day`). Rows are `[...keys, ...set, ...add]`. */
interface Table {
  name: string;
  keys: string[];
  add: string[];
  set?: string[];
  touch?: boolean;
  rollup?: Rollup;
}

/** Rows to add to one table (and its roll-up). */
export interface Upsert {
  table: Table;
  rows: unknown[][];
}

/** Sums rows with the same key (one statement may touch a row only once); `set` columns keep the last value. */
function mergeRows(table: Table, keyCount: number, rows: unknown[][]): unknown[][] {
  const setCount = table.set?.length ?? 0;
  const merged = new Map<string, unknown[]>();
  for (const row of rows) {
    const id = JSON.stringify(row.slice(0, keyCount));
    const into = merged.get(id);
    if (!into) {
      merged.set(id, [...row]);
      continue;
    }
    for (let i = keyCount; i < keyCount + setCount; i += 1) into[i] = row[i];
    for (let i = keyCount + setCount; i < row.length; i += 1) into[i] = Number(into[i]) + Number(row[i]);
  }
  return [...merged.values()];
}

/** The roll-up rows of day rows: one per period and key, `[granularity, periodStart, ...other keys, ...set, ...add]`. */
function rollupRows(table: Table, rollup: Rollup, dayRows: unknown[][]): unknown[][] {
  const rows = rollup.granularities.flatMap((g) => dayRows.map((row) => [g, periodStart(String(row[0]), g), ...row.slice(1)]));
  return mergeRows(table, table.keys.length + 1, rows);
}

/** One `insert … on conflict (keys) do update` adding every `add` column and replacing every `set` column. */
function insertPart(name: string, table: Table, keys: string[], touch: boolean, rows: unknown[][]): { text: string; params: unknown[] } {
  const set = table.set ?? [];
  const all = [...keys, ...set, ...table.add];
  const updates = [...set.map((c) => `${c} = excluded.${c}`), ...table.add.map((c) => `${c} = ${name}.${c} + excluded.${c}`), ...(touch ? ['updated_at = now()'] : [])];
  const tuple = `(${all.map(() => '?').join(', ')}${touch ? ', now()' : ''})`;
  return {
    text: `insert into ${name} (${all.join(', ')}${touch ? ', updated_at' : ''}) values ${rows.map(() => tuple).join(', ')}
      on conflict (${keys.join(', ')}) do update set ${updates.join(', ')}`,
    params: rows.flat(),
  };
}

/** The inserts of one table's rows (and its roll-up's), each small enough for one statement. */
function insertParts(upsert: Upsert): Array<{ text: string; params: unknown[] }> {
  const { table } = upsert;
  const rows = mergeRows(table, table.keys.length, upsert.rows);
  const targets: Array<{ name: string; keys: string[]; touch: boolean; rows: unknown[][] }> = [{ name: table.name, keys: table.keys, touch: !!table.touch, rows }];
  if (table.rollup) targets.push({ name: table.rollup.table, keys: ['granularity', ...table.keys], touch: false, rows: rollupRows(table, table.rollup, rows) });
  return targets.flatMap((target) => {
    const perPart = Math.max(1, Math.floor(MAX_PARAMS_PER_STATEMENT / (target.rows[0]?.length ?? 1)));
    const parts = [];
    for (let i = 0; i < target.rows.length; i += perPart) parts.push(insertPart(target.name, table, target.keys, target.touch, target.rows.slice(i, i + perPart)));
    return parts;
  });
}

/** A statement that is not an additive upsert (an order fact inserted or updated), sent with them. */
export interface RawWrite {
  text: string;
  params: unknown[];
}

export type Write = Upsert | RawWrite;

/**
 * Sends writes to several tables (and their roll-ups) in as few statements as the parameter
 * limit allows: ONE for an event (`with w0 as (insert …), w1 as (update …) insert …`), so an
 * event's read-model writes cost one round trip however many tables it touches. Upserts of the
 * same table are merged first (one statement may touch a row only once).
 */
export async function upsert(sql: Sql, ...writes: Write[]): Promise<void> {
  const byTable = new Map<string, Upsert>();
  const raw: RawWrite[] = [];
  for (const write of writes) {
    if (!('table' in write)) raw.push(write);
    else if (write.rows.length === 0) continue;
    else {
      const same = byTable.get(write.table.name);
      byTable.set(write.table.name, same ? { table: same.table, rows: [...same.rows, ...write.rows] } : write);
    }
  }
  const parts = [...raw, ...[...byTable.values()].flatMap(insertParts)];
  let statement: RawWrite[] = [];
  let params = 0;
  const send = async () => {
    if (statement.length === 0) return;
    const last = statement[statement.length - 1]!;
    const ctes = statement.slice(0, -1).map((p, i) => `w${i} as (${p.text})`);
    await sql.execute(`${ctes.length ? `with ${ctes.join(', ')} ` : ''}${last.text}`, statement.flatMap((p) => p.params));
    statement = [];
    params = 0;
  };
  for (const part of parts) {
    if (params + part.params.length > MAX_PARAMS_PER_STATEMENT) await send();
    statement.push(part);
    params += part.params.length;
  }
  await send();
}

/**
 * What one event writes to the read models, collected while its projector(s) decide and sent
 * as one statement at the end (`send`), by the handler or by a rebuild's replay.
 */
export class ReadModelWrites {
  private readonly writes: Write[] = [];
  /** Days whose headline figures the event changed, with its cause (for live dashboards; replays add none). */
  readonly dashboard: Array<{ date: string; cause: string }> = [];

  dashboardChanged(date: string, cause: string): void {
    if (!this.dashboard.some((d) => d.date === date)) this.dashboard.push({ date, cause });
  }

  add(...writes: Write[]): void {
    this.writes.push(...writes);
  }

  async send(sql: Sql): Promise<void> {
    const writes = this.writes.splice(0);
    if (writes.length) await upsert(sql, ...writes);
  }
}

/** Orders and GMV per day and dimension key, with whole weeks and months in `sales_rollups`. */
const DAILY_SALES: Table = {
  name: 'daily_sales',
  keys: ['day', 'dimension', 'key'],
  set: ['label'],
  add: ['orders', 'gmv_paise', 'net_gmv_paise', 'cancelled_orders', 'refunded_paise', 'cod_orders', 'online_orders'],
  touch: true,
  rollup: { table: 'sales_rollups', granularities: ['WEEK', 'MONTH'] },
};

export function salesRows(deltas: SalesDelta[]): Upsert {
  return {
    table: DAILY_SALES,
    rows: deltas.map((d) => [d.day, d.dimension, d.key, d.label, d.orders, d.gmvPaise, d.netGmvPaise, d.cancelledOrders, d.refundedPaise, d.codOrders, d.onlineOrders]),
  };
}

export interface VendorBuyerDelta {
  vendorId: string;
  day: string;
  buyerId: string;
  orders: number;
}

export function vendorBuyerRows(deltas: VendorBuyerDelta[]): Upsert {
  return { table: { name: 'vendor_buyer_days', keys: ['vendor_id', 'day', 'buyer_id'], add: ['orders'] }, rows: deltas.map((d) => [d.vendorId, d.day, d.buyerId, d.orders]) };
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

export function paymentRows(deltas: PaymentsDelta[]): Upsert {
  return {
    table: { name: 'daily_payments', keys: ['day'], add: PAYMENT_COLUMNS.map(([, column]) => column), touch: true },
    rows: deltas.map((d) => [d.day, ...PAYMENT_COLUMNS.map(([field]) => d[field] ?? 0)]),
  };
}

export function paymentFailureRows(deltas: Array<{ day: string; reason: string; failures: number }>): Upsert {
  return { table: { name: 'daily_payment_failures', keys: ['day', 'reason'], add: ['failures'] }, rows: deltas.map((d) => [d.day, d.reason, d.failures]) };
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

export function fulfilmentRows(deltas: FulfilmentDelta[]): Upsert {
  return {
    table: {
      name: 'daily_fulfilment',
      keys: ['day', 'vendor_id'],
      add: FULFILMENT_COLUMNS.map(([, column]) => column),
      rollup: { table: 'fulfilment_rollups', granularities: ['MONTH'] },
    },
    rows: deltas.map((d) => [d.day, d.vendorId, ...FULFILMENT_COLUMNS.map(([field]) => d[field] ?? 0)]),
  };
}

export function closingReasonRows(deltas: Array<{ day: string; vendorId: string; outcome: string; reason: string; orders: number }>): Upsert {
  return {
    table: {
      name: 'daily_closing_reasons',
      keys: ['day', 'vendor_id', 'outcome', 'reason'],
      add: ['orders'],
      rollup: { table: 'closing_reason_rollups', granularities: ['MONTH'] },
    },
    rows: deltas.map((d) => [d.day, d.vendorId, d.outcome, d.reason, d.orders]),
  };
}

export type DurationMetric = 'TIME_TO_CONFIRM' | 'CONFIRM_TO_DELIVERED' | 'KYC_DECISION' | 'FIRST_RESPONSE';

export function durationRows(deltas: Array<{ day: string; metric: DurationMetric; bucket: number; count: number }>): Upsert {
  return {
    table: { name: 'duration_buckets', keys: ['day', 'metric', 'bucket'], add: ['count'], rollup: { table: 'duration_bucket_rollups', granularities: ['MONTH'] } },
    rows: deltas.map((d) => [d.day, d.metric, d.bucket, d.count]),
  };
}

export function vendorFunnelRows(deltas: Array<{ day: string; submitted?: number; approved?: number; rejected?: number }>): Upsert {
  return {
    table: { name: 'daily_vendor_funnel', keys: ['day'], add: ['submitted', 'approved', 'rejected'] },
    rows: deltas.map((d) => [d.day, d.submitted ?? 0, d.approved ?? 0, d.rejected ?? 0]),
  };
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

export function settlementRows(deltas: SettlementsDelta[]): Upsert {
  return {
    table: { name: 'daily_settlements', keys: ['day'], add: SETTLEMENT_COLUMNS.map(([, column]) => column) },
    rows: deltas.map((d) => [d.day, ...SETTLEMENT_COLUMNS.map(([field]) => d[field] ?? 0)]),
  };
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

export function supportRows(deltas: SupportDelta[]): Upsert {
  return {
    table: { name: 'daily_support', keys: ['day'], add: SUPPORT_COLUMNS.map(([, column]) => column), touch: true },
    rows: deltas.map((d) => [d.day, ...SUPPORT_COLUMNS.map(([field]) => d[field] ?? 0)]),
  };
}

export function disputeOutcomeRows(deltas: Array<{ day: string; outcome: string; disputes: number; refundApprovedPaise: number }>): Upsert {
  return {
    table: { name: 'daily_dispute_outcomes', keys: ['day', 'outcome'], add: ['disputes', 'refund_approved_paise'] },
    rows: deltas.map((d) => [d.day, d.outcome, d.disputes, d.refundApprovedPaise]),
  };
}
