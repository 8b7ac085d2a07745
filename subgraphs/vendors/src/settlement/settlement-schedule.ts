import { calendarDateProblem } from '@realserv/platform/calendar';

/**
 * The weekly settlement run (docs/settlements.md): every Monday at 02:00 India time the week
 * that just ended (Monday–Sunday, Indian calendar days) is settled for every vendor.
 */
export const WEEKLY_SETTLEMENT_CRON = '0 2 * * 1';
export const WEEKLY_SETTLEMENT_TZ = 'Asia/Kolkata';
/** The pg-boss queue suffix (queue `vendors.weekly-settlements`). */
export const WEEKLY_SETTLEMENT_JOB = 'weekly-settlements';

export interface Week {
  periodStart: string;
  periodEnd: string;
}

const DAY_MS = 86_400_000;
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
/** 0 = Monday … 6 = Sunday, of a YYYY-MM-DD calendar day. */
const weekdayFromMonday = (date: string) => (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;

/** The Monday–Sunday week that begins on `monday`. */
export function weekStarting(monday: string): Week {
  return { periodStart: monday, periodEnd: addDays(monday, 6) };
}

/** The last whole Monday–Sunday week before the week `today` (an Indian calendar day) falls in. */
export function previousWeek(today: string): Week {
  return weekStarting(addDays(today, -weekdayFromMonday(today) - 7));
}

/** Why `weekStart` cannot start a settlement week (not a date, or not a Monday), or undefined. */
export function weekStartProblem(weekStart: string): string | undefined {
  const problem = calendarDateProblem(weekStart);
  if (problem) return problem;
  if (weekdayFromMonday(weekStart) !== 0) return 'must be a Monday (weeks run Monday to Sunday)';
  return undefined;
}
