import { closedDeltas, placedDeltas, refundDeltas, type OrderLineShape, type OrderShape, type SalesDelta } from '../sales/sales-deltas.js';
import { addDays } from '../reporting/analytics-calendar.js';
import { bucketOf } from '../reporting/duration-buckets.js';
import {
  closingReasonRows,
  durationRows,
  fulfilmentRows,
  paymentFailureRows,
  paymentRows,
  salesRows,
  settlementRows,
  upsert,
  vendorBuyerRows,
  vendorFunnelRows,
  type DurationMetric,
  type FulfilmentDelta,
  type PaymentsDelta,
  type Sql,
  type VendorBuyerDelta,
} from '../reporting/read-model-sql.js';

export interface HistoryOptions {
  /** Orders over the whole history (≥ 200,000 for the benchmark). */
  orders: number;
  vendors: number;
  cities: number;
  /** Days of history, ending `lastDay` (India). */
  days: number;
  lastDay: string;
  /** Orders generated, counted and written per batch. */
  batchSize?: number;
  seed?: number;
  onBatch?: (ordersWritten: number) => void;
}

const CITIES = ['Bengaluru', 'Mumbai', 'Delhi', 'Hyderabad', 'Chennai', 'Pune', 'Kolkata', 'Ahmedabad', 'Jaipur', 'Lucknow', 'Kochi', 'Indore'];
const CATEGORIES = ['Cement', 'Steel', 'Aggregates', 'Bricks and blocks', 'Paints', 'Plumbing', 'Electrical', 'Tiles'];
const REJECT_REASONS = ['Out of stock', 'Outside delivery slots', 'Truck unavailable'];
const CANCEL_REASONS = ['Ordered twice by mistake', 'Found a cheaper vendor', 'Site not ready', 'Payment not completed'];
const FAILURE_REASONS = ['Payment declined by bank', 'Card expired', 'UPI request timed out', 'Insufficient funds'];

/** mulberry32: a small seeded generator, so a history is the same for the same seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A stable UUID-shaped id for the n-th thing of a kind. */
function idOf(kind: number, n: number): string {
  const hex = (kind * 1_000_000 + n).toString(16).padStart(12, '0');
  return `0a0a0a0a-0000-4000-8000-${hex}`;
}

/**
 * A year (or `days`) of marketplace history written straight into the read models, as the event
 * handlers would have written it: the same delta functions (placedDeltas, closedDeltas,
 * refundDeltas) and the same additive upserts, merged per batch so each batch is a few statements
 * (roll-ups included). Order facts and the counted-events log are not written (nothing will cancel these
 * orders later, and `rebuildAnalytics` drops generated history).
 */
export async function generateHistory(sql: Sql, options: HistoryOptions): Promise<{ orders: number; gmvPaise: number }> {
  const rand = random(options.seed ?? 20_261_201);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const int = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
  const firstDay = addDays(options.lastDay, -(options.days - 1));
  const cities = Array.from({ length: options.cities }, (_, i) => CITIES[i % CITIES.length]! + (i >= CITIES.length ? ` ${Math.floor(i / CITIES.length) + 1}` : ''));
  const categories = CATEGORIES.map((name, i) => ({ id: idOf(3, i), name }));
  const materials = Array.from({ length: 40 }, (_, i) => {
    const category = categories[i % categories.length]!;
    return { id: idOf(2, i), name: `${category.name} item ${i + 1}`, category, unitPaise: int(5_000, 120_000) };
  });
  const vendors = Array.from({ length: options.vendors }, (_, i) => ({ id: idOf(1, i), name: `Generated Vendor ${String(i + 1).padStart(2, '0')}`, city: cities[i % cities.length]! }));
  const buyers = Math.max(100, Math.floor(options.orders / 8));
  const batchSize = options.batchSize ?? 10_000;

  // Vendors registered over the first month, KYC decided a few hours to days later.
  const funnel: Array<{ day: string; submitted?: number; approved?: number; rejected?: number }> = [];
  const durations: Array<{ day: string; metric: DurationMetric; bucket: number; count: number }> = [];
  for (let i = 0; i < vendors.length; i += 1) {
    const day = addDays(firstDay, int(0, 29));
    const seconds = int(3_600, 5 * 86_400);
    const decided = addDays(day, Math.floor(seconds / 86_400));
    funnel.push({ day, submitted: 1 }, { day: decided, approved: 1 });
    durations.push({ day: decided, metric: 'KYC_DECISION', bucket: bucketOf(seconds), count: 1 });
  }
  await upsert(sql, vendorFunnelRows(funnel), durationRows(durations));

  let written = 0;
  let gmv = 0;
  while (written < options.orders) {
    const n = Math.min(batchSize, options.orders - written);
    const sales: SalesDelta[] = [];
    const buyersOf: VendorBuyerDelta[] = [];
    const payments: PaymentsDelta[] = [];
    const failures: Array<{ day: string; reason: string; failures: number }> = [];
    const fulfilment: FulfilmentDelta[] = [];
    const reasons: Array<{ day: string; vendorId: string; outcome: string; reason: string; orders: number }> = [];
    const times: Array<{ day: string; metric: DurationMetric; bucket: number; count: number }> = [];
    for (let k = 0; k < n; k += 1) {
      const vendor = pick(vendors);
      const day = addDays(firstDay, int(0, options.days - 1));
      const lines: OrderLineShape[] = Array.from({ length: int(1, 3) }, () => {
        const m = pick(materials);
        return { materialId: m.id, name: m.name, categoryId: m.category.id, categoryName: m.category.name, totalPaise: Math.round(m.unitPaise * int(1, 40) * 1.18) };
      });
      const totalPaise = lines.reduce((s, l) => s + l.totalPaise, 0) + int(0, 1) * 15_000;
      const method = rand() < 0.4 ? 'COD' : 'ONLINE';
      const order: OrderShape = { orderId: idOf(9, written + k), vendorId: vendor.id, vendorName: vendor.name, city: rand() < 0.8 ? vendor.city : pick(cities), placedOn: day, paymentMethod: method, totalPaise, lines };
      sales.push(...placedDeltas(order));
      buyersOf.push({ vendorId: vendor.id, day, buyerId: idOf(4, int(0, buyers - 1)), orders: 1 });
      gmv += totalPaise;
      if (method === 'ONLINE') {
        if (rand() < 0.12) {
          payments.push({ day, onlineFailed: 1 });
          failures.push({ day, reason: pick(FAILURE_REASONS), failures: 1 });
        }
        payments.push({ day, onlineCaptured: 1, onlineCapturedPaise: totalPaise });
      }
      const fate = rand();
      if (fate < 0.05) {
        fulfilment.push({ day, vendorId: vendor.id, rejected: 1 });
        reasons.push({ day, vendorId: vendor.id, outcome: 'REJECTED', reason: pick(REJECT_REASONS), orders: 1 });
        sales.push(...closedDeltas(order, 0));
        if (method === 'ONLINE') {
          sales.push(...refundDeltas(order, totalPaise, true));
          payments.push({ day, refunds: 1, refundedPaise: totalPaise });
        }
        continue;
      }
      if (fate < 0.12) {
        fulfilment.push({ day, vendorId: vendor.id, cancelled: 1 });
        reasons.push({ day, vendorId: vendor.id, outcome: 'CANCELLED', reason: pick(CANCEL_REASONS), orders: 1 });
        sales.push(...closedDeltas(order, 0));
        if (method === 'ONLINE') {
          sales.push(...refundDeltas(order, totalPaise, true));
          payments.push({ day, refunds: 1, refundedPaise: totalPaise });
        }
        continue;
      }
      const toConfirm = int(120, 4 * 3_600);
      const toDeliver = int(4 * 3_600, 4 * 86_400);
      fulfilment.push({ day, vendorId: vendor.id, confirmed: 1, confirmSecondsTotal: toConfirm, delivered: 1 });
      times.push({ day, metric: 'TIME_TO_CONFIRM', bucket: bucketOf(toConfirm), count: 1 }, { day, metric: 'CONFIRM_TO_DELIVERED', bucket: bucketOf(toDeliver), count: 1 });
      if (method === 'COD') payments.push({ day, codCollected: 1, codCollectedPaise: totalPaise });
      if (rand() < 0.02) {
        const partial = Math.round(totalPaise * 0.2);
        sales.push(...refundDeltas(order, partial, false));
        payments.push({ day, refunds: 1, refundedPaise: partial });
      }
    }
    await upsert(
      sql,
      salesRows(sales),
      vendorBuyerRows(buyersOf),
      paymentRows(payments),
      paymentFailureRows(failures),
      fulfilmentRows(fulfilment),
      closingReasonRows(reasons),
      durationRows(times),
    );
    written += n;
    options.onBatch?.(written);
  }

  // Weekly settlements: roughly commission 10 %, GST 18 % on it, TCS 0.5 %, TDS 0.1 % of a week's GMV.
  const settlements = [];
  for (let d = 0; d < options.days; d += 7) {
    const weekGmv = Math.round(gmv / Math.ceil(options.days / 7));
    const commission = Math.round(weekGmv * 0.1);
    const gst = Math.round(commission * 0.18);
    const tcs = Math.round(weekGmv * 0.005);
    const tds = Math.round(weekGmv * 0.001);
    const net = weekGmv - commission - gst - tcs - tds;
    settlements.push({ day: addDays(firstDay, d), generated: options.vendors, netPayoutPaise: net, commissionPaise: commission, gstOnCommissionPaise: gst, tcsPaise: tcs, tdsPaise: tds, paid: options.vendors, paidPaise: net });
  }
  await upsert(sql, settlementRows(settlements));
  return { orders: written, gmvPaise: gmv };
}
