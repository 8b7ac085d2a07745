import { WEEKLY_SETTLEMENT_CRON, WEEKLY_SETTLEMENT_TZ, previousWeek, weekStartProblem, weekStarting } from './settlement-schedule.js';

describe('weekly settlement schedule', () => {
  it('runs Mondays at 02:00 in India time', () => {
    expect(WEEKLY_SETTLEMENT_CRON).toBe('0 2 * * 1');
    expect(WEEKLY_SETTLEMENT_TZ).toBe('Asia/Kolkata');
  });

  it('settles the Monday–Sunday week before the run: the Monday run takes the week that just ended', () => {
    // 2026-12-07 is a Monday: the run at 02:00 settles 30 Nov – 6 Dec.
    expect(previousWeek('2026-12-07')).toEqual({ periodStart: '2026-11-30', periodEnd: '2026-12-06' });
  });

  it.each([
    ['2026-12-08', '2026-11-30'], // Tuesday (a retried or late run still settles the last whole week)
    ['2026-12-13', '2026-11-30'], // Sunday: its own week has not ended
    ['2026-12-14', '2026-12-07'], // next Monday
    ['2027-01-04', '2026-12-28'], // across a year end
    ['2028-03-06', '2028-02-28'], // a leap year's February: 28 Feb – 5 Mar
  ])('on %s the previous week starts %s', (today, monday) => {
    expect(previousWeek(today)).toEqual(weekStarting(monday));
  });

  it('weeks run seven days, Monday to Sunday', () => {
    expect(weekStarting('2028-02-28')).toEqual({ periodStart: '2028-02-28', periodEnd: '2028-03-05' });
  });

  it('takes only a Monday as a week start', () => {
    expect(weekStartProblem('2026-11-30')).toBeUndefined();
    expect(weekStartProblem('2026-12-01')).toMatch(/Monday/);
    expect(weekStartProblem('2026-02-30')).toBeDefined();
    expect(weekStartProblem('30-11-2026')).toBeDefined();
  });
});
