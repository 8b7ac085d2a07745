// notify-fanout: what one PostgreSQL NOTIFY costs per process that LISTENs on its channel. pg-boss's
// own NOTIFY goes out on one channel per schema, so with it each listening pg-boss instance (and its
// backend) woke for every job inserted anywhere in the stack, whether it worked that queue or not;
// the event bus now wakes consumers on a channel per subgraph instead (docs/events.md, "Delivery").
// This measures the price of one such wake-up on this machine:
// BENCH_FANOUT_NOTIFIES notifications, BENCH_FANOUT_GAP_MS apart (one at a time, as jobs arrive
// under load, not back to back), first with no listener, then with BENCH_FANOUT_LISTENERS
// processes listening. PostgreSQL's CPU is read from /proc (a fresh stack: `npm run bench --
// notify-fanout`); against a running stack only the listeners' own CPU is known. Manual.
import { fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { sampleCpu } from './process-cpu.mjs';
import { sleep } from './stats.mjs';

const NOTIFIES = Number(process.env.BENCH_FANOUT_NOTIFIES ?? 1500);
const LISTENERS = Number(process.env.BENCH_FANOUT_LISTENERS ?? 9);
const GAP_MS = Number(process.env.BENCH_FANOUT_GAP_MS ?? 3);
const LISTENER = fileURLToPath(new URL('./notify-listener.mjs', import.meta.url));

const round = (n, digits = 0) => (n === null ? null : Math.round(n * 10 ** digits) / 10 ** digits);

function startListener(connectionString, channel) {
  return new Promise((resolve, reject) => {
    const child = fork(LISTENER, [connectionString, channel], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`notify listener exited with ${code} before it listened`)));
    child.once('message', () => {
      child.removeAllListeners('exit');
      resolve(child);
    });
  });
}

function stopListener(child) {
  return new Promise((resolve, reject) => {
    child.once('message', resolve);
    child.once('exit', (code) => code === 0 || reject(new Error(`notify listener exited with ${code}`)));
    child.send('report');
  });
}

/** PostgreSQL's CPU seconds so far, or null where its processes cannot be seen (a running stack). */
function postgresSeconds() {
  const entry = sampleCpu().get('postgresql');
  return entry ? entry.seconds : null;
}

export const notifyFanout = {
  name: 'notify-fanout',
  manual: true,
  description: `CPU per NOTIFY per listening process: ${NOTIFIES} notifications ${GAP_MS} ms apart, with 0 and ${LISTENERS} listeners`,
  columns: [
    ['listeners', (r) => r.listeners],
    ['PostgreSQL µs/NOTIFY', (r) => r.postgresUs ?? '–'],
    ['listeners µs/NOTIFY', (r) => r.listenersUs],
    ['µs per listener per NOTIFY (PostgreSQL + process, over no listener)', (r) => r.perListenerUs ?? '–'],
    ['delivered', (r) => `${r.delivered}/${r.expected}`],
  ],
  prepare: async (env) => {
    if (!env.databaseUrls?.orders) throw new Error('notify-fanout needs the stack\'s PostgreSQL (a fresh stack, or BENCH_DATABASE_URLS)');
    // The events database, beside the subgraphs' on the same server (as event-bus-cost finds it).
    return { connectionString: new URL('/events', env.databaseUrls.orders).toString() };
  },
  custom: async ({ connectionString }) => {
    const sender = new pg.Client({ connectionString, application_name: 'bench-notify-sender' });
    await sender.connect();
    const rows = [];
    let children = [];
    try {
      for (const listeners of [0, LISTENERS]) {
        const channel = `bench_fanout_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
        children = await Promise.all(Array.from({ length: listeners }, () => startListener(connectionString, channel)));
        const pgBefore = postgresSeconds();
        for (let i = 0; i < NOTIFIES; i++) {
          await sleep(GAP_MS);
          await sender.query('select pg_notify($1, $2)', [channel, `job ${i % 5}`]);
        }
        // The last ones are delivered.
        await sleep(500);
        const pgAfter = postgresSeconds();
        const reports = await Promise.all(children.map(stopListener));
        children = [];
        const listenerMs = reports.reduce((sum, r) => sum + r.cpuMs, 0);
        rows.push({
          listeners,
          postgresUs: pgBefore === null || pgAfter === null ? null : round(((pgAfter - pgBefore) * 1e6) / NOTIFIES),
          listenersUs: round((listenerMs * 1000) / NOTIFIES),
          delivered: reports.reduce((sum, r) => sum + r.received, 0),
          expected: listeners * NOTIFIES,
          errors: 0,
        });
      }
    } finally {
      for (const child of children) child.kill();
      await sender.end();
    }
    const [none, some] = rows;
    if (some.listeners > 0) {
      const extra = (some.postgresUs === null ? 0 : some.postgresUs - none.postgresUs) + some.listenersUs;
      some.perListenerUs = some.postgresUs === null ? null : round(extra / some.listeners);
    }
    return {
      rows,
      report: [
        'PostgreSQL: every backend of the stack, so the stack\'s own background work is in both rows; the difference is the listeners\'.',
        'With pg-boss\'s own NOTIFY a job insert was one such wake-up for every listening pg-boss instance; the event bus wakes only its queue\'s subgraph (docs/events.md).',
      ],
      settings: { notifies: NOTIFIES, listeners: LISTENERS, gapMs: GAP_MS },
    };
  },
};
