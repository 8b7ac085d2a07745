import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The load benchmarks (bench/) must keep running on today's code: every scenario, manual ones
 * included, briefly and with tiny connection counts against the test stack, must finish with
 * zero errors. No timings are asserted. Results go to a temporary directory, not bench/results/.
 */
interface ResultRow {
  operation?: string;
  errors?: number;
  requests?: number;
  expected?: number;
  delivered?: number;
  refused?: number;
  attackStatus?: string;
}
interface Result {
  scenario: string;
  rows: ResultRow[];
  report?: string[];
  calibration: { js: number; sha256: number };
  calibrationAfter: { js: number; sha256: number };
  tcpConnections?: number | null;
  slowAtGateway?: number | null;
  statements?: Array<{ database: string; calls: number; planMs: number; blocks: number; walBytes: number }> | null;
}

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
/** The operations of #12's mix: each must have run at least once in the smoke run. */
const SEED_MIX_OPERATIONS = ['catalog page', 'search', 'material detail', 'my orders', 'order detail', 'me + addresses', 'placeOrder'];

/** Runs an ES module script from the repository root (the bench is plain .mjs) and parses the JSON it prints. */
function jsonFromScript<T>(script: string): T {
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: repoRoot, encoding: 'utf8' })) as T;
}

/** Every scenario bench/scenarios/index.mjs lists (a new scenario is smoke-tested without editing this file). */
function scenarioNames(): string[] {
  return jsonFromScript<string[]>("import('./bench/scenarios/index.mjs').then((m) => console.log(JSON.stringify(m.scenarios.map((s) => s.name))))");
}

function runBench(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bench/run.mjs', 'all'], { cwd: repoRoot, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

describe('bench smoke run', () => {
  const resultsDir = mkdtempSync(join(tmpdir(), 'realserv-bench-smoke-'));
  afterAll(() => rmSync(resultsDir, { recursive: true, force: true }));

  it('every scenario runs against the stack and finishes with zero errors', async () => {
    const gateway = process.env.REALSERV_GATEWAY_URL!;
    const { code, output } = await runBench({
      BENCH_GATEWAY_URL: gateway,
      BENCH_EMULATOR_HOST: process.env.REALSERV_EMULATOR_HOST!,
      BENCH_RAZORPAY_URL: process.env.REALSERV_RAZORPAY_URL!,
      // Outside production mode the gateway serves /metrics on its main port.
      BENCH_METRICS_URL: new URL('/metrics', gateway).toString(),
      BENCH_RESULTS_DIR: resultsDir,
      BENCH_DURATION_SECONDS: '1',
      // Autocannon levels send 4 requests and wait for each answer: on a loaded machine a second
      // could end before a placeOrder answered (seen with three test files at once).
      BENCH_REQUESTS: '4',
      BENCH_WARMUP_SECONDS: '0',
      // The test stack keeps the per-caller in-flight limit (8).
      BENCH_CONNECTIONS: '2',
      BENCH_MAX_CONNECTIONS: '2',
      BENCH_BUYERS: '3',
      BENCH_ORDERS: '3',
      // payment-verification: at most a few seconds for the three orders' consumers to finish.
      BENCH_PAYMENTS_SETTLE_SECONDS: '5',
      BENCH_SOCKETS: '6',
      BENCH_CHANGES: '2',
      BENCH_ATTACKERS: '3',
      // The mixes: 2 users (BENCH_MAX_CONNECTIONS) as 2 buyers of 1 vendor, a short think time. Each
      // user deals the mix from a deck of 20, so about 40 operations each cover every operation.
      BENCH_MIX_BUYERS: '2',
      BENCH_MIX_VENDORS: '1',
      BENCH_RAMP_SECONDS: '1',
      BENCH_HOLD_SECONDS: '8',
      BENCH_THINK_MS: '10-30',
      // notifications-drain: a few order events into orders' outbox, read back from the local providers.
      BENCH_DATABASE_URLS: process.env.REALSERV_DATABASE_URLS!,
      BENCH_MAIL_URL: process.env.REALSERV_MAIL_URL!,
      BENCH_WHATSAPP_URL: process.env.REALSERV_WHATSAPP_URL!,
      BENCH_NOTIFICATIONS_URL: (JSON.parse(process.env.REALSERV_SUBGRAPH_URLS!) as Record<string, string>).notifications!,
      // delivery-options: 3 vendors around its site, 2 buyers; orders straight, for its statement count.
      BENCH_OPTION_VENDORS: '3',
      BENCH_OPTION_BUYERS: '2',
      BENCH_ORDERS_URL: (JSON.parse(process.env.REALSERV_SUBGRAPH_URLS!) as Record<string, string>).orders!,
      BENCH_ORDERS_CALLER_KEY: (JSON.parse(process.env.REALSERV_GATEWAY_ENV!) as Record<string, string>).SUBGRAPH_ORDERS_CALLER_KEY!,
      // idle: no settle, one second.
      BENCH_IDLE_SETTLE_SECONDS: '0',
      BENCH_IDLE_SECONDS: '1',
      BENCH_NOTIFY_EVENTS: '4',
      BENCH_NOTIFY_BUYERS: '2',
      BENCH_NOTIFY_VENDORS: '1',
      BENCH_NOTIFY_IDLE_SECONDS: '0',
      // notify-fanout: a few NOTIFYs to two listeners on the test stack's events database.
      BENCH_FANOUT_NOTIFIES: '20',
      BENCH_FANOUT_LISTENERS: '2',
      // http-client: a few calls per client, one round.
      BENCH_HTTP_CALLS: '20',
      BENCH_HTTP_ROUNDS: '1',
      // event-bus-cost: a short idle window and two orders (pg_stat_statements of the test stack's PostgreSQL).
      BENCH_EVENTS_IDLE_SECONDS: '2',
      BENCH_EVENTS_ORDERS: '2',
      BENCH_EVENTS_SETTLE_SECONDS: '0',
      // analytics-dashboard: a small generated history, queried at the analytics subgraph as the gateway would.
      BENCH_ANALYTICS_ORDERS: '500',
      BENCH_SUBGRAPH_URLS: process.env.REALSERV_SUBGRAPH_URLS!,
      BENCH_ANALYTICS_CALLER_KEY: (JSON.parse(process.env.REALSERV_GATEWAY_ENV!) as Record<string, string>).SUBGRAPH_ANALYTICS_CALLER_KEY!,
    });
    if (code !== 0) throw new Error(`bench/run.mjs exited with ${code}:\n${output.slice(-4000)}`);

    const results = readdirSync(resultsDir).map((file) => JSON.parse(readFileSync(join(resultsDir, file), 'utf8')) as Result);
    const scenarios = scenarioNames();
    expect(scenarios).toEqual(expect.arrayContaining(['catalog-browse', 'fixed-costs']));
    expect(results.map((r) => r.scenario).sort()).toEqual([...scenarios].sort());
    for (const result of results) {
      const context = `${result.scenario}: ${JSON.stringify(result.rows)} ${JSON.stringify(result.report ?? [])}`;
      expect(result.rows.length).toBeGreaterThan(0);
      // The machine's speed on fixed work, so results of different days compare (bench/calibrate.mjs).
      expect(result.calibration.js).toBeGreaterThan(0);
      expect(result.calibration.sha256).toBeGreaterThan(0);
      // Measured again once the stack has stopped, so a run during which the machine changed speed says so.
      expect(result.calibrationAfter.js).toBeGreaterThan(0);
      expect(result.calibrationAfter.sha256).toBeGreaterThan(0);
      for (const row of result.rows) {
        if (row.errors !== 0) throw new Error(`errors in ${context}`);
        if (row.requests === 0) throw new Error(`no requests in ${context}`);
        if (row.delivered !== row.expected || row.refused) throw new Error(`missed deliveries in ${context}`);
      }
    }
    const mix = results.find((r) => r.scenario === 'seed-mix')!;
    expect(mix.rows.map((r) => r.operation)).toEqual(['all operations', ...SEED_MIX_OPERATIONS]);
    // Counted in the hold: the machine's new TCP connections (Linux) and the gateway's own slow requests (its metrics).
    expect(mix.tcpConnections).toEqual(expect.any(Number));
    expect(mix.slowAtGateway).toEqual(expect.any(Number));
    // What PostgreSQL ran in the hold, with planning (the devstack's track_planning) and buffers per statement.
    const statements = mix.statements ?? [];
    expect(statements.some((s) => s.database === 'events' && s.calls > 0)).toBe(true);
    for (const s of statements) expect(s).toEqual(expect.objectContaining({ planMs: expect.any(Number), blocks: expect.any(Number), walBytes: expect.any(Number) }));
    expect(statements.some((s) => s.planMs > 0)).toBe(true);
    // The attack itself is refused (that is the point of the scenario), never answered.
    const attack = results.find((r) => r.scenario === 'cost-attack')!;
    expect(attack.rows.find((r) => r.attackStatus)?.attackStatus).toBe('400 QUERY_TOO_COMPLEX');
  }, 240_000);
});

describe('bench counters', () => {
  it('wake-ups are counted over the processes alive at both samples: one that ended (or started) in between never makes a part negative', () => {
    const script = `import('./bench/scenarios/process-cpu.mjs').then(({ wakeupsBetween }) => {
      const start = new Map([[10, { name: 'postgresql', switches: 500 }], [11, { name: 'postgresql', switches: 100 }], [20, { name: 'gateway', switches: 40 }], [30, { name: 'orders', switches: 7 }]]);
      // 11 ended (its count gone with it), 12 started, pid 30 was reused by another part.
      const end = new Map([[10, { name: 'postgresql', switches: 530 }], [12, { name: 'postgresql', switches: 900 }], [20, { name: 'gateway', switches: 50 }], [30, { name: 'catalog', switches: 3 }]]);
      console.log(JSON.stringify(Object.fromEntries(wakeupsBetween(start, end))));
    })`;
    const counted = jsonFromScript<Record<string, number>>(script);
    expect(counted).toEqual({ postgresql: 30, gateway: 10 });
  });
});

describe('bench mix from the environment', () => {
  const parse = (value: string): unknown => {
    const script = `import('./bench/scenarios/mix.mjs').then(({ mixFromEnv }) => { try { console.log(JSON.stringify({ mix: mixFromEnv(${JSON.stringify(value)}) ?? null })); } catch (e) { console.log(JSON.stringify({ error: e.message })); } })`;
    return jsonFromScript<unknown>(script);
  };

  it('BENCH_MIX gives the operations and their shares, unset gives none, and a typo or a bad share is refused', () => {
    expect(parse('placeOrder=5, catalog page=35')).toEqual({ mix: { placeOrder: 5, 'catalog page': 35 } });
    expect(parse('')).toEqual({ mix: null });
    expect(parse('place order=5')).toEqual({ error: expect.stringContaining('unknown operation "place order"') });
    expect(parse('placeOrder=0')).toEqual({ error: expect.stringContaining('positive whole share') });
    expect(parse('placeOrder=2.5')).toEqual({ error: expect.stringContaining('positive whole share') });
    expect(parse('placeOrder')).toEqual({ error: expect.stringContaining('positive whole share') });
    expect(parse('search=1,search=2')).toEqual({ error: expect.stringContaining('given twice') });
  });
});

describe('bench CPU profile summary', () => {
  it('--inclusive counts a frame with what it called, once per sample, and names the service', () => {
    const dir = mkdtempSync(join(tmpdir(), 'realserv-profile-'));
    try {
      const frame = (id: number, functionName: string, url: string, children: number[] = []) => ({ id, callFrame: { functionName, url, lineNumber: 0 }, children });
      const orders = 'file:///repo/subgraphs/orders/dist/order.js';
      // root → handle → (query → query, recursive) and handle → format; 4 samples of 10 ms.
      const profile = {
        nodes: [frame(1, '(root)', ''), frame(2, 'handle', orders, [3, 5]), frame(3, 'query', orders, [4]), frame(4, 'query', orders), frame(5, 'format', orders)],
        startTime: 0,
        endTime: 50_000,
        samples: [4, 3, 5, 2],
        timeDeltas: [0, 10_000, 10_000, 10_000, 10_000],
      };
      const file = join(dir, 'x.cpuprofile');
      writeFileSync(file, JSON.stringify(profile));
      const out = execFileSync(process.execPath, ['bench/cpu-profile.mjs', '--inclusive', file], { cwd: repoRoot, encoding: 'utf8' });
      expect(out).toContain('(subgraphs/orders)');
      const inclusive = out.split('top frames (inclusive')[1]!.split('by package')[0]!;
      // handle is on every stack; query on two (the recursive sample counts it once, not twice); format on one.
      expect(inclusive).toMatch(/100\.0 %\s+handle/);
      expect(inclusive).toMatch(/50\.0 %\s+query/);
      expect(inclusive).toMatch(/25\.0 %\s+format/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
