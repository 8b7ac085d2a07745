/** What the announcer needs of time: the clock and a timer (tests drive both). */
export interface AnnouncerClock {
  now: () => number;
  schedule: (run: () => void, ms: number) => void;
}

const REAL_CLOCK: AnnouncerClock = {
  now: () => Date.now(),
  schedule: (run, ms) => void setTimeout(run, ms).unref(),
};

/** At most one `DashboardKpisChanged` per day per second (per replica). */
export const DASHBOARD_ANNOUNCE_WINDOW_MS = 1_000;

/**
 * Coalesces the live dashboard's announcements (#12: every order placed used to record one
 * `DashboardKpisChanged`, an outbox row, a relay transaction and a NOTIFY that every gateway
 * parses, 6 a second under the seed mix): at most ONE per India day per window.
 *
 * - The first change of a day in a window is told by its own event's transaction (`claim`
 *   inside it returns true: the handler records the event there, as before, announced after
 *   commit).
 * - Changes in the rest of the window are told once, at its end (`deferred`, called AFTER
 *   their transaction committed, so the announcement always follows every change it covers):
 *   `record` writes one `DashboardKpisChanged` in a transaction of its own.
 *
 * A listener therefore sees each change at most a window late, never misses the last one, and
 * re-reads figures that include every change announced. Best effort, as the live feed is: a
 * replica stopped inside a window drops its deferred announcement (the next change tells it).
 */
export class DashboardAnnouncer {
  private readonly lastAt = new Map<string, number>();
  private readonly pending = new Map<string, { cause: string }>();

  constructor(
    private readonly record: (date: string, cause: string) => Promise<void>,
    private readonly onError: (error: unknown) => void,
    private readonly clock: AnnouncerClock = REAL_CLOCK,
    private readonly windowMs = DASHBOARD_ANNOUNCE_WINDOW_MS,
  ) {}

  /** Inside the event's transaction: true when it should record the announcement itself (nothing told or waiting for the day in this window). */
  claim(date: string): boolean {
    const now = this.clock.now();
    if (this.pending.has(date)) return false;
    const last = this.lastAt.get(date);
    if (last !== undefined && now - last < this.windowMs) return false;
    this.forgetOld(now);
    this.lastAt.set(date, now);
    return true;
  }

  /** After the event's transaction committed: a change `claim` refused is told at the end of the window (one for all of them). */
  deferred(date: string, cause: string): void {
    const waiting = this.pending.get(date);
    if (waiting) {
      waiting.cause = cause;
      return;
    }
    const entry = { cause };
    this.pending.set(date, entry);
    const wait = Math.max(0, (this.lastAt.get(date) ?? -Infinity) + this.windowMs - this.clock.now());
    this.clock.schedule(() => {
      this.pending.delete(date);
      this.lastAt.set(date, this.clock.now());
      this.record(date, entry.cause).catch(this.onError);
    }, wait);
  }

  /** Days not told for a window need no entry (a day's next change is told at once). */
  private forgetOld(now: number): void {
    if (this.lastAt.size < 16) return;
    for (const [date, at] of this.lastAt) if (now - at >= this.windowMs && !this.pending.has(date)) this.lastAt.delete(date);
  }
}
