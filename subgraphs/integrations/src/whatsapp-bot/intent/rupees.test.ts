import fc from 'fast-check';
import { formatRupees } from './rupees.js';

describe('formatRupees', () => {
  it.each([
    [0, '₹0'],
    [100, '₹1'],
    [50, '₹0.50'],
    [5, '₹0.05'],
    [99_900, '₹999'],
    [100_000, '₹1,000'],
    [12_345_600, '₹1,23,456'],
    [12_345_650, '₹1,23,456.50'],
    [1_000_000_000, '₹1,00,00,000'],
    [-12_345_650, '-₹1,23,456.50'],
    [Number.MAX_SAFE_INTEGER, '₹9,00,71,99,25,47,409.91'],
  ])('%p paise → %p', (paise, text) => {
    expect(formatRupees(paise)).toBe(text);
  });

  it.each([1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])('refuses %p (not integer paise)', (paise) => {
    expect(() => formatRupees(paise)).toThrow(RangeError);
  });

  it('reads back to the same paise for any amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (paise) => {
        const text = formatRupees(paise);
        const [rupees, fraction = '00'] = text.replace(/[₹,]/g, '').split('.');
        const back = Number(rupees!.replace('-', '')) * 100 + Number(fraction);
        expect(text.startsWith('-') ? -back : back).toBe(paise === 0 ? 0 : paise);
        // Indian grouping: the last three digits, then pairs.
        expect(text.replace(/^-?₹/, '').split('.')[0]).toMatch(/^\d{1,2}(,\d{2})*(,\d{3})?$|^\d{1,3}$/);
      }),
    );
  });
});
