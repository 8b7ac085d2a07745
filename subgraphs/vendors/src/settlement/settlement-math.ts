/**
 * The settlement of one vendor on integer paise: what the platform keeps from each order the
 * vendor completed (commission, GST on it, TCS, TDS, and GST the platform owes on labour), what
 * processed refunds give back, and what it pays out. Pure functions; no I/O. Arithmetic runs on
 * BigInt and every amount is checked to fit a safe JavaScript integer before it leaves this file.
 *
 * Rounding rule: each component of each line is rounded to the nearest paisa, halves up, on its
 * own — each order is invoiced (and reported for TCS and TDS) separately; totals are sums of lines.
 *
 * Cash: the platform collects ONLINE orders and owes the vendor for them; the vendor collects COD
 * orders and keeps the cash, so the deductions on COD orders come out of the online money. When
 * they exceed it, the payout is zero and the vendor owes the rest, carried into the next settlement.
 *
 * Refunds (docs/settlements.md): a refund processed before its order is settled is netted into
 * that order's line (`refundedPaise`); one processed after is a REFUND_ADJUSTMENT line in the
 * vendor's next settlement, negative in every column it changes. Every charge of an order is a
 * function of the refunds processed so far, C(R); an order line charges C(R₀) and an adjustment
 * for a refund r after R charges C(R + r) − C(R), so however refunds arrive the charges add up to
 * exactly C(all refunds) — the settlement and earningsSummary agree to the paisa. The platform
 * pays every refund: an online one out of the money it holds, a COD one (the vendor holds the
 * cash) out of its own pocket; either way it comes out of the vendor's online money.
 *
 * Taxes, by the law in force on each line's date (LEGAL_BASES):
 * - GST TCS (CGST Act s. 52) is on the net value of taxable supplies whose consideration the
 *   platform collects: ONLINE orders only, on the taxable value net of returns. COD cash is
 *   collected by the vendor, so no TCS.
 * - Income-tax TDS (s. 194-O of the 1961 Act; from 1 Apr 2026 s. 393 of the Income-tax Act, 2025)
 *   is on every sale the platform facilitates, COD included (194-O(1) Explanation: a direct payment
 *   by the buyer is deemed credited by the operator), on the amount excluding GST shown separately
 *   on the invoice and including the seller's delivery charge (our taxable value); a purchase return
 *   is adjusted against later sales (CBDT Circular 20/2023): the adjustment line's negative TDS.
 *
 * When a settlement's returns carry more TDS than its sales, TDS deducted is 0 and the rest is a
 * credit carried to the vendor's next settlement, adjusted against its sales there.
 *
 * Amounts are safe integers; order lines are never negative except the online money of a line
 * with refunds, adjustment lines never positive except `refundedPaise`. The signed balance of a
 * settlement is `netPayoutPaise − carriedForwardPaise`, and at most one of the two is non-zero.
 */
export type PaymentMethod = 'ONLINE' | 'COD';

export const PAYMENT_METHODS: readonly PaymentMethod[] = ['ONLINE', 'COD'];

export type SettlementLineKind = 'ORDER' | 'REFUND_ADJUSTMENT';

export interface DatedRate {
  /** YYYY-MM-DD, Indian calendar date; the row is in force from this day until the next row. */
  effectiveFrom: string;
  rateBasisPoints: number;
}

/** Statutory rates by date; a line uses the rows in force on its order's completion date. */
export interface SettlementRates {
  gstOnCommission: readonly DatedRate[];
  tcs: readonly DatedRate[];
  tdsWithPan: readonly DatedRate[];
  tdsWithoutPan: readonly DatedRate[];
}

export const DEFAULT_SETTLEMENT_RATES: SettlementRates = {
  // The commission is the platform's own supply of a service to the vendor, taxed at 18 % since GST began.
  gstOnCommission: [{ effectiveFrom: '2017-07-01', rateBasisPoints: 1800 }],
  // CGST Act s. 52 (CGST + SGST, or IGST): 1 % from 1 Oct 2018 (Notfn 52/2018-CT), 0.5 % from 10 Jul 2024 (Notfn 15/2024-CT).
  tcs: [
    { effectiveFrom: '2018-10-01', rateBasisPoints: 100 },
    { effectiveFrom: '2024-07-10', rateBasisPoints: 50 },
  ],
  // Income-tax Act, 1961 s. 194-O: 1 % from 1 Oct 2020 (Finance Act 2020), 0.1 % from 1 Oct 2024 (Finance (No. 2) Act 2024);
  // the Income-tax Act, 2025 keeps 0.1 % from 1 Apr 2026 (s. 393; see LEGAL_BASES).
  tdsWithPan: [
    { effectiveFrom: '2020-10-01', rateBasisPoints: 100 },
    { effectiveFrom: '2024-10-01', rateBasisPoints: 10 },
  ],
  // Income-tax Act, 1961 s. 206AA: 5 % on a 194-O deduction when the vendor has not furnished a PAN.
  tdsWithoutPan: [{ effectiveFrom: '2020-10-01', rateBasisPoints: 500 }],
};

export type Deduction = 'COMMISSION_GST' | 'GST_TCS' | 'INCOME_TAX_TDS' | 'PLATFORM_LABOUR_GST';

/** What the law calls each deduction, by date (the law in force on a line's date applies). */
export const LEGAL_BASES: Readonly<Record<Deduction, readonly { effectiveFrom: string; withoutPan?: string; basis: string }[]>> = {
  COMMISSION_GST: [{ effectiveFrom: '2017-07-01', basis: 'CGST Act, 2017 s. 9(1) (with the SGST Act or IGST Act s. 5): GST on the platform’s commission' }],
  GST_TCS: [{ effectiveFrom: '2018-10-01', basis: 'CGST Act, 2017 s. 52 (with the SGST Act or IGST Act s. 20): TCS on the net value of taxable supplies paid through the platform' }],
  INCOME_TAX_TDS: [
    {
      effectiveFrom: '2020-10-01',
      basis: 'Income-tax Act, 1961 s. 194-O: TDS on the gross amount of sales facilitated by the platform',
      withoutPan: 'Income-tax Act, 1961 s. 194-O read with s. 206AA: TDS at the higher rate, no PAN furnished',
    },
    {
      // The 2025 Act replaced the 1961 Act for tax years from 1 Apr 2026; its s. 393 tabulates TDS and
      // carries 194-O over. The exact table entry (and the 206AA successor) is to be confirmed by the tax advisor.
      effectiveFrom: '2026-04-01',
      basis: 'Income-tax Act, 2025 s. 393 (TDS table, e-commerce operator; formerly 1961 Act s. 194-O)',
      withoutPan: 'Income-tax Act, 2025 s. 393 (e-commerce operator) at the higher rate for a missing PAN (formerly 1961 Act s. 206AA)',
    },
  ],
  PLATFORM_LABOUR_GST: [{ effectiveFrom: '2017-07-01', basis: 'CGST Act, 2017 s. 9(5): GST on labour services the platform itself owes' }],
};

export interface LegalBasisInForce {
  deduction: Deduction;
  basis: string;
  /** The days of the period (YYYY-MM-DD, both included) on which this basis is the law. */
  from: string;
  to: string;
}

/** The legal basis of each deduction on each day of a period (several rows when the law changes inside it). */
export function legalBasesFor(period: SettlementPeriod, hasPan: boolean): LegalBasisInForce[] {
  const result: LegalBasisInForce[] = [];
  for (const deduction of Object.keys(LEGAL_BASES) as Deduction[]) {
    const rows = [...LEGAL_BASES[deduction]].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
    rows.forEach((row, i) => {
      const next = rows[i + 1]?.effectiveFrom;
      const from = row.effectiveFrom > period.from ? row.effectiveFrom : period.from;
      const to = next && addDays(next, -1) < period.to ? addDays(next, -1) : period.to;
      if (from <= to) result.push({ deduction, basis: hasPan ? row.basis : (row.withoutPan ?? row.basis), from, to });
    });
  }
  return result;
}

/** The commission a vendor pays unless their agreement says otherwise: 10 %. */
export const DEFAULT_COMMISSION_RATE_BASIS_POINTS = 1000;

export interface SettlementVendor {
  /** Commission on the taxable value of each order; defaults to `DEFAULT_COMMISSION_RATE_BASIS_POINTS`. */
  commissionRateBasisPoints?: number;
  /** Whether the vendor has furnished a PAN; without one TDS is at the s. 206AA rate. */
  hasPan: boolean;
}

/** Both days included, YYYY-MM-DD. */
export interface SettlementPeriod {
  from: string;
  to: string;
}

/** The rates a line was charged at; an adjustment reverses its order's charges at these. */
export interface LineRates {
  commissionRateBasisPoints: number;
  gstOnCommissionRateBasisPoints: number;
  tcsRateBasisPoints: number;
  tdsRateBasisPoints: number;
}

/**
 * One COMPLETED order of the vendor not settled before (completed in the period, or earlier and
 * settled late), or one refund of an order settled before (`kind: 'REFUND_ADJUSTMENT'`).
 */
export interface SettlementLineInput {
  /** ORDER unless given. */
  kind?: SettlementLineKind;
  orderId: string;
  /** REFUND_ADJUSTMENT: the refund (the line's key). */
  refundId?: string;
  /** YYYY-MM-DD, Indian calendar date the order completed; it picks the rates in force. */
  completedOn: string;
  /** REFUND_ADJUSTMENT: YYYY-MM-DD the refund was processed; it must not be after the period. */
  refundedOn?: string;
  paymentMethod: PaymentMethod;
  /** The order total as sold: taxable value (goods, labour, delivery) plus GST. */
  grossPaise: number;
  /** The order total minus GST. */
  taxableValuePaise: number;
  gstPaise: number;
  /** GST on labour services that the platform itself owes under CGST s. 9(5); the vendor is not paid it. May be 0. */
  platformLiableLabourGstPaise: number;
  /** ORDER: refunds processed before the order was settled. REFUND_ADJUSTMENT: this refund. Gross, GST included. */
  refundedPaise?: number;
  /** REFUND_ADJUSTMENT: refunds of the order already accounted for (its order line and earlier adjustments). */
  previouslyRefundedPaise?: number;
  /** REFUND_ADJUSTMENT: the rates its order line was charged at (else the rates in force on completedOn). */
  rates?: LineRates;
}

export interface SettlementLine extends LineRates {
  kind: SettlementLineKind;
  orderId: string;
  refundId: string | null;
  completedOn: string;
  refundedOn: string | null;
  paymentMethod: PaymentMethod;
  /** ORDER: the order total as sold; 0 on an adjustment. */
  grossPaise: number;
  /** Refunded gross (GST included) this line accounts for. */
  refundedPaise: number;
  /** Net of refunds: ORDER the value left after its refunds; REFUND_ADJUSTMENT minus the value returned. */
  taxableValuePaise: number;
  gstPaise: number;
  platformLiableLabourGstPaise: number;
  commissionPaise: number;
  gstOnCommissionPaise: number;
  tcsPaise: number;
  tdsPaise: number;
  /** Commission + GST on it + TCS + TDS + platform-liable labour GST. */
  deductionsPaise: number;
  /** The gross of a COD order (the vendor holds the cash); 0 otherwise. */
  codCollectedByVendorPaise: number;
  /** Money the platform holds for the line: an ONLINE order's gross, less every refund the platform paid. */
  onlineCollectedByPlatformPaise: number;
}

/** The money columns of a line, each of which the settlement totals. */
export const SETTLEMENT_COLUMNS = [
  'grossPaise',
  'refundedPaise',
  'taxableValuePaise',
  'gstPaise',
  'platformLiableLabourGstPaise',
  'commissionPaise',
  'gstOnCommissionPaise',
  'tcsPaise',
  'tdsPaise',
  'deductionsPaise',
  'codCollectedByVendorPaise',
  'onlineCollectedByPlatformPaise',
] as const satisfies readonly (keyof SettlementLine)[];

export type SettlementColumn = (typeof SETTLEMENT_COLUMNS)[number];

export type SettlementTotals = Record<SettlementColumn, number>;

export interface Settlement {
  period: SettlementPeriod;
  lines: SettlementLine[];
  totals: SettlementTotals;
  /** What the vendor owed from earlier settlements; deducted before anything is paid out. */
  openingBalanceOwedPaise: number;
  /** TDS on returns not yet adjusted, brought from the last settlement. */
  tdsReturnCreditBroughtForwardPaise: number;
  /**
   * The TDS actually deducted (and deposited): the lines' TDS less the credit brought forward, never
   * below 0 — a return is adjusted against later sales (CBDT Circular 20/2023), never paid back.
   */
  tdsDeductedPaise: number;
  /** TDS on returns still to adjust against the vendor's later sales. */
  tdsReturnCreditCarriedForwardPaise: number;
  /** online collected − deductions (with TDS as deducted) − opening balance owed, when not negative; else 0. */
  netPayoutPaise: number;
  /** What the vendor owes when that is negative (as a positive amount); else 0. */
  carriedForwardPaise: number;
}

export interface CalculateSettlementInput {
  vendor: SettlementVendor;
  period: SettlementPeriod;
  /**
   * Every unsettled COMPLETED order of the vendor up to the period's end and every unsettled refund
   * of an order settled before, each once. Uniqueness across settlements is the database's job.
   */
  lines: readonly SettlementLineInput[];
  openingBalanceOwedPaise?: number;
  /** TDS on returns not yet adjusted against sales, from the last settlement. */
  tdsReturnCreditPaise?: number;
  rates?: SettlementRates;
}

/** Highest rate accepted, as a guard against percent-for-basis-point mistakes (18 → 1800). */
const MAX_RATE_BASIS_POINTS = 10_000;

export class SettlementError extends Error {
  constructor(
    message: string,
    /** The offending order, when one line is at fault. */
    readonly orderId?: string,
  ) {
    super(message);
    this.name = 'SettlementError';
  }
}

export function calculateSettlement(input: CalculateSettlementInput): Settlement {
  const { vendor, period } = input;
  const rates = input.rates ?? DEFAULT_SETTLEMENT_RATES;
  const commissionRate = vendor.commissionRateBasisPoints ?? DEFAULT_COMMISSION_RATE_BASIS_POINTS;
  const opening = input.openingBalanceOwedPaise ?? 0;
  checkRate(commissionRate, "The vendor's commission rate");
  if (typeof vendor.hasPan !== 'boolean') throw new SettlementError('Whether the vendor has a PAN must be true or false.');
  checkRateTables(rates);
  if (!isCalendarDate(period.from) || !isCalendarDate(period.to)) throw new SettlementError('The period must run between two YYYY-MM-DD dates.');
  if (period.from > period.to) throw new SettlementError(`The period starts (${period.from}) after it ends (${period.to}).`);
  checkAmount(opening, 'The opening balance owed');
  const tdsCreditIn = input.tdsReturnCreditPaise ?? 0;
  checkAmount(tdsCreditIn, 'The TDS return credit brought forward');

  const seen = new Set<string>();
  const lines = input.lines.map((line) => {
    if (typeof line.orderId !== 'string' || line.orderId.trim() === '') throw new SettlementError('Every line needs an order id.');
    const kind = line.kind ?? 'ORDER';
    if (kind === 'REFUND_ADJUSTMENT' && (typeof line.refundId !== 'string' || line.refundId.trim() === '')) {
      throw new SettlementError(`Order ${line.orderId}: a refund adjustment needs its refund id.`, line.orderId);
    }
    const key = kind === 'ORDER' ? `order ${line.orderId}` : `refund ${line.refundId!}`;
    if (seen.has(key)) {
      throw new SettlementError(kind === 'ORDER' ? `Order ${line.orderId} appears twice; an order is settled once.` : `Refund ${line.refundId!} appears twice; a refund is settled once.`, line.orderId);
    }
    seen.add(key);
    const tdsRates = vendor.hasPan ? rates.tdsWithPan : rates.tdsWithoutPan;
    return kind === 'ORDER' ? settleOrderLine(line, period, commissionRate, tdsRates, rates) : settleRefundAdjustment(line, period, commissionRate, tdsRates, rates);
  });

  const totals = {} as SettlementTotals;
  for (const column of SETTLEMENT_COLUMNS) {
    totals[column] = safe(sumOf(lines, column), `The settlement's ${column}`);
  }
  // TDS on returns is adjusted against sales (this settlement's, then later ones'), never paid back.
  const tdsDue = BigInt(totals.tdsPaise) - BigInt(tdsCreditIn);
  const tdsDeducted = tdsDue > 0n ? tdsDue : 0n;
  // The opening balance is owed in full before anything is paid: it simply joins the deductions.
  const net = BigInt(totals.onlineCollectedByPlatformPaise) - BigInt(totals.deductionsPaise) + BigInt(totals.tdsPaise) - tdsDeducted - BigInt(opening);
  const settlement: Settlement = {
    period: { from: period.from, to: period.to },
    lines,
    totals,
    openingBalanceOwedPaise: opening,
    tdsReturnCreditBroughtForwardPaise: tdsCreditIn,
    tdsDeductedPaise: safe(tdsDeducted, 'The TDS deducted'),
    tdsReturnCreditCarriedForwardPaise: safe(tdsDue < 0n ? -tdsDue : 0n, 'The TDS return credit carried forward'),
    netPayoutPaise: safe(net > 0n ? net : 0n, 'The net payout'),
    carriedForwardPaise: safe(net < 0n ? -net : 0n, 'The balance carried forward'),
  };
  assertSettlementInvariants(settlement);
  return settlement;
}

/**
 * Throws unless a settlement adds up: lines sum to totals in every column, each line's deductions
 * are its components and its collections match its kind and payment method, the payout and
 * carry-forward balance, and every amount is a safe integer with the sign its kind allows. A
 * failure is a bug or a tampered record, not bad input, so it is a plain Error.
 */
export function assertSettlementInvariants(settlement: Settlement): void {
  const { lines, totals } = settlement;
  const notAmounts: string[] = [];
  const check = (name: string, amount: number, sign: 'nonNegative' | 'nonPositive' | 'any') => {
    const ok = Number.isSafeInteger(amount) && (sign === 'any' || (sign === 'nonNegative' ? amount >= 0 : amount <= 0));
    if (!ok) notAmounts.push(name);
  };
  check('openingBalanceOwedPaise', settlement.openingBalanceOwedPaise, 'nonNegative');
  check('netPayoutPaise', settlement.netPayoutPaise, 'nonNegative');
  check('carriedForwardPaise', settlement.carriedForwardPaise, 'nonNegative');
  check('tdsReturnCreditBroughtForwardPaise', settlement.tdsReturnCreditBroughtForwardPaise, 'nonNegative');
  check('tdsDeductedPaise', settlement.tdsDeductedPaise, 'nonNegative');
  check('tdsReturnCreditCarriedForwardPaise', settlement.tdsReturnCreditCarriedForwardPaise, 'nonNegative');
  for (const column of SETTLEMENT_COLUMNS) check(`totals.${column}`, totals[column], 'any');
  for (const line of lines) {
    const name = line.kind === 'ORDER' ? line.orderId : `${line.orderId}/${line.refundId ?? ''}`;
    for (const column of SETTLEMENT_COLUMNS) {
      const sign = column === 'refundedPaise' ? 'nonNegative' : column === 'onlineCollectedByPlatformPaise' ? 'any' : line.kind === 'ORDER' ? 'nonNegative' : 'nonPositive';
      check(`${name}.${column}`, line[column], sign);
    }
  }
  if (notAmounts.length > 0) broken(`not a safe integer of the right sign: ${notAmounts.join(', ')}`);

  const problems: string[] = [];
  for (const line of lines) {
    const components = [line.commissionPaise, line.gstOnCommissionPaise, line.tcsPaise, line.tdsPaise, line.platformLiableLabourGstPaise];
    if (components.reduce((sum, amount) => sum + BigInt(amount), 0n) !== BigInt(line.deductionsPaise)) {
      problems.push(`order ${line.orderId}: deductions are not the sum of their components`);
    }
    const sold = line.kind === 'ORDER' ? line.grossPaise : 0;
    const [cod, online] = line.paymentMethod === 'COD' ? [sold, -line.refundedPaise] : [0, sold - line.refundedPaise];
    if (line.codCollectedByVendorPaise !== cod || line.onlineCollectedByPlatformPaise !== online || (line.kind !== 'ORDER' && line.grossPaise !== 0)) {
      problems.push(`order ${line.orderId}: collections do not match payment method ${line.paymentMethod}`);
    }
    if (line.paymentMethod === 'COD' && line.tcsPaise !== 0) problems.push(`order ${line.orderId}: TCS on a COD order`);
  }
  for (const column of SETTLEMENT_COLUMNS) {
    if (sumOf(lines, column) !== BigInt(totals[column])) problems.push(`lines do not sum to the total ${column}`);
  }
  const balance = BigInt(settlement.netPayoutPaise) - BigInt(settlement.carriedForwardPaise);
  const expected =
    BigInt(totals.onlineCollectedByPlatformPaise) - BigInt(totals.deductionsPaise) + BigInt(totals.tdsPaise) - BigInt(settlement.tdsDeductedPaise) - BigInt(settlement.openingBalanceOwedPaise);
  if (balance !== expected) problems.push('net payout − carried forward ≠ online collected − deductions − opening balance owed');
  const tdsIn = BigInt(settlement.tdsReturnCreditBroughtForwardPaise);
  if (BigInt(settlement.tdsDeductedPaise) - BigInt(settlement.tdsReturnCreditCarriedForwardPaise) !== BigInt(totals.tdsPaise) - tdsIn) {
    problems.push('TDS deducted − credit carried ≠ lines’ TDS − credit brought forward');
  }
  if (settlement.tdsDeductedPaise > 0 && settlement.tdsReturnCreditCarriedForwardPaise > 0) problems.push('both deducts TDS and carries a TDS credit');
  if (settlement.netPayoutPaise > 0 && settlement.carriedForwardPaise > 0) problems.push('both pays out and carries a balance forward');
  if (problems.length > 0) broken(problems.join('; '));
}

/** An order's charges once `refunded` paise of it have been refunded (all BigInt, never negative). */
interface Charges {
  taxable: bigint;
  gst: bigint;
  labourGst: bigint;
  commission: bigint;
  gstOnCommission: bigint;
  tcs: bigint;
  tds: bigint;
}

/**
 * C(R): a refund returns GST and taxable value in the order's proportion (the credit note mirrors
 * the invoice), rounded half up on the cumulative refund so that a full refund returns exactly
 * the order's taxable value and GST.
 */
function chargesAfterRefunds(line: SettlementLineInput, refunded: bigint, rates: LineRates): Charges {
  const gross = BigInt(line.grossPaise);
  const share = (amount: number) => (gross === 0n ? 0n : (refunded * BigInt(amount) * 2n + gross) / (2n * gross));
  const taxable = BigInt(line.taxableValuePaise) - share(line.taxableValuePaise);
  const gst = gross - refunded - taxable;
  const labourLeft = BigInt(line.platformLiableLabourGstPaise) - share(line.platformLiableLabourGstPaise);
  const labourGst = labourLeft < gst ? labourLeft : gst;
  // Commission on the taxable value: the GST in the total is the government's, not a sale.
  const commission = atRate(taxable, rates.commissionRateBasisPoints);
  return {
    taxable,
    gst,
    labourGst,
    commission,
    gstOnCommission: atRate(commission, rates.gstOnCommissionRateBasisPoints),
    // s. 52: only consideration the platform collects, on the net value (returns deducted).
    tcs: line.paymentMethod === 'ONLINE' ? atRate(taxable, rates.tcsRateBasisPoints) : 0n,
    // s. 194-O / 2025 Act s. 393: every facilitated sale, COD included, on the value excluding GST
    // (delivery charges are in the taxable value); returns adjusted (CBDT Circular 20/2023).
    tds: atRate(taxable, rates.tdsRateBasisPoints),
  };
}

function checkOrderInput(line: SettlementLineInput): void {
  const { orderId } = line;
  const where = `Order ${orderId}`;
  if (!PAYMENT_METHODS.includes(line.paymentMethod)) throw new SettlementError(`${where}: unknown payment method ${String(line.paymentMethod)}.`, orderId);
  if (!isCalendarDate(line.completedOn)) throw new SettlementError(`${where}: completedOn must be a YYYY-MM-DD date.`, orderId);
  checkAmount(line.grossPaise, `${where}: gross`, orderId);
  checkAmount(line.taxableValuePaise, `${where}: taxable value`, orderId);
  checkAmount(line.gstPaise, `${where}: GST`, orderId);
  checkAmount(line.platformLiableLabourGstPaise, `${where}: platform-liable labour GST`, orderId);
  if (line.taxableValuePaise > line.grossPaise) throw new SettlementError(`${where}: taxable value exceeds the gross.`, orderId);
  // Delivery is part of the taxable value, so nothing but GST separates the two.
  if (line.gstPaise !== line.grossPaise - line.taxableValuePaise) throw new SettlementError(`${where}: GST is not gross minus taxable value.`, orderId);
  if (line.platformLiableLabourGstPaise > line.gstPaise) throw new SettlementError(`${where}: platform-liable labour GST exceeds the order's GST.`, orderId);
  checkAmount(line.refundedPaise ?? 0, `${where}: refunded`, orderId);
  checkAmount(line.previouslyRefundedPaise ?? 0, `${where}: previously refunded`, orderId);
  if ((line.refundedPaise ?? 0) + (line.previouslyRefundedPaise ?? 0) > line.grossPaise) {
    throw new SettlementError(`${where}: refunds exceed the order's gross.`, orderId);
  }
}

function ratesOf(line: SettlementLineInput, commissionRate: number, tdsRates: readonly DatedRate[], rates: SettlementRates): LineRates {
  return {
    commissionRateBasisPoints: commissionRate,
    gstOnCommissionRateBasisPoints: rateOn(rates.gstOnCommission, line.completedOn, 'GST-on-commission', line.orderId),
    tcsRateBasisPoints: rateOn(rates.tcs, line.completedOn, 'TCS', line.orderId),
    tdsRateBasisPoints: rateOn(tdsRates, line.completedOn, 'TDS', line.orderId),
  };
}

function settleOrderLine(line: SettlementLineInput, period: SettlementPeriod, commissionRate: number, tdsRates: readonly DatedRate[], rates: SettlementRates): SettlementLine {
  const { orderId } = line;
  const where = `Order ${orderId}`;
  checkOrderInput(line);
  if (line.previouslyRefundedPaise) throw new SettlementError(`${where}: an order line has no earlier refunds.`, orderId);
  // Earlier days are allowed: an order whose completion reached us after its period was settled rolls into the next.
  if (line.completedOn > period.to) throw new SettlementError(`${where}: completed on ${line.completedOn}, after the period ${period.from} to ${period.to}.`, orderId);
  const lineRates = ratesOf(line, commissionRate, tdsRates, rates);
  const refunded = line.refundedPaise ?? 0;
  const c = chargesAfterRefunds(line, BigInt(refunded), lineRates);
  return lineOf(line, 'ORDER', lineRates, {
    grossPaise: line.grossPaise,
    refundedPaise: refunded,
    charges: c,
    codCollectedByVendorPaise: line.paymentMethod === 'COD' ? line.grossPaise : 0,
    onlineCollectedByPlatformPaise: (line.paymentMethod === 'ONLINE' ? line.grossPaise : 0) - refunded,
  });
}

function settleRefundAdjustment(line: SettlementLineInput, period: SettlementPeriod, commissionRate: number, tdsRates: readonly DatedRate[], rates: SettlementRates): SettlementLine {
  const { orderId } = line;
  const where = `Order ${orderId}`;
  checkOrderInput(line);
  if (!isCalendarDate(line.refundedOn)) throw new SettlementError(`${where}: refundedOn must be a YYYY-MM-DD date.`, orderId);
  if (line.refundedOn > period.to) throw new SettlementError(`${where}: refunded on ${line.refundedOn}, after the period ${period.from} to ${period.to}.`, orderId);
  const refund = line.refundedPaise ?? 0;
  if (refund <= 0) throw new SettlementError(`${where}: a refund adjustment needs a refund above zero.`, orderId);
  const lineRates = line.rates ?? ratesOf(line, commissionRate, tdsRates, rates);
  for (const [name, rate] of Object.entries(lineRates)) checkRate(rate, `${where}: ${name}`);
  const before = BigInt(line.previouslyRefundedPaise ?? 0);
  const a = chargesAfterRefunds(line, before, lineRates);
  const b = chargesAfterRefunds(line, before + BigInt(refund), lineRates);
  const delta = {} as Charges;
  for (const key of Object.keys(a) as (keyof Charges)[]) delta[key] = b[key] - a[key];
  return lineOf(line, 'REFUND_ADJUSTMENT', lineRates, {
    grossPaise: 0,
    refundedPaise: refund,
    charges: delta,
    codCollectedByVendorPaise: 0,
    // The platform pays the buyer back: from the online money it holds, or for COD from its own.
    onlineCollectedByPlatformPaise: -refund,
  });
}

function lineOf(
  line: SettlementLineInput,
  kind: SettlementLineKind,
  rates: LineRates,
  amounts: { grossPaise: number; refundedPaise: number; charges: Charges; codCollectedByVendorPaise: number; onlineCollectedByPlatformPaise: number },
): SettlementLine {
  const { orderId } = line;
  const where = `Order ${orderId}`;
  const c = amounts.charges;
  const deductions = c.commission + c.gstOnCommission + c.tcs + c.tds + c.labourGst;
  return {
    kind,
    orderId,
    refundId: kind === 'ORDER' ? null : (line.refundId ?? null),
    completedOn: line.completedOn,
    refundedOn: kind === 'ORDER' ? null : (line.refundedOn ?? null),
    paymentMethod: line.paymentMethod,
    ...rates,
    grossPaise: amounts.grossPaise,
    refundedPaise: amounts.refundedPaise,
    taxableValuePaise: safe(c.taxable, `${where}: taxable value`, orderId),
    gstPaise: safe(c.gst, `${where}: GST`, orderId),
    platformLiableLabourGstPaise: safe(c.labourGst, `${where}: platform-liable labour GST`, orderId),
    commissionPaise: safe(c.commission, `${where}: commission`, orderId),
    gstOnCommissionPaise: safe(c.gstOnCommission, `${where}: GST on commission`, orderId),
    tcsPaise: safe(c.tcs, `${where}: TCS`, orderId),
    tdsPaise: safe(c.tds, `${where}: TDS`, orderId),
    deductionsPaise: safe(deductions, `${where}: deductions`, orderId),
    codCollectedByVendorPaise: amounts.codCollectedByVendorPaise,
    onlineCollectedByPlatformPaise: amounts.onlineCollectedByPlatformPaise,
  };
}

/** amount × bp / 10 000, rounded half up to a whole paisa (amounts are never negative here). */
function atRate(amountPaise: bigint, rateBasisPoints: number): bigint {
  return (amountPaise * BigInt(rateBasisPoints) + 5_000n) / 10_000n;
}

/** The rate of the latest row starting on or before `date` — the same rule as catalog's `rateInForce`. */
function rateOn(table: readonly DatedRate[], date: string, what: string, orderId: string): number {
  let best: DatedRate | undefined;
  for (const row of table) {
    if (row.effectiveFrom <= date && (!best || row.effectiveFrom > best.effectiveFrom)) best = row;
  }
  if (!best) throw new SettlementError(`Order ${orderId}: no ${what} rate is in force on ${date}.`, orderId);
  return best.rateBasisPoints;
}

function checkRateTables(rates: SettlementRates): void {
  for (const name of ['gstOnCommission', 'tcs', 'tdsWithPan', 'tdsWithoutPan'] as const) {
    const table = rates[name];
    if (!Array.isArray(table)) throw new SettlementError(`The ${name} rate table is missing.`);
    const days = new Set<string>();
    for (const row of table) {
      if (!isCalendarDate(row.effectiveFrom)) throw new SettlementError(`The ${name} rate table has a row that is not from a YYYY-MM-DD date.`);
      if (days.has(row.effectiveFrom)) throw new SettlementError(`The ${name} rate table has two rows from ${row.effectiveFrom}.`);
      days.add(row.effectiveFrom);
      checkRate(row.rateBasisPoints, `The ${name} rate from ${row.effectiveFrom}`);
    }
  }
}

function checkRate(rateBasisPoints: number, what: string): void {
  if (!Number.isInteger(rateBasisPoints) || rateBasisPoints < 0 || rateBasisPoints > MAX_RATE_BASIS_POINTS) {
    throw new SettlementError(`${what} must be whole basis points between 0 and ${MAX_RATE_BASIS_POINTS}.`);
  }
}

function checkAmount(amount: number, what: string, orderId?: string): void {
  if (!Number.isSafeInteger(amount) || amount < 0) throw new SettlementError(`${what} must be whole, non-negative paise.`, orderId);
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}

function sumOf(lines: readonly SettlementLine[], column: SettlementColumn): bigint {
  return lines.reduce((sum, line) => sum + BigInt(line[column]), 0n);
}

function safe(amount: bigint, what: string, orderId?: string): number {
  if (amount > BigInt(Number.MAX_SAFE_INTEGER) || amount < -BigInt(Number.MAX_SAFE_INTEGER)) throw new SettlementError(`${what} is too large to settle.`, orderId);
  return Number(amount);
}

function broken(problem: string): never {
  throw new Error(`Settlement invariant broken: ${problem}.`);
}
