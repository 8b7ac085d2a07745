import { pino } from 'pino';
import { DueWakeups, type BossDb } from './due-wakeups.js';

// ESM jest has no `jest` global: its object is on import.meta.
const { jest: fakeClock } = import.meta as unknown as { jest: typeof jest };

/** The events database's answers, from the (fake) clock: waits for times, and one retry due `retryInMs` from now. */
function eventsDb(retryInMs: number | null = null): BossDb & { statements: number } {
  const db = {
    statements: 0,
    async executeSql(text: string, values: unknown[] = []): Promise<unknown> {
      db.statements += 1;
      if (text.includes('unnest')) {
        const waits = (values[0] as string[]).map((t) => Math.max(0, Math.ceil(Date.parse(t) - Date.now())));
        return { rows: [...new Set(waits)].map((wait_ms) => ({ wait_ms })) };
      }
      return { rows: retryInMs === null ? [] : [{ wait_ms: retryInMs }] };
    },
  };
  return db;
}

function wakeups(db: BossDb) {
  const warnings: string[] = [];
  const log = pino({ level: 'warn' }, { write: (line: string) => warnings.push((JSON.parse(line) as { msg: string }).msg) });
  let woken = 0;
  const due = new DueWakeups({ db, schema: 'pgboss', notify: () => (woken += 1), log });
  return { due, warnings, woken: () => woken };
}

const inMs = (ms: number) => new Date(Date.now() + ms);

beforeEach(() => {
  fakeClock.useFakeTimers();
  // On a slot boundary (a multiple of 250 ms), so the slots below are exact.
  fakeClock.setSystemTime(new Date('2026-12-01T10:00:00.000Z'));
});
afterEach(() => fakeClock.useRealTimers());

describe('DueWakeups: wake a pg-boss worker when jobs it is not told about become due', () => {
  it('times within one quarter second share a timer; a later time has its own', async () => {
    const { due, woken } = wakeups(eventsDb());
    await due.wakeAt([inMs(1010), inMs(1100), inMs(1200)]);
    await due.wakeAt([inMs(1150), inMs(3000)]);
    expect(fakeClock.getTimerCount()).toBe(2);
    fakeClock.advanceTimersByTime(1000);
    expect(woken()).toBe(0);
    fakeClock.advanceTimersByTime(300);
    expect(woken()).toBe(1);
    fakeClock.advanceTimersByTime(2000);
    expect(woken()).toBe(2);
    expect(fakeClock.getTimerCount()).toBe(0);
  });

  it('a retry wakes the worker when due; a job not waiting for a retry sets nothing', async () => {
    const retrying = wakeups(eventsDb(2000));
    await retrying.due.wakeForRetry('orders.on-payment', 'job-1');
    fakeClock.advanceTimersByTime(2300);
    expect(retrying.woken()).toBe(1);

    const done = wakeups(eventsDb(null));
    await done.due.wakeForRetry('orders.on-payment', 'job-2');
    expect(fakeClock.getTimerCount()).toBe(0);
  });

  it('stop clears the timers waiting, and later calls neither read nor set', async () => {
    const db = eventsDb(500);
    const { due, woken } = wakeups(db);
    await due.wakeAt([inMs(1000)]);
    due.stop();
    expect(fakeClock.getTimerCount()).toBe(0);
    await due.wakeAt([inMs(1000)]);
    await due.wakeForRetry('orders.on-payment', 'job-1');
    fakeClock.advanceTimersByTime(5000);
    expect(woken()).toBe(0);
    expect(db.statements).toBe(1);
  });

  it('a wake-up the database cannot give is a warning, not an error for the caller', async () => {
    const broken: BossDb = { executeSql: () => Promise.reject(new Error('connection terminated')) };
    const { due, warnings } = wakeups(broken);
    await expect(due.wakeAt([inMs(1000)])).resolves.toBeUndefined();
    await expect(due.wakeForRetry('orders.on-payment', 'job-1')).resolves.toBeUndefined();
    expect(warnings).toEqual(['wake-up not set; the backstop poll will take the jobs', 'retry wake-up not set; the backstop poll will take the retry']);
  });
});
