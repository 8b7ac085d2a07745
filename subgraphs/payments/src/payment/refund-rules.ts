// The subpath keeps this pure module (and its unit test) free of the platform's server code.
import { requestFingerprint } from '@realserv/platform/idempotency';

/**
 * Razorpay's rule for `X-Refund-Idempotency`: at least 10 characters, only letters, digits,
 * hyphens and underscores (razorpay.com/docs/api/refunds/normal-refunds-idempotent). RealServ
 * caps it at 64. A key Razorpay would refuse is refused here, before anything is recorded.
 */
export const REFUND_KEY_PATTERN = /^[A-Za-z0-9_-]{10,64}$/;
export const REFUND_KEY_RULE = 'idempotencyKey must be 10–64 letters, digits, "-" or "_" (Razorpay’s X-Refund-Idempotency rule)';

/** Razorpay refuses refunds under ₹1 ("The amount must be at least INR 1.00"). */
export const MIN_REFUND_PAISE = 100;

export interface RefundRequest {
  orderId: string;
  /** Omitted: everything still refundable. */
  amountPaise?: number | undefined;
  reason: string;
  idempotencyKey: string;
  /** A dispute's refund (DisputeRefundApproved): the dispute, and for cash its manual payout's reference. */
  disputeId?: string | undefined;
  payoutReference?: string | null | undefined;
  /** A manual UPI/bank payout by an admin in place of a refund Razorpay refused (recorded PROCESSED at once, like COD cash). */
  manualPayout?: boolean | undefined;
}

export type RefundInputProblem = { field: string; reason: string; message: string };

/** Every input rule that does not need the database; null when the request is well-formed. */
export function refundInputProblem(request: RefundRequest): RefundInputProblem | null {
  if (!REFUND_KEY_PATTERN.test(request.idempotencyKey)) {
    return { field: 'idempotencyKey', reason: 'INVALID_IDEMPOTENCY_KEY', message: REFUND_KEY_RULE };
  }
  if (request.amountPaise !== undefined && (!Number.isSafeInteger(request.amountPaise) || request.amountPaise < MIN_REFUND_PAISE)) {
    return { field: 'amountPaise', reason: 'REFUND_BELOW_MINIMUM', message: `A refund must be a whole number of paise, at least ${MIN_REFUND_PAISE} (₹1).` };
  }
  const reason = request.reason.trim();
  if (reason.length < 3 || reason.length > 250) {
    return { field: 'reason', reason: 'INVALID_REASON', message: 'reason must be 3–250 characters.' };
  }
  return null;
}

/** What a refund idempotency key is bound to: the order, the amount asked (or "all") and the reason. */
export function refundFingerprint(request: RefundRequest): string {
  return requestFingerprint({
    operation: 'refundPayment',
    orderId: request.orderId.toLowerCase(),
    amountPaise: request.amountPaise ?? null,
    reason: request.reason.trim(),
  });
}

/** Whether a Razorpay error is final (4xx: the same request fails again) or worth retrying (5xx, 409, 429). */
export function isFinalRazorpayError(statusCode: number): boolean {
  // 409: "a request with this key is still being processed" — retry later, do not give up.
  return statusCode >= 400 && statusCode < 500 && statusCode !== 409 && statusCode !== 429;
}

/** The `notes` key (also sent as `receipt`) carrying our refund id on every refund RealServ creates at Razorpay. */
export const REALSERV_REFUND_NOTE = 'realserv_refund_id';

/** Our refund id from a Razorpay refund entity (notes first, then receipt), or null for one started elsewhere. */
export function realservRefundIdOf(refund: { notes?: Record<string, string | number> | null; receipt?: string | null }): string | null {
  const candidates = [refund.notes?.[REALSERV_REFUND_NOTE], refund.receipt];
  for (const value of candidates) if (typeof value === 'string' && UUID.test(value)) return value.toLowerCase();
  return null;
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
