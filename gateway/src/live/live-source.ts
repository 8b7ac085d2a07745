import pg from 'pg';
import { Redis } from 'ioredis';
import { LIVE_CHANNEL, type LiveEvent, type Logger } from '@realserv/platform';

// The wire contract is the relay's (platform's EventBus.announce): one channel name, one shape.
export { LIVE_CHANNEL, type LiveEvent };

export type LiveListener = (event: LiveEvent) => void;

/** Where the gateway hears about changes: PostgreSQL LISTEN/NOTIFY here, Redis when configured. */
export interface LiveEventSource {
  start(): Promise<void>;
  listen(listener: LiveListener): () => void;
  stop(): Promise<void>;
}

/**
 * LISTEN on the events database. Every gateway process holds one connection and receives every
 * NOTIFY, so a subscriber on any gateway sees changes made through any other. The connection
 * is re-established with backoff if it drops.
 */
export class PostgresLiveEventSource implements LiveEventSource {
  private client: pg.Client | null = null;
  private readonly listeners = new Set<LiveListener>();
  private stopped = false;
  private retryMs = 250;

  constructor(
    private readonly connectionString: string,
    private readonly log: Logger,
  ) {}

  async start(): Promise<void> {
    await this.connect();
  }

  listen(listener: LiveListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.connectionString, application_name: 'gateway-live' });
    client.on('notification', (message) => {
      if (message.channel !== LIVE_CHANNEL || !message.payload) return;
      let event: LiveEvent;
      try {
        event = JSON.parse(message.payload) as LiveEvent;
      } catch {
        return;
      }
      for (const listener of this.listeners) listener(event);
    });
    client.on('error', (error) => {
      this.log.warn({ err: error }, 'live event connection lost; reconnecting');
      void this.reconnect();
    });
    await client.connect();
    await client.query(`listen ${LIVE_CHANNEL}`);
    this.client = client;
    this.retryMs = 250;
  }

  private async reconnect(): Promise<void> {
    if (this.stopped) return;
    await this.client?.end().catch(() => undefined);
    this.client = null;
    await new Promise((r) => setTimeout(r, this.retryMs));
    this.retryMs = Math.min(this.retryMs * 2, 10_000);
    await this.connect().catch(() => this.reconnect());
  }
}

/** Redis pub/sub, when REDIS_URL is set (subgraphs then PUBLISH instead of NOTIFY). */
export class RedisLiveEventSource implements LiveEventSource {
  private readonly listeners = new Set<LiveListener>();
  private readonly subscriber: Redis;

  constructor(
    url: string,
    private readonly log: Logger,
  ) {
    // ioredis reconnects and resubscribes by itself.
    this.subscriber = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: null });
    this.subscriber.on('error', (error) => this.log.warn({ err: error }, 'redis live events connection error'));
    this.subscriber.on('message', (channel: string, payload: string) => {
      if (channel !== LIVE_CHANNEL) return;
      let event: LiveEvent;
      try {
        event = JSON.parse(payload) as LiveEvent;
      } catch {
        return;
      }
      for (const listener of this.listeners) listener(event);
    });
  }

  async start(): Promise<void> {
    await this.subscriber.connect();
    await this.subscriber.subscribe(LIVE_CHANNEL);
  }

  listen(listener: LiveListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async stop(): Promise<void> {
    this.subscriber.disconnect();
  }
}
