/**
 * The delivery state machine, pure (no I/O): which moves a delivery may make. The services ask it
 * before writing; delivery-lifecycle.test.ts proves it.
 *
 *   PENDING ──dispatch──▶ OUT_FOR_DELIVERY ──deliver──▶ DELIVERED
 *      │                    │        ▲
 *      │ fail               │ attempt│ redispatch
 *      ▼                    ▼ failed │
 *    FAILED              RESCHEDULED ┘
 *
 * A failed attempt (buyer absent, site closed…) does not end the delivery: it waits, RESCHEDULED
 * for a new time, and the vendor sends it out again. The order stays OUT_FOR_DELIVERY throughout.
 */
export type DeliveryState = 'PENDING' | 'OUT_FOR_DELIVERY' | 'RESCHEDULED' | 'DELIVERED' | 'FAILED';
export type DeliveryAction = 'DISPATCH' | 'DELIVER' | 'FAIL' | 'ATTEMPT_FAILED' | 'REDISPATCH';

const MOVES: Record<DeliveryAction, Partial<Record<DeliveryState, DeliveryState>>> = {
  DISPATCH: { PENDING: 'OUT_FOR_DELIVERY' },
  DELIVER: { OUT_FOR_DELIVERY: 'DELIVERED' },
  FAIL: { PENDING: 'FAILED' },
  ATTEMPT_FAILED: { OUT_FOR_DELIVERY: 'RESCHEDULED' },
  REDISPATCH: { RESCHEDULED: 'OUT_FOR_DELIVERY' },
};

/** The state after `action`, or null when the delivery may not make that move from `from`. */
export function nextDeliveryState(from: DeliveryState, action: DeliveryAction): DeliveryState | null {
  return MOVES[action][from] ?? null;
}

export type FailedAttemptReason = 'BUYER_ABSENT' | 'SITE_CLOSED' | 'VEHICLE_ISSUE' | 'ACCESS_BLOCKED' | 'OTHER';

/** From the second failed attempt on, admins are told (the event carries the attempt number). */
export const ADMIN_ALERT_FROM_ATTEMPT = 2;

/** Latest a reschedule may be: two weeks ahead. */
export const MAX_RESCHEDULE_AHEAD_MS = 14 * 24 * 60 * 60 * 1000;

/**
 * Checks a failed attempt's details: OTHER needs a note; the new time must be in the future and
 * at most two weeks ahead. Returns the problem, or null when they are fine.
 */
export function checkFailedAttempt(
  input: { reason: FailedAttemptReason; note?: string | null; rescheduledFor: Date },
  now: number,
): { field: string; reason: string; message: string } | null {
  const note = input.note?.trim() ?? '';
  if (input.reason === 'OTHER' && note.length < 3) return { field: 'note', reason: 'NOTE_REQUIRED', message: 'Say what went wrong (a note of 3 characters or more) for OTHER.' };
  const at = input.rescheduledFor.getTime();
  if (!Number.isFinite(at) || at <= now) return { field: 'rescheduledFor', reason: 'NOT_IN_FUTURE', message: 'The new delivery time must be in the future.' };
  if (at - now > MAX_RESCHEDULE_AHEAD_MS) return { field: 'rescheduledFor', reason: 'TOO_FAR_AHEAD', message: 'Reschedule within two weeks.' };
  return null;
}
