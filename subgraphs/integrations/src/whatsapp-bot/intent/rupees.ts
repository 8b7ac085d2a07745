/**
 * Amounts in bot replies: rupees with Indian digit grouping (lakh, crore), paise only when there
 * are some: ₹1,23,456 and ₹1,23,456.50. Money is integer paise everywhere (platform Money); the
 * amount reaches Intl as a decimal string, so no float rounding even near 2^53 paise.
 */
const WHOLE = new Intl.NumberFormat('en-IN', { style: 'currency', currency: 'INR', maximumFractionDigits: 0 });
const WITH_PAISE = new Intl.NumberFormat('en-IN', { style: 'currency', currency: 'INR', minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function formatRupees(paise: number): string {
  if (!Number.isSafeInteger(paise)) throw new RangeError(`amounts are integer paise, got ${paise}`);
  const digits = String(Math.abs(paise)).padStart(3, '0');
  const rupees = digits.slice(0, -2);
  const fraction = digits.slice(-2);
  const sign = paise < 0 ? '-' : '';
  return fraction === '00' ? WHOLE.format(`${sign}${rupees}` as `${number}`) : WITH_PAISE.format(`${sign}${rupees}.${fraction}` as `${number}`);
}
