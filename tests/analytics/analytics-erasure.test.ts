import { randomUUID } from 'node:crypto';
import { eventually } from '../harness/eventually.js';
import { CANCEL, cement, vendorStocking } from '../orders/order-helpers.js';
import { aroundToday, buyerWithAddress, place, seededAdmin } from './analytics-helpers.js';
import { rowCountOf } from '../harness/subgraph-db.js';

const ERASED = '[erased: the buyer deleted their account]';
const DELETE_ME = `mutation D($confirm: String!) { deleteMyAccount(confirm: $confirm) { id status } }`;
const FULFILMENT = `query F($range: AnalyticsRange!, $vendorId: ID) { fulfilmentAnalytics(range: $range, vendorId: $vendorId) { cancelled closingReasons { outcome reason count } } }`;

interface Fulfilment {
  cancelled: number;
  closingReasons: Array<{ outcome: string; reason: string; count: number }>;
}

describe('analytics: a deleted buyer’s cancellation reasons', () => {
  it('are erased from the closing-reason figures (counts kept, moved to the marker), from analytics’ event log and from orders’ published events; a redelivered UserDeleted changes nothing', async () => {
    const admin = await seededAdmin();
    const material = await cement();
    const vendor = await vendorStocking(material, 500, 40_000);
    const leaving = await buyerWithAddress();
    const staying = await buyerWithAddress();
    // Words unique to this test, typed by two buyers: only the one who leaves has theirs erased.
    const reason = `Site flooded near Ravi’s house ${randomUUID().slice(0, 8)}`;
    const orders = [
      await place(leaving.buyer, leaving.addressId, vendor.vendorId, material, 10, 'COD'),
      await place(leaving.buyer, leaving.addressId, vendor.vendorId, material, 12, 'COD'),
      await place(staying.buyer, staying.addressId, vendor.vendorId, material, 14, 'COD'),
    ];
    await leaving.buyer.ok(CANCEL, { input: { orderId: orders[0]!.id, reason } });
    await leaving.buyer.ok(CANCEL, { input: { orderId: orders[1]!.id, reason: `  ${reason} ` } });
    await staying.buyer.ok(CANCEL, { input: { orderId: orders[2]!.id, reason } });

    const figures = async () => (await admin.ok<{ fulfilmentAnalytics: Fulfilment }>(FULFILMENT, { range: aroundToday(), vendorId: vendor.vendorId })).fulfilmentAnalytics;
    const counted = await eventually(async () => ((await figures()).cancelled === 3 ? figures() : undefined), { what: 'the three cancellations counted' });
    // Reasons are trimmed into one key: the admin sees the text, three times.
    expect(counted.closingReasons).toEqual([{ outcome: 'CANCELLED', reason, count: 3 }]);
    const withText = `select 1 from outbox_events where type = 'OrderCancelled' and payload->>'reason' like '%' || $1 || '%'`;
    expect(await rowCountOf('orders', withText, [reason])).toBe(3);
    expect(await rowCountOf('analytics', `select 1 from counted_events where payload->>'reason' like '%' || $1 || '%'`, [reason])).toBe(3);

    expect((await leaving.buyer.ok<{ deleteMyAccount: { status: string } }>(DELETE_ME, { confirm: 'DELETE' })).deleteMyAccount.status).toBe('DELETED');

    // Same count, the leaving buyer's two under the marker; the other buyer's words stay theirs.
    const after = await eventually(
      async () => {
        const seen = await figures();
        return seen.closingReasons.some((r) => r.reason === ERASED) ? seen : undefined;
      },
      { what: 'analytics to erase the deleted buyer’s reasons' },
    );
    const expected = [
      { outcome: 'CANCELLED', reason: ERASED, count: 2 },
      { outcome: 'CANCELLED', reason, count: 1 },
    ];
    expect(after.cancelled).toBe(3);
    expect([...after.closingReasons].sort((a, b) => b.count - a.count)).toEqual(expected);
    // The month roll-up moved with the days, and the log a rebuild replays says the same.
    expect(await rowCountOf('analytics', `select 1 from closing_reason_rollups where vendor_id = $1 and granularity = 'MONTH' and reason = $2 and orders = 2`, [vendor.vendorId, ERASED])).toBe(1);
    expect(await rowCountOf('analytics', `select 1 from closing_reason_rollups where vendor_id = $1 and reason = $2 and orders = 1`, [vendor.vendorId, reason])).toBe(1);
    expect(await rowCountOf('analytics', `select 1 from daily_closing_reasons where vendor_id = $1`, [vendor.vendorId])).toBe(2);
    const mine = [orders[0]!.id, orders[1]!.id];
    expect(await rowCountOf('analytics', `select 1 from counted_events where type = 'OrderCancelled' and payload->>'orderId' = any($1) and payload->>'reason' = $2`, [mine, ERASED])).toBe(2);
    expect(await rowCountOf('analytics', `select 1 from counted_events where payload->>'reason' like '%' || $1 || '%'`, [reason])).toBe(1);

    // orders keeps its published events: the leaving buyer's copies of the text are erased there too.
    await eventually(async () => (await rowCountOf('orders', withText, [reason])) === 1, { what: 'orders to erase the reason in its outbox' });
    expect(await rowCountOf('orders', `select 1 from outbox_events where type = 'OrderCancelled' and payload->>'orderId' = any($1) and payload->>'reason' = $2 and payload->>'actor' = 'BUYER'`, [mine, ERASED])).toBe(2);

    // Delivered again (at least once): nothing moves twice.
    const again = randomUUID();
    await rowCountOf('identity', `insert into outbox_events (id, type, payload, occurred_at) values ($1, 'UserDeleted', $2, now())`, [again, JSON.stringify({ userId: leaving.buyer.userId, userType: 'BUYER', deletedAt: new Date().toISOString() })]);
    for (const [database, handler] of [['analytics', 'erase-deleted-buyer-reasons'], ['orders', 'anonymise-deleted-buyer-orders']] as const) {
      await eventually(async () => (await rowCountOf(database, `select 1 from processed_events where event_id = $1 and handler = $2`, [again, handler])) === 1, {
        what: `${database} to apply the redelivered UserDeleted`,
      });
    }
    const redelivered = await figures();
    expect(redelivered.cancelled).toBe(3);
    expect([...redelivered.closingReasons].sort((a, b) => b.count - a.count)).toEqual(expected);
    expect(await rowCountOf('analytics', `select 1 from closing_reason_rollups where vendor_id = $1 and reason = $2 and orders = 2`, [vendor.vendorId, ERASED])).toBe(1);
    expect(await rowCountOf('orders', withText, [reason])).toBe(1);
  });
});
