import { ConfigError } from '@realserv/platform';
import { indianDate } from '@realserv/platform/indian-date';
import { settlementClock } from './settlement.service.js';

describe('settlement clock', () => {
  it('is India’s today, and a test stack may run it days ahead', () => {
    expect(settlementClock({ NODE_ENV: 'production', SETTLEMENT_CLOCK_OFFSET_DAYS: 0 }).today()).toBe(indianDate(new Date()));
    expect(settlementClock({ NODE_ENV: 'test', SETTLEMENT_CLOCK_OFFSET_DAYS: 7 }).today()).toBe(indianDate(new Date(Date.now() + 7 * 86_400_000)));
  });

  it.each(['production', 'development'])('refuses an offset with NODE_ENV=%s', (NODE_ENV) => {
    expect(() => settlementClock({ NODE_ENV, SETTLEMENT_CLOCK_OFFSET_DAYS: 1 })).toThrow(ConfigError);
  });

  it('takes India’s date, not UTC’s: 20:00 UTC is already the next day in Kolkata', () => {
    expect(indianDate(new Date('2026-11-30T20:00:00Z'))).toBe('2026-12-01');
    expect(indianDate(new Date('2026-11-30T18:29:59Z'))).toBe('2026-11-30');
  });
});
