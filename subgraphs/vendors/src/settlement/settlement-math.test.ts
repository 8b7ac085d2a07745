import {
  DEFAULT_COMMISSION_RATE_BASIS_POINTS,
  DEFAULT_SETTLEMENT_RATES,
  SETTLEMENT_COLUMNS,
  SettlementError,
  assertSettlementInvariants,
  calculateSettlement,
  type CalculateSettlementInput,
  type Settlement,
  type SettlementLineInput,
  type SettlementPeriod,
  legalBasesFor,
} from './settlement-math.js';
import { seededRandom } from '@realserv/platform/testing';

/** A week after both 2024 rate changes: TCS 0.5 %, TDS 0.1 %. */
const week: SettlementPeriod = { from: '2025-01-13', to: '2025-01-19' };

/** ₹10,000 of goods and delivery at 18 % GST, paid online: ₹11,800 gross. */
const tilesOnline: SettlementLineInput = {
  orderId: 'RS-2501-0001',
  completedOn: '2025-01-15',
  paymentMethod: 'ONLINE',
  grossPaise: 1_180_000,
  taxableValuePaise: 1_000_000,
  gstPaise: 180_000,
  platformLiableLabourGstPaise: 0,
};
/** 10 bags of cement at ₹410 with 18 % GST, cash on delivery. */
const cementCod: SettlementLineInput = {
  orderId: 'RS-2501-0002',
  completedOn: '2025-01-17',
  paymentMethod: 'COD',
  grossPaise: 483_800,
  taxableValuePaise: 410_000,
  gstPaise: 73_800,
  platformLiableLabourGstPaise: 0,
};
/** 3 mason-days at ₹900 whose 18 % GST the platform owes under CGST s. 9(5). */
const masonOnline: SettlementLineInput = {
  orderId: 'RS-2501-0003',
  completedOn: '2025-01-18',
  paymentMethod: 'ONLINE',
  grossPaise: 318_600,
  taxableValuePaise: 270_000,
  gstPaise: 48_600,
  platformLiableLabourGstPaise: 48_600,
};

function settle(lines: SettlementLineInput[], overrides: Partial<CalculateSettlementInput> = {}): Settlement {
  return calculateSettlement({ vendor: { hasPan: true }, period: week, lines, ...overrides });
}

/** A single line with no GST, to test one component's rounding directly. */
function untaxed(amountPaise: number, overrides: Partial<SettlementLineInput> = {}): SettlementLineInput {
  return { ...tilesOnline, grossPaise: amountPaise, taxableValuePaise: amountPaise, gstPaise: 0, ...overrides };
}

/** The same tiles order completed on `completedOn`, settled in a one-day period. */
function tilesOn(completedOn: string, hasPan = true): Settlement {
  return calculateSettlement({ vendor: { hasPan }, period: { from: completedOn, to: completedOn }, lines: [{ ...tilesOnline, completedOn }] });
}

function settlementErrorOf(run: () => unknown): SettlementError {
  try {
    run();
  } catch (error) {
    if (error instanceof SettlementError) return error;
    throw error;
  }
  throw new Error('expected a SettlementError');
}

function intBetween(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}
function pick<T>(random: () => number, items: readonly T[]): T {
  return items[intBetween(random, 0, items.length - 1)] as T;
}
function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

describe('vendor settlement: worked examples', () => {
  it('settles one ₹11,800 online order: ₹1,240 deducted, ₹10,560 paid', () => {
    const settlement = settle([tilesOnline]);
    expect(settlement.lines).toEqual([
      {
        ...tilesOnline,
        kind: 'ORDER',
        refundId: null,
        refundedOn: null,
        refundedPaise: 0,
        commissionRateBasisPoints: 1000,
        gstOnCommissionRateBasisPoints: 1800,
        tcsRateBasisPoints: 50,
        tdsRateBasisPoints: 10,
        commissionPaise: 100_000, // 10 % of the taxable ₹10,000
        gstOnCommissionPaise: 18_000, // 18 % of the commission
        tcsPaise: 5_000, // 0.5 % of the taxable value (s. 52: net value of taxable supplies)
        tdsPaise: 1_000, // 0.1 % of the value excluding GST (194-O as read by CBDT Circular 20/2023)
        deductionsPaise: 124_000,
        codCollectedByVendorPaise: 0,
        onlineCollectedByPlatformPaise: 1_180_000,
      },
    ]);
    expect(settlement).toMatchObject({ period: week, openingBalanceOwedPaise: 0, netPayoutPaise: 1_056_000, carriedForwardPaise: 0 });
  });

  it('takes the deductions on a COD order out of the online money, with TDS but no TCS on the COD order', () => {
    const settlement = settle([tilesOnline, cementCod]);
    expect(settlement.lines[1]).toMatchObject({
      commissionPaise: 41_000,
      gstOnCommissionPaise: 7_380,
      tcsPaise: 0, // the vendor collected the cash: s. 52 TCS is only on what the platform collects
      tdsPaise: 410, // 0.1 % of ₹4,100: 194-O covers COD sales too
      deductionsPaise: 48_790,
      codCollectedByVendorPaise: 483_800,
      onlineCollectedByPlatformPaise: 0,
    });
    expect(settlement.totals).toEqual({
      grossPaise: 1_663_800,
      refundedPaise: 0,
      taxableValuePaise: 1_410_000,
      gstPaise: 253_800,
      platformLiableLabourGstPaise: 0,
      commissionPaise: 141_000,
      gstOnCommissionPaise: 25_380,
      tcsPaise: 5_000,
      tdsPaise: 1_410,
      deductionsPaise: 172_790,
      codCollectedByVendorPaise: 483_800,
      onlineCollectedByPlatformPaise: 1_180_000,
    });
    expect(settlement.netPayoutPaise).toBe(1_007_210); // 1 180 000 − 172 790
    // The vendor ends the week with every rupee of gross except the deductions: cash held + payout.
    expect(settlement.totals.codCollectedByVendorPaise + settlement.netPayoutPaise).toBe(1_663_800 - 172_790);
  });

  it('pays nothing on a COD-only week and carries what the vendor owes forward', () => {
    const settlement = settle([{ ...tilesOnline, paymentMethod: 'COD' }]);
    // 100 000 commission + 18 000 GST on it + 1 000 TDS; no TCS on cash the vendor collected.
    expect(settlement.totals).toMatchObject({ codCollectedByVendorPaise: 1_180_000, onlineCollectedByPlatformPaise: 0, tcsPaise: 0, deductionsPaise: 119_000 });
    expect(settlement).toMatchObject({ netPayoutPaise: 0, carriedForwardPaise: 119_000 });
  });

  it('deducts the balance carried forward before paying out the next week', () => {
    const settlement = settle([tilesOnline], { openingBalanceOwedPaise: 119_000 });
    expect(settlement).toMatchObject({ openingBalanceOwedPaise: 119_000, netPayoutPaise: 937_000, carriedForwardPaise: 0 });
  });

  it('carries an old balance and a new shortfall forward together', () => {
    const settlement = settle([{ ...tilesOnline, paymentMethod: 'COD' }], { openingBalanceOwedPaise: 119_000 });
    expect(settlement).toMatchObject({ netPayoutPaise: 0, carriedForwardPaise: 238_000 });
  });

  it('clears an old balance exactly, paying nothing and carrying nothing', () => {
    const settlement = settle([tilesOnline], { openingBalanceOwedPaise: 1_056_000 });
    expect(settlement).toMatchObject({ netPayoutPaise: 0, carriedForwardPaise: 0 });
  });

  it('settles a week with no orders: zero, or the old balance carried on', () => {
    const empty = settle([]);
    expect(empty.lines).toEqual([]);
    expect(Object.values(empty.totals).every((amount) => amount === 0)).toBe(true);
    expect(empty).toMatchObject({ netPayoutPaise: 0, carriedForwardPaise: 0 });
    expect(settle([], { openingBalanceOwedPaise: 50_000 })).toMatchObject({ netPayoutPaise: 0, carriedForwardPaise: 50_000 });
  });

  it('deducts TDS at 5 % from a vendor without a PAN (s. 206AA)', () => {
    const settlement = settle([tilesOnline], { vendor: { hasPan: false } });
    expect(settlement.lines[0]).toMatchObject({ tdsRateBasisPoints: 500, tdsPaise: 50_000, deductionsPaise: 173_000 });
    expect(settlement.netPayoutPaise).toBe(1_007_000);
    // 5 % both before and after the 194-O rate fell to 0.1 %.
    expect(tilesOn('2022-06-15', false).lines[0]).toMatchObject({ tdsRateBasisPoints: 500, tdsPaise: 50_000, tcsPaise: 10_000 });
  });

  it('deducts the labour GST the platform owes under s. 9(5) in full', () => {
    const settlement = settle([masonOnline]);
    expect(settlement.lines[0]).toMatchObject({
      commissionPaise: 27_000,
      gstOnCommissionPaise: 4_860,
      tcsPaise: 1_350,
      tdsPaise: 270,
      platformLiableLabourGstPaise: 48_600,
      deductionsPaise: 82_080,
    });
    expect(settlement.totals.platformLiableLabourGstPaise).toBe(48_600);
    // The vendor gets the taxable value less the platform's cuts; none of the GST.
    expect(settlement.netPayoutPaise).toBe(270_000 - 27_000 - 4_860 - 1_350 - 270);
  });

  it('deducts platform-liable labour GST on a COD order from the online money too', () => {
    const settlement = settle([tilesOnline, { ...masonOnline, paymentMethod: 'COD' }]);
    expect(settlement.netPayoutPaise).toBe(1_180_000 - 124_000 - (27_000 + 4_860 + 0 + 270 + 48_600));
  });

  it('charges the vendor’s own commission rate, 10 % by default', () => {
    expect(DEFAULT_COMMISSION_RATE_BASIS_POINTS).toBe(1000);
    const reduced = settle([tilesOnline], { vendor: { hasPan: true, commissionRateBasisPoints: 750 } });
    expect(reduced.lines[0]).toMatchObject({ commissionRateBasisPoints: 750, commissionPaise: 75_000, gstOnCommissionPaise: 13_500, deductionsPaise: 94_500 });
    const none = settle([tilesOnline], { vendor: { hasPan: true, commissionRateBasisPoints: 0 } });
    expect(none.lines[0]).toMatchObject({ commissionPaise: 0, gstOnCommissionPaise: 0, deductionsPaise: 6_000 });
  });

  it('keeps each line’s own fields, in input order, and leaves the input untouched', () => {
    const lines = [{ ...cementCod }, { ...tilesOnline }];
    const settlement = settle(lines);
    expect(settlement.lines.map((line) => line.orderId)).toEqual(['RS-2501-0002', 'RS-2501-0001']);
    expect(settlement.lines[0]).toMatchObject(cementCod);
    expect(lines).toEqual([cementCod, tilesOnline]);
    expect(settlement.lines[0]).not.toBe(lines[0]);
  });
});

describe('vendor settlement: tax rules (hand-worked)', () => {
  it('puts the seller’s delivery charge in the TDS base and leaves GST shown separately out', () => {
    // ₹800 of goods + ₹200 delivery = ₹1,000 taxable, ₹180 GST on the invoice: TDS 0.1 % of ₹1,000 = ₹1.
    const withDelivery = settle([{ ...tilesOnline, grossPaise: 118_000, taxableValuePaise: 100_000, gstPaise: 18_000 }]);
    expect(withDelivery.lines[0]).toMatchObject({ tdsPaise: 100, tcsPaise: 500 });
  });

  it('collects TCS only on online orders and TDS on both', () => {
    const online = settle([tilesOnline]).lines[0]!;
    const cod = settle([{ ...tilesOnline, paymentMethod: 'COD' }]).lines[0]!;
    expect([online.tcsPaise, online.tdsPaise]).toEqual([5_000, 1_000]);
    expect([cod.tcsPaise, cod.tdsPaise, cod.tcsRateBasisPoints]).toEqual([0, 1_000, 50]);
  });

  it('names the law in force on each day of the period, switching to the Income-tax Act, 2025 on 1 April 2026', () => {
    const bases = legalBasesFor({ from: '2026-03-30', to: '2026-04-05' }, true);
    const tds = bases.filter((b) => b.deduction === 'INCOME_TAX_TDS');
    expect(tds).toEqual([
      { deduction: 'INCOME_TAX_TDS', basis: expect.stringMatching(/^Income-tax Act, 1961 s\. 194-O/), from: '2026-03-30', to: '2026-03-31' },
      { deduction: 'INCOME_TAX_TDS', basis: expect.stringMatching(/^Income-tax Act, 2025 s\. 393/), from: '2026-04-01', to: '2026-04-05' },
    ]);
    expect(bases.find((b) => b.deduction === 'GST_TCS')).toEqual({ deduction: 'GST_TCS', basis: expect.stringMatching(/^CGST Act, 2017 s\. 52/), from: '2026-03-30', to: '2026-04-05' });
    expect(legalBasesFor(week, false).find((b) => b.deduction === 'INCOME_TAX_TDS')?.basis).toMatch(/194-O read with s\. 206AA/);
    expect(legalBasesFor({ from: '2026-05-01', to: '2026-05-31' }, true).filter((b) => b.deduction === 'INCOME_TAX_TDS')).toHaveLength(1);
  });
});

describe('vendor settlement: refunds', () => {
  const nextWeek: SettlementPeriod = { from: '2025-01-20', to: '2025-01-26' };
  const adjustment = (line: SettlementLineInput, refundedPaise: number, previouslyRefundedPaise = 0, refundId = 'rf-1'): SettlementLineInput => ({
    ...line,
    kind: 'REFUND_ADJUSTMENT',
    refundId,
    refundedOn: '2025-01-22',
    refundedPaise,
    previouslyRefundedPaise,
  });

  it('nets a partial refund made before settlement into the order’s line', () => {
    // ₹2,950 of ₹11,800 back (a quarter): ₹2,500 taxable and ₹450 GST returned; charges on ₹7,500.
    const settlement = settle([{ ...tilesOnline, refundedPaise: 295_000 }]);
    expect(settlement.lines[0]).toMatchObject({
      grossPaise: 1_180_000,
      refundedPaise: 295_000,
      taxableValuePaise: 750_000,
      gstPaise: 135_000,
      commissionPaise: 75_000,
      gstOnCommissionPaise: 13_500,
      tcsPaise: 3_750,
      tdsPaise: 750,
      deductionsPaise: 93_000,
      onlineCollectedByPlatformPaise: 885_000,
    });
    expect(settlement.netPayoutPaise).toBe(792_000); // 885 000 − 93 000: three quarters of 1 056 000
  });

  it('pays nothing and charges nothing for an order refunded in full before settlement', () => {
    const settlement = settle([{ ...tilesOnline, refundedPaise: 1_180_000 }]);
    expect(settlement.lines[0]).toMatchObject({ grossPaise: 1_180_000, refundedPaise: 1_180_000, taxableValuePaise: 0, gstPaise: 0, deductionsPaise: 0, onlineCollectedByPlatformPaise: 0 });
    expect(settlement).toMatchObject({ netPayoutPaise: 0, carriedForwardPaise: 0 });
  });

  it('turns a refund after settlement into a negative line next week that gives back its share of every charge', () => {
    const first = settle([tilesOnline]);
    expect(first.netPayoutPaise).toBe(1_056_000);
    const next = settle([adjustment(tilesOnline, 295_000)], { period: nextWeek });
    expect(next.lines[0]).toMatchObject({
      kind: 'REFUND_ADJUSTMENT',
      refundId: 'rf-1',
      refundedOn: '2025-01-22',
      grossPaise: 0,
      refundedPaise: 295_000,
      taxableValuePaise: -250_000,
      gstPaise: -45_000,
      commissionPaise: -25_000,
      gstOnCommissionPaise: -4_500,
      tcsPaise: -1_250, // returns reduce the net value of supplies (s. 52)
      tdsPaise: -250, // adjusted against later sales (CBDT Circular 20/2023)
      deductionsPaise: -31_000,
      codCollectedByVendorPaise: 0,
      onlineCollectedByPlatformPaise: -295_000,
    });
    // The platform paid the buyer ₹2,950 and gives back ₹307.50 of charges now; the ₹2.50 of TDS is
    // not paid back but adjusted against the vendor's next sales (CBDT Circular 20/2023).
    expect(next).toMatchObject({ tdsDeductedPaise: 0, tdsReturnCreditCarriedForwardPaise: 250, netPayoutPaise: 0, carriedForwardPaise: 264_250 });
    const weekAfter = settle([{ ...tilesOnline, orderId: 'RS-2501-0009', completedOn: '2025-01-28' }], {
      period: { from: '2025-01-27', to: '2025-02-02' },
      openingBalanceOwedPaise: next.carriedForwardPaise,
      tdsReturnCreditPaise: next.tdsReturnCreditCarriedForwardPaise,
    });
    expect(weekAfter).toMatchObject({ tdsReturnCreditBroughtForwardPaise: 250, tdsDeductedPaise: 750, tdsReturnCreditCarriedForwardPaise: 0 });
    // Two sales of ₹10,560 net, less the refund's ₹2,640: where a refund before settlement would have left them.
    expect(first.netPayoutPaise + weekAfter.netPayoutPaise).toBe(2 * 1_056_000 - 264_000);
  });

  it('adjusts the TDS on a returned sale against the next sales', () => {
    const next = settle([{ ...tilesOnline, orderId: 'RS-2501-0009', completedOn: '2025-01-21' }, adjustment(tilesOnline, 295_000)], { period: nextWeek });
    expect(next.totals.tdsPaise).toBe(1_000 - 250);
    expect(next).toMatchObject({ tdsDeductedPaise: 750, tdsReturnCreditCarriedForwardPaise: 0 });
    expect(next.totals.tcsPaise).toBe(5_000 - 1_250);
    expect(next.netPayoutPaise).toBe(1_056_000 - 264_000);
  });

  it('charges a COD refund made after settlement to the vendor, who kept the cash', () => {
    const first = settle([cementCod]);
    expect(first).toMatchObject({ netPayoutPaise: 0, carriedForwardPaise: 48_790 });
    const next = settle([adjustment(cementCod, 483_800)], { period: nextWeek, openingBalanceOwedPaise: first.carriedForwardPaise });
    expect(next.lines[0]).toMatchObject({ tcsPaise: 0, tdsPaise: -410, commissionPaise: -41_000, gstOnCommissionPaise: -7_380, deductionsPaise: -48_790, codCollectedByVendorPaise: 0, onlineCollectedByPlatformPaise: -483_800 });
    // The vendor holds ₹4,838 of cash and owes it back, plus the ₹4.10 TDS that returns only as a
    // credit against later sales: nothing earned on a sale given back.
    expect(next).toMatchObject({ netPayoutPaise: 0, carriedForwardPaise: 483_800 + 410, tdsDeductedPaise: 0, tdsReturnCreditCarriedForwardPaise: 410 });
  });

  it('nets a COD refund made before settlement out of the vendor’s online money', () => {
    const settlement = settle([tilesOnline, { ...cementCod, refundedPaise: 483_800 }]);
    expect(settlement.lines[1]).toMatchObject({ codCollectedByVendorPaise: 483_800, onlineCollectedByPlatformPaise: -483_800, deductionsPaise: 0 });
    expect(settlement.netPayoutPaise).toBe(1_056_000 - 483_800);
  });

  it('reverses at the rates the order was charged at, not today’s', () => {
    const charged = { commissionRateBasisPoints: 1200, gstOnCommissionRateBasisPoints: 1800, tcsRateBasisPoints: 100, tdsRateBasisPoints: 100 };
    const next = settle([{ ...adjustment(tilesOnline, 1_180_000), rates: charged }], { period: nextWeek });
    expect(next.lines[0]).toMatchObject({ commissionPaise: -120_000, gstOnCommissionPaise: -21_600, tcsPaise: -10_000, tdsPaise: -10_000, ...charged });
  });

  it('splits refunds so that the pieces of a full refund return exactly the order’s taxable value and GST', () => {
    // ₹10.01 with ₹1.53 GST refunded 1 paisa, then 500, then the rest: no paisa lost to rounding.
    const odd: SettlementLineInput = { ...tilesOnline, grossPaise: 1_001, taxableValuePaise: 848, gstPaise: 153 };
    const pieces = [1, 500, 500].map((r, i, all) => adjustment(odd, r, all.slice(0, i).reduce((a, b) => a + b, 0), `rf-${i}`));
    const next = settle(pieces, { period: nextWeek });
    expect(next.totals).toMatchObject({ refundedPaise: 1_001, taxableValuePaise: -848, gstPaise: -153, onlineCollectedByPlatformPaise: -1_001 });
    expect(next.totals.commissionPaise).toBe(-settle([odd]).totals.commissionPaise);
  });

  it('rejects refunds above the order and adjustments without a refund', () => {
    expect(() => settle([{ ...tilesOnline, refundedPaise: 1_180_001 }])).toThrow(/refunds exceed the order's gross/);
    expect(() => settle([adjustment(tilesOnline, 1_000, 1_179_001)], { period: nextWeek })).toThrow(/refunds exceed/);
    expect(() => settle([adjustment(tilesOnline, 0)], { period: nextWeek })).toThrow(/refund above zero/);
    expect(() => settle([{ ...adjustment(tilesOnline, 10), refundId: '' }], { period: nextWeek })).toThrow(/needs its refund id/);
    expect(() => settle([adjustment(tilesOnline, 10), adjustment(tilesOnline, 10, 10)], { period: nextWeek })).toThrow(/Refund rf-1 appears twice/);
    expect(() => settle([adjustment(tilesOnline, 10)])).toThrow(/refunded on 2025-01-22, after the period/);
  });
});

describe('vendor settlement: dated rates', () => {
  it('ships the statutory rate tables', () => {
    expect(DEFAULT_SETTLEMENT_RATES).toEqual({
      gstOnCommission: [{ effectiveFrom: '2017-07-01', rateBasisPoints: 1800 }],
      tcs: [
        { effectiveFrom: '2018-10-01', rateBasisPoints: 100 },
        { effectiveFrom: '2024-07-10', rateBasisPoints: 50 },
      ],
      tdsWithPan: [
        { effectiveFrom: '2020-10-01', rateBasisPoints: 100 },
        { effectiveFrom: '2024-10-01', rateBasisPoints: 10 },
      ],
      tdsWithoutPan: [{ effectiveFrom: '2020-10-01', rateBasisPoints: 500 }],
    });
  });

  it.each([
    // completedOn, TCS bp, TCS, TDS bp, TDS, net payout
    ['2020-10-01', 100, 10_000, 100, 10_000, 1_042_000], // first day of 194-O
    ['2024-07-09', 100, 10_000, 100, 10_000, 1_042_000], // last day of 1 % TCS
    ['2024-07-10', 50, 5_000, 100, 10_000, 1_047_000], // TCS falls to 0.5 %
    ['2024-09-30', 50, 5_000, 100, 10_000, 1_047_000], // last day of 1 % TDS
    ['2024-10-01', 50, 5_000, 10, 1_000, 1_056_000], // TDS falls to 0.1 %
    ['2026-04-01', 50, 5_000, 10, 1_000, 1_056_000], // Income-tax Act, 2025: same 0.1 %
    ['2026-11-25', 50, 5_000, 10, 1_000, 1_056_000],
  ])('settles the ₹11,800 order completed on %s at TCS %i bp (%i) and TDS %i bp (%i)', (completedOn, tcsBp, tcs, tdsBp, tds, net) => {
    const settlement = tilesOn(completedOn);
    expect(settlement.lines[0]).toMatchObject({ tcsRateBasisPoints: tcsBp, tcsPaise: tcs, tdsRateBasisPoints: tdsBp, tdsPaise: tds });
    expect(settlement.netPayoutPaise).toBe(net);
  });

  it('uses each line’s own date when a week straddles a rate change', () => {
    const straddles = (from: string, to: string, dates: [string, string]) =>
      calculateSettlement({
        vendor: { hasPan: true },
        period: { from, to },
        lines: dates.map((completedOn, i) => ({ ...tilesOnline, orderId: `RS-${i}`, completedOn })),
      });
    const july = straddles('2024-07-08', '2024-07-14', ['2024-07-09', '2024-07-10']);
    expect(july.lines.map((line) => line.tcsPaise)).toEqual([10_000, 5_000]);
    expect(july.totals.tcsPaise).toBe(15_000);
    const october = straddles('2024-09-30', '2024-10-06', ['2024-09-30', '2024-10-01']);
    expect(october.lines.map((line) => line.tdsPaise)).toEqual([10_000, 1_000]);
    expect(october.totals.tdsPaise).toBe(11_000);
  });

  it('takes configured rate tables, in any row order', () => {
    const rates = {
      ...DEFAULT_SETTLEMENT_RATES,
      tcs: [
        { effectiveFrom: '2026-04-01', rateBasisPoints: 25 }, // a hypothetical future cut
        ...DEFAULT_SETTLEMENT_RATES.tcs,
      ],
    };
    const settleOn = (completedOn: string) =>
      calculateSettlement({ vendor: { hasPan: true }, period: { from: completedOn, to: completedOn }, lines: [{ ...tilesOnline, completedOn }], rates });
    expect(settleOn('2026-03-31').lines[0]?.tcsPaise).toBe(5_000);
    expect(settleOn('2026-04-01').lines[0]?.tcsPaise).toBe(2_500);
    expect(settleOn('2024-07-09').lines[0]?.tcsPaise).toBe(10_000);
  });
});

describe('vendor settlement: rounding', () => {
  it.each([
    // column, taxable (= gross, no GST), expected paise
    ['commissionPaise', 5, 1], // 0.5 rounds up
    ['commissionPaise', 4, 0], // 0.4
    ['commissionPaise', 15, 2], // 1.5
    ['gstOnCommissionPaise', 250, 5], // 18 % of 25 = 4.5
    ['gstOnCommissionPaise', 30, 1], // 18 % of 3 = 0.54
    ['gstOnCommissionPaise', 10, 0], // 18 % of 1 = 0.18
    ['tcsPaise', 100, 1], // 0.5
    ['tcsPaise', 99, 0], // 0.495
    ['tcsPaise', 300, 2], // 1.5
    ['tdsPaise', 500, 1], // 0.5
    ['tdsPaise', 499, 0], // 0.499
    ['tdsPaise', 1_500, 2], // 1.5
  ] as const)('rounds %s on %i paise to %i, half up', (column, amount, expected) => {
    expect(settle([untaxed(amount)]).lines[0]?.[column]).toBe(expected);
  });

  it('rounds GST on commission from the rounded commission', () => {
    // Commission on 25 paise is 2.5 → 3; GST on 3 is 0.54 → 1 (on the exact 2.5 it would be 0.45 → 0).
    expect(settle([untaxed(25)]).lines[0]).toMatchObject({ commissionPaise: 3, gstOnCommissionPaise: 1 });
  });

  it('rounds per line, so a settlement can differ from the rates applied to its totals', () => {
    const settlement = settle([untaxed(5, { orderId: 'a' }), untaxed(5, { orderId: 'b' })]);
    expect(settlement.totals.commissionPaise).toBe(2); // 1 + 1, where 10 % of 10 would be 1
  });

  it('is exact for large amounts, halves included', () => {
    // 9 000 000 000 005 × 1000 is past 2^53; the exact commission is 900 000 000 000.5 paise.
    expect(settle([untaxed(9_000_000_000_005)]).lines[0]).toMatchObject({
      commissionPaise: 900_000_000_001,
      gstOnCommissionPaise: 162_000_000_000, // 162 000 000 000.18
      tcsPaise: 45_000_000_000, // 45 000 000 000.025
      tdsPaise: 9_000_000_000, // 9 000 000 000.005
    });
  });
});

describe('vendor settlement: validation', () => {
  const moneyFields = ['grossPaise', 'taxableValuePaise', 'gstPaise', 'platformLiableLabourGstPaise'] as const;
  const notMoney = [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53];

  it.each(moneyFields.flatMap((field) => notMoney.map((value) => [field, value] as const)))('rejects %s of %p and names the order', (field, value) => {
    const error = settlementErrorOf(() => settle([cementCod, { ...tilesOnline, [field]: value }]));
    expect(error.orderId).toBe('RS-2501-0001');
    expect(error.message).toMatch(/^Order RS-2501-0001: .* must be whole, non-negative paise\.$/);
  });

  it('rejects a taxable value above the gross', () => {
    const error = settlementErrorOf(() => settle([{ ...tilesOnline, grossPaise: 100, taxableValuePaise: 150, gstPaise: 0 }]));
    expect(error.message).toMatch(/taxable value exceeds the gross/);
  });

  it.each([179_999, 180_001, 0])('rejects GST of %i that is not gross minus taxable value', (gstPaise) => {
    const error = settlementErrorOf(() => settle([{ ...tilesOnline, gstPaise }]));
    expect(error.message).toMatch(/GST is not gross minus taxable value/);
    expect(error.orderId).toBe('RS-2501-0001');
  });

  it('rejects platform-liable labour GST above the order’s GST', () => {
    expect(() => settle([{ ...masonOnline, platformLiableLabourGstPaise: 48_601 }])).toThrow(/platform-liable labour GST exceeds/);
  });

  it.each(['UPI', 'cod', '', undefined])('rejects payment method %p', (paymentMethod) => {
    const error = settlementErrorOf(() => settle([{ ...tilesOnline, paymentMethod: paymentMethod as unknown as 'ONLINE' }]));
    expect(error.message).toMatch(/unknown payment method/);
    expect(error.orderId).toBe('RS-2501-0001');
  });

  it.each(['2025-01-20', '2026-01-15'])('rejects an order completed on %s, after the week', (completedOn) => {
    const error = settlementErrorOf(() => settle([{ ...tilesOnline, completedOn }]));
    expect(error.message).toMatch(/after the period 2025-01-13 to 2025-01-19/);
    expect(error.orderId).toBe('RS-2501-0001');
  });

  it.each(['2025-01-12', '2024-01-15'])('settles an order completed on %s, before the week, that was not settled yet (late)', (completedOn) => {
    expect(settle([{ ...tilesOnline, completedOn }]).lines[0]).toMatchObject({ completedOn, tcsRateBasisPoints: completedOn < '2024-07-10' ? 100 : 50 });
  });

  it('accepts orders on the first and last day of the period', () => {
    const settlement = settle([
      { ...tilesOnline, completedOn: '2025-01-13' },
      { ...cementCod, completedOn: '2025-01-19' },
    ]);
    expect(settlement.lines).toHaveLength(2);
  });

  it.each(['2025-1-15', '2025-02-30', '15-01-2025', '2025-01-15T10:00', ''])('rejects completedOn %p', (completedOn) => {
    expect(() => settle([{ ...tilesOnline, completedOn }])).toThrow(/completedOn must be a YYYY-MM-DD date/);
  });

  it('rejects an order that appears twice', () => {
    const error = settlementErrorOf(() => settle([tilesOnline, cementCod, { ...tilesOnline, completedOn: '2025-01-16' }]));
    expect(error.message).toBe('Order RS-2501-0001 appears twice; an order is settled once.');
    expect(error.orderId).toBe('RS-2501-0001');
  });

  it.each(['', '  '])('rejects an order id of %p', (orderId) => {
    expect(() => settle([{ ...tilesOnline, orderId }])).toThrow(/needs an order id/);
  });

  it('rejects a date with no rate in force', () => {
    const before = (completedOn: string, hasPan = true) => settlementErrorOf(() => tilesOn(completedOn, hasPan));
    expect(before('2018-09-30').message).toBe('Order RS-2501-0001: no TCS rate is in force on 2018-09-30.');
    expect(before('2020-09-30').message).toBe('Order RS-2501-0001: no TDS rate is in force on 2020-09-30.');
    expect(before('2020-09-30', false).message).toMatch(/no TDS rate/);
    const noGstRate = settlementErrorOf(() => settle([tilesOnline], { rates: { ...DEFAULT_SETTLEMENT_RATES, gstOnCommission: [] } }));
    expect(noGstRate.message).toMatch(/no GST-on-commission rate is in force on 2025-01-15/);
    expect(noGstRate.orderId).toBe('RS-2501-0001');
  });

  it.each([-1, 10.5, 10_001, Number.NaN])('rejects a commission rate of %p', (commissionRateBasisPoints) => {
    expect(() => settle([tilesOnline], { vendor: { hasPan: true, commissionRateBasisPoints } })).toThrow(/commission rate must be whole basis points/);
  });

  it('rejects a vendor whose PAN status is unknown', () => {
    expect(() => settle([tilesOnline], { vendor: { hasPan: undefined as unknown as boolean } })).toThrow(/PAN must be true or false/);
  });

  it.each([
    [{ from: '2025-01-19', to: '2025-01-13' }, /starts \(2025-01-19\) after it ends/],
    [{ from: '2025-01-13', to: '2025-02-30' }, /two YYYY-MM-DD dates/],
    [{ from: '13/01/2025', to: '2025-01-19' }, /two YYYY-MM-DD dates/],
  ])('rejects the period %p', (period, message) => {
    expect(() => settle([], { period })).toThrow(message);
  });

  it.each([
    [{ tcs: [{ effectiveFrom: '2024-7-10', rateBasisPoints: 50 }] }, /tcs rate table has a row that is not from a YYYY-MM-DD date/],
    [{ tcs: [{ effectiveFrom: '2024-07-10', rateBasisPoints: 0.5 }] }, /tcs rate from 2024-07-10 must be whole basis points/],
    [{ tdsWithPan: [{ effectiveFrom: '2024-10-01', rateBasisPoints: 10_001 }] }, /tdsWithPan rate from 2024-10-01/],
    [
      {
        tdsWithoutPan: [
          { effectiveFrom: '2020-10-01', rateBasisPoints: 500 },
          { effectiveFrom: '2020-10-01', rateBasisPoints: 2000 },
        ],
      },
      /tdsWithoutPan rate table has two rows from 2020-10-01/,
    ],
    [{ gstOnCommission: undefined }, /gstOnCommission rate table is missing/],
  ])('rejects rate tables %p even for a week that needs no rate', (tables, message) => {
    const rates = { ...DEFAULT_SETTLEMENT_RATES, ...tables } as CalculateSettlementInput['rates'];
    expect(() => settle([], { rates })).toThrow(message);
  });

  it.each([-1, 0.5, Number.NaN])('rejects an opening balance of %p', (openingBalanceOwedPaise) => {
    expect(() => settle([], { openingBalanceOwedPaise })).toThrow(/opening balance owed must be whole, non-negative paise/);
  });

  it('rejects a settlement whose totals are beyond a safe integer', () => {
    const huge = untaxed(5_000_000_000_000_000, { orderId: 'a' });
    expect(settle([huge]).totals.grossPaise).toBe(5_000_000_000_000_000);
    expect(() => settle([huge, { ...huge, orderId: 'b' }])).toThrow(/grossPaise is too large to settle/);
  });

  it('rejects a net payout beyond a safe integer after a large opening balance', () => {
    const owed = Number.MAX_SAFE_INTEGER;
    expect(() => settle([{ ...untaxed(1_000_000), paymentMethod: 'COD' }], { openingBalanceOwedPaise: owed })).toThrow(/balance carried forward is too large/);
  });

  it('names its errors, so logs show a SettlementError rather than a bare Error', () => {
    expect(settlementErrorOf(() => settle([{ ...tilesOnline, grossPaise: -1 }])).name).toBe('SettlementError');
  });
});

describe('vendor settlement: invariant check', () => {
  function tampered(change: (settlement: Settlement) => void): Settlement {
    const settlement = structuredClone(settle([tilesOnline, cementCod, masonOnline], { openingBalanceOwedPaise: 10_000 }));
    change(settlement);
    return settlement;
  }

  it('accepts what calculateSettlement returns', () => {
    expect(() => assertSettlementInvariants(tampered(() => undefined))).not.toThrow();
  });

  it.each<[string, (s: Settlement) => void, RegExp]>([
    ['a total off by a paisa', (s) => (s.totals.tcsPaise += 1), /lines do not sum to the total tcsPaise/],
    [
      'deductions that are not their components',
      (s) => {
        (s.lines[0] as Settlement['lines'][number]).deductionsPaise += 1;
        s.totals.deductionsPaise += 1;
        s.netPayoutPaise -= 1;
      },
      /order RS-2501-0001: deductions are not the sum of their components/,
    ],
    [
      'COD money counted as collected online',
      (s) => {
        (s.lines[1] as Settlement['lines'][number]).onlineCollectedByPlatformPaise = 483_800;
        s.totals.onlineCollectedByPlatformPaise += 483_800;
        s.netPayoutPaise += 483_800;
      },
      /order RS-2501-0002: collections do not match payment method COD/,
    ],
    ['a payout that does not balance', (s) => (s.netPayoutPaise += 1), /net payout − carried forward ≠ online collected − deductions − opening balance owed/],
    [
      'a payout and a carry-forward together',
      (s) => {
        s.netPayoutPaise += 7;
        s.carriedForwardPaise += 7;
      },
      /both pays out and carries a balance forward/,
    ],
    ['a negative carry-forward', (s) => (s.carriedForwardPaise = -1), /not a safe integer of the right sign: carriedForwardPaise/],
    ['a fractional line amount', (s) => ((s.lines[2] as Settlement['lines'][number]).tdsPaise = 318.6), /not a safe integer of the right sign: RS-2501-0003.tdsPaise/],
  ])('rejects %s', (_, change, message) => {
    const settlement = tampered(change);
    expect(() => assertSettlementInvariants(settlement)).toThrow(message);
    expect(() => assertSettlementInvariants(settlement)).not.toThrow(SettlementError);
  });
});

describe('vendor settlement: properties', () => {
  const gstRates = [0, 500, 1200, 1800, 2800];

  function randomWeek(random: () => number, startsOn?: string): CalculateSettlementInput {
    // A third of the weeks straddle a 2024 rate change; the rest start anywhere from 194-O's first day.
    const roll = random();
    const from =
      startsOn ??
      (roll < 0.17
        ? addDays('2024-07-10', -intBetween(random, 0, 6))
        : roll < 0.33
          ? addDays('2024-10-01', -intBetween(random, 0, 6))
          : addDays('2020-10-01', intBetween(random, 0, 2_250)));
    const to = addDays(from, 6);
    const count = random() < 0.05 ? 0 : intBetween(random, 1, 40);
    const lines = Array.from({ length: count }, (_, i): SettlementLineInput => {
      const taxableValuePaise = random() < 0.05 ? intBetween(random, 0, 100) : intBetween(random, 1, random() < 0.8 ? 5_000_000 : 1_000_000_000);
      const gstPaise = Number((BigInt(taxableValuePaise) * BigInt(pick(random, gstRates)) + 5_000n) / 10_000n);
      const labour = random();
      return {
        orderId: `RS-${from}-${i}`,
        completedOn: addDays(from, intBetween(random, 0, 6)),
        paymentMethod: random() < 0.5 ? 'ONLINE' : 'COD',
        grossPaise: taxableValuePaise + gstPaise,
        taxableValuePaise,
        gstPaise,
        platformLiableLabourGstPaise: labour < 0.7 ? 0 : labour < 0.85 ? gstPaise : intBetween(random, 0, gstPaise),
      };
    });
    const commissionRateBasisPoints = pick(random, [undefined, 0, 500, 1000, 1250, 2000, intBetween(random, 0, 3000)]);
    return {
      vendor: { hasPan: random() < 0.8, ...(commissionRateBasisPoints === undefined ? {} : { commissionRateBasisPoints }) },
      period: { from, to },
      lines,
      openingBalanceOwedPaise: random() < 0.7 ? 0 : intBetween(random, 0, 2_000_000),
    };
  }

  /** Exact amount × bp / 10 000 against the rounded one: half up means −0.5 < rounded − exact ≤ 0.5. */
  function roundedHalfUp(rounded: number, amount: number, rateBasisPoints: number): boolean {
    const error = BigInt(rounded) * 10_000n - BigInt(amount) * BigInt(rateBasisPoints);
    return error > -5_000n && error <= 5_000n;
  }

  it('adds up on 500 random weeks: every column, the payout identity, rates by date, rounding, non-negativity', () => {
    const random = seededRandom(52);
    const violations: string[] = [];
    const seen = { payout: 0, carry: 0, tcs100: 0, tcs50: 0, tds100: 0, tds10: 0, tds500: 0 };
    for (let run = 0; run < 500; run += 1) {
      const input = randomWeek(random);
      const s = calculateSettlement(input);
      const fail = (what: string) => violations.push(`run ${run}: ${what}`);

      for (const column of SETTLEMENT_COLUMNS) {
        const sum = s.lines.reduce((total, line) => total + line[column], 0);
        if (sum !== s.totals[column]) fail(`lines do not sum to ${column}`);
      }
      const balance = s.netPayoutPaise - s.carriedForwardPaise;
      if (balance !== s.totals.onlineCollectedByPlatformPaise - s.totals.deductionsPaise - s.openingBalanceOwedPaise) fail('payout identity');
      if (s.netPayoutPaise > 0 && s.carriedForwardPaise > 0) fail('pays out and carries forward');
      if (s.totals.codCollectedByVendorPaise + s.totals.onlineCollectedByPlatformPaise !== s.totals.grossPaise) fail('collections ≠ gross');

      const amounts = [s.netPayoutPaise, s.carriedForwardPaise, s.openingBalanceOwedPaise, ...Object.values(s.totals)];
      s.lines.forEach((line, i) => {
        const where = `line ${i} (${line.completedOn})`;
        amounts.push(...SETTLEMENT_COLUMNS.map((column) => line[column]));
        const tcsRate = line.completedOn < '2024-07-10' ? 100 : 50;
        const tcsCharged = line.paymentMethod === 'ONLINE' ? tcsRate : 0;
        const tdsRate = !input.vendor.hasPan ? 500 : line.completedOn < '2024-10-01' ? 100 : 10;
        const commissionRate = input.vendor.commissionRateBasisPoints ?? 1000;
        if (line.tcsRateBasisPoints !== tcsRate || line.tdsRateBasisPoints !== tdsRate) fail(`${where}: rate not the one in force`);
        if (line.commissionRateBasisPoints !== commissionRate || line.gstOnCommissionRateBasisPoints !== 1800) fail(`${where}: commission rates`);
        if (!roundedHalfUp(line.commissionPaise, line.taxableValuePaise, commissionRate)) fail(`${where}: commission rounding`);
        if (!roundedHalfUp(line.gstOnCommissionPaise, line.commissionPaise, 1800)) fail(`${where}: GST on commission rounding`);
        if (!roundedHalfUp(line.tcsPaise, line.taxableValuePaise, tcsCharged)) fail(`${where}: TCS rounding (online only)`);
        if (!roundedHalfUp(line.tdsPaise, line.taxableValuePaise, tdsRate)) fail(`${where}: TDS rounding (on the value excluding GST)`);
        const components = line.commissionPaise + line.gstOnCommissionPaise + line.tcsPaise + line.tdsPaise + line.platformLiableLabourGstPaise;
        if (line.deductionsPaise !== components) fail(`${where}: deductions`);
        const collected = line.paymentMethod === 'COD' ? [line.grossPaise, 0] : [0, line.grossPaise];
        if (line.codCollectedByVendorPaise !== collected[0] || line.onlineCollectedByPlatformPaise !== collected[1]) fail(`${where}: collections`);
        seen.tcs100 += tcsRate === 100 ? 1 : 0;
        seen.tcs50 += tcsRate === 50 ? 1 : 0;
        seen.tds100 += tdsRate === 100 ? 1 : 0;
        seen.tds10 += tdsRate === 10 ? 1 : 0;
        seen.tds500 += tdsRate === 500 ? 1 : 0;
      });
      if (!amounts.every((amount) => Number.isSafeInteger(amount) && amount >= 0)) fail('an amount is not a safe integer ≥ 0');
      seen.payout += s.netPayoutPaise > 0 ? 1 : 0;
      seen.carry += s.carriedForwardPaise > 0 ? 1 : 0;
    }
    expect(violations).toEqual([]);
    // The generator does reach both outcomes and every rate.
    expect(Object.entries(seen).filter(([, count]) => count === 0)).toEqual([]);
  });

  it('conserves money across a chain of weeks that carry balances forward', () => {
    const random = seededRandom(194);
    const violations: string[] = [];
    for (let run = 0; run < 100; run += 1) {
      let from = addDays('2024-06-03', intBetween(random, 0, 600));
      const opening = intBetween(random, 0, 500_000);
      let owed = opening;
      let paid = 0;
      let online = 0;
      let deductions = 0;
      for (let weekNo = 0; weekNo < 6; weekNo += 1) {
        const input = randomWeek(random, from);
        const s = calculateSettlement({ ...input, openingBalanceOwedPaise: owed });
        paid += s.netPayoutPaise;
        online += s.totals.onlineCollectedByPlatformPaise;
        deductions += s.totals.deductionsPaise;
        if (s.netPayoutPaise > 0 && s.netPayoutPaise !== s.totals.onlineCollectedByPlatformPaise - s.totals.deductionsPaise - owed) {
          violations.push(`run ${run} week ${weekNo}: paid without settling what was owed`);
        }
        owed = s.carriedForwardPaise;
        from = addDays(from, 7);
      }
      if (paid - owed !== online - deductions - opening) violations.push(`run ${run}: paid ${paid} − owed ${owed} ≠ ${online} − ${deductions} − ${opening}`);
    }
    expect(violations).toEqual([]);
  });

  it('charges the same, to the paisa, however an order’s refunds are split between its line and later adjustments', () => {
    const random = seededRandom(2023);
    const columns = SETTLEMENT_COLUMNS.filter((c) => c !== 'grossPaise' && c !== 'codCollectedByVendorPaise');
    for (let run = 0; run < 300; run += 1) {
      const input = randomWeek(random);
      const order = input.lines[0];
      if (!order || order.grossPaise === 0) continue;
      const total = intBetween(random, 0, order.grossPaise);
      const cuts = Array.from({ length: intBetween(random, 0, 4) }, () => intBetween(random, 0, total)).sort((a, b) => a - b);
      const bounds = [0, ...cuts, total];
      const pieces = bounds.slice(1).map((b, i) => b - bounds[i]!).filter((p) => p > 0);
      const before = pieces.length && random() < 0.5 ? pieces.shift()! : 0;
      const vendor = input.vendor;
      const period = { from: input.period.from, to: addDays(input.period.to, 7) };
      const once = calculateSettlement({ vendor, period, lines: [{ ...order, refundedPaise: total }] });
      let previously = before;
      const lines: SettlementLineInput[] = [{ ...order, refundedPaise: before }];
      pieces.forEach((piece, i) => {
        lines.push({ ...order, kind: 'REFUND_ADJUSTMENT', refundId: `r${i}`, refundedOn: period.to, refundedPaise: piece, previouslyRefundedPaise: previously });
        previously += piece;
      });
      const split = calculateSettlement({ vendor, period, lines });
      for (const column of columns) expect([run, column, split.totals[column]]).toEqual([run, column, once.totals[column]]);
    }
  });

  it('does not depend on the order of the lines', () => {
    const random = seededRandom(206);
    for (let run = 0; run < 200; run += 1) {
      const input = randomWeek(random);
      const shuffled = [...input.lines].sort(() => random() - 0.5);
      const a = calculateSettlement(input);
      const b = calculateSettlement({ ...input, lines: shuffled });
      expect([b.totals, b.netPayoutPaise, b.carriedForwardPaise]).toEqual([a.totals, a.netPayoutPaise, a.carriedForwardPaise]);
      expect(b.lines.map((line) => line.orderId)).toEqual(shuffled.map((line) => line.orderId));
    }
  });
});
