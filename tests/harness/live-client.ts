import { randomUUID } from 'node:crypto';
import pg from 'pg';
import WebSocket from 'ws';
import { createClient, type Client } from 'graphql-ws';
import { LIVE_CHANNEL } from '../../gateway/src/live/live-source.js';
import { eventually } from './eventually.js';
import { gatewayUrl } from './graphql-client.js';

/** A graphql-ws client of the gateway, as the vendor web app or buyer app opens one. */
export function liveClient(token: string | null, url = gatewayUrl(), options: { retryAttempts?: number } = {}): Client {
  return createClient({
    url: url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: options.retryAttempts ?? 0,
    retryWait: async () => {
      await new Promise((r) => setTimeout(r, 200));
    },
    shouldRetry: () => true,
    lazy: true,
  });
}

export interface Subscription<T> {
  /** Updates received so far. */
  updates: T[];
  errors: unknown[];
  closed: Promise<void>;
  /** Resolves when an update satisfies the predicate (or rejects after the timeout). */
  waitFor(predicate: (update: T) => boolean, timeoutMs?: number): Promise<T>;
  /**
   * Resolves once the server runs this subscription. graphql-ws acknowledges a socket, never a
   * single subscription, so this announces `event` (one the subscription matches) until an
   * update arrives; the update shows the entity as it is now and changes nothing.
   */
  untilLive(event: LiveNudge, options?: { timeoutMs?: number }): Promise<T>;
  unsubscribe(): void;
}

/** A live event as a subgraph announces it after a commit: its type and short keys (orderId, …). */
export interface LiveNudge {
  type: string;
  keys: Record<string, string>;
}

/** A nudge every order topic (orderStatusChanged, myOrderUpdates, vendorOrderFeed) matches. */
export function orderNudge(order: { orderId: string; buyerId: string; vendorId: string }): LiveNudge {
  return { type: 'OrderPaymentStatusChanged', keys: order };
}

/** The NOTIFY a subgraph's relay sends after publishing (platform's EventBus.announce), to every gateway. */
async function announceLive(nudge: LiveNudge): Promise<void> {
  const env = JSON.parse(process.env.REALSERV_GATEWAY_ENV ?? '{}') as Record<string, string>;
  const client = new pg.Client({ connectionString: env.EVENTS_DATABASE_URL });
  await client.connect();
  try {
    const message = JSON.stringify({ type: nudge.type, id: randomUUID(), source: 'tests', keys: nudge.keys });
    await client.query('select pg_notify($1, $2)', [LIVE_CHANNEL, message]);
  } finally {
    await client.end();
  }
}

export function subscribe<T>(client: Client, query: string, variables: Record<string, unknown> = {}): Subscription<T> {
  const updates: T[] = [];
  const errors: unknown[] = [];
  const waiters: Array<{ predicate: (u: T) => boolean; resolve: (u: T) => void }> = [];
  let resolveClosed!: () => void;
  const closed = new Promise<void>((r) => (resolveClosed = r));
  const unsubscribe = client.subscribe<T>(
    { query, variables },
    {
      next: (result) => {
        if (result.errors) errors.push(...result.errors);
        if (result.data) {
          const update = result.data as T;
          updates.push(update);
          for (const w of [...waiters]) {
            if (w.predicate(update)) {
              waiters.splice(waiters.indexOf(w), 1);
              w.resolve(update);
            }
          }
        }
      },
      error: (error) => {
        errors.push(error);
        resolveClosed();
      },
      complete: () => resolveClosed(),
    },
  );
  const waitFor = (predicate: (update: T) => boolean, timeoutMs = 15_000): Promise<T> => {
    const existing = updates.find(predicate);
    if (existing) return Promise.resolve(existing);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`No matching update within ${timeoutMs} ms; got ${JSON.stringify(updates)} errors ${JSON.stringify(errors)}`)), timeoutMs);
      waiters.push({ predicate, resolve: (u) => (clearTimeout(timer), resolve(u)) });
    });
  };
  const untilLive = (event: LiveNudge, { timeoutMs = 30_000 } = {}): Promise<T> =>
    eventually(
      async () => {
        const seen = updates.length;
        await announceLive(event);
        return waitFor((u) => updates.indexOf(u) >= seen, 2_000).catch(() => null);
      },
      { timeoutMs, what: `the subscription to answer a ${event.type}` },
    );
  return { updates, errors, closed, unsubscribe, waitFor, untilLive };
}
