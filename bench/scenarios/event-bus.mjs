// event-bus-cost: what the event bus costs PostgreSQL, in statements counted by PostgreSQL itself
// (pg_stat_statements; the devstack's PostgreSQL preloads it). Two windows on a fresh stack:
//   1. idle: nothing but the stack's own loops (queue polls, relay passes, pg-boss maintenance)
//      for BENCH_EVENTS_IDLE_SECONDS → statements per second;
//   2. events: BENCH_EVENTS_ORDERS COD orders placed one after another through the gateway, then
//      until every queue is drained → statements per published event, by part (relay, broker
//      insert, consumers' fetch/complete, inbox, handlers), idle polling in the window subtracted.
// Counts, not timings: they hold on a busy machine. docs/capacity.md ("Event bus") has results.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { buyerWithAddress, gql, placeOrderInput, stockedVendor } from './actors.mjs';
import { round, sleep } from './stats.mjs';

const IDLE_SECONDS = Number(process.env.BENCH_EVENTS_IDLE_SECONDS ?? 60);
const ORDERS = Number(process.env.BENCH_EVENTS_ORDERS ?? 20);
// pg-boss's first supervise pass (a minute after start; retention per queue) is over before the idle window.
const SETTLE_SECONDS = Number(process.env.BENCH_EVENTS_SETTLE_SECONDS ?? 70);
const DRAIN_TIMEOUT_MS = 300_000;

const PLACE_ORDER = 'mutation Place($input: PlaceOrderInput!) { placeOrder(input: $input) { id } }';

/** What a statement is, from its database and normalised text (pg_stat_statements). */
export function statementPart(database, query) {
  const q = query.replace(/\s+/g, ' ').toLowerCase();
  if (/^(begin|commit|rollback|start transaction|savepoint|release)/.test(q)) return database === 'events' ? 'broker: transaction control' : 'subgraphs: transaction control';
  if (database === 'events') {
    if (q.includes('pg_notify(channel, payload)') || q.includes('realserv_live')) return 'relay: live and job notifications';
    if (/from pgboss\.subscription/.test(q)) return 'relay: subscriber lookup';
    if (/insert into pgboss\.job/.test(q)) return 'broker: job insert';
    if (/for update of j skip locked/.test(q)) return 'consumers: fetch';
    if (/update pgboss\.\w+ set completed_on = /.test(q)) return 'consumers: complete';
    if (/update pgboss\.\w+ set .*retry_count/.test(q) || /failjobs|output = \$\d+::jsonb.*state/.test(q)) return 'consumers: fail/retry';
    return 'broker: maintenance, cron, queue cache';
  }
  if (q.includes('outbox_events')) return 'relay: outbox';
  if (q.includes('processed_events')) return 'consumers: inbox';
  return 'subgraphs: requests and handlers';
}

async function snapshot(admin) {
  const { rows } = await admin.query(
    `select d.datname as database, s.query, sum(s.calls)::bigint as calls
       from pg_stat_statements s join pg_database d on d.oid = s.dbid
      where s.query not ilike '%pg_stat_statements%' and s.query not ilike '%bench:event-bus-cost%'
      group by 1, 2`,
  );
  return rows.map((r) => ({ database: r.database, query: r.query, calls: Number(r.calls), part: statementPart(r.database, r.query) }));
}

const sumBy = (rows, key) => {
  const totals = new Map();
  for (const r of rows) totals.set(r[key], (totals.get(r[key]) ?? 0) + r.calls);
  return totals;
};

export const eventBusCost = {
  name: 'event-bus-cost',
  manual: true,
  description: `statements PostgreSQL runs for the event bus: ${IDLE_SECONDS} s idle, then ${ORDERS} COD orders' events end to end (pg_stat_statements)`,
  columns: [
    ['part', (r) => r.part],
    ['idle statements/s', (r) => r.idlePerSecond],
    ['statements per event (net of idle)', (r) => r.perEvent],
  ],
  prepare: async (env) => {
    if (!env.databaseUrls?.orders) throw new Error('event-bus-cost needs a fresh stack (it reads pg_stat_statements on its PostgreSQL)');
    const admin = new pg.Client({ connectionString: new URL('/postgres', env.databaseUrls.orders).toString() });
    await admin.connect();
    try {
      await admin.query('create extension if not exists pg_stat_statements');
      await admin.query('select count(*) from pg_stat_statements');
    } catch (error) {
      await admin.end();
      throw new Error(`pg_stat_statements is not loaded (shared_preload_libraries): ${error.message}`);
    }
    const { vendor, material } = await stockedVendor(env);
    const buyer = await buyerWithAddress(env, 0);
    return { env, admin, vendor, material, buyer };
  },
  custom: async ({ env, admin, vendor, material, buyer }) => {
    const events = new pg.Client({ connectionString: new URL('/events', env.databaseUrls.orders).toString() });
    await events.connect();
    const pending = async () =>
      Number(
        (await events.query(`select count(*) as n from pgboss.job where state in ('created', 'retry', 'active') and start_after <= now() and name not like '\\_\\_%' -- bench:event-bus-cost`))
          .rows[0].n,
      );
    const waitDrained = async () => {
      const started = Date.now();
      while ((await pending()) > 0) {
        if (Date.now() - started > DRAIN_TIMEOUT_MS) throw new Error('event-bus-cost: the queues did not drain');
        await sleep(250);
      }
    };
    const published = async () => {
      let total = 0;
      for (const [name, url] of Object.entries(env.databaseUrls)) {
        if (name === 'events') continue;
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        try {
          const { rows } = await client.query(`select count(*) as n from outbox_events where published_at is not null -- bench:event-bus-cost`).catch(() => ({ rows: [{ n: 0 }] }));
          total += Number(rows[0].n);
        } finally {
          await client.end();
        }
      }
      return total;
    };
    try {
      const { rows: queueRows } = await events.query(`select count(*) as n from pgboss.queue where name not like '\\_\\_%' -- bench:event-bus-cost`);
      const { rows: subscriptionRows } = await events.query(`select count(*) as n from pgboss.subscription -- bench:event-bus-cost`);
      // The set-up's events (onboarding, inventory) are done, then the stack settles.
      await waitDrained();
      await sleep(SETTLE_SECONDS * 1000);

      // 1. Idle.
      await admin.query('select pg_stat_statements_reset()');
      const idleStarted = Date.now();
      await sleep(IDLE_SECONDS * 1000);
      const idle = await snapshot(admin);
      const idleSeconds = (Date.now() - idleStarted) / 1000;

      // 2. Orders, one after another, until every queue is drained.
      const publishedBefore = await published();
      await admin.query('select pg_stat_statements_reset()');
      const busyStarted = Date.now();
      for (let i = 0; i < ORDERS; i++) {
        await gql(env.gatewayUrl, PLACE_ORDER, placeOrderInput(vendor.vendorId, buyer.addressId, material.id, 1, 'COD', randomUUID()), buyer.token);
      }
      await sleep(1000);
      await waitDrained();
      const busy = await snapshot(admin);
      const busySeconds = (Date.now() - busyStarted) / 1000;
      const eventCount = (await published()) - publishedBefore;
      const { rows: deliveries } = await events.query(
        `select count(*) as n from pgboss.job where created_on >= now() - make_interval(secs => $1) and name not like '\\_\\_%' and name <> 'notifications.send' -- bench:event-bus-cost`,
        [busySeconds],
      );

      const idleByPart = sumBy(idle, 'part');
      const busyByPart = sumBy(busy, 'part');
      const parts = [...new Set([...idleByPart.keys(), ...busyByPart.keys()])].sort();
      const rows = parts.map((part) => {
        const idleRate = (idleByPart.get(part) ?? 0) / idleSeconds;
        const net = Math.max(0, (busyByPart.get(part) ?? 0) - idleRate * busySeconds);
        return { part, idlePerSecond: round(idleRate), perEvent: eventCount ? round(net / eventCount, 2) : '–', errors: 0 };
      });
      const idleTotal = [...idleByPart.values()].reduce((a, b) => a + b, 0);
      const busyTotal = [...busyByPart.values()].reduce((a, b) => a + b, 0);
      const netTotal = busyTotal - (idleTotal / idleSeconds) * busySeconds;
      const busRows = rows.filter((r) => !r.part.startsWith('subgraphs: requests'));
      const busPerEvent = busRows.reduce((a, r) => a + (typeof r.perEvent === 'number' ? r.perEvent : 0), 0);
      rows.push({ part: '**all**', idlePerSecond: round(idleTotal / idleSeconds), perEvent: eventCount ? round(netTotal / eventCount, 2) : '–', errors: 0 });
      const top = (list, seconds, count = 12) =>
        [...list]
          .sort((a, b) => b.calls - a.calls)
          .slice(0, count)
          .map((r) => `| ${round(r.calls / seconds, 2)} | ${r.database} | ${r.part} | \`${r.query.replace(/\s+/g, ' ').slice(0, 90).replace(/\|/g, '\\|')}\` |`);
      return {
        rows,
        settings: { idleSeconds: round(idleSeconds), orders: ORDERS, eventsPublished: eventCount, deliveries: Number(deliveries[0].n), queues: Number(queueRows[0].n), subscriptions: Number(subscriptionRows[0].n) },
        report: [
          `queues: ${queueRows[0].n} (pg-boss queues other than its own; ${subscriptionRows[0].n} topic subscriptions)`,
          `idle: ${round(idleTotal / idleSeconds)} statements/s over ${round(idleSeconds)} s`,
          `events: ${ORDERS} orders → ${eventCount} events published, ${deliveries[0].n} queue jobs (deliveries), ${round(busySeconds)} s until drained`,
          `event bus per published event (relay, broker, fetch/complete, inbox, transaction control; net of idle): ${round(busPerEvent, 1)} statements; per delivery ${deliveries[0].n > 0 ? round((busPerEvent * eventCount) / Number(deliveries[0].n), 2) : '–'}`,
          'Top idle statements (per second):',
          '| calls/s | database | part | statement |',
          '|---:|---|---|---|',
          ...top(idle, idleSeconds),
          `Top statements while the orders' events were handled (per published event, idle not subtracted):`,
          '| calls/event | database | part | statement |',
          '|---:|---|---|---|',
          ...top(busy, Math.max(eventCount, 1), 24),
        ],
      };
    } finally {
      await events.end();
      await admin.end();
    }
  },
};
