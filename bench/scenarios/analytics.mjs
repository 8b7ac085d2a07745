// The admin dashboard's queries over a year of generated history (issue #17: p95 ≤ 50 ms at the
// subgraph). prepare() writes the history straight into the analytics read models with the
// consumer's own upserts (@realserv/analytics/dataset); the queries go to the analytics subgraph
// itself, signed as the gateway signs them for an admin, so the numbers are the subgraph's alone.
import { randomUUID } from 'node:crypto';
import { signCallerEnvelope } from '@realserv/platform';
import { writeHistory } from '@realserv/analytics/dataset';
import { LATENCY_COLUMNS, pct } from './stats.mjs';

const ADMIN = { firebaseUid: 'bench-analytics-admin', userId: null, roles: ['ADMIN'], vendorId: null, email: null, phone: null };

const india = (at) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Kolkata', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
const daysAgo = (n) => india(new Date(Date.now() - n * 86_400_000));

function queries() {
  const year = { from: daysAgo(365), to: daysAgo(1) };
  return [
    ['dashboardKpis (yesterday)', 'query K($date: String) { dashboardKpis(date: $date) { ordersPlaced gmvPaise netGmvPaise averageOrderValuePaise codSharePercent onlinePaymentSuccessRate refundsPaise activeVendors updatedAt } }', { date: daysAgo(1) }],
    ['salesSeries, 30 days by DAY', 'query S($range: AnalyticsRange!) { salesSeries(range: $range) { periodStart orders gmvPaise netGmvPaise codOrders onlineOrders } }', { range: { from: daysAgo(30), to: daysAgo(1), granularity: 'DAY' } }],
    ['salesSeries, a year by WEEK', 'query S($range: AnalyticsRange!) { salesSeries(range: $range) { periodStart orders gmvPaise netGmvPaise } }', { range: { ...year, granularity: 'WEEK' } }],
    ['salesSeries, a year by MONTH', 'query S($range: AnalyticsRange!) { salesSeries(range: $range) { periodStart orders gmvPaise netGmvPaise } }', { range: { ...year, granularity: 'MONTH' } }],
    ['salesBreakdown by VENDOR, a year', 'query B($range: AnalyticsRange!) { salesBreakdown(range: $range, by: VENDOR, limit: 10) { key label orders gmvPaise netGmvPaise } }', { range: { ...year, granularity: 'DAY' } }],
    ['salesBreakdown by CITY, a year', 'query B($range: AnalyticsRange!) { salesBreakdown(range: $range, by: CITY, limit: 10) { key label orders gmvPaise } }', { range: { ...year, granularity: 'DAY' } }],
    ['fulfilmentAnalytics, a year', 'query F($range: AnalyticsRange!) { fulfilmentAnalytics(range: $range) { acceptanceRate confirmToDeliveredP50Seconds confirmToDeliveredP90Seconds closingReasons { reason count } } }', { range: { ...year, granularity: 'DAY' } }],
  ];
}

/** `connections` concurrent loops sending one query for `seconds`; latencies of the answers without errors. */
async function measureQuery(url, key, [label, query, variables], connections, seconds) {
  const latencies = [];
  let errors = 0;
  const until = Date.now() + seconds * 1000;
  const loop = async () => {
    while (Date.now() < until) {
      // Signed per request, as the gateway does (the envelope's iat has a maximum age).
      const header = signCallerEnvelope({ caller: ADMIN, requestId: randomUUID(), aud: 'analytics', iat: Math.floor(Date.now() / 1000) }, key);
      const started = performance.now();
      try {
        const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-realserv-caller': header }, body: JSON.stringify({ query, variables }) });
        const body = await response.json();
        if (!response.ok || body.errors) errors += 1;
        else latencies.push(performance.now() - started);
      } catch {
        errors += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, loop));
  latencies.sort((a, b) => a - b);
  const round = (ms) => Math.round(ms * 100) / 100;
  return {
    query: label,
    connections,
    requests: latencies.length + errors,
    rps: Math.round(latencies.length / seconds),
    p50: round(pct(latencies, 50)),
    p95: round(pct(latencies, 95)),
    p99: round(pct(latencies, 99)),
    max: round(latencies[latencies.length - 1] ?? NaN),
    errors,
  };
}

export const analyticsDashboard = {
  name: 'analytics-dashboard',
  description: 'admin dashboard queries at the analytics subgraph over a year of generated history (BENCH_ANALYTICS_ORDERS orders, 50 vendors, 10 cities)',
  connections: [1, 10],
  columns: [['query', (r) => r.query], ['connections', (r) => r.connections], ['req/s', (r) => r.rps], ...LATENCY_COLUMNS, ['errors', (r) => r.errors]],
  prepare: async (env) => {
    if (!env.analyticsUrl || !env.analyticsCallerKey || !env.databaseUrls?.analytics) {
      throw new Error('analytics-dashboard needs a fresh stack, or BENCH_SUBGRAPH_URLS, BENCH_ANALYTICS_CALLER_KEY and BENCH_DATABASE_URLS');
    }
    const orders = Number(process.env.BENCH_ANALYTICS_ORDERS ?? 200_000);
    const history = await writeHistory(env.databaseUrls.analytics, { orders });
    return { url: env.analyticsUrl, key: env.analyticsCallerKey, history };
  },
  custom: async ({ url, key, history }, { levels }) => {
    const seconds = Number(process.env.BENCH_DURATION_SECONDS ?? 10);
    const rows = [];
    for (const q of queries()) {
      // Warm-up: JIT, connection pool, PostgreSQL's cache.
      await measureQuery(url, key, q, 1, Math.min(1, seconds));
      for (const connections of levels) rows.push(await measureQuery(url, key, q, connections, seconds));
    }
    const worst = Math.max(...rows.filter((r) => r.connections === 1).map((r) => r.p95));
    return {
      rows,
      history,
      report: [`history: ${history.orders} orders written in ${history.seconds} s`, `worst p95 at 1 connection: ${worst} ms (target ≤ 50 ms)`],
    };
  },
};
