import { randomUUID } from 'node:crypto';
import { newBuyer, seededAdmin } from '../harness/actors.js';
import { eventually } from '../harness/eventually.js';
import { errorCodes } from '../harness/graphql-client.js';
import { newVendor } from '../harness/vendors.js';
import { CASH, CONFIRM, DISPATCH, PLACE_ORDER, addAddress, cement, deliverWithOtp, placeInput, type OrderView } from '../orders/order-helpers.js';
import { payInCheckout } from '../payments/razorpay-local.js';

const GENERATE = `mutation G($input: SettlementPeriodInput!) { generateSettlements(input: $input) { id vendorId status periodStart periodEnd netPayout { paise } carriedForward { paise } openingBalanceOwed { paise }
  amounts { gross { paise } commission { paise } gstOnCommission { paise } tcs { paise } tds { paise } deductions { paise } codCollectedByVendor { paise } onlineCollectedByPlatform { paise } }
  lines { orderId paymentMethod amounts { gross { paise } commission { paise } } } } }`;
const PAY = `mutation P($input: MarkSettlementPaidInput!) { markSettlementPaid(input: $input) { id status bankReference } }`;
const EARNINGS = `query E($input: SettlementPeriodInput!) { earningsSummary(input: $input) { completedOrders netPayout { paise } amounts { gross { paise } } } }`;

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Kolkata', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
/** Half-up rounding of amount × bp / 10 000, written independently of the implementation. */
const pct = (amount: number, bp: number) => Math.floor((amount * bp + 5000) / 10000);

interface SettlementView {
  id: string;
  vendorId: string;
  status: string;
  netPayout: { paise: number };
  carriedForward: { paise: number };
  amounts: Record<string, { paise: number }>;
  lines: Array<{ orderId: string; paymentMethod: string }>;
}

async function completedOrders() {
  const material = await cement();
  const vendor = await newVendor('Settlement Traders');
  await vendor.ok('mutation I($input: UpdateInventoryInput!) { updateMyInventory(input: $input) { id } }', {
    input: { items: [{ materialId: material.id, stockQuantity: 500, pricePaise: 41_000 }] },
  });
  const buyer = await newBuyer();
  const addressId = await addAddress(buyer);
  // COD order → cash collected.
  const cod = (await buyer.ok<{ placeOrder: OrderView }>(PLACE_ORDER, placeInput(vendor.vendorId, addressId, material.id, 10))).placeOrder;
  for (const step of [CONFIRM, DISPATCH]) await vendor.ok(step, { id: cod.id });
  await deliverWithOtp(vendor, buyer, cod.id);
  await vendor.ok(CASH, { input: { orderId: cod.id, amountPaise: cod.total.paise } });
  // Online order → paid → delivered (completes).
  const online = (await buyer.ok<{ placeOrder: OrderView }>(PLACE_ORDER, placeInput(vendor.vendorId, addressId, material.id, 30, 'ONLINE'))).placeOrder;
  const { startOnlinePayment } = await buyer.ok<{ startOnlinePayment: { razorpayOrderId: string } }>('mutation S($id: ID!) { startOnlinePayment(orderId: $id) { razorpayOrderId } }', { id: online.id });
  await payInCheckout(startOnlinePayment.razorpayOrderId);
  await eventually(async () => (await buyer.ok<{ order: { status: string } }>('query O($id: ID!) { order(id: $id) { status } }', { id: online.id })).order.status === 'PAID', { what: 'PAID' });
  for (const step of [CONFIRM, DISPATCH]) await vendor.ok(step, { id: online.id });
  await deliverWithOtp(vendor, buyer, online.id);
  const period = { periodStart: today(), periodEnd: today() };
  await eventually(async () => (await vendor.ok<{ earningsSummary: { completedOrders: number } }>(EARNINGS, { input: period })).earningsSummary.completedOrders === 2, { what: 'both orders to reach vendors' });
  return { vendor, buyer, cod, online, period };
}

describe('weekly vendor settlements', () => {
  it('settles COD and online orders exactly to the paisa, once, and records the payout', async () => {
    const { vendor, cod, online, period } = await completedOrders();
    const admin = await seededAdmin();
    const { generateSettlements } = await admin.ok<{ generateSettlements: SettlementView[] }>(GENERATE, { input: period });
    const mine = generateSettlements.find((s) => s.vendorId === vendor.vendorId)!;
    expect(mine.lines.map((l) => [l.orderId, l.paymentMethod]).sort()).toEqual([[cod.id, 'COD'], [online.id, 'ONLINE']].sort());

    // Independent arithmetic: 10 % commission on taxable value, 18 % GST on it, TCS 0.5 % of taxable, TDS 0.1 % of gross.
    let deductions = 0;
    let commission = 0;
    for (const o of [cod, online]) {
      const taxable = o.total.paise - o.tax.paise;
      const c = pct(taxable, 1000);
      commission += c;
      deductions += c + pct(c, 1800) + pct(taxable, 50) + pct(o.total.paise, 10);
    }
    expect(mine.amounts.commission!.paise).toBe(commission);
    expect(mine.amounts.deductions!.paise).toBe(deductions);
    expect(mine.amounts.codCollectedByVendor!.paise).toBe(cod.total.paise);
    expect(mine.amounts.onlineCollectedByPlatform!.paise).toBe(online.total.paise);
    // Net payout = online collected − all deductions (COD deductions come out of online money).
    expect(mine.netPayout.paise - mine.carriedForward.paise).toBe(online.total.paise - deductions);

    // Re-running the period creates nothing new.
    const again = await admin.ok<{ generateSettlements: SettlementView[] }>(GENERATE, { input: period });
    expect(again.generateSettlements.filter((s) => s.vendorId === vendor.vendorId).map((s) => s.id)).toEqual([mine.id]);

    const reference = `UTR${randomUUID().slice(0, 10).toUpperCase()}`;
    expect((await admin.ok<{ markSettlementPaid: { status: string } }>(PAY, { input: { settlementId: mine.id, bankReference: reference } })).markSettlementPaid.status).toBe('PAID');
    expect(errorCodes(await admin.run(PAY, { input: { settlementId: mine.id, bankReference: 'UTRDIFFERENT' } }))).toEqual(['CONFLICT']);

    const { mySettlements } = await vendor.ok<{ mySettlements: { items: Array<{ id: string; status: string; bankReference: string }> } }>('{ mySettlements { items { id status bankReference } } }');
    expect(mySettlements.items).toEqual([{ id: mine.id, status: 'PAID', bankReference: reference }]);
  });

  it('only admins generate and pay; other vendors cannot read a settlement', async () => {
    const buyer = await newBuyer();
    const vendor = await newVendor();
    const period = { input: { periodStart: today(), periodEnd: today() } };
    expect(errorCodes(await buyer.run(GENERATE, period))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await vendor.run(GENERATE, period))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await vendor.run(PAY, { input: { settlementId: randomUUID(), bankReference: 'UTR12345' } }))).toEqual(['FORBIDDEN']);
    const admin = await seededAdmin();
    const { generateSettlements } = await admin.ok<{ generateSettlements: SettlementView[] }>(GENERATE, period);
    const someone = generateSettlements[0];
    if (someone) {
      expect(errorCodes(await vendor.run('query S($id: ID!) { settlement(id: $id) { id } }', { id: someone.id }))).toEqual(['NOT_FOUND']);
    }
    expect(errorCodes(await admin.run(GENERATE, { input: { periodStart: '2026-12-31', periodEnd: '2026-01-01' } }))).toEqual(['BAD_USER_INPUT']);
  });
});
