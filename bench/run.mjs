// Load scenarios against the supergraph. `npm run bench [scenario…]` boots a fresh stack with
// the demo seed (or uses BENCH_GATEWAY_URL), runs each scenario with autocannon at each
// connection level (the scenario's own `connections`, else BENCH_CONNECTIONS), and prints
// requests/s and latency percentiles, then any lines from the scenario's `report` hook. Results
// are also written to bench/results/<date>-<scenario>.json. Bounded in time; loopback only.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir, cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { startStack } from '@realserv/devstack';
import { scenarios } from './scenarios/index.mjs';

const selected = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const duration = Number(process.env.BENCH_DURATION_SECONDS ?? 10);
const levels = (process.env.BENCH_CONNECTIONS ?? '50,500').split(',').map(Number);
const toRun = selected.length ? scenarios.filter((s) => selected.includes(s.name)) : scenarios.filter((s) => !s.manual);
if (!toRun.length) {
  console.error(`Unknown scenario. Known: ${scenarios.map((s) => s.name).join(', ')}`);
  process.exit(2);
}

let stack;
let gatewayUrl = process.env.BENCH_GATEWAY_URL;
if (!gatewayUrl) {
  const dataDir = mkdtempSync(join(tmpdir(), 'realserv-bench-'));
  console.log(`Booting the supergraph (logs in ${dataDir}/logs)…`);
  stack = await startStack({ dataDir, persistent: false, seedDemoData: true, logLevel: 'warn', extraEnv: { NODE_ENV: 'production', CORS_ORIGINS: 'http://localhost' } });
  gatewayUrl = stack.gatewayUrl;
}

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
console.log(`machine: ${machine}\ngateway: ${gatewayUrl}\n`);
mkdirSync(new URL('./results/', import.meta.url), { recursive: true });

try {
  for (const scenario of toRun) {
    const env = {
      gatewayUrl,
      emulatorHost: stack?.emulatorHost ?? process.env.BENCH_EMULATOR_HOST,
      razorpayUrl: stack?.razorpayUrl ?? process.env.BENCH_RAZORPAY_URL,
      projectId: stack?.projectId ?? process.env.BENCH_PROJECT_ID ?? 'demo-realserv',
    };
    const prepareStarted = Date.now();
    const context = await scenario.prepare(env);
    const prepareSeconds = Math.round((Date.now() - prepareStarted) / 100) / 10;
    console.log(`${scenario.name}: prepared in ${prepareSeconds} s`);
    const scenarioLevels = scenario.connections ?? levels;
    const scenarioDuration = scenario.durationSeconds ?? duration;
    const rows = [];
    for (const connections of scenarioLevels) {
      // Warm-up so JIT and connection pools are hot before measuring.
      await run({ ...scenario.request(context), url: gatewayUrl, connections: Math.min(connections, 20), duration: 2 });
      const result = await run({ ...scenario.request(context), url: gatewayUrl, connections, duration: scenarioDuration });
      rows.push({
        connections,
        rps: Math.round(result.requests.average),
        p50: result.latency.p50,
        p95: result.latency.p97_5 !== undefined ? percentile(result, 95) : result.latency.p90,
        p99: result.latency.p99,
        max: result.latency.max,
        // Connection errors, non-2xx, and bodies the scenario's verifyBody rejects (GraphQL errors).
        errors: result.errors + result.non2xx + result.mismatches,
        requests: result.requests.total,
      });
    }
    const report = scenario.report ? await scenario.report(context) : [];
    print(scenario, rows, report);
    const file = new URL(`./results/${new Date().toISOString().slice(0, 10)}-${scenario.name}.json`, import.meta.url);
    const json = { scenario: scenario.name, description: scenario.description, machine, duration: scenarioDuration, prepareSeconds, rows };
    if (report.length) json.report = report;
    writeFileSync(file, JSON.stringify(json, null, 2));
    console.log(`wrote ${fileURLToPath(file)}\n`);
  }
} finally {
  await stack?.stop();
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

function print(scenario, rows, report) {
  console.log(`## ${scenario.name}: ${scenario.description}`);
  console.log('| connections | req/s | p50 ms | p95 ms | p99 ms | max ms | errors |');
  console.log('|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) console.log(`| ${r.connections} | ${r.rps} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.max} | ${r.errors} |`);
  console.log('');
  for (const line of report) console.log(line);
  if (report.length) console.log('');
}
