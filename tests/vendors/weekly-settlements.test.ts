import pg from 'pg';
import { newBuyer, seededAdmin } from '../harness/actors.js';
import { errorCodes, type GraphQLResponse } from '../harness/graphql-client.js';
import { newVendor } from '../harness/vendors.js';
import { RUN_WEEKLY, day, earnings, indiaDay, mondayOf, ordersReachSettlements, paise, runWeekly, settle, thisWeek, vendorAndBuyer, type SettlementView } from '../harness/settlements.js';

/**
 * The weekly settlement run (docs/settlements.md, "Weekly run"): pg-boss's cron runs it every
 * Monday 02:00 India time; runWeeklySettlements runs the same code now. The e2e stack's
 * settlement clock is a week ahead, so the week of today has ended for it.
 */

const LIST = `query L($filter: SettlementsFilter, $page: PageInput) { settlements(filter: $filter, page: $page) { pageInfo { totalCount } items { id vendorId status periodStart periodEnd } } }`;
/** The denial checks select little: what a caller may not do must be FORBIDDEN, not merely too costly. */
const RUN_WEEKLY_IDS = `mutation W($input: RunWeeklySettlementsInput) { runWeeklySettlements(input: $input) { settlements { id } } }`;
const PAY = `mutation P($input: MarkSettlementPaidInput!) { markSettlementPaid(input: $input) { id status } }`;

interface ListResult {
  settlements: { pageInfo: { totalCount: number }; items: Array<{ id: string; vendorId: string; status: string; periodStart: string; periodEnd: string }> };
}
const reasons = (response: GraphQLResponse<unknown>) => (response.errors ?? []).map((e) => e.extensions?.reason);

/** A vendor stocking cement at ₹410 a bag with one completed COD order of `bags` and one online order of 2 bags. */
async function vendorWithSales(name: string, bags: number) {
  const { vendor, order } = await vendorAndBuyer(name);
  await order(bags, 'COD');
  await order(2, 'ONLINE');
  return vendor;
}

describe('weekly settlements', () => {
  it('settles the Monday–Sunday week for each vendor exactly once, with the same result as generateSettlements; admins list them by vendor, status and period', async () => {
    const admin = await seededAdmin();
    const { weekStart, ...week } = thisWeek();
    const [a, b, twin] = [await vendorWithSales('Weekly A Traders', 3), await vendorWithSales('Weekly B Traders', 5), await vendorWithSales('Weekly Twin Traders', 3)];
    for (const v of [a, b, twin]) await ordersReachSettlements(v, week, 2);
    const previewOfA = await earnings(a, week);

    const input = { weekStart, vendorIds: [a.vendorId, b.vendorId] };
    const first = await runWeekly(input);
    expect(first).toMatchObject(week);
    expect(first.failures).toEqual([]);
    expect(first.settlements.map((s) => s.vendorId).sort()).toEqual([a.vendorId, b.vendorId].sort());
    for (const s of first.settlements) expect(s).toMatchObject({ ...week, status: 'GENERATED' });
    const settledA = first.settlements.find((s) => s.vendorId === a.vendorId)!;
    expect(settledA.lines).toHaveLength(2);
    // What the vendor was shown beforehand is what it is paid.
    expect(paise(settledA.amounts)).toEqual(paise(previewOfA.amounts));
    expect(settledA.netPayout.paise).toBe(previewOfA.netPayout.paise);

    // Running the same week again (a pg-boss retry, an admin by hand) settles nobody twice.
    const second = await runWeekly(input);
    expect(second.failures).toEqual([]);
    expect(second.settlements.map((s) => s.id).sort()).toEqual(first.settlements.map((s) => s.id).sort());
    for (const v of [a, b]) {
      const { settlements } = await admin.ok<ListResult>(LIST, { filter: { vendorId: v.vendorId } });
      expect(settlements.pageInfo.totalCount).toBe(1);
    }
    // The admin mutation for the same period returns the very same settlement, not a second one.
    const viaGenerate = await settle(week, [a.vendorId]);
    expect(viaGenerate.settlements.map((s: SettlementView) => s.id)).toEqual([settledA.id]);

    // Same sales settled through generateSettlements: the same figures to the paisa.
    const twinSettled = (await settle(week, [twin.vendorId])).settlements[0]!;
    expect(paise(twinSettled.amounts)).toEqual(paise(settledA.amounts));
    expect(twinSettled.netPayout.paise).toBe(settledA.netPayout.paise);
    expect(twinSettled.carriedForward.paise).toBe(settledA.carriedForward.paise);

    // The list: by vendor, status and period.
    await admin.ok(PAY, { input: { settlementId: settledA.id, bankReference: `UTR-WEEKLY-${settledA.id.slice(0, 8)}` } });
    const list = async (filter: Record<string, string>) => (await admin.ok<ListResult>(LIST, { filter, page: { limit: 100 } })).settlements;
    expect((await list({ vendorId: a.vendorId, status: 'PAID' })).items.map((s) => s.id)).toEqual([settledA.id]);
    expect((await list({ vendorId: a.vendorId, status: 'GENERATED' })).pageInfo.totalCount).toBe(0);
    expect((await list({ vendorId: b.vendorId, status: 'GENERATED' })).items.map((s) => s.vendorId)).toEqual([b.vendorId]);
    expect((await list({ vendorId: a.vendorId, periodFrom: week.periodStart, periodTo: week.periodEnd })).pageInfo.totalCount).toBe(1);
    expect((await list({ vendorId: a.vendorId, periodTo: day(weekStart, -1) })).pageInfo.totalCount).toBe(0);
    expect((await list({ vendorId: a.vendorId, periodFrom: day(weekStart, 7) })).pageInfo.totalCount).toBe(0);
    const paid = await list({ status: 'PAID', periodFrom: week.periodStart, periodTo: week.periodEnd });
    expect(paid.items.every((s) => s.status === 'PAID' && s.periodEnd >= week.periodStart && s.periodStart <= week.periodEnd)).toBe(true);
    expect(paid.items.map((s) => s.id)).toContain(settledA.id);
    expect(errorCodes(await admin.run(LIST, { filter: { periodFrom: '2026-02-30' } }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await admin.run(LIST, { filter: { periodFrom: week.periodEnd, periodTo: week.periodStart } }))).toEqual(['BAD_USER_INPUT']);

    // Vendors see their own through mySettlements, never the admin list or the run.
    expect(errorCodes(await a.run(LIST, { filter: { vendorId: a.vendorId } }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await a.run(RUN_WEEKLY_IDS, { input }))).toEqual(['FORBIDDEN']);
    const buyer = await newBuyer();
    expect(errorCodes(await buyer.run(LIST, {}))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await buyer.run(RUN_WEEKLY_IDS, { input }))).toEqual(['FORBIDDEN']);
  });

  it('refuses a week start that is not a Monday, and a week that has not ended', async () => {
    const admin = await seededAdmin();
    const vendor = await newVendor('Weekly Early Traders');
    const tuesday = day(mondayOf(indiaDay(0)), 1);
    expect(errorCodes(await admin.run(RUN_WEEKLY, { input: { weekStart: tuesday, vendorIds: [vendor.vendorId] } }))).toEqual(['BAD_USER_INPUT']);
    // The settlement clock is a week ahead: the week after next has not ended for it.
    const running = await admin.run(RUN_WEEKLY, { input: { weekStart: mondayOf(indiaDay(14)), vendorIds: [vendor.vendorId] } });
    expect(errorCodes(running)).toEqual(['BAD_USER_INPUT']);
    expect(reasons(running)).toEqual(['PERIOD_NOT_ENDED']);
  });

  it('is scheduled with pg-boss: every Monday 02:00 in Asia/Kolkata', async () => {
    const env = JSON.parse(process.env.REALSERV_GATEWAY_ENV ?? '{}') as Record<string, string>;
    const client = new pg.Client({ connectionString: env.EVENTS_DATABASE_URL });
    await client.connect();
    try {
      const { rows } = await client.query<{ name: string; cron: string; timezone: string }>(
        `select name, cron, timezone from pgboss.schedule where name = 'vendors.weekly-settlements'`,
      );
      expect(rows).toEqual([{ name: 'vendors.weekly-settlements', cron: '0 2 * * 1', timezone: 'Asia/Kolkata' }]);
    } finally {
      await client.end();
    }
  });
});
