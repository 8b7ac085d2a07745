import { parse as urlParse } from 'node:url';
import type { Logger } from 'pino';

/**
 * Graceful shutdown: on SIGTERM/SIGINT run the closers in order (stop accepting, drain, close
 * pools), then exit. A second signal or the deadline forces the exit.
 */
export function onShutdown(log: Logger, close: () => Promise<void>, deadlineMs = 10_000): () => boolean {
  let shuttingDown = false;
  const handler = (signal: NodeJS.Signals) => {
    if (shuttingDown) {
      log.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    shuttingDown = true;
    log.info({ signal }, 'shutting down');
    const timer = setTimeout(() => {
      log.error('shutdown deadline passed: exiting');
      process.exit(1);
    }, deadlineMs);
    timer.unref();
    close()
      .then(() => {
        log.info('stopped');
        process.exit(0);
      })
      .catch((error: unknown) => {
        log.error({ err: error }, 'error while shutting down');
        process.exit(1);
      });
  };
  process.on('SIGTERM', handler);
  process.on('SIGINT', handler);
  return () => shuttingDown;
}

/**
 * Node 24's `url.parse()` warns once (DEP0169) when called from outside node_modules, and until
 * it has warned it walks the call stack on every call to find out: @as-integrations/express5
 * (every GraphQL request) and node-fetch (every subgraph fetch) call it from node_modules, so it
 * never warns and the walk was ≈ 4 % of the gateway's CPU. One call from here, with deprecation
 * warnings silenced for it, settles that for the process.
 */
export function settleUrlParseWarning(): void {
  const previous = process.noDeprecation;
  process.noDeprecation = true;
  try {
    urlParse('/');
  } finally {
    process.noDeprecation = previous;
  }
}
