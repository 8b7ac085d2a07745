import type { Redis } from 'ioredis';
import type { KeyValueCache, KeyValueCacheSetOptions } from '@apollo/utils.keyvaluecache';
import type { Logger } from '@realserv/platform';

const PREFIX = 'realserv:response-cache:';
const WARN_EVERY_MS = 60_000;

/**
 * The response cache in Redis, shared by every gateway. A cache must never fail a request: when
 * Redis is slow or gone, reads miss and writes are dropped (the connection fails fast: no
 * offline queue), with a warning at most once a minute.
 */
export class RedisResponseStore implements KeyValueCache<string> {
  private lastWarning = 0;

  constructor(
    private readonly redis: Redis,
    private readonly log: Logger,
  ) {}

  async get(key: string): Promise<string | undefined> {
    try {
      return (await this.redis.get(PREFIX + key)) ?? undefined;
    } catch (error) {
      this.warn(error);
      return undefined;
    }
  }

  async set(key: string, value: string, options?: KeyValueCacheSetOptions): Promise<void> {
    // Apollo's response cache always gives the answer's max age; Redis counts whole seconds.
    const ttl = Math.max(1, Math.ceil(options?.ttl ?? 1));
    try {
      await this.redis.set(PREFIX + key, value, 'EX', ttl);
    } catch (error) {
      this.warn(error);
    }
  }

  async delete(key: string): Promise<boolean> {
    try {
      return (await this.redis.del(PREFIX + key)) > 0;
    } catch (error) {
      this.warn(error);
      return false;
    }
  }

  /** The generation of the last catalog event a gateway heard (CacheGeneration). */
  async readGeneration(): Promise<string | undefined> {
    return this.get('generation');
  }

  async writeGeneration(value: string): Promise<void> {
    await this.set('generation', value, { ttl: 24 * 3600 });
  }

  private warn(error: unknown): void {
    const now = Date.now();
    if (now - this.lastWarning < WARN_EVERY_MS) return;
    this.lastWarning = now;
    this.log.warn({ err: error }, 'response cache Redis unavailable; answers are computed without it');
  }
}
