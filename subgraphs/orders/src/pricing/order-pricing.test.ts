import { MAX_LINE_QUANTITY, MAX_ORDER_TOTAL_PAISE, MAX_UNIT_PRICE_PAISE } from '@realserv/platform';
import {
  DEFAULT_DELIVERY_GST_RATE_BASIS_POINTS,
  goodsSubtotalPaise,
  type OrderLimits,
  MAX_ORDER_LINES,
  PricingError,
  priceOrder as priceOrderWithCaps,
  type OrderLineInput,
} from './order-pricing.js';
import { seededRandom } from '@realserv/platform/testing';

const cement: OrderLineInput = {
  kind: 'MATERIAL',
  refId: 'mat-ultratech-opc53',
  name: 'UltraTech OPC 53 cement',
  unit: 'bag (50 kg)',
  quantity: 10,
  unitPricePaise: 41_000,
  gstRateBasisPoints: 1800,
};
const mason: OrderLineInput = {
  kind: 'LABOUR',
  refId: 'trade-mason',
  name: 'Mason',
  unit: 'worker-day',
  quantity: 3,
  unitPricePaise: 90_000,
  gstRateBasisPoints: 1800,
};
const sand: OrderLineInput = {
  kind: 'MATERIAL',
  refId: 'mat-river-sand',
  name: 'River sand',
  unit: 'tonne',
  quantity: 2,
  unitPricePaise: 150_000,
  gstRateBasisPoints: 500,
};

/** One line whose subtotal is `subtotal` paise (quantity 1), to test rounding directly. */
/** The arithmetic tests below run up to 2^53; the business caps have their own tests at the end. */
const UNCAPPED: OrderLimits = { maxUnitPricePaise: Number.MAX_SAFE_INTEGER, maxLineQuantity: Number.MAX_SAFE_INTEGER, maxOrderTotalPaise: Number.MAX_SAFE_INTEGER };
const priceOrder = (input: Parameters<typeof priceOrderWithCaps>[0]) => priceOrderWithCaps({ limits: UNCAPPED, ...input });

function lineOf(subtotal: number, gstRateBasisPoints: number): OrderLineInput {
  return { ...cement, quantity: 1, unitPricePaise: subtotal, gstRateBasisPoints };
}

function pricingErrorOf(run: () => unknown): PricingError {
  try {
    run();
  } catch (error) {
    if (error instanceof PricingError) return error;
    throw error;
  }
  throw new Error('expected a PricingError');
}

function intBetween(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

describe('order pricing: worked examples', () => {
  it('prices 10 bags of cement at ₹410 with 18 % GST and ₹300 delivery', () => {
    const price = priceOrder({ lines: [cement], deliveryChargePaise: 30_000 });
    expect(price.lines).toEqual([{ ...cement, lineSubtotalPaise: 410_000, lineTaxPaise: 73_800, lineTotalPaise: 483_800 }]);
    expect(price).toMatchObject({
      subtotalPaise: 410_000,
      deliveryChargePaise: 30_000,
      deliveryTaxPaise: 5_400,
      taxPaise: 79_200,
      totalPaise: 519_200,
    });
  });

  it('prices materials and labour at their own rates', () => {
    const price = priceOrder({ lines: [cement, mason, sand], deliveryChargePaise: 0 });
    expect(price.lines.map((l) => [l.lineSubtotalPaise, l.lineTaxPaise, l.lineTotalPaise])).toEqual([
      [410_000, 73_800, 483_800],
      [270_000, 48_600, 318_600], // 3 worker-days × ₹900
      [300_000, 15_000, 315_000], // sand at 5 %
    ]);
    expect(price).toMatchObject({ subtotalPaise: 980_000, deliveryTaxPaise: 0, taxPaise: 137_400, totalPaise: 1_117_400 });
  });

  it('charges 18 % on delivery unless another rate is given', () => {
    expect(DEFAULT_DELIVERY_GST_RATE_BASIS_POINTS).toBe(1800);
    expect(priceOrder({ lines: [cement], deliveryChargePaise: 30_000 }).deliveryTaxPaise).toBe(5_400);
    expect(priceOrder({ lines: [cement], deliveryChargePaise: 30_000, deliveryGstRateBasisPoints: 1200 }).deliveryTaxPaise).toBe(3_600);
    expect(priceOrder({ lines: [cement], deliveryChargePaise: 30_000, deliveryGstRateBasisPoints: 500 }).deliveryTaxPaise).toBe(1_500);
    expect(priceOrder({ lines: [cement], deliveryChargePaise: 30_000, deliveryGstRateBasisPoints: 0 }).deliveryTaxPaise).toBe(0);
  });

  it('keeps each line’s own fields and leaves the input untouched', () => {
    const lines = [{ ...mason }];
    const price = priceOrder({ lines, deliveryChargePaise: 0 });
    expect(price.lines[0]).toMatchObject({ kind: 'LABOUR', refId: 'trade-mason', name: 'Mason', unit: 'worker-day', quantity: 3 });
    expect(lines).toEqual([mason]);
    expect(price.lines[0]).not.toBe(lines[0]);
  });
});

describe('order pricing: rounding', () => {
  it.each([
    [25, 1800, 5], // 4.5 paise rounds up
    [3, 1800, 1], // 0.54
    [1, 1800, 0], // 0.18
    [1, 5000, 1], // 0.5 exactly rounds up
    [1, 4999, 0], // 0.4999
    [1_000_001, 1800, 180_000], // 180 000.18
    [1_000_003, 1800, 180_001], // 180 000.54
    [999, 0, 0],
  ])('taxes a %i paise line at %i bp as %i paise', (subtotal, rate, tax) => {
    expect(priceOrder({ lines: [lineOf(subtotal, rate)], deliveryChargePaise: 0 }).lines[0]?.lineTaxPaise).toBe(tax);
  });

  it('rounds the delivery tax the same way', () => {
    expect(priceOrder({ lines: [cement], deliveryChargePaise: 25 }).deliveryTaxPaise).toBe(5);
    expect(priceOrder({ lines: [cement], deliveryChargePaise: 1 }).deliveryTaxPaise).toBe(0);
  });

  it('rounds per line, so the order tax can differ from the tax on the subtotal', () => {
    const price = priceOrder({ lines: [lineOf(25, 1800), lineOf(25, 1800)], deliveryChargePaise: 0 });
    expect(price.taxPaise).toBe(10); // 5 + 5, where 18 % of 50 would be 9
  });

  it('is exact for large amounts, halves included', () => {
    // 9 000 000 000 025 × 1800 is past 2^53; the exact tax is 1 620 000 000 004.5 paise.
    expect(priceOrder({ lines: [lineOf(9_000_000_000_025, 1800)], deliveryChargePaise: 0 }).taxPaise).toBe(1_620_000_000_005);
    expect(priceOrder({ lines: [lineOf(9_007_199_254_740, 1800)], deliveryChargePaise: 0 }).taxPaise).toBe(1_621_295_865_853);
  });
});

describe('order pricing: validation', () => {
  it('rejects an order with no lines or too many', () => {
    expect(() => priceOrder({ lines: [], deliveryChargePaise: 0 })).toThrow(PricingError);
    const many = Array.from({ length: MAX_ORDER_LINES + 1 }, () => cement);
    expect(() => priceOrder({ lines: many, deliveryChargePaise: 0 })).toThrow(/at most 100 lines/);
    expect(priceOrder({ lines: many.slice(1), deliveryChargePaise: 0 }).lines).toHaveLength(100);
  });

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])('rejects quantity %p and names the line', (quantity) => {
    const error = pricingErrorOf(() => priceOrder({ lines: [cement, { ...mason, quantity }], deliveryChargePaise: 0 }));
    expect(error.lineIndex).toBe(1);
    expect(error.message).toMatch(/Line 2 \(Mason\): quantity/);
  });

  it.each([0, -100, 0.5, 410.25, Number.NaN])('rejects unit price %p', (unitPricePaise) => {
    const error = pricingErrorOf(() => priceOrder({ lines: [{ ...cement, unitPricePaise }], deliveryChargePaise: 0 }));
    expect(error.lineIndex).toBe(0);
    expect(error.message).toMatch(/unit price/);
  });

  it.each([-1, 18.5, 10_001, Number.NaN])('rejects GST rate %p on a line and on delivery', (rate) => {
    expect(pricingErrorOf(() => priceOrder({ lines: [{ ...cement, gstRateBasisPoints: rate }], deliveryChargePaise: 0 })).lineIndex).toBe(0);
    expect(pricingErrorOf(() => priceOrder({ lines: [cement], deliveryChargePaise: 100, deliveryGstRateBasisPoints: rate })).lineIndex).toBeUndefined();
  });

  it.each([-1, 0.5, Number.NaN])('rejects delivery charge %p', (deliveryChargePaise) => {
    expect(() => priceOrder({ lines: [cement], deliveryChargePaise })).toThrow(/delivery charge/);
  });

  it('rejects a line whose subtotal is beyond a safe integer', () => {
    const error = pricingErrorOf(() => priceOrder({ lines: [{ ...cement, quantity: 1_000_000, unitPricePaise: 10_000_000_000 }], deliveryChargePaise: 0 }));
    expect(error.message).toMatch(/too large/);
    expect(error.lineIndex).toBe(0);
  });

  it('rejects an order whose sum, tax or total is beyond a safe integer, and accepts one exactly at the limit', () => {
    const max = Number.MAX_SAFE_INTEGER;
    const half = Math.ceil(max / 2);
    expect(() => priceOrder({ lines: [lineOf(half, 0), lineOf(half, 0)], deliveryChargePaise: 0 })).toThrow(/Order subtotal is too large/);
    expect(() => priceOrder({ lines: [lineOf(max - 10, 1800)], deliveryChargePaise: 0 })).toThrow(/too large/);
    expect(() => priceOrder({ lines: [lineOf(max, 0)], deliveryChargePaise: 1 })).toThrow(/Order total is too large/);
    expect(priceOrder({ lines: [lineOf(max - 1, 0)], deliveryChargePaise: 1, deliveryGstRateBasisPoints: 0 }).totalPaise).toBe(max);
  });
});

describe('order pricing: properties', () => {
  const rates = [0, 500, 1200, 1800, 2800];

  function randomLines(random: () => number, sameRate?: number): OrderLineInput[] {
    const count = intBetween(random, 1, MAX_ORDER_LINES);
    return Array.from({ length: count }, (_, i) => ({
      kind: random() < 0.8 ? 'MATERIAL' : 'LABOUR',
      refId: `ref-${i}`,
      name: `Line ${i}`,
      unit: 'unit',
      quantity: intBetween(random, 1, random() < 0.9 ? 50 : 10_000),
      unitPricePaise: intBetween(random, 1, random() < 0.5 ? 99_999 : 10_000_000),
      gstRateBasisPoints: sameRate ?? (rates[intBetween(random, 0, rates.length - 1)] as number),
    }));
  }

  it('adds up: total = subtotal + delivery + tax, on every line and for the order', () => {
    const random = seededRandom(410);
    const violations: string[] = [];
    for (let run = 0; run < 500; run += 1) {
      const lines = randomLines(random);
      const deliveryChargePaise = random() < 0.2 ? 0 : intBetween(random, 1, 200_000);
      const deliveryGstRateBasisPoints = rates[intBetween(random, 0, rates.length - 1)] as number;
      const price = priceOrder({ lines, deliveryChargePaise, deliveryGstRateBasisPoints });

      const amounts = [price.subtotalPaise, price.deliveryChargePaise, price.deliveryTaxPaise, price.taxPaise, price.totalPaise];
      let subtotal = 0;
      let lineTaxes = 0;
      price.lines.forEach((line, i) => {
        amounts.push(line.lineSubtotalPaise, line.lineTaxPaise, line.lineTotalPaise);
        if (line.lineSubtotalPaise !== line.quantity * line.unitPricePaise) violations.push(`run ${run} line ${i}: subtotal`);
        if (line.lineTotalPaise !== line.lineSubtotalPaise + line.lineTaxPaise) violations.push(`run ${run} line ${i}: total`);
        // Half up: the rounded tax is more than 0.5 paise below and at most 0.5 paise above the exact tax.
        const error = BigInt(line.lineTaxPaise) * 10_000n - BigInt(line.lineSubtotalPaise) * BigInt(line.gstRateBasisPoints);
        if (error <= -5_000n || error > 5_000n) violations.push(`run ${run} line ${i}: tax ${line.lineTaxPaise} is not rounded half up`);
        subtotal += line.lineSubtotalPaise;
        lineTaxes += line.lineTaxPaise;
      });
      if (price.subtotalPaise !== subtotal) violations.push(`run ${run}: subtotal is not the sum of lines`);
      if (price.taxPaise !== lineTaxes + price.deliveryTaxPaise) violations.push(`run ${run}: tax is not line taxes + delivery tax`);
      if (price.totalPaise !== price.subtotalPaise + price.deliveryChargePaise + price.taxPaise) violations.push(`run ${run}: total does not add up`);
      if (!amounts.every((a) => Number.isSafeInteger(a) && a >= 0)) violations.push(`run ${run}: an amount is not a safe non-negative integer`);
    }
    expect(violations).toEqual([]);
  });

  it('keeps the sum of per-line taxes within one paisa per line of the tax on the subtotal', () => {
    const random = seededRandom(1800);
    let largestGap = 0;
    const violations: string[] = [];
    for (let run = 0; run < 500; run += 1) {
      const rate = rates[intBetween(random, 1, rates.length - 1)] as number;
      const lines = randomLines(random, rate);
      const price = priceOrder({ lines, deliveryChargePaise: 0 });
      const taxOfSum = Number((BigInt(price.subtotalPaise) * BigInt(rate) + 5_000n) / 10_000n);
      const gap = Math.abs(price.taxPaise - taxOfSum);
      largestGap = Math.max(largestGap, gap);
      if (gap > lines.length) violations.push(`run ${run}: ${lines.length} lines, gap ${gap}`);
    }
    expect(violations).toEqual([]);
    expect(largestGap).toBeGreaterThan(0); // the generator does reach orders where per-line rounding shows
  });

  it('does not depend on the order of the lines', () => {
    const random = seededRandom(53);
    for (let run = 0; run < 200; run += 1) {
      const lines = randomLines(random);
      const shuffled = [...lines].sort(() => random() - 0.5);
      const a = priceOrder({ lines, deliveryChargePaise: 30_000 });
      const b = priceOrder({ lines: shuffled, deliveryChargePaise: 30_000 });
      expect([b.subtotalPaise, b.taxPaise, b.totalPaise]).toEqual([a.subtotalPaise, a.taxPaise, a.totalPaise]);
    }
  });
});

describe('caps (platform/src/validation/limits.ts)', () => {
  const line = (quantity: number, unitPricePaise: number) => ({ kind: 'MATERIAL' as const, refId: 'm', name: 'Steel', unit: 'TONNE', quantity, unitPricePaise, gstRateBasisPoints: 1800 });
  it('refuses a unit price above ₹1 crore and a quantity above 100,000', () => {
    expect(() => priceOrderWithCaps({ lines: [line(1, MAX_UNIT_PRICE_PAISE + 1)], deliveryChargePaise: 0 })).toThrow(PricingError);
    expect(() => priceOrderWithCaps({ lines: [line(MAX_LINE_QUANTITY + 1, 100)], deliveryChargePaise: 0 })).toThrow(PricingError);
    expect(() => goodsSubtotalPaise([line(1_000_000, 10 * MAX_UNIT_PRICE_PAISE)])).toThrow(PricingError);
  });
  it('refuses an order above ₹5 crore in total, GST and delivery included', () => {
    // ₹4.5 crore of goods is within the cap; 18 % GST takes it past ₹5 crore.
    expect(goodsSubtotalPaise([line(45, MAX_UNIT_PRICE_PAISE / 10)])).toBe(45 * (MAX_UNIT_PRICE_PAISE / 10));
    expect(() => priceOrderWithCaps({ lines: [line(45, MAX_UNIT_PRICE_PAISE / 10)], deliveryChargePaise: 0 })).toThrow(/at most ₹5,00,00,000.00/);
    expect(priceOrderWithCaps({ lines: [line(4, MAX_UNIT_PRICE_PAISE)], deliveryChargePaise: 0 }).totalPaise).toBeLessThanOrEqual(MAX_ORDER_TOTAL_PAISE);
  });
});
