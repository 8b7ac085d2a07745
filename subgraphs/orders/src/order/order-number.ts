/**
 * Human-friendly order numbers, `RS-YYMM-NNNNNN`: the Indian calendar month the order was placed
 * in and its sequence within that month, e.g. RS-2611-000042. Pure functions; no I/O.
 *
 * The month is read in Asia/Kolkata, because that is the month on the buyer's invoice. The
 * sequence comes from the database; a number is unique only if each month's sequence is, so the
 * service must key (or reset) the sequence by the same IST month and keep a unique index on it.
 */
import { indianDate } from '@realserv/platform/indian-date';

export interface OrderNumberParts {
  /** Four-digit year, 2000–2099. */
  year: number;
  /** 1–12. */
  month: number;
  sequence: number;
  /** The number in its canonical spelling (upper case, no spaces). */
  orderNumber: string;
}

export const MAX_MONTHLY_SEQUENCE = 999_999;

const PATTERN = /^RS-(\d{2})(\d{2})-(\d{6})$/;

export function formatOrderNumber(placedAt: Date, sequence: number): string {
  if (Number.isNaN(placedAt.getTime())) throw new RangeError('order date is not a valid date');
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > MAX_MONTHLY_SEQUENCE) {
    throw new RangeError(`order sequence must be a whole number from 1 to ${MAX_MONTHLY_SEQUENCE}, got ${sequence}`);
  }
  const [yyyy, month] = indianDate(placedAt).split('-');
  const year = Number(yyyy);
  if (!(year >= 2000 && year <= 2099) || !month) throw new RangeError(`order numbers cover the years 2000–2099, got ${year}`);
  return `RS-${String(year - 2000).padStart(2, '0')}${month}-${String(sequence).padStart(6, '0')}`;
}

/** The parts of an order number as a buyer might type it (any case, surrounding spaces), or null if it is not one. */
export function parseOrderNumber(text: string): OrderNumberParts | null {
  const orderNumber = text.trim().toUpperCase();
  const match = PATTERN.exec(orderNumber);
  if (!match) return null;
  const month = Number(match[2]);
  const sequence = Number(match[3]);
  if (month < 1 || month > 12 || sequence < 1) return null;
  return { year: 2000 + Number(match[1]), month, sequence, orderNumber };
}
