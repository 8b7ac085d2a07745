/**
 * The price of an order on integer paise: line subtotals, GST per line, the delivery charge and
 * its GST, and the total. Pure functions; no I/O. Arithmetic runs on BigInt and every amount is
 * checked to fit a safe JavaScript integer before it leaves this file.
 *
 * Rounding rule: tax per line is rounded to the nearest paisa, halves up (Rule 46 of the CGST
 * Rules leaves rounding to the invoice; the paisa is the smallest unit we bill) — the same rule
 * as catalog's `taxOn`, kept here so orders do not depend on catalog's code.
 */
import { MAX_LINE_QUANTITY, MAX_ORDER_TOTAL_PAISE, MAX_UNIT_PRICE_PAISE, formatPaise } from '@realserv/platform';

export type OrderLineKind = 'MATERIAL' | 'LABOUR';

export interface OrderLineInput {
  kind: OrderLineKind;
  /** The material or labour trade this line buys. */
  refId: string;
  name: string;
  unit: string;
  /** Whole units of `unit`; for labour, worker-days. */
  quantity: number;
  unitPricePaise: number;
  gstRateBasisPoints: number;
}

export interface PricedLine extends OrderLineInput {
  lineSubtotalPaise: number;
  lineTaxPaise: number;
  lineTotalPaise: number;
}

export interface OrderPrice {
  lines: PricedLine[];
  /** Sum of line subtotals, before tax and delivery. */
  subtotalPaise: number;
  deliveryChargePaise: number;
  deliveryTaxPaise: number;
  /** Line taxes plus delivery tax. */
  taxPaise: number;
  totalPaise: number;
}

export interface PriceOrderInput {
  lines: readonly OrderLineInput[];
  deliveryChargePaise: number;
  deliveryGstRateBasisPoints?: number;
  /** The business caps; `ORDER_LIMITS` unless a test checks the arithmetic up to 2^53. */
  limits?: OrderLimits;
}

export interface OrderLimits {
  maxUnitPricePaise: number;
  maxLineQuantity: number;
  maxOrderTotalPaise: number;
}

/** From platform/src/validation/limits.ts: ₹1 crore a unit, 100,000 units a line, ₹5 crore an order. */
export const ORDER_LIMITS: OrderLimits = {
  maxUnitPricePaise: MAX_UNIT_PRICE_PAISE,
  maxLineQuantity: MAX_LINE_QUANTITY,
  maxOrderTotalPaise: MAX_ORDER_TOTAL_PAISE,
};

export const MAX_ORDER_LINES = 100;

/** Delivery bundled with goods takes the goods' rate (composite supply, CGST Act s. 8); a GTA's freight is commonly 5 % or 12 %; we charge 18 % as a configurable default. */
export const DEFAULT_DELIVERY_GST_RATE_BASIS_POINTS = 1800;

/** Highest rate accepted, as a guard against percent-for-basis-point mistakes (28 → 2800). */
const MAX_RATE_BASIS_POINTS = 10_000;

export class PricingError extends Error {
  constructor(
    message: string,
    /** Index of the offending line, when one line is at fault. */
    readonly lineIndex?: number,
  ) {
    super(message);
    this.name = 'PricingError';
  }
}

export function priceOrder(input: PriceOrderInput): OrderPrice {
  const { lines } = input;
  const limits = input.limits ?? ORDER_LIMITS;
  const deliveryRate = input.deliveryGstRateBasisPoints ?? DEFAULT_DELIVERY_GST_RATE_BASIS_POINTS;
  if (lines.length === 0) throw new PricingError('An order needs at least one line.');
  if (lines.length > MAX_ORDER_LINES) throw new PricingError(`An order has at most ${MAX_ORDER_LINES} lines; this one has ${lines.length}.`);
  if (!Number.isSafeInteger(input.deliveryChargePaise) || input.deliveryChargePaise < 0) {
    throw new PricingError('The delivery charge must be whole, non-negative paise.');
  }
  checkRate(deliveryRate, 'The delivery GST rate');

  let subtotal = 0n;
  let lineTaxes = 0n;
  const priced = lines.map((line, index): PricedLine => {
    const where = `Line ${index + 1} (${line.name})`;
    checkLine(line, where, index, limits);
    checkRate(line.gstRateBasisPoints, `${where}: the GST rate`, index);
    const lineSubtotal = BigInt(line.quantity) * BigInt(line.unitPricePaise);
    const lineTax = roundedTax(lineSubtotal, line.gstRateBasisPoints);
    subtotal += lineSubtotal;
    lineTaxes += lineTax;
    return {
      ...line,
      lineSubtotalPaise: safe(lineSubtotal, `${where}: subtotal`, index),
      lineTaxPaise: safe(lineTax, `${where}: tax`, index),
      lineTotalPaise: safe(lineSubtotal + lineTax, `${where}: total`, index),
    };
  });

  const delivery = BigInt(input.deliveryChargePaise);
  const deliveryTax = roundedTax(delivery, deliveryRate);
  const tax = lineTaxes + deliveryTax;
  const price = {
    lines: priced,
    subtotalPaise: safe(subtotal, 'Order subtotal'),
    deliveryChargePaise: input.deliveryChargePaise,
    deliveryTaxPaise: safe(deliveryTax, 'Delivery tax'),
    taxPaise: safe(tax, 'Order tax'),
    totalPaise: safe(subtotal + delivery + tax, 'Order total'),
  };
  if (price.totalPaise > limits.maxOrderTotalPaise) throw new PricingError(orderTooLarge(limits));
  return price;
}

const orderTooLarge = (limits: OrderLimits) => `An order totals at most ${formatPaise(limits.maxOrderTotalPaise)}; split this one.`;

/**
 * The goods' subtotal (before tax and delivery) of lines that are each within the caps, refused
 * above the order cap: the delivery charge is priced from it before `priceOrder` runs.
 */
export function goodsSubtotalPaise(
  lines: ReadonlyArray<Pick<OrderLineInput, 'quantity' | 'unitPricePaise'> & { name?: string }>,
  limits: OrderLimits = ORDER_LIMITS,
): number {
  let subtotal = 0n;
  lines.forEach((line, index) => {
    checkLine(line, `Line ${index + 1}${line.name ? ` (${line.name})` : ''}`, index, limits);
    subtotal += BigInt(line.quantity) * BigInt(line.unitPricePaise);
  });
  if (subtotal > BigInt(limits.maxOrderTotalPaise)) throw new PricingError(orderTooLarge(limits));
  return Number(subtotal);
}

/** Quantity and unit price within the caps of `@realserv/platform` (validation/limits.ts). */
function checkLine(line: Pick<OrderLineInput, 'quantity' | 'unitPricePaise'>, where: string, index: number, limits: OrderLimits): void {
  if (!Number.isSafeInteger(line.quantity) || line.quantity < 1 || line.quantity > limits.maxLineQuantity) {
    throw new PricingError(`${where}: quantity must be a whole number from 1 to ${limits.maxLineQuantity}.`, index);
  }
  if (!Number.isSafeInteger(line.unitPricePaise) || line.unitPricePaise < 1 || line.unitPricePaise > limits.maxUnitPricePaise) {
    throw new PricingError(`${where}: unit price must be whole paise from 1 to ${limits.maxUnitPricePaise}.`, index);
  }
}

/** amount × bp / 10 000, rounded half up to a whole paisa (amounts are never negative here). */
function roundedTax(amountPaise: bigint, rateBasisPoints: number): bigint {
  return (amountPaise * BigInt(rateBasisPoints) + 5_000n) / 10_000n;
}

function checkRate(rateBasisPoints: number, what: string, lineIndex?: number): void {
  if (!Number.isInteger(rateBasisPoints) || rateBasisPoints < 0 || rateBasisPoints > MAX_RATE_BASIS_POINTS) {
    throw new PricingError(`${what} must be whole basis points between 0 and ${MAX_RATE_BASIS_POINTS}.`, lineIndex);
  }
}

function safe(amount: bigint, what: string, lineIndex?: number): number {
  if (amount > BigInt(Number.MAX_SAFE_INTEGER)) throw new PricingError(`${what} is too large to price.`, lineIndex);
  return Number(amount);
}
