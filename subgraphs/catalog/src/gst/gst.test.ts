import { rateInForce, taxOn } from './gst.js';

const cement = [
  { effectiveFrom: '2017-07-01', rateBasisPoints: 2800 },
  { effectiveFrom: '2025-09-22', rateBasisPoints: 1800 },
];

describe('GST rate in force', () => {
  it('taxes cement at 28 % before 22 September 2025 and 18 % from that day', () => {
    expect(rateInForce(cement, '2025-09-21')?.rateBasisPoints).toBe(2800);
    expect(rateInForce(cement, '2025-09-22')?.rateBasisPoints).toBe(1800);
    expect(rateInForce(cement, '2026-11-25')?.rateBasisPoints).toBe(1800);
  });
  it('has no rate before the first row', () => {
    expect(rateInForce(cement, '2017-06-30')).toBeNull();
    expect(rateInForce([], '2026-01-01')).toBeNull();
  });
  it('does not depend on row order', () => {
    expect(rateInForce([...cement].reverse(), '2024-01-01')?.rateBasisPoints).toBe(2800);
  });
});

describe('tax on integer paise', () => {
  it('rounds half up to the paisa', () => {
    expect(taxOn(41_000, 1800)).toBe(7_380);
    expect(taxOn(1, 1800)).toBe(0); // 0.18 paise
    expect(taxOn(3, 1800)).toBe(1); // 0.54 paise
    expect(taxOn(25, 1800)).toBe(5); // 4.5 paise rounds up
  });
  it('is exact for large amounts', () => {
    expect(taxOn(9_007_199_254_740, 1800)).toBe(1_621_295_865_853);
  });
  it('rejects fractional paise and negative amounts', () => {
    expect(() => taxOn(10.5, 1800)).toThrow(RangeError);
    expect(() => taxOn(-1, 1800)).toThrow(RangeError);
  });
});
