import type { Logger } from 'pino';

/** What the wake-ups need of a pg-boss: its database (`boss.getDb()`), to read the events database's clock. */
export interface BossDb {
  executeSql(text: string, values?: unknown[]): Promise<unknown>;
}

export interface DueWakeupsOptions {
  /** `boss.getDb()` of the pg-boss whose worker is woken. */
  db: BossDb;
  /** That pg-boss's schema (where its job table is). */
  schema: string;
  /** Wakes the worker (`boss.notifyWorker(workerId)`). */
  notify: () => void;
  log: Logger;
}

/** Times due within one slot share a timer: a busy recipient's or queue's jobs wake the worker once. */
const SLOT_MS = 250;
/** Fired this long after the slot ends, so the job is due by pg-boss's check when the worker fetches. */
const LATE_MS = 50;

/**
 * Wakes one pg-boss worker when jobs that pg-boss does not NOTIFY about become due: jobs inserted
 * with a later `startAfter`, and a failed job's retry (pg-boss sets its backoff with no NOTIFY).
 * The waits are read from the events database (`t − now()`, the clock pg-boss compares with);
 * times within a quarter second share a timer; timers do not hold the process open and are
 * cleared by stop(). A wake-up that cannot be set is logged as a warning: the worker's backstop
 * poll takes the jobs then, as it does when this process dies before they are due.
 */
export class DueWakeups {
  /** Timers by the slot (quarter second) they fire in. */
  private readonly timers = new Map<number, NodeJS.Timeout>();
  private stopped = false;

  constructor(private readonly options: DueWakeupsOptions) {}

  /** Wakes the worker at each of `times` (jobs inserted to start then). */
  async wakeAt(times: Date[]): Promise<void> {
    if (!times.length || this.stopped) return;
    try {
      const { rows } = (await this.options.db.executeSql(
        'select distinct greatest(0, ceil(extract(epoch from (t - now())) * 1000))::int as wait_ms from unnest($1::timestamptz[]) as t',
        [times.map((t) => t.toISOString())],
      )) as { rows: Array<{ wait_ms: number }> };
      for (const { wait_ms: waitMs } of rows) this.wakeIn(waitMs);
    } catch (error) {
      this.options.log.warn({ err: error }, 'wake-up not set; the backstop poll will take the jobs');
    }
  }

  /** Wakes the worker when the retry of job `jobId` of `queue` (just failed) is due; nothing if it will not be retried. */
  async wakeForRetry(queue: string, jobId: string): Promise<void> {
    if (this.stopped) return;
    try {
      const { rows } = (await this.options.db.executeSql(
        `select greatest(0, ceil(extract(epoch from (start_after - now())) * 1000))::int as wait_ms
           from ${this.options.schema}.job where name = $1 and id = $2 and state = 'retry'`,
        [queue, jobId],
      )) as { rows: Array<{ wait_ms: number }> };
      if (rows[0]) this.wakeIn(rows[0].wait_ms);
    } catch (error) {
      this.options.log.warn({ err: error, queue, jobId }, 'retry wake-up not set; the backstop poll will take the retry');
    }
  }

  /** Clears the timers waiting; later calls set none. */
  stop(): void {
    this.stopped = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  private wakeIn(waitMs: number): void {
    if (this.stopped) return;
    const slot = Math.ceil((Date.now() + waitMs) / SLOT_MS);
    if (this.timers.has(slot)) return;
    const timer = setTimeout(() => {
      this.timers.delete(slot);
      this.options.notify();
    }, slot * SLOT_MS - Date.now() + LATE_MS);
    timer.unref();
    this.timers.set(slot, timer);
  }
}
