import { randomUUID } from 'node:crypto';
import { indianDate } from '@realserv/platform/indian-date';
import { newBuyer, seededAdmin, type Actor } from './actors.js';
import { eventually } from './eventually.js';
import { newVendor } from './vendors.js';
import { CONFIRM, DISPATCH, PLACE_ORDER, addAddress, cement, collectCash, deliverWithOtp, placeInput, type OrderView } from '../orders/order-helpers.js';
import { payInCheckout } from '../payments/razorpay-local.js';

/**
 * Settlements through the API, the way an admin and a vendor use them, and an independent
 * model of their arithmetic (written from docs/settlements.md, not from the implementation).
 *
 * The e2e stack runs settlements' clock a week ahead (SETTLEMENT_CLOCK_OFFSET_DAYS=7, NODE_ENV=test):
 * only ended periods can be settled, and this lets a test settle the day its orders completed.
 */

const MONEY = `gross { paise } refunded { paise } taxableValue { paise } gst { paise } commission { paise } gstOnCommission { paise } tcs { paise } tds { paise } deductions { paise } codCollectedByVendor { paise } onlineCollectedByPlatform { paise }`;
export const SETTLEMENT_FIELDS = `id vendorId status periodStart periodEnd netPayout { paise } carriedForward { paise } openingBalanceOwed { paise }
  tdsDeducted { paise } tdsReturnCreditBroughtForward { paise } tdsReturnCreditCarriedForward { paise }
  amounts { ${MONEY} } legalBases { deduction basis from to }
  lines { kind orderId refundId paymentMethod amounts { ${MONEY} } }`;
export const GENERATE = `mutation G($input: GenerateSettlementsInput!) { generateSettlements(input: $input) { settlements { ${SETTLEMENT_FIELDS} } failures { vendorId code message } } }`;
export const EARNINGS = `query E($input: SettlementPeriodInput!) { earningsSummary(input: $input) { completedOrders settled netPayout { paise } carriedForward { paise } tdsDeducted { paise } tdsReturnCreditCarriedForward { paise } amounts { ${MONEY} } } }`;
export const RUN_WEEKLY = `mutation W($input: RunWeeklySettlementsInput) { runWeeklySettlements(input: $input) { periodStart periodEnd settlements { ${SETTLEMENT_FIELDS} } failures { vendorId code message } } }`;
export const REFUND = `mutation R($input: RefundPaymentInput!) { refundPayment(input: $input) { id status amount { paise } } }`;

export type Amounts = Record<
  'gross' | 'refunded' | 'taxableValue' | 'gst' | 'commission' | 'gstOnCommission' | 'tcs' | 'tds' | 'deductions' | 'codCollectedByVendor' | 'onlineCollectedByPlatform',
  { paise: number }
>;
export interface SettlementView {
  id: string;
  vendorId: string;
  status: string;
  periodStart: string;
  periodEnd: string;
  netPayout: { paise: number };
  carriedForward: { paise: number };
  openingBalanceOwed: { paise: number };
  tdsDeducted: { paise: number };
  tdsReturnCreditBroughtForward: { paise: number };
  tdsReturnCreditCarriedForward: { paise: number };
  amounts: Amounts;
  legalBases: Array<{ deduction: string; basis: string; from: string; to: string }>;
  lines: Array<{ kind: string; orderId: string; refundId: string | null; paymentMethod: string; amounts: Amounts }>;
}
export interface GenerateResult {
  settlements: SettlementView[];
  failures: Array<{ vendorId: string; code: string; message: string }>;
}
export type WeeklyResult = GenerateResult & { periodStart: string; periodEnd: string };
export interface EarningsView {
  completedOrders: number;
  settled: boolean;
  netPayout: { paise: number };
  carriedForward: { paise: number };
  tdsDeducted: { paise: number };
  tdsReturnCreditCarriedForward: { paise: number };
  amounts: Amounts;
}
export interface Period {
  periodStart: string;
  periodEnd: string;
}

/** Today in India (YYYY-MM-DD), plus `days`. */
export function indiaDay(days = 0): string {
  return indianDate(new Date(Date.now() + days * 86_400_000));
}
export const day = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
export const oneDay = (date: string): Period => ({ periodStart: date, periodEnd: date });
/** The Monday of the (India) week `date` falls in. */
export const mondayOf = (date: string) => day(date, -((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7));
/** This (India) week, Monday to Sunday: ended for the e2e stack's settlement clock, which runs a week ahead. */
export function thisWeek(): Period & { weekStart: string } {
  const weekStart = mondayOf(indiaDay(0));
  return { weekStart, periodStart: weekStart, periodEnd: day(weekStart, 6) };
}

/** A vendor (PAN on file, 10 % commission) stocking cement at ₹410 a bag, and a buyer with a site; `order` takes one to COMPLETED. */
export async function vendorAndBuyer(name: string) {
  const material = await cement();
  const vendor = await newVendor(name);
  await vendor.ok('mutation I($input: UpdateInventoryInput!) { updateMyInventory(input: $input) { id } }', {
    input: { items: [{ materialId: material.id, stockQuantity: 1000, pricePaise: 41_000 }] },
  });
  const buyer = await newBuyer();
  const addressId = await addAddress(buyer);
  const order = (quantity: number, method: 'ONLINE' | 'COD') => completedOrder(vendor, buyer, addressId, material.id, quantity, method);
  return { vendor, buyer, addressId, material, order };
}

const ORDER_STATE = 'query O($id: ID!) { order(id: $id) { id status deliveryOtp delivery { status } } }';
type OrderState = { order: { status: string; deliveryOtp: string | null; delivery: { status: string } | null } };

/**
 * Places an order and takes it to COMPLETED the way the product does: online orders are paid in
 * Checkout first; the vendor confirms, dispatches and hands over against the buyer's delivery
 * OTP; a COD order completes when the vendor records the cash.
 */
export async function completedOrder(vendor: Actor & { vendorId: string }, buyer: Actor, addressId: string, materialId: string, quantity: number, method: 'ONLINE' | 'COD'): Promise<OrderView> {
  const order = (await buyer.ok<{ placeOrder: OrderView }>(PLACE_ORDER, placeInput(vendor.vendorId, addressId, materialId, quantity, method))).placeOrder;
  const state = async () => (await buyer.ok<OrderState>(ORDER_STATE, { id: order.id })).order;
  if (method === 'ONLINE') {
    const { startOnlinePayment } = await buyer.ok<{ startOnlinePayment: { razorpayOrderId: string } }>('mutation S($id: ID!) { startOnlinePayment(orderId: $id) { razorpayOrderId } }', { id: order.id });
    await payInCheckout(startOnlinePayment.razorpayOrderId);
    await eventually(async () => (await state()).status === 'PAID', { what: `${order.orderNumber} to be PAID` });
  }
  await vendor.ok(CONFIRM, { id: order.id });
  await eventually(async () => (await state()).delivery?.status === 'PENDING', { what: 'its delivery' });
  await vendor.ok(DISPATCH, { id: order.id });
  await eventually(async () => (await state()).delivery?.status === 'OUT_FOR_DELIVERY', { what: 'dispatch' });
  const delivered = await deliverWithOtp(vendor, buyer, order.id);
  if (method === 'COD') {
    expect(delivered).toBe('DELIVERED');
    await collectCash(vendor, order);
  }
  await eventually(async () => (await state()).status === 'COMPLETED', { what: `${order.orderNumber} to be COMPLETED` });
  return order;
}

/** An admin refund (online through Razorpay, COD paid back by the platform); returns the refund id. */
export async function refund(orderId: string, amountPaise?: number): Promise<string> {
  const admin = await seededAdmin();
  const { refundPayment } = await admin.ok<{ refundPayment: { id: string; status: string } }>(REFUND, {
    input: { orderId, reason: 'Damaged bags returned', idempotencyKey: `settle-${randomUUID()}`, ...(amountPaise ? { amountPaise } : {}) },
  });
  if (refundPayment.status !== 'PROCESSED') throw new Error(`refund ${refundPayment.id} is ${refundPayment.status}`);
  return refundPayment.id;
}

export async function settle(period: Period, vendorIds?: string[]): Promise<GenerateResult> {
  const admin = await seededAdmin();
  return (await admin.ok<{ generateSettlements: GenerateResult }>(GENERATE, { input: { ...period, ...(vendorIds ? { vendorIds } : {}) } })).generateSettlements;
}

/** runWeeklySettlements as an admin: the weekly run, now. */
export async function runWeekly(input: { weekStart: string; vendorIds?: string[] }): Promise<WeeklyResult> {
  const admin = await seededAdmin();
  return (await admin.ok<{ runWeeklySettlements: WeeklyResult }>(RUN_WEEKLY, { input })).runWeeklySettlements;
}

export async function earnings(vendor: Actor, period: Period): Promise<EarningsView> {
  return (await vendor.ok<{ earningsSummary: EarningsView }>(EARNINGS, { input: period })).earningsSummary;
}

/** Waits until the vendors subgraph has seen `count` completed orders of the vendor not settled yet, up to `period`'s end. */
export async function ordersReachSettlements(vendor: Actor, period: Period, count: number): Promise<void> {
  await eventually(async () => (await earnings(vendor, period)).completedOrders === count, { what: `${count} completed orders to reach settlements` });
}

/** Waits until the vendor's next settlement would account for `paise` of refunds (RefundProcessed has arrived). */
export async function refundsReachSettlements(vendor: Actor, period: Period, paise: number): Promise<void> {
  let last: EarningsView | undefined;
  try {
    await eventually(async () => (last = await earnings(vendor, period)).amounts.refunded.paise === paise, { what: `₹${paise / 100} of refunds to reach settlements` });
  } catch (error) {
    // What the vendor was last shown says which half was missing: the refund, or the order it nets against.
    const seen = last && { completedOrders: last.completedOrders, settled: last.settled, refunded: last.amounts.refunded.paise, period };
    throw new Error(`${(error as Error).message}; last seen ${JSON.stringify(seen)}`);
  }
}

/**
 * The reusable "settle, refund, settle again" flow: settles `first` for the vendor, makes the
 * refunds (each after the first settlement), waits for them to reach settlements, settles `second`.
 */
export async function settleRefundSettleAgain(
  vendor: Actor & { vendorId: string },
  first: Period,
  refunds: Array<{ orderId: string; amountPaise?: number; expectedPaise: number }>,
  second: Period,
  beforeSecond: () => Promise<void> = async () => undefined,
) {
  const firstRun = await settle(first, [vendor.vendorId]);
  const firstSettlement = firstRun.settlements.find((s) => s.vendorId === vendor.vendorId)!;
  const refundIds: string[] = [];
  for (const r of refunds) refundIds.push(await refund(r.orderId, r.amountPaise));
  await refundsReachSettlements(vendor, second, refunds.reduce((sum, r) => sum + r.expectedPaise, 0));
  await beforeSecond();
  const previewOfSecond = await earnings(vendor, second);
  const secondRun = await settle(second, [vendor.vendorId]);
  const secondSettlement = secondRun.settlements.find((s) => s.vendorId === vendor.vendorId)!;
  return { firstRun, firstSettlement, refundIds, previewOfSecond, secondRun, secondSettlement };
}

// ---- The arithmetic, independently (docs/settlements.md) -----------------------------------

/** amount × bp / 10 000, halves up (amount ≥ 0). */
export const pct = (amount: number, bp: number) => Math.floor((amount * bp + 5000) / 10000);
/** part × refunded / gross, halves up: the share of a refund that is taxable value. */
const shareOf = (refunded: number, part: number, gross: number) => (gross === 0 ? 0 : Math.floor((2 * refunded * part + gross) / (2 * gross)));

export interface SoldOrder {
  total: { paise: number };
  tax: { paise: number };
  paymentMethod: string;
}
export interface Charges {
  taxableValue: number;
  gst: number;
  commission: number;
  gstOnCommission: number;
  tcs: number;
  tds: number;
  deductions: number;
}

/** What an order is charged once `refunded` paise of it have been given back (10 % commission, a PAN on file, rates of 2024-10-01 on). */
export function chargesAfter(order: SoldOrder, refunded: number): Charges {
  const gross = order.total.paise;
  const taxableValue = gross - order.tax.paise - shareOf(refunded, gross - order.tax.paise, gross);
  const commission = pct(taxableValue, 1000);
  const gstOnCommission = pct(commission, 1800);
  const tcs = order.paymentMethod === 'ONLINE' ? pct(taxableValue, 50) : 0; // CGST s. 52: online only
  const tds = pct(taxableValue, 10); // 194-O / 2025 Act s. 393: all sales, excluding GST
  return { taxableValue, gst: gross - refunded - taxableValue, commission, gstOnCommission, tcs, tds, deductions: commission + gstOnCommission + tcs + tds };
}

/** A refund of `amount` after `before` was refunded: the negative adjustment line. */
export function adjustmentFor(order: SoldOrder, before: number, amount: number): Charges {
  const a = chargesAfter(order, before);
  const b = chargesAfter(order, before + amount);
  return {
    taxableValue: b.taxableValue - a.taxableValue,
    gst: b.gst - a.gst,
    commission: b.commission - a.commission,
    gstOnCommission: b.gstOnCommission - a.gstOnCommission,
    tcs: b.tcs - a.tcs,
    tds: b.tds - a.tds,
    deductions: b.deductions - a.deductions,
  };
}

/**
 * A settlement's bottom line from its totals and what the last one carried: TDS on returns is
 * adjusted against sales, never paid back (CBDT Circular 20/2023), so TDS deducted is never below 0.
 */
export function bottomLine(online: number, deductions: number, tds: number, owedBefore: number, tdsCreditBefore: number) {
  const tdsDue = tds - tdsCreditBefore;
  const tdsDeducted = Math.max(tdsDue, 0);
  const balance = online - (deductions - tds + tdsDeducted) - owedBefore;
  return { netPayout: Math.max(balance, 0), carriedForward: Math.max(-balance, 0), tdsDeducted, tdsReturnCreditCarriedForward: Math.max(-tdsDue, 0) };
}

export function paise(amounts: Amounts): Record<string, number> {
  return Object.fromEntries(Object.entries(amounts).map(([k, v]) => [k, v.paise]));
}
