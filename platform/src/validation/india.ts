/**
 * Indian identifiers. Formats from the GST and Income-tax rules; the GSTIN check character uses
 * the mod-36 Luhn variant published by GSTN.
 */
const GSTIN_CHARSET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const GSTIN_PATTERN = /^[0-3][0-9][A-Z]{5}[0-9]{4}[A-Z][1-9A-Z]Z[0-9A-Z]$/;
const PAN_PATTERN = /^[A-Z]{3}[ABCFGHLJPT][A-Z][0-9]{4}[A-Z]$/;

export function gstinCheckCharacter(first14: string): string {
  let sum = 0;
  for (let i = 0; i < 14; i++) {
    const value = GSTIN_CHARSET.indexOf(first14[i] ?? '');
    if (value < 0) throw new RangeError('GSTIN has a character outside 0-9A-Z');
    const product = value * (i % 2 === 0 ? 1 : 2);
    sum += Math.floor(product / 36) + (product % 36);
  }
  return GSTIN_CHARSET[(36 - (sum % 36)) % 36] as string;
}

export function isValidGstin(value: string): boolean {
  const gstin = value.toUpperCase();
  if (!GSTIN_PATTERN.test(gstin)) return false;
  const state = Number(gstin.slice(0, 2));
  if (state < 1 || state > 38) return false;
  return gstinCheckCharacter(gstin.slice(0, 14)) === gstin[14];
}

/** The PAN embedded in a GSTIN (characters 3–12). */
export function panOfGstin(gstin: string): string {
  return gstin.toUpperCase().slice(2, 12);
}

export function isValidPan(value: string): boolean {
  return PAN_PATTERN.test(value.toUpperCase());
}

/** India Post PIN codes: six digits, the first 1–9. */
export function isValidPincode(value: string): boolean {
  return /^[1-9][0-9]{5}$/.test(value);
}

/** Indian mobile numbers in E.164: +91 followed by 10 digits starting 6–9. */
export const INDIAN_MOBILE = /^\+91[6-9][0-9]{9}$/;

export function isValidIndianMobile(value: string): boolean {
  return INDIAN_MOBILE.test(value);
}
