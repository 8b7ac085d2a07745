import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync, type WriteStream } from 'node:fs';
import { setPriority } from 'node:os';
import { join } from 'node:path';
import { startAuthEmulator, stopProcessGroup, type AuthEmulator } from './firebase-emulator.js';
import { lockDataDir } from './lock.js';
import { GaveUp, freePort, httpOk, waitFor } from './ports.js';
import { startPostgres, type PostgresServer } from './postgres.js';
import { makeLocalSecrets, ownSecretsOf } from './secrets.js';
import { FIREBASE_PROJECT_ID, GATEWAY_MAIN, REPO_ROOT, SUBGRAPHS, envName, subgraphMain } from './services.js';
import { createLocalRazorpay } from '@realserv/payments/razorpay/local';
import { startLocalMailServer } from '@realserv/notifications/email/local';
import { startLocalTwilioServer } from '@realserv/notifications/sms/local';
import { startLocalWhatsAppServer } from '@realserv/notifications/whatsapp/local';
import { startLocalMapsServer } from '@realserv/integrations/maps/local';
import { AUTH_EMULATOR_OPT_IN } from '@realserv/platform';

export interface StackOptions {
  /** Where PostgreSQL data, emulator config and logs live. */
  dataDir: string;
  /** Keep the database between runs (`npm start`) or throw it away (tests). */
  persistent: boolean;
  /** Fixed ports for `npm start`; tests pass `undefined` and get free ones. */
  ports?: {
    gateway: number;
    postgres: number;
    emulator: number;
    razorpay?: number;
    /** notifications' local providers: the SMTP catcher (SMTP and its HTTP page/API), Twilio, WhatsApp. */
    mailSmtp?: number;
    mailHttp?: number;
    twilio?: number;
    whatsapp?: number;
    /** integrations' local Google Maps-compatible server (geocoding, distance matrix). */
    maps?: number;
    subgraphs: Record<string, number>;
  };
  databaseUrl?: string;
  seedDemoData: boolean;
  logLevel?: string;
  /** Where service output goes: a file per service under dataDir/logs, and/or this callback. */
  onServiceLog?: (service: string, line: string) => void;
  extraEnv?: Record<string, string>;
  /** Extra environment for the gateway only (e.g. METRICS_PORT, which must differ per process). */
  gatewayExtraEnv?: Record<string, string>;
  /**
   * Niceness (1–19) for the subgraphs marked `background` (notifications, analytics): on one host
   * the request path then gets the CPU first during a burst. 0 or unset: every service at the
   * runner's priority.
   */
  backgroundNice?: number;
}

export interface Stack {
  gatewayUrl: string;
  subgraphUrls: Record<string, string>;
  emulatorHost: string;
  projectId: string;
  /** The local Razorpay server (its /_local/… routes simulate Checkout and webhooks). */
  razorpayUrl: string;
  /** notifications' local providers: what they received, at `/_local/…` (`npm run inbox -- mail|sms|whatsapp`). */
  mailUrl: string;
  twilioUrl: string;
  whatsappUrl: string;
  /** The local Google Maps-compatible server (its /_local/maps/… routes count requests and simulate outages). */
  mapsUrl: string;
  databaseUrls: Record<string, string>;
  /** Things the developer should know about this start (e.g. data lost by a killed run). */
  warnings: string[];
  /** Environment the gateway was started with (tests start a second gateway from it). */
  gatewayEnv: Record<string, string>;
  /** Environment each subgraph was started with (tests start a second process of one, e.g. the notifications crash test). */
  subgraphEnvs: Record<string, Record<string, string>>;
  startGateway(port?: number): Promise<ManagedProcess>;
  stop(): Promise<void>;
}

export interface ManagedProcess {
  name: string;
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Boots the whole supergraph: PostgreSQL (one database per subgraph), the Firebase Auth
 * emulator, every subgraph (migrating and optionally seeding), then the gateway.
 */
export async function startStack(options: StackOptions): Promise<Stack> {
  const nice = options.backgroundNice ?? 0;
  if (!Number.isInteger(nice) || nice < 0 || nice > 19) throw new RangeError(`backgroundNice must be an integer from 0 (off) to 19, not ${nice}`);
  mkdirSync(join(options.dataDir, 'logs'), { recursive: true });
  const pidFile = join(options.dataDir, 'pids.json');
  const groups = new Set<number>();
  const remember = (pid: number | undefined) => {
    if (!pid) return;
    groups.add(pid);
    writeFileSync(pidFile, JSON.stringify([...groups]));
  };
  const ports = options.ports ?? {
    gateway: await freePort(),
    postgres: await freePort(),
    emulator: await freePort(),
    subgraphs: Object.fromEntries(await Promise.all(SUBGRAPHS.map(async (s) => [s.name, await freePort()] as const))),
  };
  // One runner per data directory (throws AlreadyRunning, changing nothing); then end what a
  // killed runner left behind.
  const lock = lockDataDir(options.dataDir, `http://localhost:${ports.gateway}/graphql`);
  const exportDir = join(options.dataDir, 'firebase-export');
  const exported = () => (existsSync(join(exportDir, 'firebase-export-metadata.json')) ? statSync(join(exportDir, 'firebase-export-metadata.json')).mtimeMs : 0);
  const exportedBefore = exported();
  stopLeftovers(pidFile);
  const warnings: string[] = [];
  if (lock.previousRunDied && options.persistent && exported() === exportedBefore) {
    warnings.push(
      'the previous run was killed and its Auth emulator could not save its accounts: sign-in accounts created since the last clean stop (Ctrl-C) may be lost (their users remain in PostgreSQL); sign them up again if so.',
    );
  }
  const logs = new Map<string, WriteStream>();
  const logTo = (service: string) => (line: string) => {
    let stream = logs.get(service);
    if (!stream) {
      stream = createWriteStream(join(options.dataDir, 'logs', `${service}.log`), { flags: 'a' });
      logs.set(service, stream);
    }
    stream.write(`${line}\n`);
    options.onServiceLog?.(service, line);
  };

  const started: Array<{ stop(): Promise<void> }> = [];
  const stopAll = async () => {
    for (const part of started.reverse()) await part.stop().catch(() => undefined);
    started.length = 0;
    for (const stream of logs.values()) stream.end();
    writeFileSync(pidFile, '[]');
    lock.release();
  };

  try {
    const [postgres, emulator] = await allStarted(started, [
      startPostgres({
        dataDir: join(options.dataDir, 'postgres'),
        port: ports.postgres,
        persistent: options.persistent,
        onLog: logTo('postgres'),
        ...(options.databaseUrl ? { databaseUrl: options.databaseUrl } : {}),
      }),
      startAuthEmulator({
        workDir: join(options.dataDir, 'firebase'),
        port: ports.emulator,
        hubPort: await freePort(),
        loggingPort: await freePort(),
        projectId: FIREBASE_PROJECT_ID,
        ...(options.persistent ? { exportDir } : {}),
        logFile: join(options.dataDir, 'logs', 'firebase.log'),
      }),
    ] as const);
    remember(emulator.pid);
    // One database per subgraph, plus the events database (pg-boss, the broker between them).
    await postgres.createDatabases([...SUBGRAPHS.map((s) => s.name), 'events']);

    // Razorpay's API is not reachable here: the real SDK talks to a local Razorpay-compatible
    // server that signs checkouts and webhooks with these (test-mode) secrets.
    const secrets = makeLocalSecrets();
    const razorpay = createLocalRazorpay({
      ...secrets.razorpay,
      webhookUrl: `http://127.0.0.1:${ports.subgraphs.payments}/webhooks/razorpay`,
      onServerError: (error) => logTo('razorpay')(String(error)),
    });
    const razorpayServer = await razorpay.start(options.ports?.razorpay ?? 0);
    started.push(razorpayServer);

    // Email, SMS and WhatsApp providers are not reachable here either: notifications sends through
    // its production code paths (nodemailer SMTP, the Twilio SDK, the Cloud API client) to local
    // servers that speak those APIs, sign status callbacks as the providers do, and keep what arrived.
    const notificationsPublicUrl = `http://127.0.0.1:${ports.subgraphs.notifications}`;
    const [mail, twilio, whatsapp] = await allStarted(started, [
      startLocalMailServer({
        smtpPort: options.ports?.mailSmtp ?? 0,
        httpPort: options.ports?.mailHttp ?? 0,
        ...(options.persistent ? { dir: join(options.dataDir, 'mail') } : {}),
        onServerError: (error) => logTo('mail')(String(error)),
      }),
      startLocalTwilioServer({ port: options.ports?.twilio ?? 0, ...secrets.twilio, onServerError: (error) => logTo('twilio')(String(error)) }),
      startLocalWhatsAppServer({
        port: options.ports?.whatsapp ?? 0,
        phoneNumberId: secrets.whatsapp.phoneNumberId,
        accessToken: secrets.whatsapp.accessToken,
        appSecret: secrets.whatsapp.appSecret,
        webhookUrl: `${notificationsPublicUrl}/webhooks/whatsapp`,
        onServerError: (error) => logTo('whatsapp')(String(error)),
      }),
    ] as const);
    // Google Maps is not reachable either: integrations' location runs Google's client against a
    // local server with the same API (geocoding, distance matrix) for the seeded cities.
    const maps = await startLocalMapsServer({ port: options.ports?.maps ?? 0, apiKey: secrets.mapsApiKey, onServerError: (error) => logTo('maps')(String(error)) });
    started.push(maps);
    lock.recordLocalUrls({ mail: mail.httpUrl, sms: twilio.url, whatsapp: whatsapp.url, maps: maps.url });

    const common = {
      NODE_ENV: 'development',
      LOG_LEVEL: options.logLevel ?? 'info',
      FIREBASE_PROJECT_ID,
      FIREBASE_AUTH_EMULATOR_HOST: emulator.host,
      // The local stack always runs on the Auth emulator; this opt-in lets it do so with
      // NODE_ENV=production too (benchmarks), which a real deployment never sets.
      REALSERV_LOCAL_AUTH_EMULATOR: AUTH_EMULATOR_OPT_IN,
      ...options.extraEnv,
    };
    const keys: Record<string, string> = {};
    const subgraphUrls: Record<string, string> = {};
    // Direct subgraph → subgraph calls: one key per calling pair, known to both ends only.
    const peerEnv: Record<string, Record<string, string>> = Object.fromEntries(SUBGRAPHS.map((s) => [s.name, {}]));
    const peerKeys: Record<string, string[]> = Object.fromEntries(SUBGRAPHS.map((s) => [s.name, []]));
    for (const caller of SUBGRAPHS) {
      for (const callee of caller.calls ?? []) {
        const key = randomBytes(32).toString('base64url');
        peerEnv[caller.name]![`PEER_${envName(callee)}_URL`] = `http://127.0.0.1:${ports.subgraphs[callee]}/graphql`;
        peerEnv[caller.name]![`PEER_${envName(callee)}_KEY`] = key;
        peerKeys[callee]!.push(`${caller.name}:${key}`);
      }
    }
    const databaseUrls: Record<string, string> = {};
    const subgraphEnvs: Record<string, Record<string, string>> = {};
    await allStarted(
      started,
      SUBGRAPHS.map(async (subgraph) => {
        const port = ports.subgraphs[subgraph.name]!;
        keys[subgraph.name] = randomBytes(32).toString('base64url');
        databaseUrls[subgraph.name] = postgres.urlFor(subgraph.name);
        const env = (subgraphEnvs[subgraph.name] = {
          ...common,
          PORT: String(port),
          HOST: '127.0.0.1',
          DATABASE_URL: databaseUrls[subgraph.name]!,
          CALLER_KEY: keys[subgraph.name]!,
          ...(subgraph.events ? { EVENTS_DATABASE_URL: postgres.urlFor('events') } : {}),
          PEER_KEYS: peerKeys[subgraph.name]!.join(','),
          // Only this subgraph's own secrets (Razorpay: payments; OTP keys: vendors; media: integrations).
          ...ownSecretsOf(subgraph.name, secrets, {
            razorpayUrl: razorpayServer.url,
            mediaDir: join(options.dataDir, 'media'),
            mediaPublicUrl: `http://127.0.0.1:${ports.subgraphs.integrations}`,
            smtpUrl: mail.smtpUrl,
            twilioUrl: twilio.url,
            whatsappUrl: whatsapp.url,
            notificationsPublicUrl,
            // Not up yet (it starts after the subgraphs): the bot calls it only when a message arrives.
            gatewayUrl: `http://127.0.0.1:${ports.gateway}/graphql`,
            mapsUrl: maps.url,
          }),
          ...peerEnv[subgraph.name],
          MIGRATE_ON_START: 'true',
          SEED_DEMO_DATA: String(options.seedDemoData),
        });
        const processHandle = await spawnService({
          name: subgraph.name,
          main: subgraphMain(subgraph.name),
          url: `http://127.0.0.1:${port}/graphql`,
          readyUrl: `http://127.0.0.1:${port}/health/ready`,
          env,
          log: logTo(subgraph.name),
          onSpawn: (pid) => {
            remember(pid);
            if (subgraph.background && nice > 0) lowerPriority(pid, nice, logTo(subgraph.name));
          },
        });
        subgraphUrls[subgraph.name] = processHandle.url;
        return processHandle;
      }),
    );

    const gatewayEnv: Record<string, string> = { ...common, HOST: '127.0.0.1', EVENTS_DATABASE_URL: postgres.urlFor('events') };
    for (const subgraph of SUBGRAPHS) {
      gatewayEnv[`SUBGRAPH_${envName(subgraph.name)}_URL`] = subgraphUrls[subgraph.name]!;
      gatewayEnv[`SUBGRAPH_${envName(subgraph.name)}_CALLER_KEY`] = keys[subgraph.name]!;
    }
    const startGateway = async (port?: number) => {
      const gatewayPort = port ?? (await freePort());
      const handle = await spawnService({
        name: 'gateway',
        main: GATEWAY_MAIN,
        url: `http://localhost:${gatewayPort}/graphql`,
        readyUrl: `http://127.0.0.1:${gatewayPort}/health/ready`,
        env: { ...gatewayEnv, ...options.gatewayExtraEnv, PORT: String(gatewayPort) },
        log: logTo(`gateway-${gatewayPort}`),
        onSpawn: remember,
      });
      started.push(handle);
      return handle;
    };
    const gateway = await startGateway(ports.gateway);

    return {
      gatewayUrl: gateway.url,
      subgraphUrls,
      emulatorHost: emulator.host,
      projectId: FIREBASE_PROJECT_ID,
      razorpayUrl: razorpayServer.url,
      mailUrl: mail.httpUrl,
      twilioUrl: twilio.url,
      whatsappUrl: whatsapp.url,
      mapsUrl: maps.url,
      databaseUrls,
      warnings,
      gatewayEnv,
      subgraphEnvs,
      startGateway,
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

interface Stoppable {
  stop(): Promise<void>;
}

/**
 * Starts parts side by side and waits for every one to settle: what came up joins `started` (so
 * the caller's stop ends it) before the first failure is thrown. With Promise.all a failure was
 * thrown at once, before its siblings were tracked, and they outlived the failed start: a bench
 * stack's six healthy subgraphs kept running, at 1 % of a core each, after notifications died.
 */
async function allStarted<T extends readonly Promise<Stoppable>[]>(started: Stoppable[], starts: T): Promise<{ -readonly [K in keyof T]: Awaited<T[K]> }> {
  const results = await Promise.allSettled(starts);
  for (const result of results) if (result.status === 'fulfilled') started.push(result.value);
  const failed = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failed) throw failed.reason;
  return results.map((result) => (result as PromiseFulfilledResult<Stoppable>).value) as { -readonly [K in keyof T]: Awaited<T[K]> };
}

/**
 * Runs process `pid` at niceness `nice` (1–19; positive niceness needs no privilege). On Linux
 * niceness belongs to each thread: every thread the process has is set (/proc/<pid>/task), and
 * the threads it starts later inherit it. A failure is logged, not fatal: the service still runs,
 * at the runner's priority.
 */
export function lowerPriority(pid: number | undefined, nice: number, log: (line: string) => void): void {
  if (pid === undefined) return;
  let threads = [pid];
  try {
    threads = readdirSync(`/proc/${pid}/task`).map(Number);
  } catch {
    // Not Linux, or the process is gone (setPriority reports that below).
  }
  try {
    for (const tid of threads) setPriority(tid, nice);
  } catch (error) {
    log(`could not lower the CPU priority to nice ${nice}: ${(error as Error).message}`);
  }
}

async function spawnService(spec: {
  name: string;
  main: string;
  url: string;
  readyUrl: string;
  env: Record<string, string>;
  log: (line: string) => void;
  onSpawn?: (pid: number | undefined) => void;
}): Promise<ManagedProcess> {
  const child = spawn(process.execPath, [join(REPO_ROOT, spec.main)], {
    cwd: REPO_ROOT,
    // Own process group: Ctrl-C reaches the stack runner only, which stops services in order.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...spec.env },
  });
  spec.onSpawn?.(child.pid);
  let buffered = '';
  const onData = (chunk: Buffer) => {
    buffered += chunk.toString('utf8');
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) spec.log(line);
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  let exitCode: number | null = null;
  child.on('exit', (code) => {
    exitCode = code ?? -1;
  });
  const handle: ManagedProcess = { name: spec.name, url: spec.url, child, stop: () => stopProcessGroup(child) };
  try {
    await waitFor(`${spec.name} to be ready`, async () => {
      if (exitCode !== null) throw new GaveUp(`${spec.name} exited with code ${exitCode} during start-up; see its log.`);
      return httpOk(spec.readyUrl);
    }, { timeoutMs: SERVICE_READY_TIMEOUT_MS });
  } catch (error) {
    await handle.stop();
    throw error;
  }
  return handle;
}

/**
 * How long a service may take to answer its readiness URL. A service that exits fails at once;
 * this bounds one that is only slow. 60 s was not enough for the gateway of a second stack started
 * while the test suite's own stack and workers kept a slow 2-core machine busy (2026-12-02, the
 * gateway waits for every subgraph and composes the supergraph).
 */
const SERVICE_READY_TIMEOUT_MS = 180_000;

/**
 * Services run in their own process groups so Ctrl-C reaches only the runner, which stops them
 * in order. If the runner itself was killed (SIGKILL, a crashed terminal), those groups outlive
 * it: the next start ends them first, so ports are free and a second `npm start` works.
 */
function stopLeftovers(pidFile: string): void {
  if (!existsSync(pidFile)) return;
  let pids: number[] = [];
  try {
    pids = JSON.parse(readFileSync(pidFile, 'utf8')) as number[];
  } catch {
    return;
  }
  // Only a process of this checkout: a pid may have been reused since.
  const ours = (pid: number) => {
    const cmdline = `/proc/${pid}/cmdline`;
    return !existsSync('/proc') || (existsSync(cmdline) && readFileSync(cmdline, 'utf8').includes(REPO_ROOT));
  };
  const signal = (pid: number, name: NodeJS.Signals | 0) => {
    try {
      process.kill(-pid, name);
      return true;
    } catch {
      return false; // already gone
    }
  };
  // SIGTERM first, so the Auth emulator still exports its accounts (--export-on-exit).
  let left = pids.filter(ours).filter((pid) => signal(pid, 'SIGTERM'));
  const deadline = Date.now() + 10_000;
  while (left.length > 0 && Date.now() < deadline) {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
    left = left.filter((pid) => signal(pid, 0));
  }
  for (const pid of left) signal(pid, 'SIGKILL');
  writeFileSync(pidFile, '[]');
}
