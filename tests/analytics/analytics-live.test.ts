import { cement, vendorStocking } from '../orders/order-helpers.js';
import { liveClient, subscribe } from '../harness/live-client.js';
import { DASHBOARD, buyerWithAddress, indiaDayOf, place, seededAdmin } from './analytics-helpers.js';

const LIVE = `subscription { dashboardUpdated { date ordersPlaced gmvPaise activeVendors } }`;
type Live = { dashboardUpdated: { date: string; ordersPlaced: number; gmvPaise: number; activeVendors: number } };

describe('analytics: dashboardUpdated over graphql-ws', () => {
  it('an admin’s dashboard gets today’s KPIs with the new order counted; a buyer may not subscribe', async () => {
    const admin = await seededAdmin();
    const material = await cement();
    const vendor = await vendorStocking(material, 50, 40_000);
    const { buyer, addressId } = await buyerWithAddress();
    const client = liveClient(admin.token);
    const buyerClient = liveClient(buyer.token);
    try {
      const sub = subscribe<Live>(client, LIVE);
      // A nudge (what analytics' relay announces) proves the subscription runs before the order.
      await sub.untilLive({ type: 'DashboardKpisChanged', keys: { date: indiaDayOf() } });
      const { dashboardKpis: before } = await admin.ok<{ dashboardKpis: { ordersPlaced: number; gmvPaise: number } }>(DASHBOARD, {});
      const order = await place(buyer, addressId, vendor.vendorId, material, 3, 'COD');
      const update = await sub.waitFor((u) => u.dashboardUpdated.ordersPlaced > before.ordersPlaced && u.dashboardUpdated.gmvPaise >= before.gmvPaise + order.total.paise, 30_000);
      expect(update.dashboardUpdated.date).toBe(indiaDayOf());
      expect(sub.errors).toEqual([]);

      const denied = subscribe<Live>(buyerClient, LIVE);
      await denied.closed.catch(() => undefined);
      await Promise.race([denied.closed, new Promise((r) => setTimeout(r, 10_000))]);
      expect(JSON.stringify(denied.errors)).toMatch(/FORBIDDEN|not allowed/);
      sub.unsubscribe();
    } finally {
      await client.dispose();
      await buyerClient.dispose();
    }
  });
});
