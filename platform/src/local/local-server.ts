import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import { keepIdleConnections } from '../http/keep-alive.js';

/**
 * Building blocks of the local provider servers (Razorpay, Twilio, WhatsApp Cloud API, …) that
 * `npm start` and the tests run in place of third-party APIs: listening on loopback, and
 * delivering signed webhooks in the background with retries, as the providers do.
 */

export interface LocalHttpServer {
  url: string;
  stop(): Promise<void>;
}

/**
 * Serves `handler` on `host` (default loopback; a container binds 0.0.0.0) and `port` (0: a free
 * one); `url` names the loopback address; `stop` closes open connections too.
 */
export async function listenLocal(handler: (req: IncomingMessage, res: ServerResponse) => void, port = 0, host = '127.0.0.1'): Promise<LocalHttpServer> {
  const server = createServer(handler);
  keepIdleConnections(server);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export interface RetryPolicy {
  /** Wait before the first attempt (providers report after their API has answered). */
  firstDelayMs: number;
  /** Attempts in all; the wait doubles after each failed one. */
  attempts: number;
}

/**
 * Background deliveries (webhooks, status callbacks): each is retried until it reports success
 * or runs out of attempts, and `settled()` lets tests wait for all of them instead of sleeping.
 */
export class BackgroundDeliveries {
  private readonly pending = new Set<Promise<void>>();
  private readonly stopping = new AbortController();

  constructor(private readonly retry: RetryPolicy) {}

  /** Aborted by `stop()`: pass it to the fetches of an attempt. */
  get signal(): AbortSignal {
    return this.stopping.signal;
  }

  /**
   * Runs `attempt` (true: delivered) with retries in the background, after `after` has finished
   * (so reports about one thing arrive in order). The returned promise ends with the delivery.
   */
  schedule(attempt: () => Promise<boolean>, after?: Promise<void>): Promise<void> {
    const run = (async () => {
      if (after) await after;
      let wait = this.retry.firstDelayMs;
      for (let n = 1; n <= this.retry.attempts; n += 1) {
        try {
          await delay(wait, undefined, { signal: this.stopping.signal });
        } catch {
          return; // stopped
        }
        if (await attempt()) return;
        wait = Math.max(wait, 10) * 2;
      }
    })().finally(() => this.pending.delete(run));
    this.pending.add(run);
    return run;
  }

  /** Resolves once nothing is waiting or retrying. */
  async settled(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }

  /** Cancels waiting deliveries (a stopping server). */
  stop(): void {
    this.stopping.abort();
  }
}
