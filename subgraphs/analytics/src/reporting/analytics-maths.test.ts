import { addDays, indiaDay, periodEnd, periodStart, periodStarts, rangeProblem, wholePeriods } from './analytics-calendar.js';
import { BUCKET_BASE, bucketOf, bucketUpperSeconds, percentileFromBuckets } from './duration-buckets.js';
import { averageOrderValuePaise, codSharePercent, onlinePaymentSuccessRate } from './kpi-maths.js';
import { closedDeltas, mergeSalesDeltas, placedDeltas, refundDeltas, type OrderShape, type SalesDelta } from '../sales/sales-deltas.js';

const NOW = new Date('2026-12-01T00:00:00Z');

describe('India days', () => {
  it('counts an instant on the Asia/Kolkata calendar day (UTC+05:30)', () => {
    expect(indiaDay('2026-03-01T18:29:59.999Z')).toBe('2026-03-01');
    expect(indiaDay('2026-03-01T18:30:00.000Z')).toBe('2026-03-02');
    expect(indiaDay('2026-12-31T20:00:00Z')).toBe('2027-01-01');
  });

  it('rolls days up to ISO weeks (Monday) and months', () => {
    expect(periodStart('2026-03-08', 'WEEK')).toBe('2026-03-02'); // a Sunday belongs to the week of the Monday before
    expect(periodStart('2026-03-09', 'WEEK')).toBe('2026-03-09');
    expect(periodStart('2026-03-31', 'MONTH')).toBe('2026-03-01');
    expect(periodStarts('2026-01-30', '2026-03-02', 'MONTH')).toEqual(['2026-01-01', '2026-02-01', '2026-03-01']);
    expect(periodStarts('2026-12-30', '2027-01-02', 'DAY')).toEqual(['2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02']);
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });

  it('splits a range into the whole weeks or months a roll-up answers and the days at its ends', () => {
    expect(periodEnd('2028-02-01', 'MONTH')).toBe('2028-02-29');
    expect(periodEnd('2026-12-01', 'MONTH')).toBe('2026-12-31');
    expect(periodEnd('2026-03-02', 'WEEK')).toBe('2026-03-08');
    expect(wholePeriods('2026-01-15', '2026-04-10', 'MONTH')).toEqual({ first: '2026-02-01', last: '2026-03-01', lastEnd: '2026-03-31' });
    expect(wholePeriods('2026-01-01', '2026-01-31', 'MONTH')).toEqual({ first: '2026-01-01', last: '2026-01-01', lastEnd: '2026-01-31' });
    expect(wholePeriods('2026-01-02', '2026-02-27', 'MONTH')).toBeNull();
    // 2026-03-04 is a Wednesday: whole weeks start on the Mondays 03-09 and 03-16; 03-23..03-24 are days.
    expect(wholePeriods('2026-03-04', '2026-03-24', 'WEEK')).toEqual({ first: '2026-03-09', last: '2026-03-16', lastEnd: '2026-03-22' });
  });

  it('refuses unreal dates, backwards and too-large ranges', () => {
    expect(rangeProblem({ from: '2026-01-01', to: '2026-12-31', granularity: 'DAY' }, NOW)).toBeUndefined();
    expect(rangeProblem({ from: '2026-02-30', to: '2026-03-01', granularity: 'DAY' }, NOW)).toMatch(/from/);
    expect(rangeProblem({ from: '2026-03-02', to: '2026-03-01', granularity: 'DAY' }, NOW)).toMatch(/after/);
    expect(rangeProblem({ from: '2025-01-01', to: '2026-03-01', granularity: 'DAY' }, NOW)).toMatch(/at most 400/);
    expect(rangeProblem({ from: '2022-01-01', to: '2026-03-01', granularity: 'MONTH' }, NOW)).toBeUndefined();
  });
});

const order = (over: Partial<OrderShape> = {}): OrderShape => ({
  orderId: 'o1',
  vendorId: 'v1',
  vendorName: 'Vendor One',
  city: ' Bengaluru ',
  placedOn: '2026-03-01',
  paymentMethod: 'ONLINE',
  totalPaise: 10_000,
  lines: [
    { materialId: 'm1', name: 'Cement', categoryId: 'c1', categoryName: 'Cement', totalPaise: 6_000 },
    { materialId: 'm2', name: 'Sand', categoryId: 'c2', categoryName: 'Aggregates', totalPaise: 3_000 },
  ],
  ...over,
});

/** Applies deltas to an empty table, as the upserts do. */
function table(...batches: SalesDelta[][]): Map<string, SalesDelta> {
  return new Map(mergeSalesDeltas(batches.flat()).map((d) => [`${d.dimension}|${d.key}`, d]));
}

describe('net GMV', () => {
  it('counts an order in every dimension it belongs to, lines by their totals', () => {
    const rows = table(placedDeltas(order()));
    expect(rows.get('ALL|all')).toMatchObject({ orders: 1, gmvPaise: 10_000, netGmvPaise: 10_000, onlineOrders: 1, codOrders: 0 });
    expect(rows.get('CITY|bengaluru')).toMatchObject({ label: 'Bengaluru', gmvPaise: 10_000 });
    expect(rows.get('MATERIAL|m1')).toMatchObject({ orders: 1, gmvPaise: 6_000 });
    expect(rows.get('CATEGORY|c2')).toMatchObject({ orders: 1, gmvPaise: 3_000 });
    expect(rows.get('VENDOR_MATERIAL|v1|m2')).toMatchObject({ gmvPaise: 3_000 });
  });

  it('takes a cancelled order off the net of its placing day, once, even after a partial refund while open', () => {
    const o = order();
    const partial = refundDeltas(o, 2_500, false);
    const rows = table(placedDeltas(o), partial, closedDeltas(o, 2_500), refundDeltas(o, 7_500, true));
    expect(rows.get('ALL|all')).toMatchObject({ orders: 1, gmvPaise: 10_000, netGmvPaise: 0, cancelledOrders: 1, refundedPaise: 10_000 });
    // Lines are prorated: cement carried 60 % of the total.
    expect(rows.get('MATERIAL|m1')).toMatchObject({ gmvPaise: 6_000, netGmvPaise: 0, refundedPaise: 6_000 });
  });

  it('keeps a delivered order’s refund as a reduction of the net', () => {
    const o = order({ paymentMethod: 'COD' });
    const rows = table(placedDeltas(o), refundDeltas(o, 1_000, false));
    expect(rows.get('ALL|all')).toMatchObject({ gmvPaise: 10_000, netGmvPaise: 9_000, refundedPaise: 1_000, codOrders: 1, cancelledOrders: 0 });
  });
});

describe('percentiles from buckets', () => {
  it('reads p50 and p90 within the bucket width of the exact nearest-rank values', () => {
    const durations = Array.from({ length: 1000 }, (_, i) => 60 + i * 7); // 60 s … 7053 s
    const buckets = new Map<number, number>();
    for (const d of durations) buckets.set(bucketOf(d), (buckets.get(bucketOf(d)) ?? 0) + 1);
    const exact = (q: number) => durations[Math.ceil(q * durations.length) - 1]!;
    for (const q of [0.5, 0.9]) {
      const read = percentileFromBuckets(buckets, q)!;
      expect(read).toBeGreaterThanOrEqual(exact(q));
      expect(read / exact(q)).toBeLessThanOrEqual(BUCKET_BASE);
    }
  });

  it('puts a duration in the bucket whose bounds hold it, and has no percentile without data', () => {
    for (const s of [0, 1, 2, 59, 60, 3600, 86_400 * 30]) {
      const b = bucketOf(s);
      expect(bucketUpperSeconds(b)).toBeGreaterThanOrEqual(s);
      if (b > 0) expect(bucketUpperSeconds(b - 1)).toBeLessThan(s);
    }
    expect(percentileFromBuckets(new Map(), 0.5)).toBeNull();
    expect(percentileFromBuckets(new Map([[bucketOf(100), 3]]), 0.9)).toBe(bucketUpperSeconds(bucketOf(100)));
  });
});

describe('KPIs', () => {
  it('averages, shares and rates', () => {
    expect(averageOrderValuePaise({ orders: 3, gmvPaise: 10_000 })).toBe(3_333);
    expect(averageOrderValuePaise({ orders: 0, gmvPaise: 0 })).toBe(0);
    expect(codSharePercent({ orders: 3, codOrders: 1 })).toBe(33.33);
    expect(onlinePaymentSuccessRate(3, 1)).toBe(0.75);
    expect(onlinePaymentSuccessRate(0, 0)).toBeNull();
  });
});
