import pg from 'pg';

/** A URL for a database on the test stack's PostgreSQL server. */
export function serverUrl(database: string): string {
  const any = Object.values(JSON.parse(process.env.REALSERV_DATABASE_URLS ?? '{}') as Record<string, string>)[0]!;
  const url = new URL(any);
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * The rows of one SQL statement on a subgraph's own database (the test stack's). For what the
 * API does not show: an outbox's events, a consumer's log, a row a test ages to move time.
 */
export async function rowsOf<T>(database: string, text: string, values: unknown[] = []): Promise<T[]> {
  return (await query(database, text, values)).rows as T[];
}

/**
 * How many rows one statement on a subgraph's database returned or changed: how tests move time (a
 * delivery 8 days ago) and check that a row exists or is gone.
 */
export async function rowCountOf(database: string, text: string, values: unknown[] = []): Promise<number> {
  return (await query(database, text, values)).rowCount ?? 0;
}

/** The URL of a subgraph's own database on the test stack (`identity`, `orders`, …). */
export function databaseUrl(subgraph: string): string {
  const url = (JSON.parse(process.env.REALSERV_DATABASE_URLS ?? '{}') as Record<string, string>)[subgraph];
  if (!url) throw new Error(`No database for ${subgraph}`);
  return url;
}

async function query(database: string, text: string, values: unknown[]): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: databaseUrl(database) });
  await client.connect();
  try {
    return await client.query(text, values);
  } finally {
    await client.end();
  }
}

/** The events one subgraph recorded about an order (its outbox: what every consumer receives), oldest first. */
export function outboxEventsOf(database: string, orderId: string): Promise<Array<{ type: string; payload: Record<string, unknown> }>> {
  return rowsOf(database, `select type, payload from outbox_events where payload->>'orderId' = $1 order by occurred_at`, [orderId]);
}
