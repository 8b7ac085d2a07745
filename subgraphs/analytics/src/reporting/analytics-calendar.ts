import { calendarDateProblem, daysInRange } from '@realserv/platform/calendar';

/** How a range is grouped: India calendar days, ISO weeks (from Monday) or calendar months. */
export type Granularity = 'DAY' | 'WEEK' | 'MONTH';

/** The longest range one query may ask for, in days: a year and a bit by day, five years by week or month. */
export const MAX_RANGE_DAYS: Record<Granularity, number> = { DAY: 400, WEEK: 1_830, MONTH: 1_830 };

const INDIA_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Kolkata', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * The India calendar day (Asia/Kolkata, UTC+05:30, no daylight saving) an instant falls on:
 * every read model is keyed by it, so 23:00 UTC on the 1st counts on the 2nd in India.
 */
export function indiaDay(at: Date | string): string {
  return INDIA_DAY.format(typeof at === 'string' ? new Date(at) : at);
}

/** The first day of the period (`WEEK`: its Monday; `MONTH`: the 1st) that `day` belongs to. */
export function periodStart(day: string, granularity: Granularity): string {
  if (granularity === 'DAY') return day;
  if (granularity === 'MONTH') return `${day.slice(0, 7)}-01`;
  const at = new Date(`${day}T00:00:00Z`);
  const sinceMonday = (at.getUTCDay() + 6) % 7;
  return new Date(at.getTime() - sinceMonday * 86_400_000).toISOString().slice(0, 10);
}

/** `day` plus `n` days. */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/** Every period start from the one holding `from` to the one holding `to`, in order (empty periods included). */
export function periodStarts(from: string, to: string, granularity: Granularity): string[] {
  const starts: string[] = [];
  let day = periodStart(from, granularity);
  while (day <= to) {
    starts.push(day);
    if (granularity === 'DAY') day = addDays(day, 1);
    else if (granularity === 'WEEK') day = addDays(day, 7);
    else {
      const [y, m] = day.split('-').map(Number) as [number, number];
      day = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
    }
  }
  return starts;
}

/** Why a range cannot be answered, or undefined: real dates, from ≤ to, at most MAX_RANGE_DAYS. */
export function rangeProblem(range: { from: string; to: string; granularity: Granularity }, now = new Date()): string | undefined {
  const from = calendarDateProblem(range.from, undefined, now);
  if (from) return `from ${from}`;
  const to = calendarDateProblem(range.to, undefined, now);
  if (to) return `to ${to}`;
  if (range.from > range.to) return 'from must not be after to';
  const days = daysInRange(range.from, range.to);
  const max = MAX_RANGE_DAYS[range.granularity];
  if (days > max) return `a ${range.granularity} range covers at most ${max} days (this one has ${days})`;
  return undefined;
}

/** The last day of the period that starts on `start`. */
export function periodEnd(start: string, granularity: Granularity): string {
  if (granularity === 'DAY') return start;
  if (granularity === 'WEEK') return addDays(start, 6);
  const [y, m] = start.split('-').map(Number) as [number, number];
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/**
 * How a range splits for the roll-ups: the first and last starts of the WHOLE periods inside it
 * (read from a roll-up table), and the last day of the last one; the days before `first` and
 * after `lastEnd` are read from the day table. Null when no whole period fits.
 */
export function wholePeriods(from: string, to: string, granularity: Exclude<Granularity, 'DAY'>): { first: string; last: string; lastEnd: string } | null {
  const starts = periodStarts(from, to, granularity).filter((start) => start >= from && periodEnd(start, granularity) <= to);
  if (starts.length === 0) return null;
  const last = starts[starts.length - 1]!;
  return { first: starts[0]!, last, lastEnd: periodEnd(last, granularity) };
}
