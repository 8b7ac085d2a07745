import { calendarDateProblem, daysInRange, isCalendarDate } from './calendar.js';

describe('calendar dates', () => {
  const now = new Date('2026-11-30T12:00:00Z');
  it('names only real days', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-02-30')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(isCalendarDate('2026-1-01')).toBe(false);
    expect(isCalendarDate(20260101)).toBe(false);
  });
  it('keeps years between the earliest and next year', () => {
    expect(calendarDateProblem('2020-01-01', undefined, now)).toBeUndefined();
    expect(calendarDateProblem('2027-12-31', undefined, now)).toBeUndefined();
    expect(calendarDateProblem('2028-01-01', undefined, now)).toBe('must be between 2020-01-01 and 2027-12-31');
    expect(calendarDateProblem('2019-12-31', undefined, now)).toMatch(/between/);
    expect(calendarDateProblem('2017-07-01', '2017-07-01', now)).toBeUndefined();
    expect(calendarDateProblem('2026-02-30', undefined, now)).toBe('must be a real calendar date, YYYY-MM-DD');
  });
  it('counts days with both ends included', () => {
    expect(daysInRange('2026-01-01', '2026-01-31')).toBe(31);
    expect(daysInRange('2024-01-01', '2024-12-31')).toBe(366);
    expect(daysInRange('2026-03-28', '2026-03-30')).toBe(3);
  });
});
