import { addressKey, pointKey } from './cache-keys.js';

describe('cache keys', () => {
  it('two spellings of one address share a key', () => {
    const a = addressKey({ line1: 'Survey 12, ITPL Road', line2: null, city: 'Bengaluru', state: 'Karnataka', pincode: '560066' });
    expect(addressKey({ line1: '  survey 12 ITPL road. ', line2: '', city: 'BENGALURU', state: 'KA', pincode: '560066' })).toBe(a);
    expect(a).toBe('survey 12 itpl road||bengaluru|karnataka|560066');
  });

  it('a different street, area or pincode is a different key', () => {
    const base = { line1: 'Survey 12, ITPL Road', city: 'Bengaluru', state: 'Karnataka', pincode: '560066' };
    expect(addressKey({ ...base, line1: 'Survey 13, ITPL Road' })).not.toBe(addressKey(base));
    expect(addressKey({ ...base, line2: 'Hoodi' })).not.toBe(addressKey(base));
    expect(addressKey({ ...base, pincode: '560067' })).not.toBe(addressKey(base));
  });

  it('points round to 4 decimals (about 11 m), without a negative zero', () => {
    expect(pointKey({ lat: 12.96984, lng: 77.750049 })).toBe('12.9698,77.7500');
    expect(pointKey({ lat: 12.96976, lng: 77.74996 })).toBe('12.9698,77.7500');
    expect(pointKey({ lat: -0.00001, lng: 0 })).toBe('0.0000,0.0000');
  });
});
