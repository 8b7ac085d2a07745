import { nextPromotionalSlot, withinPromotionalWindow } from './promotional-window.js';

// IST is UTC+05:30: 09:00 IST = 03:30Z, 21:00 IST = 15:30Z, IST midnight = 18:30Z the day before.
const at = (iso: string) => new Date(iso);

describe('withinPromotionalWindow', () => {
  test.each([
    ['2026-03-10T03:29:59.999Z', false], // 08:59:59.999 IST
    ['2026-03-10T03:30:00.000Z', true], // 09:00 IST opens
    ['2026-03-10T09:00:00.000Z', true], // 14:30 IST
    ['2026-03-10T15:29:59.999Z', true], // 20:59:59.999 IST
    ['2026-03-10T15:30:00.000Z', false], // 21:00 IST closes
    ['2026-03-10T18:29:59.999Z', false], // 23:59:59.999 IST
    ['2026-03-10T18:30:00.000Z', false], // 00:00 IST the next day
    ['2026-03-10T22:00:00.000Z', false], // 03:30 IST the next day (still 10 March in UTC)
  ])('%s → %s', (iso, expected) => {
    expect(withinPromotionalWindow(at(iso))).toBe(expected);
  });
});

describe('nextPromotionalSlot', () => {
  test('inside the window it is the same instant', () => {
    expect(nextPromotionalSlot(at('2026-03-10T10:15:42.123Z')).toISOString()).toBe('2026-03-10T10:15:42.123Z');
    expect(nextPromotionalSlot(at('2026-03-10T03:30:00.000Z')).toISOString()).toBe('2026-03-10T03:30:00.000Z');
  });

  test('early morning IST waits for 09:00 the same IST day', () => {
    expect(nextPromotionalSlot(at('2026-03-10T01:00:00.000Z')).toISOString()).toBe('2026-03-10T03:30:00.000Z'); // 06:30 IST
    expect(nextPromotionalSlot(at('2026-03-10T03:29:59.999Z')).toISOString()).toBe('2026-03-10T03:30:00.000Z');
  });

  test('from 21:00 IST it waits for 09:00 the next IST day', () => {
    expect(nextPromotionalSlot(at('2026-03-10T15:30:00.000Z')).toISOString()).toBe('2026-03-11T03:30:00.000Z');
    expect(nextPromotionalSlot(at('2026-03-10T18:29:59.999Z')).toISOString()).toBe('2026-03-11T03:30:00.000Z'); // 23:59 IST
  });

  test('across midnight IST, while it is still the previous day in UTC, it picks the coming morning', () => {
    // 00:30 IST on 11 March is 19:00Z on 10 March: the slot is 09:00 IST on 11 March, not 12 March.
    expect(nextPromotionalSlot(at('2026-03-10T19:00:00.000Z')).toISOString()).toBe('2026-03-11T03:30:00.000Z');
  });

  test('across a month and a year end', () => {
    expect(nextPromotionalSlot(at('2026-12-31T16:00:00.000Z')).toISOString()).toBe('2027-01-01T03:30:00.000Z'); // 21:30 IST 31 Dec
    expect(nextPromotionalSlot(at('2026-02-28T20:00:00.000Z')).toISOString()).toBe('2026-03-01T03:30:00.000Z'); // 01:30 IST 1 Mar
  });

  test('the slot is always inside the window and never earlier than the input', () => {
    for (let minute = 0; minute < 24 * 60; minute += 7) {
      const input = new Date(Date.UTC(2026, 5, 1) + minute * 60_000);
      const slot = nextPromotionalSlot(input);
      expect(withinPromotionalWindow(slot)).toBe(true);
      expect(slot.getTime()).toBeGreaterThanOrEqual(input.getTime());
      expect(slot.getTime() - input.getTime()).toBeLessThanOrEqual(12 * 60 * 60_000);
    }
  });
});
