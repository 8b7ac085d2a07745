import { Money, formatPaise, parseRupees } from './money.js';

describe('money in paise', () => {
  it('formats in Indian digit grouping', () => {
    expect(formatPaise(12_345_678_90)).toBe('₹1,23,45,678.90');
    expect(formatPaise(5)).toBe('₹0.05');
    expect(formatPaise(-250_00)).toBe('-₹250.00');
  });

  it('parses rupee strings exactly, without floating point', () => {
    expect(parseRupees('0.29')).toBe(29);
    expect(parseRupees('1234.5')).toBe(123450);
    expect(parseRupees('-10')).toBe(-1000);
    expect(() => parseRupees('1.234')).toThrow(RangeError);
    expect(() => parseRupees('1e3')).toThrow(RangeError);
  });

  it('refuses non-integer paise', () => {
    expect(() => Money.of(10.5)).toThrow(RangeError);
    expect(Money.of(4_000_000_000)).toMatchObject({ paise: 4_000_000_000, currency: 'INR', formatted: '₹4,00,00,000.00' });
  });
});
