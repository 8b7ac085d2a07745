import { indianDate } from './indian-date.js';

describe('indianDate', () => {
  it('reads the date in Asia/Kolkata (UTC+5:30), not UTC', () => {
    expect(indianDate(new Date('2026-11-30T18:29:59Z'))).toBe('2026-11-30');
    expect(indianDate(new Date('2026-11-30T18:30:00Z'))).toBe('2026-12-01');
  });
});
