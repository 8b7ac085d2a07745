import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { MikroORM } from '@mikro-orm/postgresql';
import { costOfThisRequest, countRequestCost, createLogger, migrateUp, openDatabase, subgraphEntities, type EventContract } from '@realserv/platform';
import { analyticsSubgraph } from '../../subgraphs/analytics/src/schema.js';
import { countings, countEvent, recordDashboardChange, type Counting } from '../../subgraphs/analytics/src/reporting/read-model-handlers.js';
import { ReadModelProjector } from '../../subgraphs/analytics/src/reporting/read-model-projector.js';
import { SupportProjector } from '../../subgraphs/analytics/src/support/support-projector.js';
import { AnalyticsRebuild } from '../../subgraphs/analytics/src/reporting/analytics-rebuild.js';
import { AnalyticsQueries } from '../../subgraphs/analytics/src/reporting/analytics-queries.js';
import { generateHistory } from '../../subgraphs/analytics/src/dataset/generate-history.js';
import { sqlOf } from '../../subgraphs/analytics/src/reporting/read-model-sql.js';
import { DashboardAnnouncer } from '../../subgraphs/analytics/src/reporting/dashboard-announcer.js';
import { serverUrl } from '../harness/subgraph-db.js';
import { ERASED_REASON, eraseCancellationReasons } from '../../subgraphs/analytics/src/reporting/buyer-erasure.js';

/**
 * The read models' writes against a real PostgreSQL in a database of this test's own (so the
 * rebuild here empties nothing another test counted on the shared stack): statements per event,
 * roll-ups equal to the sums of their day rows, and a rebuild that gives the same tables back.
 */

/** Instants on India days in January and February 2026 (UTC+05:30: 06:30 UTC is noon in India). */
const at = (date: string, hour = 6) => `${date}T${String(hour).padStart(2, '0')}:30:00.000Z`;

const vendorId = randomUUID();
const buyerId = randomUUID();
const orders = [randomUUID(), randomUUID(), randomUUID()];
const ticketId = randomUUID();
const lines = [
  { materialId: randomUUID(), name: 'Cement', categoryId: randomUUID(), categoryName: 'Cement', totalPaise: 60_000 },
  { materialId: null, name: 'Mason', categoryId: randomUUID(), categoryName: 'Mason', totalPaise: 40_000 },
];
const placed = (orderId: string, paymentMethod: 'ONLINE' | 'COD') => ({ orderId, vendorId, buyerId, paymentMethod, totalPaise: 100_000 });
const enrichment = { city: 'Pune', vendorName: 'Shree Traders', lines };
const settlement = { netPayoutPaise: 90_000, commissionPaise: 8_000, gstOnCommissionPaise: 1_440, tcsPaise: 500, tdsPaise: 60 };

/** One life of each kind of event analytics counts: [event type, when, payload, the peers' facts]. */
const LIFE: Array<[string, string, Record<string, unknown>, Record<string, unknown> | null]> = [
  ['VendorOnboarded', at('2026-01-02'), { vendorId }, null],
  ['VendorKycApproved', at('2026-01-03'), { vendorId }, null],
  ['OrderPlaced', at('2026-01-30'), placed(orders[0]!, 'ONLINE'), enrichment],
  ['OrderPaid', at('2026-01-30', 7), { orderId: orders[0] }, null],
  ['PaymentCaptured', at('2026-01-30', 7), { orderId: orders[0], method: 'ONLINE', amountPaise: 100_000 }, null],
  ['OrderConfirmed', at('2026-01-31'), { orderId: orders[0] }, null],
  ['OrderDelivered', at('2026-02-02'), { orderId: orders[0] }, null],
  ['RefundProcessed', at('2026-02-03'), { orderId: orders[0], amountPaise: 20_000, processedAt: at('2026-02-03'), disputeId: randomUUID() }, null],
  ['OrderPlaced', at('2026-02-01'), placed(orders[1]!, 'COD'), enrichment],
  ['OrderCancelled', at('2026-02-04'), { orderId: orders[1], buyerId, actor: 'BUYER', reason: 'Wrong site address' }, null],
  ['OrderPlaced', at('2026-02-27'), placed(orders[2]!, 'COD'), enrichment],
  ['OrderRejected', at('2026-03-02'), { orderId: orders[2], reason: 'Out of stock' }, null],
  ['PaymentFailed', at('2026-02-05'), { reason: 'card declined' }, null],
  ['RefundFailed', at('2026-02-05'), { orderId: orders[0] }, null],
  ['SettlementGenerated', at('2026-02-09'), { settlementId: randomUUID() }, settlement],
  ['SettlementPaid', at('2026-02-10'), { settlementId: randomUUID() }, settlement],
  ['TicketOpened', at('2026-02-11'), { ticketId }, null],
  ['TicketReplied', at('2026-02-11', 8), { ticketId, authorRole: 'ADMIN' }, null],
  ['TicketStatusChanged', at('2026-02-12'), { ticketId, from: 'OPEN', to: 'RESOLVED' }, { firstResponseDueAt: at('2026-02-11', 9), resolutionDueAt: at('2026-02-13'), firstResponseAt: at('2026-02-11', 8) }],
  ['DisputeOpened', at('2026-02-12'), { disputeId: randomUUID() }, null],
  ['DisputeResolved', at('2026-02-14'), { disputeId: randomUUID(), outcome: 'PARTIAL_REFUND', refundPaise: 20_000 }, null],
];

/**
 * SQL statements each event costs in its handler's transaction after the inbox row: BEGIN,
 * the reads it needs (an order's, vendor's or ticket's fact, locked), ONE statement with the log
 * row and every table's (and roll-up's) writes, the outbox row when the live dashboard is told,
 * COMMIT. docs/analytics.md lists the same counts with the ones before.
 */
const STATEMENTS: Record<string, number> = {
  VendorOnboarded: 4,
  VendorKycApproved: 4,
  OrderPlaced: 4,
  OrderPaid: 5,
  PaymentCaptured: 4,
  OrderConfirmed: 4,
  OrderDelivered: 4,
  RefundProcessed: 5,
  OrderCancelled: 5,
  OrderRejected: 5,
  PaymentFailed: 4,
  RefundFailed: 3,
  SettlementGenerated: 3,
  SettlementPaid: 3,
  TicketOpened: 5,
  TicketReplied: 4,
  TicketStatusChanged: 5,
  DisputeOpened: 3,
  DisputeResolved: 3,
};

/** Roll-up tables, their day tables, and the key and summed columns they share. */
const ROLLUPS = [
  { rollup: 'sales_rollups', daily: 'daily_sales', keys: ['dimension', 'key'], sums: ['orders', 'gmv_paise', 'net_gmv_paise', 'cancelled_orders', 'refunded_paise', 'cod_orders', 'online_orders'], granularities: ['WEEK', 'MONTH'] },
  { rollup: 'fulfilment_rollups', daily: 'daily_fulfilment', keys: ['vendor_id'], sums: ['confirmed', 'rejected', 'cancelled', 'delivered', 'confirm_seconds_total'], granularities: ['MONTH'] },
  { rollup: 'closing_reason_rollups', daily: 'daily_closing_reasons', keys: ['vendor_id', 'outcome', 'reason'], sums: ['orders'], granularities: ['MONTH'] },
  { rollup: 'duration_bucket_rollups', daily: 'duration_buckets', keys: ['metric', 'bucket'], sums: ['count'], granularities: ['MONTH'] },
];

let orm: MikroORM;
let list: Array<Counting<EventContract>>;
/** The read models as the handlers left them after LIFE (before any generated history). */
let afterEvents: Record<string, unknown[]>;

beforeAll(async () => {
  const name = `analytics_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const admin = new pg.Client({ connectionString: serverUrl('postgres') });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  orm = await openDatabase({
    clientUrl: serverUrl(name),
    entities: subgraphEntities(analyticsSubgraph),
    migrations: analyticsSubgraph.migrations,
    poolMax: 2,
    log: createLogger('analytics-read-model-test', 'silent'),
  });
  await migrateUp(orm);
  // The peers are not called here: each event comes with the facts they would have given.
  const none = null as never;
  list = countings(new ReadModelProjector(), none, none, { projector: new SupportProjector(), orders: none });
});

afterAll(async () => {
  await orm?.close(true);
});

async function rows(sql: string): Promise<unknown[]> {
  return orm.em.fork().getConnection().execute(sql);
}

/** Every read-model row, in a fixed order, to compare before and after a rebuild. */
async function snapshot(): Promise<Record<string, unknown[]>> {
  const tables = ['daily_sales', 'vendor_buyer_days', 'daily_payments', 'daily_payment_failures', 'daily_fulfilment', 'daily_closing_reasons', 'duration_buckets', 'daily_vendor_funnel', 'daily_settlements', 'daily_support', 'daily_dispute_outcomes'];
  const out: Record<string, unknown[]> = {};
  for (const table of [...tables, ...ROLLUPS.map((r) => r.rollup)]) {
    const values = await rows(`select * from ${table}`);
    out[table] = values.map((v) => JSON.stringify({ ...(v as object), updated_at: undefined })).sort();
  }
  return out;
}

describe('analytics read models on PostgreSQL', () => {
  it('counts each event in a few statements (one write statement for every table and roll-up it changes)', async () => {
    const byType = new Map(list.map((c) => [c.contract.name, c]));
    const counted: Record<string, number> = {};
    for (const [type, occurredAt, payload, facts] of LIFE) {
      const statements = await countRequestCost(async () => {
        await orm.em.fork().transactional((em) => countEvent(em, byType.get(type)!, { id: randomUUID(), type, occurredAt, payload: payload as never }, facts));
        return costOfThisRequest()!.statements;
      });
      counted[type] = Math.max(counted[type] ?? 0, statements);
    }
    expect(counted).toEqual(STATEMENTS);

    // The events did what they say: three orders placed, one cancelled and one rejected; one refund of 200 rupees.
    const [all] = (await rows(`select sum(orders)::int as orders, sum(cancelled_orders)::int as cancelled, sum(refunded_paise)::int as refunded, sum(net_gmv_paise)::int as net
      from daily_sales where dimension = 'ALL'`)) as Array<Record<string, number>>;
    expect(all).toEqual({ orders: 3, cancelled: 2, refunded: 20_000, net: 80_000 });
    afterEvents = await snapshot();
  });

  it('tells the live dashboard in the first event of a day in a window only: the next one writes no outbox row and is deferred', async () => {
    const announcer = new DashboardAnnouncer(async () => undefined, () => undefined, { now: () => 0, schedule: () => undefined });
    const orderPlaced = list.find((c) => c.contract.name === 'OrderPlaced')!;
    const rolledBack = new Error('rolled back');
    const seen: Array<{ statements: number; deferred: unknown[]; outbox: number }> = [];
    await countRequestCost(() =>
      orm.em
        .fork()
        .transactional(async (em) => {
          const told = async () => (await sqlOf(em).execute<{ n: number }>(`select count(*)::int as n from outbox_events where type = 'DashboardKpisChanged'`))[0]!.n;
          const toldBefore = await told();
          for (let i = 0; i < 2; i += 1) {
            const before = costOfThisRequest()!.statements;
            const payload = placed(randomUUID(), 'COD');
            const deferred = await countEvent(em, orderPlaced, { id: randomUUID(), type: 'OrderPlaced', occurredAt: at('2026-03-05'), payload: payload as never }, enrichment, announcer);
            await em.flush();
            const statements = costOfThisRequest()!.statements - before;
            seen.push({ statements, deferred, outbox: (await told()) - toldBefore });
          }
          throw rolledBack; // nothing of it stays: the rebuild below compares with the events above
        })
        .catch((error: unknown) => {
          if (error !== rolledBack) throw error;
        }),
    );
    expect(seen).toEqual([
      { statements: 2, deferred: [], outbox: 1 },
      { statements: 1, deferred: [{ date: '2026-03-05', cause: 'OrderPlaced' }], outbox: 1 },
    ]);

    // The deferred announcement, as the subgraph wires it: one outbox row of its own.
    const told = `select count(*)::int as n from outbox_events where type = 'DashboardKpisChanged' and payload->>'date' = '2026-03-05'`;
    await recordDashboardChange(orm)('2026-03-05', 'OrderPlaced');
    expect(await rows(told)).toEqual([{ n: 1 }]);
  });

  it('keeps week and month roll-ups equal to the sums of their day rows, for events and for generated history', async () => {
    await generateHistory(sqlOf(orm.em.fork()), { orders: 2_000, vendors: 5, cities: 3, days: 120, lastDay: '2026-04-30', batchSize: 700 });
    for (const { rollup, daily, keys, sums, granularities } of ROLLUPS) {
      for (const g of granularities) {
        const fromDays = `select date_trunc('${g.toLowerCase()}', day::timestamp)::date as day, ${keys.join(', ')}, ${sums.map((c) => `sum(${c})::bigint as ${c}`).join(', ')}
          from ${daily} group by 1, ${keys.map((_, i) => i + 2).join(', ')}`;
        const kept = `select day, ${keys.join(', ')}, ${sums.map((c) => `${c}::bigint`).join(', ')} from ${rollup} where granularity = '${g}'`;
        const [difference] = (await rows(`select (select count(*) from (${fromDays} except ${kept}) a)::int as missing, (select count(*) from (${kept} except ${fromDays}) b)::int as extra,
          (select count(*) from (${kept}) k)::int as periods`)) as Array<{ missing: number; extra: number; periods: number }>;
        expect({ table: rollup, granularity: g, ...difference, periods: difference!.periods > 0 }).toEqual({ table: rollup, granularity: g, missing: 0, extra: 0, periods: true });
      }
    }
  });

  it('answers a range from whole months and its partial ends as the day rows would', async () => {
    const queries = new AnalyticsQueries();
    const em = orm.em.fork();
    // 2026-01-15 .. 2026-04-10: half a month, two whole months (from the roll-ups), ten days.
    const range = { from: '2026-01-15', to: '2026-04-10' };
    const byDay = await queries.series(em, { ...range, granularity: 'DAY' }, 'ALL', 'all');
    const byMonth = await queries.series(em, { ...range, granularity: 'MONTH' }, 'ALL', 'all');
    const byWeek = await queries.series(em, { ...range, granularity: 'WEEK' }, 'ALL', 'all');
    const total = (points: Array<{ orders: number; gmvPaise: number; netGmvPaise: number }>) =>
      points.reduce((t, p) => ({ orders: t.orders + p.orders, gmvPaise: t.gmvPaise + p.gmvPaise, netGmvPaise: t.netGmvPaise + p.netGmvPaise }), { orders: 0, gmvPaise: 0, netGmvPaise: 0 });
    expect(total(byDay).orders).toBeGreaterThan(100);
    expect(total(byMonth)).toEqual(total(byDay));
    expect(total(byWeek)).toEqual(total(byDay));
    const february = byDay.filter((p) => p.periodStart.startsWith('2026-02'));
    expect(byMonth.find((p) => p.periodStart === '2026-02-01')!.orders).toBe(february.reduce((n, p) => n + p.orders, 0));

    const [sums] = (await rows(`select sum(gmv_paise)::bigint as gmv from daily_sales where dimension = 'CITY' and day between '${range.from}' and '${range.to}'`)) as Array<{ gmv: string }>;
    const cities = await queries.breakdown(em, { ...range, granularity: 'DAY' }, 'CITY', 100);
    expect(cities.reduce((n, c) => n + c.gmvPaise, 0)).toBe(Number(sums!.gmv));
    const fulfilment = await queries.fulfilment(em, range.from, range.to);
    const [daily] = (await rows(`select sum(delivered)::int as delivered, sum(rejected)::int as rejected from daily_fulfilment where day between '${range.from}' and '${range.to}'`)) as Array<{ delivered: number; rejected: number }>;
    expect([fulfilment.delivered, fulfilment.rejected]).toEqual([daily!.delivered, daily!.rejected]);
  });

  it('rebuildAnalytics gives back exactly what the handlers counted, roll-ups included (generated history is not in the log)', async () => {
    const none = null as never;
    const rebuild = new AnalyticsRebuild(orm, countings(new ReadModelProjector({ announce: false }), none, none, { projector: new SupportProjector({ announce: false }), orders: none }));
    expect(await rebuild.rebuild()).toEqual({ replayedEvents: LIFE.length });
    expect(afterEvents.sales_rollups!.length).toBeGreaterThan(0);
    expect(await snapshot()).toEqual(afterEvents);
  });

  it('erases a deleted buyer’s cancellation reason in one read and two writes: its count moves to the marker in days and months, the log says the same (a rebuild gives it back), a second run changes nothing', async () => {
    const erase = () =>
      countRequestCost(async () => {
        const erased = await orm.em.fork().transactional((em) => eraseCancellationReasons(em, buyerId));
        return { erased, statements: costOfThisRequest()!.statements };
      });
    // BEGIN, the buyer's cancellations, the moved counts with the rewritten log, the emptied rows, COMMIT.
    expect(await erase()).toEqual({ erased: 1, statements: 5 });
    const reasons = async (table: string) => (await rows(`select to_char(day, 'YYYY-MM-DD') as day, outcome, reason, orders from ${table} order by day`)) as unknown[];
    expect(await reasons('daily_closing_reasons')).toEqual([
      { day: '2026-02-04', outcome: 'CANCELLED', reason: ERASED_REASON, orders: 1 },
      { day: '2026-03-02', outcome: 'REJECTED', reason: 'Out of stock', orders: 1 },
    ]);
    expect(await reasons('closing_reason_rollups')).toEqual([
      { day: '2026-02-01', outcome: 'CANCELLED', reason: ERASED_REASON, orders: 1 },
      { day: '2026-03-01', outcome: 'REJECTED', reason: 'Out of stock', orders: 1 },
    ]);
    expect(await rows(`select payload->>'reason' as reason from counted_events where type = 'OrderCancelled'`)).toEqual([{ reason: ERASED_REASON }]);
    const erased = await snapshot();
    expect(erased).toEqual({ ...afterEvents, daily_closing_reasons: expect.any(Array), closing_reason_rollups: expect.any(Array) });

    const none = null as never;
    await new AnalyticsRebuild(orm, countings(new ReadModelProjector({ announce: false }), none, none, { projector: new SupportProjector({ announce: false }), orders: none })).rebuild();
    expect(await snapshot()).toEqual(erased);
    // Delivered again: nothing left to erase, nothing moves.
    expect((await erase()).erased).toBe(0);
    expect(await snapshot()).toEqual(erased);
  });
});
