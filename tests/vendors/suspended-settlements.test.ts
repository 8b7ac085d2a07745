import { seededAdmin } from '../harness/actors.js';
import { eventually } from '../harness/eventually.js';
import { bottomLine, chargesAfter, earnings, ordersReachSettlements, paise, runWeekly, thisWeek, vendorAndBuyer, type SettlementView } from '../harness/settlements.js';
import { collectCash, CONFIRM, DISPATCH, deliverWithOtp, PLACE_ORDER, placeInput, type OrderView } from '../orders/order-helpers.js';

/**
 * Suspension × the weekly settlement run (docs/settlements.md, "Suspended vendors"): suspension
 * stops new sales, never the money for sales already made. A suspended vendor's completed orders
 * of the week (including an open order it delivered while suspended) are settled like anyone's.
 */

const SUSPEND = 'mutation S($id: ID!, $reason: String!) { suspendVendor(vendorId: $id, reason: $reason) { id status } }';
const REACTIVATE = 'mutation R($id: ID!) { reactivateVendor(vendorId: $id) { id status } }';
const PAY = 'mutation P($input: MarkSettlementPaidInput!) { markSettlementPaid(input: $input) { id status } }';
const ORDER_STATE = 'query O($id: ID!) { order(id: $id) { status delivery { status } } }';

/** Every line of a settlement and its bottom line, by the independent arithmetic of tests/harness/settlements.ts. */
function expectSettledToThePaisa(settlement: SettlementView, orders: OrderView[]) {
  expect(settlement.lines.map((l) => [l.kind, l.orderId]).sort()).toEqual(orders.map((o) => ['ORDER', o.id]).sort());
  for (const o of orders) {
    const line = settlement.lines.find((l) => l.orderId === o.id)!;
    expect(paise(line.amounts)).toEqual({
      gross: o.total.paise,
      refunded: 0,
      ...chargesAfter(o, 0),
      codCollectedByVendor: o.paymentMethod === 'COD' ? o.total.paise : 0,
      onlineCollectedByPlatform: o.paymentMethod === 'ONLINE' ? o.total.paise : 0,
    });
  }
  const online = orders.filter((o) => o.paymentMethod === 'ONLINE').reduce((sum, o) => sum + o.total.paise, 0);
  const deductions = orders.reduce((sum, o) => sum + chargesAfter(o, 0).deductions, 0);
  const tds = orders.reduce((sum, o) => sum + chargesAfter(o, 0).tds, 0);
  const expected = bottomLine(online, deductions, tds, 0, 0);
  expect(settlement.netPayout.paise).toBe(expected.netPayout);
  expect(settlement.carriedForward.paise).toBe(expected.carriedForward);
  expect(settlement.tdsDeducted.paise).toBe(expected.tdsDeducted);
  expect(paise(settlement.amounts)).toMatchObject({
    gross: orders.reduce((sum, o) => sum + o.total.paise, 0),
    deductions,
    codCollectedByVendor: orders.filter((o) => o.paymentMethod === 'COD').reduce((sum, o) => sum + o.total.paise, 0),
    onlineCollectedByPlatform: online,
  });
  return expected;
}

describe('weekly settlements of suspended vendors', () => {
  it('a suspended vendor is settled for its completed orders to the paisa (one delivered while suspended), as is a reactivated one; running the week twice settles nobody twice', async () => {
    const admin = await seededAdmin();
    const { weekStart, ...week } = thisWeek();

    // Suspended: two orders completed before the suspension, one confirmed before it and delivered during it.
    const s = await vendorAndBuyer('Suspended Settle Traders');
    const cod = await s.order(3, 'COD');
    const online = await s.order(2, 'ONLINE');
    const open = (await s.buyer.ok<{ placeOrder: OrderView }>(PLACE_ORDER, placeInput(s.vendor.vendorId, s.addressId, s.material.id, 1))).placeOrder;
    await s.vendor.ok(CONFIRM, { id: open.id });
    await eventually(async () => (await s.buyer.ok<{ order: { delivery: { status: string } | null } }>(ORDER_STATE, { id: open.id })).order.delivery?.status === 'PENDING', { what: 'its delivery' });
    expect((await admin.ok<{ suspendVendor: { status: string } }>(SUSPEND, { id: s.vendor.vendorId, reason: 'Settlement crossing test' })).suspendVendor.status).toBe('SUSPENDED');
    await s.vendor.ok(DISPATCH, { id: open.id });
    expect(await deliverWithOtp(s.vendor, s.buyer, open.id)).toBe('DELIVERED');
    await collectCash(s.vendor, open);
    await eventually(async () => (await s.buyer.ok<{ order: { status: string } }>(ORDER_STATE, { id: open.id })).order.status === 'COMPLETED', { what: 'the open order completed while suspended' });

    // Reactivated: suspended and reactivated before the run.
    const r = await vendorAndBuyer('Reactivated Settle Traders');
    const rOrder = await r.order(4, 'ONLINE');
    await admin.ok(SUSPEND, { id: r.vendor.vendorId, reason: 'Settlement crossing test' });
    expect((await admin.ok<{ reactivateVendor: { status: string } }>(REACTIVATE, { id: r.vendor.vendorId })).reactivateVendor.status).toBe('ACTIVE');

    await ordersReachSettlements(s.vendor, week, 3);
    await ordersReachSettlements(r.vendor, week, 1);
    // The suspended vendor still sees what it is owed.
    const preview = await earnings(s.vendor, week);

    const input = { weekStart, vendorIds: [s.vendor.vendorId, r.vendor.vendorId] };
    const first = await runWeekly(input);
    expect(first.failures).toEqual([]);
    expect(first.settlements.map((x) => x.vendorId).sort()).toEqual(input.vendorIds.slice().sort());
    const suspended = first.settlements.find((x) => x.vendorId === s.vendor.vendorId)!;
    const reactivated = first.settlements.find((x) => x.vendorId === r.vendor.vendorId)!;
    expect(suspended).toMatchObject({ ...week, status: 'GENERATED' });
    const owed = expectSettledToThePaisa(suspended, [cod, online, open]);
    expect(owed.netPayout).toBeGreaterThan(0);
    expect(paise(suspended.amounts)).toEqual(paise(preview.amounts));
    expect(suspended.netPayout.paise).toBe(preview.netPayout.paise);
    expectSettledToThePaisa(reactivated, [rOrder]);

    // Safe to run twice: the same settlements, still one per vendor, even with the vendor still suspended.
    const second = await runWeekly(input);
    expect(second.failures).toEqual([]);
    expect(second.settlements.map((x) => x.id).sort()).toEqual(first.settlements.map((x) => x.id).sort());
    expect(paise(second.settlements.find((x) => x.id === suspended.id)!.amounts)).toEqual(paise(suspended.amounts));
    const listed = await admin.ok<{ settlements: { pageInfo: { totalCount: number } } }>('query L($filter: SettlementsFilter) { settlements(filter: $filter) { pageInfo { totalCount } } }', {
      filter: { vendorId: s.vendor.vendorId },
    });
    expect(listed.settlements.pageInfo.totalCount).toBe(1);

    // Money owed stays owed: the suspended vendor sees its settlement and an admin can pay it.
    const mine = await s.vendor.ok<{ mySettlements: { items: Array<{ id: string; netPayout: { paise: number } }> } }>('{ mySettlements { items { id netPayout { paise } } } }');
    expect(mine.mySettlements.items).toEqual([{ id: suspended.id, netPayout: { paise: owed.netPayout } }]);
    const paid = await admin.ok<{ markSettlementPaid: { status: string } }>(PAY, { input: { settlementId: suspended.id, bankReference: `UTR-SUSP-${suspended.id.slice(0, 8)}` } });
    expect(paid.markSettlementPaid.status).toBe('PAID');
    const { vendor: after } = await admin.ok<{ vendor: { status: string } }>('query V($id: ID!) { vendor(id: $id) { status } }', { id: s.vendor.vendorId });
    expect(after.status).toBe('SUSPENDED');
  });
});
