import { indianDate } from '@realserv/platform/indian-date';

export interface Period {
  periodStart: string;
  periodEnd: string;
}

/** This week and last week, Monday to Sunday on Indian calendar days. */
export function weekPeriods(now: Date): { thisWeek: Period; lastWeek: Period } {
  const today = new Date(`${indianDate(now)}T00:00:00Z`);
  const sinceMonday = (today.getUTCDay() + 6) % 7;
  const day = (offset: number) => new Date(today.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
  return {
    thisWeek: { periodStart: day(-sinceMonday), periodEnd: day(6 - sinceMonday) },
    lastWeek: { periodStart: day(-sinceMonday - 7), periodEnd: day(-sinceMonday - 1) },
  };
}
