import { seededAdmin, newBuyer, type Actor } from '../harness/actors.js';
import { PLACE_ORDER, addAddress, placeInput, type OrderView, type StockedMaterial } from '../orders/order-helpers.js';

/** The India calendar day of an instant (what analytics keys every row by). */
export function indiaDayOf(at: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Kolkata', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

export function shiftDay(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Yesterday to tomorrow in India: a range that holds every order placed during the test, even across midnight. */
export function aroundToday() {
  const today = indiaDayOf();
  return { from: shiftDay(today, -1), to: shiftDay(today, 1), granularity: 'DAY' as const };
}

export const SALES_BREAKDOWN = `query B($range: AnalyticsRange!, $by: SalesDimension!, $limit: Int) {
  salesBreakdown(range: $range, by: $by, limit: $limit) { key label orders gmvPaise netGmvPaise }
}`;
export const SALES_SERIES = `query S($range: AnalyticsRange!) {
  salesSeries(range: $range) { periodStart orders gmvPaise netGmvPaise cancelledOrders refundedPaise codOrders onlineOrders }
}`;
export const DASHBOARD = `query K($date: String) {
  dashboardKpis(date: $date) { date ordersPlaced gmvPaise netGmvPaise averageOrderValuePaise codSharePercent onlinePaymentSuccessRate refundsPaise activeVendors openSupportTickets updatedAt }
}`;

export interface BreakdownRow {
  key: string;
  label: string;
  orders: number;
  gmvPaise: number;
  netGmvPaise: number;
}

/** The admin's VENDOR breakdown row of one vendor over the days around today (null until counted). */
export async function vendorRow(admin: Actor, vendorId: string): Promise<BreakdownRow | null> {
  const { salesBreakdown } = await admin.ok<{ salesBreakdown: BreakdownRow[] }>(SALES_BREAKDOWN, { range: aroundToday(), by: 'VENDOR', limit: 100 });
  return salesBreakdown.find((row) => row.key === vendorId) ?? null;
}

/** A new buyer with one Bengaluru address. */
export async function buyerWithAddress(): Promise<{ buyer: Actor; addressId: string }> {
  const buyer = await newBuyer();
  return { buyer, addressId: await addAddress(buyer) };
}

export async function place(buyer: Actor, addressId: string, vendorId: string, material: StockedMaterial, quantity: number, method: 'COD' | 'ONLINE'): Promise<OrderView> {
  const { placeOrder } = await buyer.ok<{ placeOrder: OrderView }>(PLACE_ORDER, placeInput(vendorId, addressId, material.id, quantity, method));
  return placeOrder;
}

export { seededAdmin };
