import { ValidateBy, buildMessage, type ValidationOptions } from 'class-validator';

/**
 * Calendar dates given as `YYYY-MM-DD` strings (Indian calendar days): they must name a real day
 * (`2026-02-30` does not) in a sane window of years. The earliest year accepted is
 * `EARLIEST_YEAR` (RealServ keeps no records before it); the latest is next year, so a rate or
 * a period can be entered ahead of time but not for year 9999.
 */
export const EARLIEST_YEAR = 2020;

/** GST replaced the earlier indirect taxes on 1 July 2017: no GST rate is dated before it. */
export const GST_START_DATE = '2017-07-01';

const SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/** Next calendar year (UTC; a few hours either side of New Year do not matter for this bound). */
export function latestYear(now: Date = new Date()): number {
  return now.getUTCFullYear() + 1;
}

/** `YYYY-MM-DD` naming a real day of the proleptic Gregorian calendar (not 2025-02-30). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !SHAPE.test(value)) return false;
  const at = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(at.getTime()) && at.toISOString().slice(0, 10) === value;
}

/** Why `value` is not an acceptable date between `earliest` (YYYY-MM-DD) and the end of next year; undefined when it is. */
export function calendarDateProblem(value: unknown, earliest = `${EARLIEST_YEAR}-01-01`, now = new Date()): string | undefined {
  if (!isCalendarDate(value)) return 'must be a real calendar date, YYYY-MM-DD';
  const latest = `${latestYear(now)}-12-31`;
  if (value < earliest || value > latest) return `must be between ${earliest} and ${latest}`;
  return undefined;
}

/** Days from `from` to `to`, both included (2026-01-01..2026-01-31 is 31). Both must be calendar dates. */
export function daysInRange(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

/**
 * class-validator: a real `YYYY-MM-DD` day from `earliest` (default 1 Jan `EARLIEST_YEAR`) to
 * 31 Dec of next year. Messages name the field, e.g. "effectiveFrom must be a real calendar date, YYYY-MM-DD".
 */
export function IsCalendarDate(options: { earliest?: string } = {}, validationOptions?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCalendarDate',
      validator: {
        validate: (value) => calendarDateProblem(value, options.earliest) === undefined,
        defaultMessage: buildMessage((each, args) => `${each}$property ${calendarDateProblem(args?.value, options.earliest) ?? 'must be a real calendar date'}`, validationOptions),
      },
    },
    validationOptions,
  );
}
