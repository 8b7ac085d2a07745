/**
 * Order references in a vendor's message, and which of the vendor's orders they name. Order
 * numbers are `RS-YYMM-NNNNNN` (subgraphs/orders/src/order/order-number.ts); vendors type them
 * whole, without `RS-`, or as the last digits (`#123`, `123`). Pure functions.
 */
import type { OrderRef } from './intent.js';

export interface FoundOrderRef {
  ref: OrderRef;
  start: number;
  end: number;
  /** Digits the vendor did not mark with `#` (`2`, `no 2`, not `#2`): alone, a small one may be a numbered choice. */
  bare: boolean;
}

const MONTH = '(?:0[1-9]|1[0-2])';
/** `RS-2611-000123`, `rs 2611 000123`, `rs2611000123`. */
const FULL = new RegExp(`(?<![\\p{L}\\p{N}])rs\\s*[-_.]?\\s*(\\d{2})(${MONTH})\\s*[-_./]?\\s*(\\d{1,6})(?!\\d)`, 'gu');
/** `2611-000123`, `2611/123`, `2611 000123` (a space needs all six digits), `2611000123` (years 20–59: a 10-digit phone number starts with 6–9). */
const SUFFIX = [
  new RegExp(`(?<![\\d.,:/-])(\\d{2})(${MONTH})\\s*[-/]\\s*(\\d{1,6})(?![\\d]|[.,:/-]\\d)`, 'g'),
  new RegExp(`(?<![\\d.,:/-])(\\d{2})(${MONTH})\\s+(\\d{6})(?![\\d]|[.,:/-]\\d)`, 'g'),
  new RegExp(`(?<![\\d.,:/+-])([2-5]\\d)(${MONTH})(\\d{6})(?![\\d]|[.,:/-]\\d)`, 'g'),
];
/**
 * `#123`, `no. 123`, `123`: one to six digits, not part of a date, time, amount, phone number or
 * a word (a vehicle number such as MH12AB1234 is no order).
 */
const DIGITS = /(?<![\p{L}\p{M}\d.,:\/+-])(#\s*)?(\d{1,6})(?![\d]|[.,:\/-]\d)/gu;
/** A number label next to the digits ("order no 123", "3 no. wala") belongs to the reference, not to the words. */
const NUMBER_LABEL = /(?:^|[^\p{L}])((?:no|nr|num|number|nmbr|नंबर|नं)\.?\s*)$/u;
const NUMBER_LABEL_AFTER = /^(\s*(?:no|nr|num|number|nmbr|nambar|नंबर|नं)\.?)(?![\p{L}\p{M}])/u;
/** Money before the number ("rs 500", "₹500") is not an order. */
const MONEY_BEFORE = /(?:(?:^|[^\p{L}])(?:rs|inr|rupees?|rupaye|rupaiye)\.?|₹)\s*$/u;
/**
 * A unit after the number ("2 din", "5 baje", "50 bags", "2nd") is a quantity, not an order. Not
 * vehicles or people: "reject 123 truck kharab" names order 123.
 */
const UNIT_AFTER = new RegExp(
  `^\\s*(?:${[
    'st', 'nd', 'rd', 'th', 'k', 'x', '%', 'am', 'pm', 'rs', 'inr', 'rupees?', 'rupaye', 'rupaiye', 'paise', '₹',
    'baje', 'bje', 'ghante', 'ghanta', 'ghnte', 'hours?', 'hrs?', 'mins?', 'minutes?', 'minute', 'din', 'days?', 'weeks?', 'hafte', 'mahine', 'months?', 'sec',
    'bags?', 'bori', 'boriya', 'kg', 'kgs', 'kilo', 'tons?', 'tonnes?', 'ton', 'quintal', 'ft', 'feet', 'sqft', 'mm', 'cm', 'm', 'meter', 'metre', 'litres?', 'liters?', 'ltr', 'l', 'pcs', 'pieces?', 'nos', 'units?', 'brass', 'cft', 'bundles?',
    'बजे', 'घंटे', 'दिन', 'बोरी', 'किलो', 'टन', 'रुपये',
  ].join('|')})(?![\\p{L}\\p{M}])`,
  'u',
);

/** Every order reference in lower-cased, prepared text (see normalise.ts), left to right, without repeats. */
export function findOrderRefs(lower: string): FoundOrderRef[] {
  const found: FoundOrderRef[] = [];
  let rest = lower;
  const take = (start: number, end: number, ref: OrderRef, bare = false) => {
    found.push({ ref, start, end, bare });
    rest = rest.slice(0, start) + ' '.repeat(end - start) + rest.slice(end);
  };

  for (const match of [...rest.matchAll(FULL)]) {
    const [, yy, mm, sequence] = match as unknown as [string, string, string, string];
    if (Number(sequence) === 0) continue;
    take(match.index, match.index + match[0].length, { full: `RS-${yy}${mm}-${sequence.padStart(6, '0')}` });
  }
  for (const pattern of SUFFIX) {
    for (const match of [...rest.matchAll(pattern)]) {
      const [, yy, mm, sequence] = match as unknown as [string, string, string, string];
      if (Number(sequence) === 0) continue;
      take(match.index, match.index + match[0].length, { suffix: `${yy}${mm}-${sequence.padStart(6, '0')}` });
    }
  }
  for (const match of [...rest.matchAll(DIGITS)]) {
    const [text, hash, digits] = match as unknown as [string, string | undefined, string];
    const before = rest.slice(0, match.index);
    const after = rest.slice(match.index + text.length);
    if (Number(digits) === 0) continue;
    if (!hash && (MONEY_BEFORE.test(before) || UNIT_AFTER.test(after))) continue;
    const label = hash ? undefined : NUMBER_LABEL.exec(before)?.[1];
    const labelAfter = hash || label ? undefined : NUMBER_LABEL_AFTER.exec(after)?.[1];
    const start = match.index - (label?.length ?? 0);
    take(start, match.index + text.length + (labelAfter?.length ?? 0), { digits }, !hash);
  }

  found.sort((a, b) => a.start - b.start);
  const seen = new Set<string>();
  return found.filter(({ ref }) => {
    const key = orderRefText(ref);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The reference as the vendor would recognise it in a reply: `RS-2611-000123`, `2611-000123` or `123`. */
export function orderRefText(ref: OrderRef): string {
  if ('full' in ref) return ref.full;
  if ('suffix' in ref) return ref.suffix;
  return ref.digits;
}

const ORDER_NUMBER = /^RS-(\d{4})-(\d{6})$/;

/**
 * The vendor's recent order numbers (in the order given, e.g. newest first) that `ref` names.
 * Several results mean the bot asks which one. Last digits prefer an order whose sequence is that
 * number (`123` → RS-2611-000123, also RS-2610-000123); only when none is, they match any number
 * ending in them (`1123` → RS-2611-001123), so a vendor is asked only when it is really unclear.
 */
export function matchOrderRef(ref: OrderRef, recentOrderNumbers: string[]): string[] {
  const numbers = [...new Set(recentOrderNumbers.map((n) => n.trim().toUpperCase()).filter((n) => ORDER_NUMBER.test(n)))];
  if ('full' in ref) return numbers.filter((n) => n === ref.full.toUpperCase());
  if ('suffix' in ref) return numbers.filter((n) => n === `RS-${ref.suffix}`);
  const wanted = Number(ref.digits);
  const sameSequence = numbers.filter((n) => Number(n.slice(-6)) === wanted);
  if (sameSequence.length > 0) return sameSequence;
  return numbers.filter((n) => n.replace(/\D/g, '').endsWith(ref.digits));
}
