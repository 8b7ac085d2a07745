import { MAX_MONTHLY_SEQUENCE, formatOrderNumber, parseOrderNumber } from './order-number.js';
import { seededRandom } from '@realserv/platform/testing';

/** India has kept UTC+05:30 all year since 1945, so shifting the instant is an independent way to read its calendar. */
function istYearMonth(at: Date): { year: number; month: number } {
  const shifted = new Date(at.getTime() + 5.5 * 60 * 60 * 1000);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1 };
}

describe('formatting an order number', () => {
  it('joins the year, month and zero-padded sequence', () => {
    expect(formatOrderNumber(new Date('2026-11-25T10:00:00Z'), 42)).toBe('RS-2611-000042');
    expect(formatOrderNumber(new Date('2030-01-15T10:00:00Z'), 1)).toBe('RS-3001-000001');
    expect(formatOrderNumber(new Date('2026-03-01T00:00:00Z'), MAX_MONTHLY_SEQUENCE)).toBe('RS-2603-999999');
  });

  it('uses the month in India, which starts 5½ hours before the UTC month', () => {
    expect(formatOrderNumber(new Date('2026-11-30T19:00:00Z'), 7)).toBe('RS-2612-000007'); // 1 December, 00:30 IST
    expect(formatOrderNumber(new Date('2026-11-30T18:30:00Z'), 7)).toBe('RS-2612-000007'); // midnight IST
    expect(formatOrderNumber(new Date('2026-11-30T18:29:59.999Z'), 7)).toBe('RS-2611-000007'); // still 30 November
    expect(formatOrderNumber(new Date('2026-12-31T18:30:00Z'), 7)).toBe('RS-2701-000007'); // new year in India
    expect(formatOrderNumber(new Date('2027-01-01T02:00:00+05:30'), 7)).toBe('RS-2701-000007');
  });

  it.each([0, -1, 1.5, MAX_MONTHLY_SEQUENCE + 1, Number.NaN])('rejects sequence %p', (sequence) => {
    expect(() => formatOrderNumber(new Date('2026-11-25T10:00:00Z'), sequence)).toThrow(RangeError);
  });

  it('rejects an invalid date and years the format cannot hold', () => {
    expect(() => formatOrderNumber(new Date('not a date'), 1)).toThrow(RangeError);
    expect(() => formatOrderNumber(new Date('1999-12-31T18:29:59Z'), 1)).toThrow(/2000–2099/);
    expect(formatOrderNumber(new Date('1999-12-31T18:30:00Z'), 1)).toBe('RS-0001-000001');
    expect(() => formatOrderNumber(new Date('2099-12-31T18:30:00Z'), 1)).toThrow(/2000–2099/);
  });
});

describe('parsing an order number', () => {
  it('reads the year, month and sequence', () => {
    expect(parseOrderNumber('RS-2612-000042')).toEqual({ year: 2026, month: 12, sequence: 42, orderNumber: 'RS-2612-000042' });
    expect(parseOrderNumber('RS-0001-999999')).toEqual({ year: 2000, month: 1, sequence: 999_999, orderNumber: 'RS-0001-999999' });
  });

  it('accepts lower case and surrounding spaces, as typed, and gives the canonical spelling', () => {
    expect(parseOrderNumber('  rs-2611-000042\n')).toEqual({ year: 2026, month: 11, sequence: 42, orderNumber: 'RS-2611-000042' });
  });

  it.each([
    '',
    'RS-2613-000001', // month 13
    'RS-2600-000001', // month 0
    'RS-2611-000000', // sequence 0
    'RS-2611-00042', // too short
    'RS-2611-0000421', // too long
    'RS-261-000042',
    'XS-2611-000042',
    'RS2611000042',
    'RS-2611-00004a',
    'RS-2611-000042x',
    'RS-२६११-०००४२', // Devanagari digits
    'RS - 2611 - 000042',
  ])('rejects %p', (text) => {
    expect(parseOrderNumber(text)).toBeNull();
  });
});

describe('order numbers: properties', () => {
  it('round-trips any instant in 2000–2099 and any sequence, using the IST month', () => {
    const random = seededRandom(202611);
    const from = Date.parse('1999-12-31T18:30:00Z');
    const to = Date.parse('2099-12-31T18:29:59.999Z');
    const violations: string[] = [];
    for (let i = 0; i < 5000; i += 1) {
      // Half the instants land within an hour of an IST month boundary, where mistakes show.
      let at = new Date(from + Math.floor(random() * (to - from)));
      if (random() < 0.5) {
        const { year, month } = istYearMonth(at);
        const boundary = Date.UTC(year, month - 1, 1) - 5.5 * 60 * 60 * 1000;
        at = new Date(Math.max(from, boundary + Math.floor((random() - 0.5) * 2 * 60 * 60 * 1000)));
      }
      const sequence = 1 + Math.floor(random() * MAX_MONTHLY_SEQUENCE);
      const text = formatOrderNumber(at, sequence);
      const parsed = parseOrderNumber(text);
      const expected = { ...istYearMonth(at), sequence, orderNumber: text };
      if (JSON.stringify(parsed) !== JSON.stringify(expected)) violations.push(`${at.toISOString()} #${sequence} → ${text} → ${JSON.stringify(parsed)}`);
    }
    expect(violations).toEqual([]);
  });

  it('sorts within a month in sequence order, since every number has the same width', () => {
    const random = seededRandom(42);
    const at = new Date('2026-11-25T10:00:00Z');
    const sequences = Array.from({ length: 500 }, () => 1 + Math.floor(random() * MAX_MONTHLY_SEQUENCE));
    const numbers = sequences.map((s) => formatOrderNumber(at, s));
    expect(numbers.every((n) => n.length === 14)).toBe(true);
    expect([...numbers].sort()).toEqual([...sequences].sort((a, b) => a - b).map((s) => formatOrderNumber(at, s)));
  });
});
