import { DashboardAnnouncer } from './dashboard-announcer.js';

/** A clock the test moves, with timers that run when it passes their time. */
function setup() {
  let now = 0;
  const timers: Array<{ at: number; run: () => void }> = [];
  const recorded: Array<{ date: string; cause: string; at: number }> = [];
  const announcer = new DashboardAnnouncer(
    async (date, cause) => void recorded.push({ date, cause, at: now }),
    (error) => {
      throw error;
    },
    { now: () => now, schedule: (run, ms) => void timers.push({ at: now + ms, run }) },
    1_000,
  );
  const advance = (ms: number) => {
    now += ms;
    for (const timer of timers.filter((t) => t.at <= now)) {
      timers.splice(timers.indexOf(timer), 1);
      timer.run();
    }
  };
  return { announcer, recorded, timers, advance };
}

describe('DashboardAnnouncer: at most one live announcement per day per window', () => {
  it('lets the first change of a day announce itself, and tells the rest of the window once at its end with the last cause', async () => {
    const { announcer, recorded, timers, advance } = setup();
    expect(announcer.claim('2026-12-01')).toBe(true);
    for (const cause of ['OrderPlaced', 'OrderPlaced', 'PaymentCaptured']) {
      advance(100);
      expect(announcer.claim('2026-12-01')).toBe(false);
      announcer.deferred('2026-12-01', cause);
    }
    expect(timers).toHaveLength(1);
    advance(699);
    expect(recorded).toEqual([]);
    advance(1);
    expect(recorded).toEqual([{ date: '2026-12-01', cause: 'PaymentCaptured', at: 1_000 }]);
    // The deferred announcement opened a new window: a change inside it waits for its end.
    advance(500);
    expect(announcer.claim('2026-12-01')).toBe(false);
    announcer.deferred('2026-12-01', 'OrderCancelled');
    advance(500);
    expect(recorded.map((r) => [r.cause, r.at])).toEqual([
      ['PaymentCaptured', 1_000],
      ['OrderCancelled', 2_000],
    ]);
  });

  it('announces at once again after a quiet window, and keeps days apart', () => {
    const { announcer, timers, advance } = setup();
    expect(announcer.claim('2026-12-01')).toBe(true);
    expect(announcer.claim('2026-11-30')).toBe(true);
    advance(1_000);
    expect(announcer.claim('2026-12-01')).toBe(true);
    expect(timers).toEqual([]);
  });

  it('never lets a change claim while a deferred announcement of its day waits (that one will cover it)', () => {
    const { announcer, recorded, advance } = setup();
    announcer.claim('2026-12-01');
    advance(900);
    expect(announcer.claim('2026-12-01')).toBe(false);
    announcer.deferred('2026-12-01', 'OrderPlaced');
    advance(200);
    expect(recorded).toHaveLength(1);
    expect(announcer.claim('2026-12-01')).toBe(false);
  });
});
