import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SUBGRAPHS } from '../services.js';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));

interface Runner {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/**
 * `npm start` itself (devstack/dist/cli/start.js), in its own data directory and on free ports:
 * one runner per checkout, and a killed runner's leftovers (services, emulator, postmaster) are
 * cleaned up by the next start, which keeps the emulator's sign-in accounts.
 */
describe('npm start runner', () => {
  let dataDir: string;
  const runners: Runner[] = [];
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'realserv-runner-'));
  });
  afterAll(async () => {
    for (const runner of runners) {
      if (runner.child.exitCode === null && runner.child.signalCode === null) runner.child.kill('SIGTERM');
      await runner.exited;
    }
    killLeftovers(dataDir);
    rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  const run = (extraEnv: Record<string, string> = {}): Runner => {
    const child = spawn(process.execPath, [join(REPO, 'devstack/dist/cli/start.js')], {
      cwd: REPO,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, REALSERV_DATA_DIR: dataDir, REALSERV_FREE_PORTS: 'true', REALSERV_QUIET_LOGS: 'true', LOG_LEVEL: 'warn', ...extraEnv },
    });
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const runner = { child, output: () => output, exited };
    runners.push(runner);
    return runner;
  };
  /** Resolves with the printed gateway URL and emulator host once it says it is ready. */
  const ready = (runner: Runner) =>
    new Promise<{ gateway: string; emulator: string }>((resolve, reject) => {
      const check = () => {
        const text = runner.output();
        const gateway = /GraphQL \(Apollo Sandbox in a browser\): (\S+)/.exec(text)?.[1];
        const emulator = /Firebase Auth emulator: http:\/\/(\S+)/.exec(text)?.[1];
        if (text.includes('Press Ctrl-C to stop.') && gateway && emulator) resolve({ gateway, emulator });
      };
      runner.child.stdout!.on('data', check);
      void runner.exited.then((code) => {
        const log = (name: string) => (existsSync(join(dataDir, 'logs', name)) ? readFileSync(join(dataDir, 'logs', name), 'utf8').slice(-1500) : '');
        reject(new Error(`runner exited (${code}) before it was ready:\n${runner.output()}\nfirebase.log: ${log('firebase.log')}\npostgres.log: ${log('postgres.log')}`));
      });
    });
  const accounts = (emulator: string, method: string) =>
    fetch(`http://${emulator}/identitytoolkit.googleapis.com/v1/accounts:${method}?key=local`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'runner@realserv.test', password: 'Runner-password-1', returnSecureToken: true }),
    }).then(async (response) => ({ status: response.status, body: (await response.json()) as { localId?: string } }));
  const serves = async (gateway: string) => {
    const response = await fetch(gateway, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    return { status: response.status, body: await response.json() };
  };

  test('a second start says where the running one is and changes nothing; after a SIGKILL the next start cleans up, keeping accounts', async () => {
    const first = run();
    const firstUrls = await ready(first);

    const second = run();
    expect(await second.exited).toBe(1);
    expect(second.output()).toContain(`RealServ is already running from this checkout (pid ${first.child.pid}, gateway `);
    expect(second.output()).toContain(`\`kill ${first.child.pid}\``);
    expect(second.output()).not.toMatch(/EADDRINUSE|\n\s+at /);
    expect(await serves(firstUrls.gateway)).toEqual({ status: 200, body: { data: { __typename: 'Query' } } });

    const signedUp = await accounts(firstUrls.emulator, 'signUp');
    expect(signedUp.status).toBe(200);

    first.child.kill('SIGKILL');
    await first.exited;
    // The third start also asks for the background services at a lower priority.
    const third = run({ REALSERV_BACKGROUND_NICE: '10' });
    const thirdUrls = await ready(third);
    expect(await serves(thirdUrls.gateway)).toEqual({ status: 200, body: { data: { __typename: 'Query' } } });
    if (existsSync('/proc/self/stat')) expect(nicenessOfServices(dataDir)).toEqual({ ...Object.fromEntries(SUBGRAPHS.map((s) => [s.name, 0])), gateway: 0, notifications: 10, analytics: 10 });
    // The killed runner's emulator was still alive: stopped with SIGTERM, it saved its accounts.
    const signedIn = await accounts(thirdUrls.emulator, 'signInWithPassword');
    expect({ status: signedIn.status, localId: signedIn.body.localId }).toEqual({ status: 200, localId: signedUp.body.localId });
    expect(third.output()).not.toContain('could not save its accounts');

    third.child.kill('SIGINT');
    expect(await third.exited).toBe(0);
    expect(existsSync(join(dataDir, 'runner.lock'))).toBe(false);
    // Two boots of the whole stack: well under a minute on an idle machine, more on a busy one.
  }, 400_000);
});

/** The niceness of each service the runner started (its pids.json), by name: the gateway and each subgraph. */
function nicenessOfServices(dataDir: string): Record<string, number> {
  const pids = JSON.parse(readFileSync(join(dataDir, 'pids.json'), 'utf8')) as number[];
  const niceness: Record<string, number> = {};
  for (const pid of pids) {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      const name = /subgraphs\/([\w-]+)\/dist\/main\.js/.exec(cmdline)?.[1] ?? (/gateway\/dist\/main\.js/.test(cmdline) ? 'gateway' : undefined);
      if (!name) continue;
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // Field 19 of stat, counted after the command name in parentheses.
      niceness[name] = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
    } catch {
      // Not a running service (the emulator's group, a process gone).
    }
  }
  return niceness;
}

/** Whatever a failed test left running in the data directory. */
function killLeftovers(dataDir: string): void {
  const pidsFile = join(dataDir, 'pids.json');
  const pids = existsSync(pidsFile) ? (JSON.parse(readFileSync(pidsFile, 'utf8')) as number[]) : [];
  const postmaster = join(dataDir, 'postgres', 'postmaster.pid');
  for (const pid of pids) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // gone
    }
  }
  if (existsSync(postmaster)) {
    try {
      process.kill(Number(readFileSync(postmaster, 'utf8').split('\n')[0]), 'SIGINT');
    } catch {
      // gone
    }
  }
}
