// Load scenarios against the supergraph. `npm run bench [scenario…]` boots a fresh stack with
// the demo seed (or uses BENCH_GATEWAY_URL), runs each scenario with autocannon at each
// connection level (the scenario's own `connections`, else BENCH_CONNECTIONS), and prints
// requests/s and latency percentiles, then any lines from the scenario's `report` hook. A scenario
// with a `custom(context)` hook (subscription-fanout, the mixes, fixed-costs, cost-attack) measures by itself instead of autocannon and
// returns its own rows and report lines. Results are also written to
// bench/results/<date>-<scenario>.json (BENCH_RESULTS_DIR: another directory). Bounded in time;
// loopback only. The smoke test (tests/platform/bench-smoke.test.ts) runs every scenario briefly.
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir, cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { freePort, pruneEndedDataDirs, startStack } from '@realserv/devstack';
import { scenarios } from './scenarios/index.mjs';
import { LATENCY_COLUMNS } from './scenarios/stats.mjs';
import { calibrate } from './calibrate.mjs';

/** The autocannon scenarios' columns; a scenario may name its own as [header, (row) => cell] pairs. */
const DEFAULT_COLUMNS = [
  ['connections', (r) => r.connections],
  ['req/s', (r) => r.rps],
  ...LATENCY_COLUMNS,
  ['errors', (r) => r.errors],
];

const selected = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const duration = Number(process.env.BENCH_DURATION_SECONDS ?? 10);
const levels = (process.env.BENCH_CONNECTIONS ?? '50,500').split(',').map(Number);
/** Caps every level, the scenarios' own included (the smoke test keeps under the in-flight limit). */
const maxConnections = Number(process.env.BENCH_MAX_CONNECTIONS ?? Infinity);
const warmupSeconds = Number(process.env.BENCH_WARMUP_SECONDS ?? 2);
/**
 * Instead of a duration, this many requests per autocannon level, each waited for (autocannon's
 * `amount`): a run that must finish whatever the machine's speed (the smoke test), not a measure.
 */
const requestsPerLevel = Number(process.env.BENCH_REQUESTS ?? 0);
const resultsDir = process.env.BENCH_RESULTS_DIR ? resolve(process.env.BENCH_RESULTS_DIR) : fileURLToPath(new URL('./results/', import.meta.url));
// No names: every scenario but the manual ones; `all`: every scenario.
const toRun = selected.includes('all') ? scenarios : selected.length ? scenarios.filter((s) => selected.includes(s.name)) : scenarios.filter((s) => !s.manual);
if (!toRun.length) {
  console.error(`Unknown scenario. Known: ${scenarios.map((s) => s.name).join(', ')}`);
  process.exit(2);
}

// Before the stack boots, while the machine is quiet: the figure that makes results of different
// days comparable (bench/calibrate.mjs).
const calibration = calibrate();
/** Result files written by this run (they get `calibrationAfter` at its end). */
const saved = [];
/** Calibrations before and after a run further apart than this (either way) are reported as a change of the machine's speed. */
const DRIFT_LIMIT = 1.25;

let stack;
let gatewayUrl = process.env.BENCH_GATEWAY_URL;
let metricsUrl = process.env.BENCH_METRICS_URL ?? (gatewayUrl ? new URL('/metrics', gatewayUrl).toString() : undefined);
if (!gatewayUrl) {
  // Each run leaves its directory (logs to read afterwards); the runs before the last go.
  pruneEndedDataDirs('realserv-bench-');
  const dataDir = mkdtempSync(join(tmpdir(), 'realserv-bench-'));
  console.log(`Booting the supergraph (logs in ${dataDir}/logs)…`);
  // Outside the ephemeral range, like every port the stack picks (devstack's freePort says why).
  const metricsPort = await freePort();
  stack = await startStack({
    dataDir,
    // e.g. 10: notifications and analytics (event-driven work) at a lower CPU priority than the
    // request path, as their own deployments would be (docs/capacity.md).
    ...(process.env.BENCH_BACKGROUND_NICE ? { backgroundNice: Number(process.env.BENCH_BACKGROUND_NICE) } : {}),
    // In production mode /metrics is served only on METRICS_PORT (the subscription scenario reads the gateway's memory there).
    gatewayExtraEnv: { METRICS_PORT: String(metricsPort), ...(process.env.BENCH_RESPONSE_CACHE ? { RESPONSE_CACHE: process.env.BENCH_RESPONSE_CACHE } : {}) },
    persistent: false,
    seedDemoData: true,
    logLevel: 'warn',
    extraEnv: {
      NODE_ENV: 'production',
      CORS_ORIGINS: 'http://localhost',
      // The scenarios send operation text, as Sandbox would; apps send trusted document ids.
      TRUSTED_DOCUMENTS: 'allow',
      // One load generator is one IP and a few users: per-caller budgets would measure the limiter.
      RATE_LIMITS: 'search=100000000/60,sign-up=100000000/3600,payment-verification=100000000/600,otp-verification=100000000/600',
      QUERY_COST_BUDGET_PER_MINUTE: '0',
      MAX_IN_FLIGHT_PER_CALLER: '100000',
      // notifications-drain measures the pipeline, not the per-recipient and per-provider caps.
      NOTIFY_RECIPIENT_PER_MINUTE: '1000',
      NOTIFY_PROVIDER_PER_SECOND: '10000',
      // e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof": every service writes a CPU profile when it stops.
      ...(process.env.BENCH_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_NODE_OPTIONS } : {}),
    },
  });
  gatewayUrl = stack.gatewayUrl;
  metricsUrl = `http://127.0.0.1:${metricsPort}/metrics`;
}

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
console.log(`machine: ${machine}\ncalibration (ms, lower is faster): js ${calibration.js}, sha256 ${calibration.sha256}\ngateway: ${gatewayUrl}\n`);
mkdirSync(resultsDir, { recursive: true });

try {
  for (const scenario of toRun) {
    const env = {
      gatewayUrl,
      metricsUrl,
      emulatorHost: stack?.emulatorHost ?? process.env.BENCH_EMULATOR_HOST,
      razorpayUrl: stack?.razorpayUrl ?? process.env.BENCH_RAZORPAY_URL,
      // notifications-drain: it writes order events into orders' outbox and reads the local providers.
      databaseUrls: stack?.databaseUrls ?? (process.env.BENCH_DATABASE_URLS ? JSON.parse(process.env.BENCH_DATABASE_URLS) : undefined),
      mailUrl: stack?.mailUrl ?? process.env.BENCH_MAIL_URL,
      whatsappUrl: stack?.whatsappUrl ?? process.env.BENCH_WHATSAPP_URL,
      notificationsUrl: stack?.subgraphUrls.notifications ?? process.env.BENCH_NOTIFICATIONS_URL,
      // analytics-dashboard: it writes generated history into analytics' database and queries the subgraph directly.
      analyticsUrl: stack?.subgraphUrls.analytics ?? (process.env.BENCH_SUBGRAPH_URLS ? JSON.parse(process.env.BENCH_SUBGRAPH_URLS).analytics : undefined),
      analyticsCallerKey: stack?.gatewayEnv.SUBGRAPH_ANALYTICS_CALLER_KEY ?? process.env.BENCH_ANALYTICS_CALLER_KEY,
      // delivery-options: one request straight to orders, signed as the gateway, for its SQL statement count.
      ordersUrl: stack?.subgraphUrls.orders ?? process.env.BENCH_ORDERS_URL,
      ordersCallerKey: stack?.gatewayEnv.SUBGRAPH_ORDERS_CALLER_KEY ?? process.env.BENCH_ORDERS_CALLER_KEY,
    };
    const prepareStarted = Date.now();
    const context = await scenario.prepare(env);
    const prepareSeconds = Math.round((Date.now() - prepareStarted) / 100) / 10;
    console.log(`${scenario.name}: prepared in ${prepareSeconds} s`);
    const scenarioLevels = (scenario.connections ?? levels).map((c) => Math.min(c, maxConnections));
    const scenarioDuration = scenario.durationSeconds ?? duration;
    if (scenario.custom) {
      const started = Date.now();
      // It may still measure with autocannon (`measure(request, connections)` → row); anything else it
      // returns (settings, CPU per process) is saved with the rows.
      const { rows, report = [], ...details } = await scenario.custom(context, {
        levels: scenarioLevels,
        measure: (request, connections, sampleCpu) => measure(request, connections, scenarioDuration, sampleCpu),
      });
      const seconds = Math.round((Date.now() - started) / 100) / 10;
      print(scenario, rows, report);
      save(scenario, { scenario: scenario.name, description: scenario.description, machine, calibration, seconds, prepareSeconds, ...details, rows, ...(report.length ? { report } : {}) });
      continue;
    }
    const rows = [];
    for (const connections of scenarioLevels) rows.push(await measure(scenario.request(context), connections, scenarioDuration));
    const report = scenario.report ? await scenario.report(context) : [];
    print(scenario, rows, report);
    const json = { scenario: scenario.name, description: scenario.description, machine, calibration, duration: scenarioDuration, prepareSeconds, rows };
    if (report.length) json.report = report;
    save(scenario, json);
  }
} finally {
  await stack?.stop();
}
recalibrate();

/**
 * The same calibration once more after the stack has stopped, written into every result of this
 * run as `calibrationAfter`: the machine's speed can change during a run (on 2026-12-03 one
 * seed-mix started at `js` 34.6 and the machine read 79-103 right after it; every process used
 * 2.3-2.8 times the CPU per operation of the run before), and a result whose two calibrations
 * disagree says so instead of passing for the code's.
 */
function recalibrate() {
  if (!saved.length) return;
  const after = calibrate();
  const drift = after.js / calibration.js;
  console.log(`calibration after the run: js ${after.js}, sha256 ${after.sha256} (before: js ${calibration.js}, sha256 ${calibration.sha256})`);
  if (drift > DRIFT_LIMIT || drift < 1 / DRIFT_LIMIT) {
    console.log(`the machine's speed changed during the run (js ${calibration.js} -> ${after.js}): its CPU figures and latencies are not the code's alone`);
  }
  for (const file of saved) writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), calibrationAfter: after }, null, 2));
}

/**
 * One autocannon level (after a warm-up, so JIT and connection pools are hot) → one table row;
 * with `sampleCpu` (() → { process: CPU seconds }), also each process's CPU ms per request.
 */
async function measure(request, connections, seconds, sampleCpu) {
  if (warmupSeconds > 0) await run({ ...request, url: gatewayUrl, connections: Math.min(connections, 20), duration: warmupSeconds });
  const cpuBefore = sampleCpu?.();
  const result = await run({ ...request, url: gatewayUrl, connections, ...(requestsPerLevel > 0 ? { amount: requestsPerLevel } : { duration: seconds }) });
  const cpuAfter = sampleCpu?.();
  const cpuMsPerRequest = cpuAfter
    ? Object.fromEntries(Object.entries(cpuAfter).map(([name, s]) => [name, Math.round(((s - (cpuBefore[name] ?? 0)) * 1e5) / Math.max(result.requests.total, 1)) / 100]))
    : undefined;
  return {
    ...(cpuMsPerRequest ? { cpuMsPerRequest } : {}),
    connections,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p95: result.latency.p97_5 !== undefined ? percentile(result, 95) : result.latency.p90,
    p99: result.latency.p99,
    max: result.latency.max,
    // Connection errors, non-2xx, and bodies the scenario's verifyBody rejects (GraphQL errors).
    errors: result.errors + result.non2xx + result.mismatches,
    requests: result.requests.total,
  };
}

function run(options) {
  return new Promise((resolve, reject) => {
    autocannon({ ...options, method: 'POST' }, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

/** autocannon reports p90, p97.5 and p99; p95 is interpolated from its histogram percentiles. */
function percentile(result, p) {
  const { p90, p97_5 } = result.latency;
  return Math.round((p90 + ((p - 90) / 7.5) * (p97_5 - p90)) * 100) / 100;
}

function save(scenario, json) {
  const file = join(resultsDir, `${new Date().toISOString().slice(0, 10)}-${scenario.resultName ?? scenario.name}.json`);
  writeFileSync(file, JSON.stringify(json, null, 2));
  saved.push(file);
  console.log(`wrote ${file}\n`);
}

function print(scenario, rows, report) {
  // A scenario's `columns`: its own list, or a function of the default ones (to add to them).
  const columns = typeof scenario.columns === 'function' ? scenario.columns(DEFAULT_COLUMNS) : (scenario.columns ?? DEFAULT_COLUMNS);
  console.log(`## ${scenario.name}: ${scenario.description}`);
  console.log(`| ${columns.map(([header]) => header).join(' | ')} |`);
  console.log(`|${columns.map(() => '---:|').join('')}`);
  for (const r of rows) console.log(`| ${columns.map(([, cell]) => cell(r)).join(' | ')} |`);
  console.log('');
  for (const line of report) console.log(line);
  if (report.length) console.log('');
}
