// notifications-drain: a burst of order events → every resulting message accepted by the local
// providers. The events are OrderPlaced rows written straight into the orders subgraph's outbox in
// one transaction (payloads checked against the contract), so the run measures the notification
// pipeline (orders' outbox relay → pg-boss → notifications' inbox, dispatcher, peers' facts, send
// queue, provider calls), not order placement. Latency: event commit (the COMMIT returning here) →
// provider accept (the notification's `sent_at`, set when the provider answered); every message is
// then found at its provider (mail catcher, WhatsApp server, push recorder), once.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { OrderPlaced } from '@realserv/contracts';
import { gql, inParallel, newRegisteredUser, onboardedVendor } from './actors.mjs';
import { cpuBetween, sampleCpu } from './process-cpu.mjs';
import { LATENCY_COLUMNS, pct, round, sleep } from './stats.mjs';

const EVENTS = Number(process.env.BENCH_NOTIFY_EVENTS ?? 1000);
const BUYERS = Number(process.env.BENCH_NOTIFY_BUYERS ?? 20);
const VENDORS = Number(process.env.BENCH_NOTIFY_VENDORS ?? 5);
const TIMEOUT_MS = Number(process.env.BENCH_NOTIFY_TIMEOUT_MS ?? 600_000);
// Idle CPU sampled before the commit (pollers, sweepers, relays), so a drain slowed by a busy
// machine does not charge its longer idle time to each message: the "net" column subtracts it.
const IDLE_SECONDS = Number(process.env.BENCH_NOTIFY_IDLE_SECONDS ?? 10);
const PROVIDER_CHANNELS = ['EMAIL', 'WHATSAPP', 'PUSH', 'SMS'];

const randomPhone = () => `+9197${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;

/** The push recorder answers only with PUSH_TRANSPORT=local; each user registers one device so push is sent. */
async function withDevice(env, user) {
  await gql(env.gatewayUrl, 'mutation D($input: RegisterPushDeviceInput!) { registerPushDevice(input: $input) { id } }', { input: { deviceId: `bench-${randomUUID()}`, token: `bench-token-${randomUUID()}`, platform: 'ANDROID' } }, user.token);
  return user;
}

function requireNotificationsEnv(env) {
  const missing = [
    ['databaseUrls.orders / .notifications', env.databaseUrls?.orders && env.databaseUrls?.notifications],
    ['mailUrl (BENCH_MAIL_URL)', env.mailUrl],
    ['whatsappUrl (BENCH_WHATSAPP_URL)', env.whatsappUrl],
    ['notificationsUrl (BENCH_NOTIFICATIONS_URL)', env.notificationsUrl],
  ].filter(([, value]) => !value);
  if (missing.length) throw new Error(`notifications-drain needs a fresh stack, or with BENCH_GATEWAY_URL also BENCH_DATABASE_URLS, BENCH_MAIL_URL, BENCH_WHATSAPP_URL and BENCH_NOTIFICATIONS_URL; missing ${missing.map(([name]) => name).join(', ')}`);
}

async function json(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}

export const notificationsDrain = {
  name: 'notifications-drain',
  description: `${EVENTS} OrderPlaced events committed at once into orders' outbox → every message (buyer: email, push; vendor: WhatsApp, email, push; plus in-app) accepted by the local providers`,
  prepare: async (env) => {
    requireNotificationsEnv(env);
    const vendors = await inParallel(VENDORS, 3, async (i) => withDevice(env, await onboardedVendor(env, `Bench Notify Traders ${String.fromCharCode(65 + (i % 26))}`, { phone: randomPhone() })));
    const buyers = await inParallel(BUYERS, 5, async () => withDevice(env, await newRegisteredUser(env, 'BUYER', 'Bench Notify Buyer', { phone: randomPhone() })));
    return { env, vendors, buyers };
  },
  columns: [
    ['channel', (r) => r.channel],
    ['messages', (r) => r.messages],
    ['at provider', (r) => r.atProvider],
    ['msgs/s', (r) => r.perSecond],
    ['drain s', (r) => r.drainSeconds],
    ...LATENCY_COLUMNS,
    ['errors', (r) => r.errors],
  ],
  custom: async ({ env, vendors, buyers }) => {
    const orders = new pg.Client({ connectionString: env.databaseUrls.orders });
    const notifications = new pg.Client({ connectionString: env.databaseUrls.notifications });
    await Promise.all([orders.connect(), notifications.connect()]);
    try {
      const events = Array.from({ length: EVENTS }, (_, i) => {
        const buyer = buyers[i % buyers.length];
        const vendor = vendors[i % vendors.length];
        const payload = OrderPlaced.schema.parse({
          orderId: randomUUID(),
          orderNumber: `RS-BENCH-${String(i).padStart(5, '0')}`,
          buyerId: buyer.userId,
          vendorId: vendor.vendorId,
          paymentMethod: 'COD',
          status: 'PLACED',
          totalPaise: 472_000,
        });
        return { id: randomUUID(), payload };
      });
      const ids = events.map((e) => e.id);
      const idleRates = new Map();
      if (IDLE_SECONDS > 0) {
        const idleFrom = sampleCpu();
        const idleStarted = Date.now();
        await sleep(IDLE_SECONDS * 1000);
        for (const p of cpuBetween(idleFrom, sampleCpu())) idleRates.set(p.name, p.seconds / ((Date.now() - idleStarted) / 1000));
      }
      const cpuBefore = sampleCpu();
      // One transaction, as a burst of commits would land: the orders process's relay (its 2 s
      // backstop pass: these rows come from no commit of its own) hands them to pg-boss.
      await orders.query('begin');
      await orders.query(
        `insert into outbox_events (id, type, payload, occurred_at, published_at)
         select id, 'OrderPlaced', payload, now(), null from jsonb_to_recordset($1::jsonb) as e(id uuid, payload jsonb)`,
        [JSON.stringify(events)],
      );
      await orders.query('commit');
      const committedAt = Date.now();

      // Done when every notification of these events has left QUEUED (and the dispatcher made all of them).
      const expectedPerEvent = 7; // buyer: EMAIL, PUSH, IN_APP; vendor: WHATSAPP, EMAIL, PUSH, IN_APP
      let rows = [];
      for (;;) {
        const { rows: counts } = await notifications.query(`select count(*)::int as total, count(*) filter (where status = 'QUEUED')::int as queued from notifications where event_id = any($1::uuid[])`, [ids]);
        if (counts[0].total >= EVENTS * expectedPerEvent && counts[0].queued === 0) break;
        if (Date.now() - committedAt > TIMEOUT_MS) throw new Error(`notifications-drain: not drained after ${TIMEOUT_MS} ms: ${JSON.stringify(counts[0])}`);
        await sleep(250);
      }
      const cpuAfter = sampleCpu();
      const sampledSeconds = (Date.now() - committedAt) / 1000;
      ({ rows } = await notifications.query(
        `select id, channel, status, provider_message_id, extract(epoch from sent_at) * 1000 as sent_ms from notifications where event_id = any($1::uuid[])`,
        [ids],
      ));

      // What the providers hold for these notifications (read once, after the drain).
      const mine = new Set(rows.map((r) => r.id));
      const mail = (await json(`${env.mailUrl}/_local/mail`)).map((m) => m.headers['x-realserv-notification']).filter((id) => mine.has(id));
      const wamids = new Set(rows.filter((r) => r.channel === 'WHATSAPP').map((r) => r.provider_message_id));
      const whatsapp = (await json(`${env.whatsappUrl}/_local/whatsapp/messages`)).messages.map((m) => m.id).filter((id) => wamids.has(id));
      const push = (await json(new URL('/_local/push/messages', env.notificationsUrl))).messages.map((m) => m.message.data?.notificationId).filter((id) => mine.has(id));
      const atProvider = { EMAIL: mail, WHATSAPP: whatsapp, PUSH: push };

      const latencies = (list) => list.map((r) => Number(r.sent_ms) - committedAt).sort((a, b) => a - b);
      // Accepted by the provider: sent_at is set (SENT, or already DELIVERED/READ by a status webhook).
      const row = (channel, list, provided) => {
        const accepted = list.filter((r) => r.sent_ms !== null);
        const lat = latencies(accepted);
        const drainMs = lat.length ? lat[lat.length - 1] : NaN;
        const distinct = provided ? new Set(provided).size : 0;
        return {
          channel,
          messages: list.length,
          atProvider: provided ? distinct : '–',
          perSecond: lat.length ? round(accepted.length / (drainMs / 1000)) : 0,
          drainSeconds: round(drainMs / 1000, 2),
          p50: round(pct(lat, 50)),
          p95: round(pct(lat, 95)),
          p99: round(pct(lat, 99)),
          max: round(drainMs),
          // Never accepted (FAILED), missing at the provider, or there twice.
          errors: list.length - accepted.length + (provided ? accepted.length - distinct + (provided.length - distinct) : 0),
          requests: list.length,
        };
      };
      const providerRows = rows.filter((r) => PROVIDER_CHANNELS.includes(r.channel));
      const channels = [...new Set(providerRows.map((r) => r.channel))].sort();
      const result = [row('all providers', providerRows, null), ...channels.map((c) => row(c, providerRows.filter((r) => r.channel === c), atProvider[c] ?? null))];
      result[0].errors = result.slice(1).reduce((sum, r) => sum + r.errors, 0);
      const inApp = rows.filter((r) => r.channel === 'IN_APP').length;

      const wall = Math.max(...providerRows.map((r) => Number(r.sent_ms) || 0)) - committedAt;
      const cpu = cpuBetween(cpuBefore, cpuAfter).map((p) => ({
        process: p.name,
        pids: p.pids,
        cpuSeconds: round(p.seconds, 2),
        corePercent: round((p.seconds / sampledSeconds) * 100),
        msPerMessage: providerRows.length ? round((p.seconds * 1000) / providerRows.length, 2) : null,
        idleCorePercent: idleRates.has(p.name) ? round(idleRates.get(p.name) * 100) : null,
        netMsPerMessage: providerRows.length && idleRates.has(p.name) ? round((Math.max(0, p.seconds - idleRates.get(p.name) * sampledSeconds) * 1000) / providerRows.length, 2) : null,
      }));
      return {
        rows: result,
        settings: { events: EVENTS, buyers: BUYERS, vendors: VENDORS, perEvent: 'buyer EMAIL+PUSH+IN_APP, vendor WHATSAPP+EMAIL+PUSH+IN_APP' },
        cpu,
        report: [
          `${EVENTS} OrderPlaced events committed in one transaction; ${providerRows.length} provider messages and ${inApp} in-app rows; last provider accept ${round(wall / 1000, 2)} s after the commit`,
          'Latency: COMMIT returned → the provider answered (sent_at); every message found at its provider (mail catcher, WhatsApp server, push recorder) exactly once, else an error',
          `CPU net of idle: each process's CPU rate over ${IDLE_SECONDS} s before the commit, times the drain's ${round(sampledSeconds, 1)} s, subtracted`,
          '| process | CPU s | % of a core | idle % of a core | CPU ms per provider message | net of idle |',
          '|---|---:|---:|---:|---:|---:|',
          ...cpu.map((p) => `| ${p.process}${p.pids > 1 ? ` (${p.pids} processes)` : ''} | ${p.cpuSeconds} | ${p.corePercent} | ${p.idleCorePercent ?? '–'} | ${p.msPerMessage ?? '–'} | ${p.netMsPerMessage ?? '–'} |`),
        ],
      };
    } finally {
      await Promise.all([orders.end(), notifications.end()]);
    }
  },
};
