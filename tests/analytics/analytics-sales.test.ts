import { randomUUID } from 'node:crypto';
import { CANCEL, REJECT, cement, vendorStocking } from '../orders/order-helpers.js';
import { eventually } from '../harness/eventually.js';
import { SALES_BREAKDOWN, SALES_SERIES, DASHBOARD, aroundToday, buyerWithAddress, place, seededAdmin, vendorRow, type BreakdownRow } from './analytics-helpers.js';

describe('analytics: sales read model through the gateway', () => {
  // Large orders, so the fresh vendor ranks in the top 100 of the days around today whatever else the suite placed.
  it('an admin sees a fresh vendor’s orders, gross and net GMV equal to the arithmetic over exactly those orders', async () => {
    const admin = await seededAdmin();
    const material = await cement();
    const vendor = await vendorStocking(material, 500, 40_000);
    const first = await buyerWithAddress();
    const second = await buyerWithAddress();
    const a = await place(first.buyer, first.addressId, vendor.vendorId, material, 30, 'COD');
    const b = await place(second.buyer, second.addressId, vendor.vendorId, material, 50, 'COD');
    const c = await place(first.buyer, first.addressId, vendor.vendorId, material, 20, 'ONLINE');
    const d = await place(second.buyer, second.addressId, vendor.vendorId, material, 70, 'COD');
    // Reasons unique to this test, so their counts are exactly this test's.
    const cancelReason = `Ordered twice by mistake ${randomUUID().slice(0, 8)}`;
    const rejectReason = `Truck under repair ${randomUUID().slice(0, 8)}`;
    await first.buyer.ok(CANCEL, { input: { orderId: a.id, reason: cancelReason } });
    await vendor.ok(REJECT, { input: { orderId: d.id, reason: rejectReason } });

    const gross = a.total.paise + b.total.paise + c.total.paise + d.total.paise;
    const net = gross - a.total.paise - d.total.paise;
    const row = await eventually(
      async () => {
        const r = await vendorRow(admin, vendor.vendorId);
        return r && r.orders === 4 && r.netGmvPaise === net ? r : null;
      },
      { what: 'the vendor’s four orders, two closed, counted' },
    );
    expect(row).toEqual<BreakdownRow>({ key: vendor.vendorId, label: expect.any(String), orders: 4, gmvPaise: gross, netGmvPaise: net });

    // Rejections and cancellations by reason, on the day they happened.
    const { fulfilmentAnalytics } = await admin.ok<{ fulfilmentAnalytics: { rejected: number; cancelled: number; closingReasons: Array<{ outcome: string; reason: string; count: number }> } }>(
      `query F($range: AnalyticsRange!, $vendorId: ID) { fulfilmentAnalytics(range: $range, vendorId: $vendorId) { rejected cancelled closingReasons { outcome reason count } } }`,
      { range: aroundToday(), vendorId: vendor.vendorId },
    );
    expect([fulfilmentAnalytics.rejected, fulfilmentAnalytics.cancelled]).toEqual([1, 1]);
    expect(fulfilmentAnalytics.closingReasons).toEqual(
      [
        { outcome: 'CANCELLED', reason: cancelReason, count: 1 },
        { outcome: 'REJECTED', reason: rejectReason, count: 1 },
      ],
    );

    // The same orders by material: the lines' totals (delivery charges are not a material's sales).
    const { salesBreakdown: byMaterial } = await admin.ok<{ salesBreakdown: BreakdownRow[] }>(SALES_BREAKDOWN, { range: aroundToday(), by: 'MATERIAL', limit: 100 });
    const cementRow = byMaterial.find((r) => r.key === material.id);
    expect(cementRow?.label).toBe(material.name);
    expect(cementRow!.orders).toBeGreaterThanOrEqual(4);

    // The day series and today's KPIs include them (other tests add their own orders).
    const { salesSeries } = await admin.ok<{ salesSeries: Array<{ periodStart: string; orders: number; cancelledOrders: number }> }>(SALES_SERIES, { range: aroundToday() });
    expect(salesSeries.map((p) => p.periodStart)).toEqual([aroundToday().from, expect.any(String), aroundToday().to]);
    expect(salesSeries.reduce((n, p) => n + p.orders, 0)).toBeGreaterThanOrEqual(4);
    expect(salesSeries.reduce((n, p) => n + p.cancelledOrders, 0)).toBeGreaterThanOrEqual(2);
    const { dashboardKpis } = await admin.ok<{ dashboardKpis: { ordersPlaced: number; activeVendors: number; openSupportTickets: number | null } }>(DASHBOARD, {});
    expect(dashboardKpis.activeVendors).toBeGreaterThanOrEqual(1);
    expect(dashboardKpis.openSupportTickets).toBeGreaterThanOrEqual(0);
  });

  it('a buyer and a vendor cannot read the admin reports (FORBIDDEN); a bad range is BAD_USER_INPUT', async () => {
    const admin = await seededAdmin();
    const { buyer } = await buyerWithAddress();
    const vendor = await vendorStocking(await cement(), 10, 40_000);
    for (const actor of [buyer, vendor]) {
      const kpis = await actor.run(DASHBOARD, {});
      expect(kpis.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const series = await actor.run(SALES_SERIES, { range: aroundToday() });
      expect(series.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const backwards = await admin.run(SALES_SERIES, { range: { from: '2026-03-10', to: '2026-03-01', granularity: 'DAY' } });
    expect(backwards.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const tooLong = await admin.run(SALES_SERIES, { range: { from: '2024-01-01', to: '2026-01-01', granularity: 'DAY' } });
    expect(tooLong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const notADate = await admin.run(DASHBOARD, { date: '2026-02-30' });
    expect(notADate.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const weeks = await admin.ok<{ salesSeries: Array<{ periodStart: string }> }>(SALES_SERIES, { range: { from: '2026-03-04', to: '2026-03-20', granularity: 'WEEK' } });
    // ISO weeks: the Mondays of the weeks holding 4, 11 and 18 March 2026.
    expect(weeks.salesSeries.map((p) => p.periodStart)).toEqual(['2026-03-02', '2026-03-09', '2026-03-16']);
  });
});
