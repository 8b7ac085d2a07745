import pg from 'pg';
import { serverUrl } from './subgraph-db.js';

/**
 * Jest runs two e2e files at once against the one test stack (jest.config.js). Nearly every file
 * makes its own actors and reads only what they own, so they share the stack freely. A few read
 * or change what belongs to the whole marketplace (today's support figures, every material, the
 * notification templates); they call `aloneOnTheStack()` and run with no other e2e file.
 *
 * Each e2e file holds a PostgreSQL advisory lock on the stack's server for its whole run: shared
 * for most, exclusive for those. PostgreSQL queues a shared request behind a waiting exclusive
 * one, so an exclusive file waits only for the file running beside it, never indefinitely. The
 * lock is the session's: a worker that dies releases it with its connection.
 */
const SUITE_LOCK = 20261203;
/** An exclusive file may wait for the longest file beside it (the bench smoke run, about 2 minutes). */
const WAIT_MS = 15 * 60_000;

declare global {
  // Set by aloneOnTheStack() while the file is collected, read when its hooks run.
  var __realservAloneOnTheStack: string | undefined;
}

/** Call at the top of a test file that must not share the stack with another (say why). */
export function aloneOnTheStack(why: string): void {
  globalThis.__realservAloneOnTheStack = why;
}

/** Registered for every e2e file (setupFilesAfterEnv). */
export function holdTheSuiteLock(): void {
  let client: pg.Client | undefined;
  beforeAll(async () => {
    client = new pg.Client({ connectionString: serverUrl('postgres'), application_name: 'e2e-suite-lock' });
    await client.connect();
    const exclusive = globalThis.__realservAloneOnTheStack !== undefined;
    await client.query(exclusive ? 'select pg_advisory_lock($1)' : 'select pg_advisory_lock_shared($1)', [SUITE_LOCK]);
  }, WAIT_MS);
  afterAll(async () => {
    // Ending the session releases the lock.
    await client?.end();
  });
}
