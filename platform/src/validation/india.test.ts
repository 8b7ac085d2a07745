import { gstinCheckCharacter, isValidGstin, isValidIndianMobile, isValidPan, isValidPincode, panOfGstin } from './india.js';

describe('GSTIN', () => {
  it('accepts a GSTIN whose check character matches', () => {
    // 27 = Maharashtra, PAN AAPFU0939F; check character computed by the GSTN algorithm.
    const first14 = '27AAPFU0939F1Z';
    const gstin = first14 + gstinCheckCharacter(first14);
    expect(isValidGstin(gstin)).toBe(true);
    expect(panOfGstin(gstin)).toBe('AAPFU0939F');
  });

  it('accepts known real-format GSTINs', () => {
    // The GSTN's own published example.
    expect(isValidGstin('27AAPFU0939F1ZV')).toBe(true);
    expect(isValidGstin('29AAACR5055K1Z3')).toBe(true);
  });

  it('rejects a wrong check character, a bad state code and a bad shape', () => {
    expect(isValidGstin('29AAACR5055K1Z5')).toBe(false);
    expect(isValidGstin('99AAACR5055K1Z3')).toBe(false);
    expect(isValidGstin('29AAACR5055K1Y3')).toBe(false);
    expect(isValidGstin('29AAACR5055K')).toBe(false);
  });
});

describe('PAN, PIN code, mobile', () => {
  it('validates PAN shape including the holder-type letter', () => {
    expect(isValidPan('AAPFU0939F')).toBe(true);
    expect(isValidPan('AAPXU0939F')).toBe(false);
    expect(isValidPan('AAPF0939F')).toBe(false);
  });
  it('validates PIN codes', () => {
    expect(isValidPincode('560001')).toBe(true);
    expect(isValidPincode('060001')).toBe(false);
    expect(isValidPincode('56001')).toBe(false);
  });
  it('validates Indian mobiles in E.164', () => {
    expect(isValidIndianMobile('+919876543210')).toBe(true);
    expect(isValidIndianMobile('+915876543210')).toBe(false);
    expect(isValidIndianMobile('9876543210')).toBe(false);
  });
});
