import { MAX_RETRY_DELAY_SECONDS, TokenBucket, deferredAttemptAt, isHeldBack, maskDestination, mayRetry, nextStatus, plannedSlots, promotionalSmsWaitMs, recipientWaitAfter, recipientWaitMs, retryDelaySeconds, type DeliveryStatus } from './delivery-rules.js';

describe('status reports move a notification forward only', () => {
  const cases: Array<[DeliveryStatus, DeliveryStatus, DeliveryStatus | null]> = [
    ['QUEUED', 'SENT', 'SENT'],
    ['SENT', 'DELIVERED', 'DELIVERED'],
    ['SENT', 'READ', 'READ'],
    ['DELIVERED', 'READ', 'READ'],
    ['READ', 'DELIVERED', null],
    ['DELIVERED', 'SENT', null],
    ['DELIVERED', 'DELIVERED', null],
    ['SENT', 'FAILED', 'FAILED'],
    ['QUEUED', 'FAILED', 'FAILED'],
    ['DELIVERED', 'FAILED', null],
    ['READ', 'FAILED', null],
    ['FAILED', 'DELIVERED', null],
    ['FAILED', 'READ', null],
    ['SENT', 'QUEUED', null],
  ];
  it.each(cases)('%s + report %s → %s', (current, reported, expected) => {
    expect(nextStatus(current, reported)).toBe(expected);
  });

  it('applying the same reports in any order ends in the same state', () => {
    const reports: DeliveryStatus[] = ['SENT', 'DELIVERED', 'READ'];
    const orders = [reports, [...reports].reverse(), ['DELIVERED', 'SENT', 'READ', 'DELIVERED'] as DeliveryStatus[]];
    for (const order of orders) {
      const end = order.reduce<DeliveryStatus>((status, r) => nextStatus(status, r) ?? status, 'SENT');
      expect(end).toBe('READ');
    }
  });
});

describe('retry schedule', () => {
  it('doubles from the base, with at most 20 % jitter', () => {
    expect([1, 2, 3, 4].map((a) => retryDelaySeconds(a, 5, () => 0))).toEqual([5, 10, 20, 40]);
    expect(retryDelaySeconds(3, 5, () => 0.999)).toBe(24);
  });

  it('never waits more than the cap', () => {
    expect(retryDelaySeconds(30, 5, () => 1)).toBe(MAX_RETRY_DELAY_SECONDS);
  });

  it('stops after the last allowed attempt', () => {
    expect([1, 5, 6, 7].map((a) => mayRetry(a, 6))).toEqual([true, true, false, false]);
  });
});

describe('per-recipient rate limit', () => {
  const now = new Date('2026-12-01T10:00:00Z');
  const ago = (s: number) => new Date(now.getTime() - s * 1000);

  it('lets messages through under the limit', () => {
    expect(recipientWaitMs([ago(10), ago(20)], now, 3)).toBe(0);
  });

  it('makes the next one wait until the oldest counted send leaves the minute', () => {
    expect(recipientWaitMs([ago(50), ago(30), ago(10)], now, 3)).toBe(10_001);
  });

  it('ignores sends older than a minute', () => {
    expect(recipientWaitMs([ago(61), ago(90), ago(5)], now, 2)).toBe(0);
  });
});

describe('deferred messages of one recipient are spaced one slot apart', () => {
  const now = new Date('2026-12-01T10:00:00Z');
  const at = (seconds: number) => new Date(now.getTime() + seconds * 1000);

  it('the first deferred message waits until the minute has room', () => {
    expect(deferredAttemptAt(now, 10_000, null, 20)).toEqual(at(10));
  });

  it('the next ones queue behind the latest deferred one, 60 s / limit apart', () => {
    expect(deferredAttemptAt(now, 10_000, at(10), 20)).toEqual(at(13));
    expect(deferredAttemptAt(now, 10_000, at(13), 20)).toEqual(at(16));
  });

  it('a deferred slot already in the past does not hold a message back', () => {
    expect(deferredAttemptAt(now, 5_000, at(-30), 20)).toEqual(at(5));
  });
});

describe('the rate limit from the one send that decides it (what the sender reads)', () => {
  const now = new Date('2026-12-01T10:00:00Z');
  it('gives the same wait as reading the whole minute', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let run = 0; run < 200; run++) {
      const limit = 1 + Math.floor(random() * 5);
      const sends = Array.from({ length: Math.floor(random() * 8) }, () => new Date(now.getTime() - Math.floor(random() * 90_000)));
      const inMinute = sends.filter((d) => d.getTime() > now.getTime() - 60_000).sort((a, b) => b.getTime() - a.getTime());
      expect(recipientWaitAfter(inMinute[limit - 1] ?? null, now)).toBe(recipientWaitMs(sends, now, limit));
    }
  });
});

describe('deferred messages keep their place when the wait is shorter than a slot', () => {
  const now = new Date('2026-12-01T10:00:00Z');
  it('a planned slot that met a send a moment late waits only for it, not behind the backlog', () => {
    expect(deferredAttemptAt(now, 800, new Date(now.getTime() + 600_000), 20)).toEqual(new Date(now.getTime() + 800));
  });
});

describe('send slots planned when jobs are queued', () => {
  const now = new Date('2026-12-01T10:00:00Z');
  const at = (seconds: number) => new Date(now.getTime() + seconds * 1000);
  const times = (dates: Date[]) => dates.map((d) => (d.getTime() - now.getTime()) / 1000);

  it('a burst over the limit: the first go now, the rest when the minute has room, one slot apart', () => {
    expect(times(plannedSlots([], Array(6).fill(now), now, 3))).toEqual([0, 0, 0, 60.001, 80.001, 100.001]);
  });

  it('counts the minute’s sends and the slots already planned', () => {
    // 2 of 3 sent 50 s and 40 s ago: one goes now, the next when the older send leaves the minute.
    expect(times(plannedSlots([at(-40), at(-50)], [now, now], now, 3))).toEqual([0, 10.001]);
    // Behind a backlog planned up to +200 s: one slot (20 s) after it, once the minute from +160 s is over.
    expect(times(plannedSlots([at(200), at(180), at(160)], [now], now, 3, at(200)))).toEqual([220.001]);
    expect(times(plannedSlots([at(200), at(100), at(90)], [now], now, 3, at(200)))).toEqual([220]);
  });

  it('a send is no backlog to space behind, even one that looks a moment ahead of now', () => {
    // The pump read `now`, then its statement saw a send commit 5 ms later: 2 of 3 sent, one goes now.
    expect(times(plannedSlots([at(0.005), at(-1)], [now], now, 3))).toEqual([0]);
    // The same two as queued messages planned ahead of now: the new one keeps a slot behind them.
    expect(times(plannedSlots([at(0.005), at(-1)], [now], now, 3, at(0.005)))).toEqual([20.005]);
    // A burst with the race at its start: the first three of the minute still go now.
    expect(times(plannedSlots([at(0.005)], [now, now, now], now, 3))).toEqual([0, 0, 60.006]);
  });

  it('never before a message’s own next attempt (a retry’s backoff)', () => {
    expect(times(plannedSlots([], [at(30)], now, 3))).toEqual([30]);
  });

  it('holds back only messages the limit delays, not those queued a moment ago', () => {
    // Queued 5 s ago, the recipient's minute has room: its slot is now, which is no move.
    const [free] = plannedSlots([], [at(-5)], now, 3);
    expect(times([free!])).toEqual([0]);
    expect(isHeldBack(free!, at(-5), now)).toBe(false);
    // The minute is full (3 sends in the last 30 s): held until the oldest leaves it.
    const [held] = plannedSlots([at(-10), at(-20), at(-30)], [at(-5)], now, 3);
    expect(times([held!])).toEqual([30.001]);
    expect(isHeldBack(held!, at(-5), now)).toBe(true);
    // A retry's backoff already puts it later than the plan: its own time stands, no move.
    const [backoff] = plannedSlots([], [at(30)], now, 3);
    expect(isHeldBack(backoff!, at(30), now)).toBe(false);
  });

  it('matches the rate limit: no minute ever holds more than the limit', () => {
    const limit = 4;
    const taken = [at(-10), at(-20), at(-30)];
    const slots = plannedSlots(taken, Array(12).fill(now), now, limit);
    const all = [...taken, ...slots].map((d) => d.getTime()).sort((a, b) => a - b);
    for (const start of all) expect(all.filter((t) => t >= start && t < start + 60_000).length).toBeLessThanOrEqual(limit);
  });
});

describe('provider cap (token bucket)', () => {
  it('allows a burst of perSecond, then spaces callers out', () => {
    const bucket = new TokenBucket(2, 0);
    expect([bucket.take(0), bucket.take(0), bucket.take(0), bucket.take(0)]).toEqual([0, 0, 500, 1000]);
  });

  it('refills with time', () => {
    const bucket = new TokenBucket(2, 0);
    bucket.take(0);
    bucket.take(0);
    expect(bucket.take(1000)).toBe(0);
  });
});

describe('destinations in logs', () => {
  it('keep a phone or email recognisable but unusable', () => {
    expect(maskDestination('+919812345678')).toBe('+91******78');
    expect(maskDestination('asha@example.com')).toBe('a***@example.com');
    expect(maskDestination(null)).toBeNull();
  });
});

describe('promotional SMS time band (09:00–21:00 IST)', () => {
  it('sends inside the band', () => {
    expect(promotionalSmsWaitMs(new Date('2026-12-01T03:30:00Z'))).toBe(0); // 09:00 IST
    expect(promotionalSmsWaitMs(new Date('2026-12-01T15:29:00Z'))).toBe(0); // 20:59 IST
  });

  it('waits for 09:00 IST the same morning, or the next one after 21:00', () => {
    expect(promotionalSmsWaitMs(new Date('2026-12-01T01:30:00Z'))).toBe(2 * 3600_000); // 07:00 IST
    expect(promotionalSmsWaitMs(new Date('2026-12-01T15:30:00Z'))).toBe(12 * 3600_000); // 21:00 IST
    expect(promotionalSmsWaitMs(new Date('2026-11-30T20:00:00Z'))).toBe(7 * 3600_000 + 30 * 60_000); // 01:30 IST
  });
});
