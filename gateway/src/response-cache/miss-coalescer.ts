import { LRUCache } from 'lru-cache';

interface Flight {
  done: Promise<void>;
  finish: () => void;
  startedAt: number;
}

/**
 * When a popular public answer expires, every request in flight for it would miss at once and
 * compute it again (under load, a burst of slow requests every max age). Instead the first miss
 * computes it and the others wait for it, then read the cache like anyone.
 *
 * Only operations whose answers this gateway has stored before are coalesced, and only while
 * their answer is not known to be in the cache: a private operation (`me`) or a cache hit never
 * waits. Followers only ever get what the cache holds, so coalescing cannot mix callers up; a
 * leader that does not finish within `maxWaitMs` is not waited for any longer.
 */
export class MissCoalescer {
  private readonly flights = new Map<string, Flight>();
  /** Operations (document and name) whose answers were stored: worth coalescing. */
  private readonly cacheableOperations = new LRUCache<string, true>({ max: 5_000 });
  /** Answers known to be in the cache, until their max age runs out. */
  private readonly stored = new LRUCache<string, true>({ max: 50_000 });

  constructor(
    private readonly maxWaitMs = 3_000,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Before the cache is read. Resolves with a release function when this request computes the
   * answer for the others (call it once the answer is stored or not), or with null.
   */
  async awaitTurn(operation: string, key: string): Promise<(() => void) | null> {
    if (!this.cacheableOperations.has(operation) || this.stored.has(key)) return null;
    const flight = this.flights.get(key);
    if (flight && this.now() - flight.startedAt < this.maxWaitMs) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([flight.done, new Promise<void>((resolve) => (timer = setTimeout(resolve, this.maxWaitMs)))]);
      clearTimeout(timer);
      return null;
    }
    let finish!: () => void;
    const done = new Promise<void>((resolve) => (finish = resolve));
    const mine: Flight = { done, finish, startedAt: this.now() };
    this.flights.set(key, mine);
    return () => {
      if (this.flights.get(key) === mine) this.flights.delete(key);
      finish();
    };
  }

  /** After an answer was stored for `maxAgeSeconds`. */
  answerStored(operation: string, key: string, maxAgeSeconds: number): void {
    this.cacheableOperations.set(operation, true);
    this.stored.set(key, true, { ttl: maxAgeSeconds * 1000 });
  }
}
