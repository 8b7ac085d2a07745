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
