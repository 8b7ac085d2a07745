import WebSocket from 'ws';
import { createClient, type Client } from 'graphql-ws';
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
  unsubscribe(): void;
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
  return {
    updates,
    errors,
    closed,
    unsubscribe,
    waitFor(predicate, timeoutMs = 15_000) {
      const existing = updates.find(predicate);
      if (existing) return Promise.resolve(existing);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`No matching update within ${timeoutMs} ms; got ${JSON.stringify(updates)} errors ${JSON.stringify(errors)}`)), timeoutMs);
        waiters.push({ predicate, resolve: (u) => (clearTimeout(timer), resolve(u)) });
      });
    },
  };
}
