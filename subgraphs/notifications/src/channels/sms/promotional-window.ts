/**
 * TRAI's commercial-communication rules (TCCCPR 2018) allow promotional SMS to Indian numbers
 * only between 09:00 and 21:00 IST; transactional and service messages (OTP, order updates) may
 * go at any hour. IST is UTC+05:30 all year (India has no daylight saving), so plain offset
 * arithmetic is exact.
 */
const IST_OFFSET_MS = (5 * 60 + 30) * 60_000;
const DAY_MS = 24 * 60 * 60_000;
const WINDOW_OPENS_MS = 9 * 60 * 60_000; // 09:00 IST
const WINDOW_CLOSES_MS = 21 * 60 * 60_000; // 21:00 IST (exclusive)

/** Milliseconds since the start of the IST calendar day that contains `date`. */
function msIntoIstDay(date: Date): number {
  const ist = date.getTime() + IST_OFFSET_MS;
  return ((ist % DAY_MS) + DAY_MS) % DAY_MS;
}

/** True when a promotional SMS may be sent at `date` (09:00:00.000 ≤ IST time < 21:00:00.000). */
export function withinPromotionalWindow(date: Date): boolean {
  const t = msIntoIstDay(date);
  return t >= WINDOW_OPENS_MS && t < WINDOW_CLOSES_MS;
}

/**
 * The earliest moment at or after `date` when a promotional SMS may be sent: `date` itself inside
 * the window, otherwise the next 09:00 IST (the same IST day before 09:00, the next one from 21:00).
 */
export function nextPromotionalSlot(date: Date): Date {
  if (withinPromotionalWindow(date)) return new Date(date.getTime());
  const t = msIntoIstDay(date);
  const startOfIstDay = date.getTime() - t;
  const wait = t < WINDOW_OPENS_MS ? 0 : DAY_MS;
  return new Date(startOfIstDay + wait + WINDOW_OPENS_MS);
}
