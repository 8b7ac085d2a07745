/** Display rules: money in ₹ with Indian digit grouping, dates in India time. */

const rupees = new Intl.NumberFormat('en-IN', { style: 'currency', currency: 'INR', minimumFractionDigits: 2, maximumFractionDigits: 2 });
const rupeesCompact = new Intl.NumberFormat('en-IN', { style: 'currency', currency: 'INR', notation: 'compact', maximumFractionDigits: 1 });
const count = new Intl.NumberFormat('en-IN');
const percent = new Intl.NumberFormat('en-IN', { style: 'percent', maximumFractionDigits: 1 });

/** 123456789 paise → "₹12,34,567.89". */
export function formatPaise(paise: number): string {
  return rupees.format(paise / 100);
}

/** For chart axes: 123456789 paise → "₹12L". */
export function formatPaiseCompact(paise: number): string {
  return rupeesCompact.format(paise / 100);
}

export function formatCount(value: number): string {
  return count.format(value);
}

/** A percentage given as 0–100; null (nothing to measure yet) → "—". */
export function formatPercent(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : percent.format(value / 100);
}

/** A ratio given as 0–1; null (nothing to measure yet) → "—". */
export function formatRatio(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : percent.format(value);
}

/** A count that may be unknown (null) → "—". */
export function formatOptionalCount(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : count.format(value);
}

const indiaDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Kolkata', year: 'numeric', month: '2-digit', day: '2-digit' });
const indiaTime = new Intl.DateTimeFormat('en-IN', { timeZone: 'Asia/Kolkata', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });
const longDate = new Intl.DateTimeFormat('en-IN', { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' });
const shortDate = new Intl.DateTimeFormat('en-IN', { timeZone: 'UTC', day: 'numeric', month: 'short' });
const monthName = new Intl.DateTimeFormat('en-IN', { timeZone: 'UTC', month: 'short', year: 'numeric' });

/** Today's date in India (YYYY-MM-DD), the calendar the analytics read model uses. */
export function indiaToday(now = new Date()): string {
  return indiaDate.format(now);
}

/** YYYY-MM-DD plus (or minus) whole days. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** "14:05:09 IST" for an ISO instant. */
export function formatIndiaTime(iso: string): string {
  return `${indiaTime.format(new Date(iso))} IST`;
}

/** "1 Dec 2026" for YYYY-MM-DD. */
export function formatDate(date: string): string {
  return longDate.format(new Date(`${date}T00:00:00Z`));
}

export type Granularity = 'DAY' | 'WEEK' | 'MONTH';

/** An axis label for a period's first day. */
export function formatPeriod(periodStart: string, granularity: Granularity): string {
  const d = new Date(`${periodStart}T00:00:00Z`);
  if (granularity === 'MONTH') return monthName.format(d);
  return granularity === 'WEEK' ? `w/c ${shortDate.format(d)}` : shortDate.format(d);
}

/** The analytics API's limits (AnalyticsRange): 400 days by day, 1,830 by week or month. */
export const MAX_DAYS_BY_DAY = 400;
export const MAX_DAYS_GROUPED = 1830;

export interface DateRange {
  from: string;
  to: string;
  granularity: Granularity;
}

/** The last 30 days (today included), by day. */
export function defaultRange(today = indiaToday()): DateRange {
  return { from: addDays(today, -29), to: today, granularity: 'DAY' };
}

/** Why a range cannot be asked for, or null. */
export function rangeProblem(range: DateRange): string | null {
  const valid = /^\d{4}-\d{2}-\d{2}$/;
  if (!valid.test(range.from) || !valid.test(range.to)) return 'Choose both a start and an end date.';
  if (range.from > range.to) return 'The start date must be on or before the end date.';
  const days = (Date.parse(`${range.to}T00:00:00Z`) - Date.parse(`${range.from}T00:00:00Z`)) / 86_400_000 + 1;
  const most = range.granularity === 'DAY' ? MAX_DAYS_BY_DAY : MAX_DAYS_GROUPED;
  if (days > most) {
    return range.granularity === 'DAY'
      ? `By day, choose at most ${MAX_DAYS_BY_DAY} days (or group by week or month).`
      : `Choose at most ${MAX_DAYS_GROUPED} days.`;
  }
  return null;
}
