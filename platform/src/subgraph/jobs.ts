import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';

/**
 * Work a subgraph repeats on a timer (sweeps, reconciliation). Being safe on every instance at
 * once is the job's own business (row locks); platform only runs it.
 */
export interface BackgroundJob {
  /** Names the job in logs ("<name> failed; will retry"). */
  name: string;
  /** Seconds between runs; 0 turns the job off. */
  everySeconds: number;
  /** One run, with an EntityManager of its own (a fresh fork each time). */
  run: (em: EntityManager) => Promise<void>;
}

/**
 * Work a subgraph does on the calendar (e.g. every Monday 02:00 India time), through pg-boss's
 * cron in the events database: one job per occurrence for all instances together, retried when
 * it fails, and one run after an outage for the occurrences missed. The run must be safe to
 * repeat (a retry, or an admin running the same work by hand).
 */
export interface ScheduledJob {
  /** Names the job's queue (`<subgraph>.<name>`) and its log lines. */
  name: string;
  /** Five-field cron expression, read in `tz`. */
  cron: string;
  /** IANA time zone of the cron expression, e.g. Asia/Kolkata. */
  tz: string;
  /** One run, with an EntityManager of its own (a fresh fork). */
  run: (em: EntityManager) => Promise<void>;
}

/** The two timer functions jobs need; tests pass a clock they advance by hand. */
export interface JobTimers {
  setInterval(run: () => void, ms: number): { unref(): unknown };
  clearInterval(timer: { unref(): unknown }): void;
}

export interface RunningJobs {
  /** Clears the timers and waits for the runs in progress. */
  stop(): Promise<void>;
}

/**
 * Runs every job every `everySeconds`. A run still going when the next is due makes that one
 * skip; a failed run is logged and the next one tries again. Timers never keep the process alive.
 */
export function startJobs(
  jobs: BackgroundJob[],
  orm: Pick<MikroORM, 'em'>,
  log: Pick<Logger, 'error'>,
  clock: JobTimers = { setInterval: (run, ms) => setInterval(run, ms), clearInterval: (timer) => clearInterval(timer as NodeJS.Timeout) },
): RunningJobs {
  let stopped = false;
  const timers: Array<{ unref(): unknown }> = [];
  const inProgress = new Set<Promise<void>>();
  for (const job of jobs) {
    if (job.everySeconds <= 0) continue;
    let running = false;
    const timer = clock.setInterval(() => {
      if (running || stopped) return;
      running = true;
      const run = job
        .run(orm.em.fork() as EntityManager)
        .catch((error: unknown) => log.error({ err: error, job: job.name }, `${job.name} failed; will retry`))
        .finally(() => {
          running = false;
          inProgress.delete(run);
        });
      inProgress.add(run);
    }, job.everySeconds * 1000);
    timer.unref();
    timers.push(timer);
  }
  return {
    async stop() {
      stopped = true;
      for (const timer of timers) clock.clearInterval(timer);
      await Promise.all(inProgress);
    },
  };
}
