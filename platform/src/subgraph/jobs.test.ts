import type { EntityManager } from '@mikro-orm/postgresql';
import { startJobs, type BackgroundJob, type JobTimers } from './jobs.js';

/** A clock advanced by hand: `tick(ms)` fires every interval due by then. */
function manualClock() {
  const intervals: Array<{ run: () => void; ms: number; elapsed: number; cleared: boolean; unref: () => void }> = [];
  const clock: JobTimers = {
    setInterval: (run, ms) => {
      const timer = { run, ms, elapsed: 0, cleared: false, unref: () => undefined };
      intervals.push(timer);
      return timer;
    },
    clearInterval: (timer) => {
      (timer as (typeof intervals)[number]).cleared = true;
    },
  };
  const tick = (ms: number) => {
    for (const timer of intervals) {
      if (timer.cleared) continue;
      timer.elapsed += ms;
      while (timer.elapsed >= timer.ms) {
        timer.elapsed -= timer.ms;
        timer.run();
      }
    }
  };
  return { clock, tick, intervals };
}

/** A job whose runs stay open until the test finishes them. */
function heldJob(everySeconds: number) {
  const runs: Array<{ em: EntityManager; finish: (error?: Error) => void }> = [];
  const job: BackgroundJob = {
    name: 'test sweep',
    everySeconds,
    run: (em) => new Promise<void>((resolve, reject) => runs.push({ em, finish: (error) => (error ? reject(error) : resolve()) })),
  };
  return { job, runs };
}

const settle = () => new Promise<void>((resolve) => setImmediate(resolve));
let forks = 0;
const orm = { em: { fork: () => ({ fork: ++forks }) } } as never;

/** One held job started on a manual clock, with the errors it logged. */
function started(everySeconds: number) {
  const { clock, tick, intervals } = manualClock();
  const { job, runs } = heldJob(everySeconds);
  const errors: Array<{ context: unknown; message: string }> = [];
  const log = { error: (context: unknown, message: string) => errors.push({ context, message }) } as never;
  const jobs = startJobs([job], orm, log, clock);
  return { jobs, tick, intervals, runs, errors };
}

describe('background jobs', () => {
  it('run every N seconds, each with its own EntityManager fork', async () => {
    const { tick, runs } = started(60);
    tick(59_999);
    expect(runs).toHaveLength(0);
    tick(1);
    expect(runs).toHaveLength(1);
    runs[0]!.finish();
    await settle();
    tick(60_000);
    expect(runs).toHaveLength(2);
    expect(runs[1]!.em).not.toBe(runs[0]!.em);
  });

  it('skip a run while the previous one is still going', async () => {
    const { tick, runs } = started(1);
    tick(1000);
    tick(1000);
    tick(1000);
    expect(runs).toHaveLength(1);
    runs[0]!.finish();
    await settle();
    tick(1000);
    expect(runs).toHaveLength(2);
  });

  it('log a failed run and try again at the next one', async () => {
    const { tick, runs, errors } = started(1);
    tick(1000);
    runs[0]!.finish(new Error('database away'));
    await settle();
    expect(errors).toEqual([{ context: expect.objectContaining({ job: 'test sweep' }), message: 'test sweep failed; will retry' }]);
    tick(1000);
    expect(runs).toHaveLength(2);
  });

  it('never start a job set to 0 seconds', () => {
    expect(started(0).intervals).toHaveLength(0);
  });

  it('stop: no run starts afterwards, and it waits for the run in progress', async () => {
    const { jobs, tick, intervals, runs } = started(1);
    tick(1000);
    let stopped = false;
    const stopping = jobs.stop().then(() => (stopped = true));
    await settle();
    expect(stopped).toBe(false);
    expect(intervals.every((timer) => timer.cleared)).toBe(true);
    runs[0]!.finish();
    await stopping;
    expect(stopped).toBe(true);
    tick(5000);
    expect(runs).toHaveLength(1);
  });
});
