import { errorCodes } from '../harness/graphql-client.js';
import { eventually } from '../harness/eventually.js';
import { newBuyer } from '../harness/actors.js';
import { outboxEventsOf } from '../harness/subgraph-db.js';
import { chargesAfter, indiaDay, oneDay, ordersReachSettlements, paise, settle } from '../harness/settlements.js';
import { CONFIRM, DISPATCH, deliverWithOtp, stockOf } from '../orders/order-helpers.js';
import { aroundToday, vendorRow } from '../analytics/analytics-helpers.js';
import { DISPUTE, OPEN, RESOLVE, notifiedOf, paidFor, resolutionKey, vendorAndBuyer, type DisputeView } from './dispute-helpers.js';

/** docs/disputes.md, "Replacement": a no-charge order of the replaced lines, placed with the resolution. */

const REPLACEMENT_FIELDS = `id orderNumber status paymentMethod paymentStatus
  subtotal { paise } deliveryCharge { paise } tax { paise } total { paise }
  deliveryAddress { line1 city pincode }
  items { name quantity taxCode unitPrice { paise } lineTotal { paise } }
  replacementFor { id orderNumber }`;
const RESOLVE_REPLACEMENT = `mutation S($id: ID!, $input: ResolveDisputeInput!) { resolveDispute(disputeId: $id, input: $input) { id status outcome resolutionLines { orderItemId quantity } replacementOrder { ${REPLACEMENT_FIELDS} } } }`;
const ORDER = `query O($id: ID!) { order(id: $id) { ${REPLACEMENT_FIELDS} status delivery { status } } }`;
const INVENTORY = 'mutation I($input: UpdateInventoryInput!) { updateMyInventory(input: $input) { id } }';

interface ReplacementView {
  id: string;
  orderNumber: string;
  status: string;
  paymentMethod: string;
  paymentStatus: string;
  subtotal: { paise: number };
  deliveryCharge: { paise: number };
  tax: { paise: number };
  total: { paise: number };
  deliveryAddress: { line1: string; city: string; pincode: string };
  items: Array<{ name: string; quantity: number; taxCode: string; unitPrice: { paise: number }; lineTotal: { paise: number } }>;
  replacementFor: { id: string; orderNumber: string } | null;
}
type Resolved = { resolveDispute: { id: string; status: string; outcome: string; resolutionLines: Array<{ orderItemId: string; quantity: number }>; replacementOrder: ReplacementView | null } };

describe('a dispute resolved with a replacement', () => {
  it('places a no-charge order of the disputed lines to the same address, holds its stock, goes through confirm → OTP → completed, settles at ₹0 and is no sale', async () => {
    const { vendor, buyer, admin, order, material } = await vendorAndBuyer('Replacement Traders');
    // Large enough for the vendor to rank in analytics' top 100 of the days around today.
    const a = await order(40, 'ONLINE');
    const { order: original } = await buyer.ok<{ order: ReplacementView }>(ORDER, { id: a.id });
    const { openDispute: opened } = await buyer.ok<{ openDispute: DisputeView }>(OPEN, {
      input: { orderId: a.id, type: 'DAMAGED', lines: [{ orderItemId: a.lineId, quantity: 4 }], amountClaimedPaise: paidFor(a, 4), description: 'Four bags arrived split and hardened.' },
    });
    const stockBefore = await stockOf(vendor, material.id);

    // Only admins decide; another buyer does not even see the dispute.
    const decision = { outcome: 'REPLACEMENT', reason: 'Vendor replaces the four damaged bags.', idempotencyKey: resolutionKey() };
    for (const caller of [buyer, vendor]) expect(errorCodes(await caller.run(RESOLVE, { id: opened.id, input: decision }))).toEqual(['FORBIDDEN']);
    const stranger = await newBuyer();
    expect(errorCodes(await stranger.run(DISPUTE, { id: opened.id }))).toEqual(['NOT_FOUND']);

    const { resolveDispute: resolved } = await admin.ok<Resolved>(RESOLVE_REPLACEMENT, { id: opened.id, input: decision });
    expect(resolved).toMatchObject({ status: 'REPLACEMENT_ARRANGED', outcome: 'REPLACEMENT', resolutionLines: [{ orderItemId: a.lineId, quantity: 4 }] });
    const replacement = resolved.replacementOrder!;
    expect(replacement).toEqual({
      id: expect.any(String),
      orderNumber: expect.stringMatching(/^RS-\d{4}-\d{6}$/),
      status: 'PAID',
      paymentMethod: 'ONLINE',
      paymentStatus: 'NOT_REQUIRED',
      subtotal: { paise: 0 },
      deliveryCharge: { paise: 0 },
      tax: { paise: 0 },
      total: { paise: 0 },
      deliveryAddress: original.deliveryAddress,
      items: [{ name: a.items[0]!.name, quantity: 4, taxCode: original.items[0]!.taxCode, unitPrice: { paise: 0 }, lineTotal: { paise: 0 } }],
      replacementFor: { id: a.id, orderNumber: a.orderNumber },
    });
    expect(replacement.id).not.toBe(a.id);
    // Its OrderPlaced, as every consumer receives it: free, naming the order it replaces, with the
    // original's city and the replaced lines at ₹0 (analytics breaks it down from these).
    const placed = (await outboxEventsOf('orders', replacement.id)).filter((e) => e.type === 'OrderPlaced');
    expect(placed.map((e) => e.payload)).toEqual([
      expect.objectContaining({
        orderId: replacement.id,
        totalPaise: 0,
        replacementForOrderId: a.id,
        deliveryCity: original.deliveryAddress.city,
        lines: [{ kind: 'MATERIAL', refId: material.id, name: a.items[0]!.name, lineTotalPaise: 0 }],
      }),
    ]);

    // Sending the decision again is the same decision: the same order, no second one, no second hold.
    const again = (await admin.ok<Resolved>(RESOLVE_REPLACEMENT, { id: opened.id, input: decision })).resolveDispute;
    expect(again.replacementOrder?.id).toBe(replacement.id);
    expect(await stockOf(vendor, material.id)).toBe(stockBefore - 4);
    const another = await admin.run(RESOLVE, { id: opened.id, input: { ...decision, idempotencyKey: resolutionKey() } });
    expect([errorCodes(another), another.errors?.[0]?.extensions?.reason]).toEqual([['CONFLICT'], 'NOT_A_TRANSITION']);
    expect(await stockOf(vendor, material.id)).toBe(stockBefore - 4);

    // The buyer and the vendor see it; another buyer gets NOT_FOUND. The vendor is told of a new order.
    expect((await buyer.ok<{ order: ReplacementView }>(ORDER, { id: replacement.id })).order.replacementFor?.id).toBe(a.id);
    expect(errorCodes(await stranger.run(ORDER, { id: replacement.id }))).toEqual(['NOT_FOUND']);
    const [told] = await notifiedOf(vendor, replacement.id, ['ORDER_PLACED_VENDOR']);
    expect(told!.body).toContain('Replacement, no charge');

    // The normal flow: the vendor confirms and dispatches, the buyer's OTP completes it (nothing to collect).
    await vendor.ok(CONFIRM, { id: replacement.id });
    await eventually(async () => (await vendor.ok<{ order: { delivery: { status: string } | null } }>(ORDER, { id: replacement.id })).order.delivery?.status === 'PENDING', { what: 'its delivery' });
    await vendor.ok(DISPATCH, { id: replacement.id });
    expect(await deliverWithOtp(vendor, buyer, replacement.id)).toBe('COMPLETED');
    expect((await buyer.ok<{ order: ReplacementView }>(ORDER, { id: replacement.id })).order.paymentStatus).toBe('NOT_REQUIRED');

    // The settlement: the original order as sold, the replacement ₹0 in every column — the vendor bears the goods.
    const period = oneDay(indiaDay());
    await ordersReachSettlements(vendor, period, 2);
    const run = await settle(period, [vendor.vendorId]);
    expect(run.failures).toEqual([]);
    const settlement = run.settlements.find((s) => s.vendorId === vendor.vendorId)!;
    const byOrder = new Map(settlement.lines.map((l) => [l.orderId, l]));
    expect([...byOrder.keys()].sort()).toEqual([a.id, replacement.id].sort());
    const sold = { gross: a.total.paise, refunded: 0, ...chargesAfter(a, 0), codCollectedByVendor: 0, onlineCollectedByPlatform: a.total.paise };
    expect(paise(byOrder.get(a.id)!.amounts)).toEqual(sold);
    expect(Object.values(paise(byOrder.get(replacement.id)!.amounts)).every((v) => v === 0)).toBe(true);
    expect(paise(settlement.amounts)).toEqual(sold);
    expect(settlement.netPayout.paise).toBe(a.total.paise - sold.deductions);

    // Analytics: the replacement was delivered (fulfilment counts it) but is not a sale.
    await eventually(
      async () => {
        const { fulfilmentAnalytics } = await admin.ok<{ fulfilmentAnalytics: { delivered: number } }>(
          'query F($range: AnalyticsRange!, $vendorId: ID) { fulfilmentAnalytics(range: $range, vendorId: $vendorId) { delivered } }',
          { range: aroundToday(), vendorId: vendor.vendorId },
        );
        return fulfilmentAnalytics.delivered === 2;
      },
      { what: 'analytics to count both deliveries' },
    );
    expect(await vendorRow(admin, vendor.vendorId)).toMatchObject({ orders: 1, gmvPaise: a.total.paise, netGmvPaise: a.total.paise });
  });

  it('is refused with CONFLICT when the vendor is short of stock, and nothing changes; stated lines and quantities are replaced', async () => {
    const { vendor, buyer, admin, order, material } = await vendorAndBuyer('Short Stock Traders');
    const b = await order(5, 'COD');
    const { openDispute: opened } = await buyer.ok<{ openDispute: DisputeView }>(OPEN, {
      input: { orderId: b.id, type: 'WRONG_ITEM', lines: [{ orderItemId: b.lineId, quantity: 3 }], amountClaimedPaise: 0, description: 'Three bags were of the wrong grade.' },
    });
    await vendor.ok(INVENTORY, { input: { items: [{ materialId: material.id, stockQuantity: 2, pricePaise: 41_000 }] } });

    const decision = { outcome: 'REPLACEMENT', reason: 'Replace the three wrong bags.', idempotencyKey: resolutionKey() };
    const short = await admin.run(RESOLVE_REPLACEMENT, { id: opened.id, input: decision });
    expect([errorCodes(short), short.errors?.[0]?.extensions?.reason]).toEqual([['CONFLICT'], 'INSUFFICIENT_STOCK']);
    const unchanged = (await admin.ok<{ dispute: DisputeView & { replacementOrder: { id: string } | null } }>(`query D($id: ID!) { dispute(id: $id) { status outcome history { step } replacementOrder { id } } }`, { id: opened.id })).dispute;
    expect(unchanged).toEqual({ status: 'AWAITING_VENDOR', outcome: null, history: [{ step: 'OPENED' }], replacementOrder: null });
    expect(await stockOf(vendor, material.id)).toBe(2);

    // The admin replaces the two bags the vendor has (lines stated in the resolution), with a new key.
    const { resolveDispute } = await admin.ok<Resolved>(RESOLVE_REPLACEMENT, {
      id: opened.id,
      input: { ...decision, lines: [{ orderItemId: b.lineId, quantity: 2 }], idempotencyKey: resolutionKey() },
    });
    expect(resolveDispute.status).toBe('REPLACEMENT_ARRANGED');
    expect(resolveDispute.replacementOrder).toMatchObject({ status: 'PAID', total: { paise: 0 }, items: [{ quantity: 2, lineTotal: { paise: 0 } }], replacementFor: { id: b.id } });
    expect(await stockOf(vendor, material.id)).toBe(0);
    // The buyer can still cancel it before dispatch: the stock comes back, and there is nothing to refund.
    await buyer.ok(`mutation X($input: OrderReasonInput!) { cancelOrder(input: $input) { id } }`, { input: { orderId: resolveDispute.replacementOrder!.id, reason: 'Bought elsewhere meanwhile' } });
    await eventually(async () => (await stockOf(vendor, material.id)) === 2, { what: 'the replacement’s stock to come back' });
    expect((await buyer.ok<{ order: ReplacementView }>(ORDER, { id: resolveDispute.replacementOrder!.id })).order).toMatchObject({ status: 'CANCELLED', paymentStatus: 'NOT_REQUIRED' });
  });
});
