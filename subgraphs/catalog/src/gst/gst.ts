/**
 * GST arithmetic on integer paise. Pure functions; no I/O.
 *
 * Rounding rule: tax per line is rounded to the nearest paisa, halves up (Rule 46 of the CGST
 * Rules leaves rounding to the invoice; the paisa is the smallest unit we bill).
 */
export interface DatedRate {
  effectiveFrom: string; // YYYY-MM-DD
  rateBasisPoints: number;
}

/** The rate in force on `date` (YYYY-MM-DD): the latest row starting on or before it. */
export function rateInForce(rates: DatedRate[], date: string): DatedRate | null {
  let best: DatedRate | null = null;
  for (const rate of rates) {
    if (rate.effectiveFrom <= date && (!best || rate.effectiveFrom > best.effectiveFrom)) best = rate;
  }
  return best;
}

/** Tax on a taxable amount: amount × bp / 10 000, rounded half up to a whole paisa. */
export function taxOn(taxablePaise: number, rateBasisPoints: number): number {
  if (!Number.isSafeInteger(taxablePaise) || taxablePaise < 0) throw new RangeError('taxable amount must be whole non-negative paise');
  if (!Number.isInteger(rateBasisPoints) || rateBasisPoints < 0) throw new RangeError('rate must be whole basis points');
  const product = BigInt(taxablePaise) * BigInt(rateBasisPoints);
  return Number((product + 5000n) / 10000n);
}
