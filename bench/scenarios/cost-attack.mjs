// The query-amplification attack from the API review: a 164-byte query nesting lists
// (materials → offers → vendor → inventory → material → …), sent 20 at once, while an honest
// client keeps asking for the category list. Reports what the attacker got (status, bytes, time)
// and what the honest client's latency was during the attack and before it.
// Not an autocannon scenario: run.mjs calls `custom(context)`.
import { performance } from 'node:perf_hooks';
import { pct } from './stats.mjs';

const ATTACK =
  '{ materials(page:{limit:100}) { items { offers { vendor { inventory { material { offers { vendor { inventory { material { name } } } } } } } } } } }';
const HONEST = '{ categories(kind: MATERIAL) { id name } }';
const ATTACKERS = Number(process.env.BENCH_ATTACKERS ?? 20);
const BASELINE_REQUESTS = 50;

async function post(url, query) {
  const started = performance.now();
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const text = await response.text();
  let code = '';
  try {
    code = JSON.parse(text).errors?.[0]?.extensions?.code ?? '';
  } catch {
    code = 'not json';
  }
  return { ms: performance.now() - started, status: response.status, bytes: Buffer.byteLength(text), code };
}

const round = (n) => Math.round(n * 10) / 10;

export const costAttack = {
  name: 'cost-attack',
  description: `${ATTACKERS} concurrent 164-byte nested-list queries; an honest client's category query latency before and during`,
  manual: true,
  prepare: async ({ gatewayUrl }) => ({ gatewayUrl }),
  columns: [
    ['phase', (r) => r.phase],
    ['honest requests', (r) => r.requests],
    ['honest p50 ms', (r) => r.p50],
    ['honest p95 ms', (r) => r.p95],
    ['honest max ms', (r) => r.max],
    ['honest errors', (r) => r.errors],
    ['attack status', (r) => r.attackStatus ?? ''],
    ['attack bytes (each)', (r) => r.attackBytes ?? ''],
    ['attack wall s', (r) => r.attackSeconds ?? ''],
  ],
  custom: async ({ gatewayUrl }) => {
    // The honest client's answers must all be 200 without errors: a refusal is an error of the run.
    const honest = async (times) => {
      const answer = await post(gatewayUrl, HONEST);
      times.push(answer.ms);
      if (answer.status !== 200 || answer.code) times.errors = (times.errors ?? 0) + 1;
    };
    const honestLoop = async (until) => {
      const times = [];
      while (!until()) await honest(times);
      return times;
    };
    const summarise = (phase, times, extra = {}) => {
      const errors = times.errors ?? 0;
      times.sort((a, b) => a - b);
      return { phase, requests: times.length, p50: round(pct(times, 50)), p95: round(pct(times, 95)), max: round(times.at(-1) ?? NaN), errors, ...extra };
    };

    const baseline = [];
    for (let i = 0; i < BASELINE_REQUESTS; i += 1) await honest(baseline);

    let done = false;
    const started = performance.now();
    const attack = Promise.all(Array.from({ length: ATTACKERS }, () => post(gatewayUrl, ATTACK))).finally(() => (done = true));
    const [during, answers] = await Promise.all([honestLoop(() => done), attack]);
    const attackSeconds = round((performance.now() - started) / 1000);
    const statuses = [...new Set(answers.map((a) => `${a.status}${a.code ? ` ${a.code}` : ''}`))].join(', ');
    return {
      rows: [
        summarise('before the attack', baseline),
        summarise('during the attack', during, { attackStatus: statuses, attackBytes: Math.max(...answers.map((a) => a.bytes)), attackSeconds }),
      ],
    };
  },
};
