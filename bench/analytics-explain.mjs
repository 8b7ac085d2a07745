// EXPLAIN (ANALYZE, BUFFERS) of every admin dashboard query, as the analytics subgraph sends it,
// over an analytics database (e.g. one filled by `npm run analytics:generate`):
//   node bench/analytics-explain.mjs <analytics database URL>
// Prints, per report, each statement's plan: which index it reads and how many rows.
import { createLogger, openDatabase, subgraphEntities } from '@realserv/platform';
import { analyticsSubgraph } from '@realserv/analytics';
import { AnalyticsReports, OperationsReports } from '@realserv/analytics/reports';

const url = process.argv[2];
if (!url) throw new Error('usage: node bench/analytics-explain.mjs <analytics database URL>');
const india = (at) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Kolkata', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
const daysAgo = (n) => india(new Date(Date.now() - n * 86_400_000));
const year = { from: daysAgo(365), to: daysAgo(1) };

const orm = await openDatabase({ clientUrl: url, entities: subgraphEntities(analyticsSubgraph), migrations: [], poolMax: 1, log: createLogger('explain', 'warn') });
const connection = orm.em.getConnection();
const plans = [];
// Every statement a report sends is explained first, then run for its answer.
const explaining = {
  getConnection: () => ({
    execute: async (text, params = [], method = 'all') => {
      const plan = await connection.execute(`explain (analyze, buffers, costs off, timing off, summary off) ${text}`, params, 'all');
      plans.push(plan.map((row) => row['QUERY PLAN']).join('\n'));
      return connection.execute(text, params, method);
    },
  }),
  getTransactionContext: () => undefined,
};
const admin = new AnalyticsReports();
const operations = new OperationsReports();
const vendor = (await connection.execute(`select key from daily_sales where dimension = 'VENDOR' limit 1`))[0]?.key;
const reports = [
  ['dashboardKpis (yesterday)', () => admin.dashboardKpis(explaining, daysAgo(1))],
  ['salesSeries, 30 days by DAY', () => admin.salesSeries(explaining, { from: daysAgo(30), to: daysAgo(1), granularity: 'DAY' })],
  ['salesSeries, a year by WEEK', () => admin.salesSeries(explaining, { ...year, granularity: 'WEEK' })],
  ['salesSeries, a year by MONTH', () => admin.salesSeries(explaining, { ...year, granularity: 'MONTH' })],
  ['salesBreakdown by VENDOR, a year', () => admin.salesBreakdown(explaining, { ...year, granularity: 'DAY' }, 'VENDOR', 10)],
  ['salesBreakdown by CITY, a year', () => admin.salesBreakdown(explaining, { ...year, granularity: 'DAY' }, 'CITY', 10)],
  ['salesBreakdown by MATERIAL, a year', () => admin.salesBreakdown(explaining, { ...year, granularity: 'DAY' }, 'MATERIAL', 10)],
  ['fulfilmentAnalytics, a year', () => operations.fulfilment(explaining, { ...year, granularity: 'DAY' })],
  ['paymentsAnalytics, a year', () => operations.payments(explaining, { ...year, granularity: 'DAY' })],
  ['vendorsAnalytics, a year', () => operations.vendors(explaining, { ...year, granularity: 'DAY' })],
  ['revenueAnalytics, a year', () => operations.revenue(explaining, { ...year, granularity: 'DAY' })],
  ['supportAnalytics, a year', () => operations.support(explaining, { ...year, granularity: 'DAY' })],
  ['myVendorAnalytics, a year', () => operations.vendorOwn(explaining, vendor, { ...year, granularity: 'DAY' })],
];
try {
  for (const [label, run] of reports) {
    plans.length = 0;
    await run();
    console.log(`\n### ${label}\n${plans.join('\n--\n')}`);
  }
} finally {
  await orm.close(true);
}
