/**
 * The weekly settlement of one vendor on integer paise: what the platform keeps from each order
 * the vendor completed in the period (commission, GST on it, TCS, TDS, and GST the platform owes
 * on labour) and what it pays out. Pure functions; no I/O. Arithmetic runs on BigInt and every
 * amount is checked to fit a safe JavaScript integer before it leaves this file.
 *
 * Rounding rule: each component of each line is rounded to the nearest paisa, halves up, on its
 * own — each order is invoiced (and reported for TCS and TDS) separately; totals are sums of lines.
 *
 * Cash: the platform collects ONLINE orders and owes the vendor for them; the vendor collects COD
 * orders and keeps the cash, so the deductions on COD orders come out of the online money. When
 * they exceed it, the payout is zero and the vendor owes the rest, carried into the next settlement.
 *
 * Every amount here is a safe integer ≥ 0; the signed balance of a week is
 * `netPayoutPaise − carriedForwardPaise`, and at most one of the two is non-zero.
 */
export type PaymentMethod = 'ONLINE' | 'COD';

export const PAYMENT_METHODS: readonly PaymentMethod[] = ['ONLINE', 'COD'];

export interface DatedRate {
  /** YYYY-MM-DD, Indian calendar date; the row is in force from this day until the next row. */
  effectiveFrom: string;
  rateBasisPoints: number;
}

/** Statutory rates by date; a line uses the rows in force on its own completion date. */
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
  // Income-tax Act s. 194-O: 1 % from 1 Oct 2020 (Finance Act 2020), 0.1 % from 1 Oct 2024 (Finance (No. 2) Act 2024).
  tdsWithPan: [
    { effectiveFrom: '2020-10-01', rateBasisPoints: 100 },
    { effectiveFrom: '2024-10-01', rateBasisPoints: 10 },
  ],
  // Income-tax Act s. 206AA: 5 % on a 194-O deduction when the vendor has not furnished a PAN.
  tdsWithoutPan: [{ effectiveFrom: '2020-10-01', rateBasisPoints: 500 }],
};

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

/** One COMPLETED order of the vendor in the period. */
export interface SettlementLineInput {
  orderId: string;
  /** YYYY-MM-DD, Indian calendar date; it picks the rates in force. */
  completedOn: string;
  paymentMethod: PaymentMethod;
  /** The order total: taxable value (goods, labour, delivery) plus GST. */
  grossPaise: number;
  /** The order total minus GST. */
  taxableValuePaise: number;
  gstPaise: number;
  /** GST on labour services that the platform itself owes under CGST s. 9(5); the vendor is not paid it. May be 0. */
  platformLiableLabourGstPaise: number;
}

export interface SettlementLine extends SettlementLineInput {
  commissionRateBasisPoints: number;
  gstOnCommissionRateBasisPoints: number;
  tcsRateBasisPoints: number;
  tdsRateBasisPoints: number;
  commissionPaise: number;
  gstOnCommissionPaise: number;
  tcsPaise: number;
  tdsPaise: number;
  /** Commission + GST on it + TCS + TDS + platform-liable labour GST. */
  deductionsPaise: number;
  /** The gross of a COD line (the vendor holds the cash); 0 on an ONLINE line. */
  codCollectedByVendorPaise: number;
  /** The gross of an ONLINE line (the platform holds the money); 0 on a COD line. */
  onlineCollectedByPlatformPaise: number;
}

/** The money columns of a line, each of which the settlement totals. */
export const SETTLEMENT_COLUMNS = [
  'grossPaise',
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
  /** online collected − all deductions − opening balance owed, when that is not negative; else 0. */
  netPayoutPaise: number;
  /** What the vendor owes when that is negative (as a positive amount); else 0. */
  carriedForwardPaise: number;
}

export interface CalculateSettlementInput {
  vendor: SettlementVendor;
  period: SettlementPeriod;
  /**
   * Every COMPLETED order of the vendor in the period, each once. An order in two settlements is
   * caught here only within one call; across settlements the database must enforce it.
   */
  lines: readonly SettlementLineInput[];
  openingBalanceOwedPaise?: number;
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

  const seen = new Set<string>();
  const lines = input.lines.map((line) => {
    if (typeof line.orderId !== 'string' || line.orderId.trim() === '') throw new SettlementError('Every line needs an order id.');
    if (seen.has(line.orderId)) throw new SettlementError(`Order ${line.orderId} appears twice; an order is settled once.`, line.orderId);
    seen.add(line.orderId);
    return settleLine(line, period, commissionRate, vendor.hasPan ? rates.tdsWithPan : rates.tdsWithoutPan, rates);
  });

  const totals = {} as SettlementTotals;
  for (const column of SETTLEMENT_COLUMNS) {
    totals[column] = safe(sumOf(lines, column), `The settlement's ${column}`);
  }
  // The opening balance is owed in full before anything is paid: it simply joins the deductions.
  const net = BigInt(totals.onlineCollectedByPlatformPaise) - BigInt(totals.deductionsPaise) - BigInt(opening);
  const settlement: Settlement = {
    period: { from: period.from, to: period.to },
    lines,
    totals,
    openingBalanceOwedPaise: opening,
    netPayoutPaise: safe(net > 0n ? net : 0n, 'The net payout'),
    carriedForwardPaise: safe(net < 0n ? -net : 0n, 'The balance carried forward'),
  };
  assertSettlementInvariants(settlement);
  return settlement;
}

/**
 * Throws unless a settlement adds up: lines sum to totals in every column, each line's deductions
 * are its components and its collections match its payment method, the payout and carry-forward
 * balance, and every amount is a safe integer ≥ 0. A failure is a bug or a tampered record, not bad
 * input, so it is a plain Error (an internal error to clients).
 */
export function assertSettlementInvariants(settlement: Settlement): void {
  const { lines, totals } = settlement;
  const amounts: [string, number][] = [
    ['openingBalanceOwedPaise', settlement.openingBalanceOwedPaise],
    ['netPayoutPaise', settlement.netPayoutPaise],
    ['carriedForwardPaise', settlement.carriedForwardPaise],
    ...SETTLEMENT_COLUMNS.map((column): [string, number] => [`totals.${column}`, totals[column]]),
    ...lines.flatMap((line) => SETTLEMENT_COLUMNS.map((column): [string, number] => [`${line.orderId}.${column}`, line[column]])),
  ];
  const notAmounts = amounts.filter(([, amount]) => !Number.isSafeInteger(amount) || amount < 0).map(([name]) => name);
  if (notAmounts.length > 0) broken(`not a safe integer ≥ 0: ${notAmounts.join(', ')}`);

  const problems: string[] = [];
  for (const line of lines) {
    const components = [line.commissionPaise, line.gstOnCommissionPaise, line.tcsPaise, line.tdsPaise, line.platformLiableLabourGstPaise];
    if (components.reduce((sum, amount) => sum + BigInt(amount), 0n) !== BigInt(line.deductionsPaise)) {
      problems.push(`order ${line.orderId}: deductions are not the sum of their components`);
    }
    const [cod, online] = line.paymentMethod === 'COD' ? [line.grossPaise, 0] : [0, line.grossPaise];
    if (line.codCollectedByVendorPaise !== cod || line.onlineCollectedByPlatformPaise !== online) {
      problems.push(`order ${line.orderId}: collections do not match payment method ${line.paymentMethod}`);
    }
  }
  for (const column of SETTLEMENT_COLUMNS) {
    if (sumOf(lines, column) !== BigInt(totals[column])) problems.push(`lines do not sum to the total ${column}`);
  }
  const balance = BigInt(settlement.netPayoutPaise) - BigInt(settlement.carriedForwardPaise);
  const expected = BigInt(totals.onlineCollectedByPlatformPaise) - BigInt(totals.deductionsPaise) - BigInt(settlement.openingBalanceOwedPaise);
  if (balance !== expected) problems.push('net payout − carried forward ≠ online collected − deductions − opening balance owed');
  if (settlement.netPayoutPaise > 0 && settlement.carriedForwardPaise > 0) problems.push('both pays out and carries a balance forward');
  if (problems.length > 0) broken(problems.join('; '));
}

function settleLine(
  line: SettlementLineInput,
  period: SettlementPeriod,
  commissionRate: number,
  tdsRates: readonly DatedRate[],
  rates: SettlementRates,
): SettlementLine {
  const { orderId } = line;
  const where = `Order ${orderId}`;
  if (!PAYMENT_METHODS.includes(line.paymentMethod)) throw new SettlementError(`${where}: unknown payment method ${String(line.paymentMethod)}.`, orderId);
  if (!isCalendarDate(line.completedOn)) throw new SettlementError(`${where}: completedOn must be a YYYY-MM-DD date.`, orderId);
  if (line.completedOn < period.from || line.completedOn > period.to) {
    throw new SettlementError(`${where}: completed on ${line.completedOn}, outside the period ${period.from} to ${period.to}.`, orderId);
  }
  checkAmount(line.grossPaise, `${where}: gross`, orderId);
  checkAmount(line.taxableValuePaise, `${where}: taxable value`, orderId);
  checkAmount(line.gstPaise, `${where}: GST`, orderId);
  checkAmount(line.platformLiableLabourGstPaise, `${where}: platform-liable labour GST`, orderId);
  if (line.taxableValuePaise > line.grossPaise) throw new SettlementError(`${where}: taxable value exceeds the gross.`, orderId);
  // Delivery is part of the taxable value, so nothing but GST separates the two.
  if (line.gstPaise !== line.grossPaise - line.taxableValuePaise) throw new SettlementError(`${where}: GST is not gross minus taxable value.`, orderId);
  if (line.platformLiableLabourGstPaise > line.gstPaise) throw new SettlementError(`${where}: platform-liable labour GST exceeds the order's GST.`, orderId);

  const gstOnCommissionRate = rateOn(rates.gstOnCommission, line.completedOn, 'GST-on-commission', orderId);
  const tcsRate = rateOn(rates.tcs, line.completedOn, 'TCS', orderId);
  const tdsRate = rateOn(tdsRates, line.completedOn, 'TDS', orderId);

  const gross = BigInt(line.grossPaise);
  const taxable = BigInt(line.taxableValuePaise);
  // Commission on the taxable value: the GST in the total is the government's, not a sale.
  const commission = atRate(taxable, commissionRate);
  const gstOnCommission = atRate(commission, gstOnCommissionRate);
  // s. 52's "net value of taxable supplies" is net of returns; we do not model returns yet, so it is the taxable value.
  const tcs = atRate(taxable, tcsRate);
  // s. 194-O is on the gross amount of the sale.
  const tds = atRate(gross, tdsRate);
  const deductions = commission + gstOnCommission + tcs + tds + BigInt(line.platformLiableLabourGstPaise);
  return {
    ...line,
    commissionRateBasisPoints: commissionRate,
    gstOnCommissionRateBasisPoints: gstOnCommissionRate,
    tcsRateBasisPoints: tcsRate,
    tdsRateBasisPoints: tdsRate,
    commissionPaise: safe(commission, `${where}: commission`, orderId),
    gstOnCommissionPaise: safe(gstOnCommission, `${where}: GST on commission`, orderId),
    tcsPaise: safe(tcs, `${where}: TCS`, orderId),
    tdsPaise: safe(tds, `${where}: TDS`, orderId),
    deductionsPaise: safe(deductions, `${where}: deductions`, orderId),
    codCollectedByVendorPaise: line.paymentMethod === 'COD' ? line.grossPaise : 0,
    onlineCollectedByPlatformPaise: line.paymentMethod === 'ONLINE' ? line.grossPaise : 0,
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

function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}

function sumOf(lines: readonly SettlementLine[], column: SettlementColumn): bigint {
  return lines.reduce((sum, line) => sum + BigInt(line[column]), 0n);
}

function safe(amount: bigint, what: string, orderId?: string): number {
  if (amount > BigInt(Number.MAX_SAFE_INTEGER)) throw new SettlementError(`${what} is too large to settle.`, orderId);
  return Number(amount);
}

function broken(problem: string): never {
  throw new Error(`Settlement invariant broken: ${problem}.`);
}
