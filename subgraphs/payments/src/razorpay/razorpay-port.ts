/**
 * The payments port: what the payments service needs from Razorpay, and nothing more.
 *
 * Requests are camelCase and name money as integer paise; responses are Razorpay's own
 * payload shapes (snake_case, `amount` in paise) so nothing is lost in translation and a
 * webhook's entity has the same type as a fetched one. Field names follow Razorpay's API
 * reference (orders, payments, refunds, webhooks).
 *
 * There is one adapter (`RazorpayGateway`, the real SDK); locally it points at
 * `local/local-razorpay-server.ts` instead of api.razorpay.com.
 */
import { validatePaymentVerification, validateWebhookSignature } from 'razorpay/dist/utils/razorpay-utils.js';

export type RazorpayOrderId = `order_${string}`;
export type RazorpayPaymentId = `pay_${string}`;
export type RazorpayRefundId = `rfnd_${string}`;

/** Razorpay's `notes`: up to 15 key-value pairs attached to an entity. */
export type RazorpayNotes = Record<string, string | number>;

export interface RazorpayOrder {
  id: RazorpayOrderId;
  entity: 'order';
  amount: number;
  amount_paid: number;
  amount_due: number;
  currency: string;
  receipt: string | null;
  offer_id: string | null;
  /** created → attempted (a payment was tried) → paid (a payment was captured). */
  status: 'created' | 'attempted' | 'paid';
  attempts: number;
  notes: RazorpayNotes;
  created_at: number;
}

export type RazorpayPaymentMethod = 'upi' | 'card' | 'netbanking' | 'wallet' | 'emi';

export interface RazorpayPayment {
  id: RazorpayPaymentId;
  entity: 'payment';
  amount: number;
  currency: string;
  status: 'created' | 'authorized' | 'captured' | 'refunded' | 'failed';
  order_id: RazorpayOrderId | null;
  invoice_id: string | null;
  international: boolean;
  method: RazorpayPaymentMethod;
  amount_refunded: number;
  refund_status: 'partial' | 'full' | null;
  captured: boolean;
  description: string | null;
  card_id: string | null;
  bank: string | null;
  wallet: string | null;
  vpa: string | null;
  email: string;
  contact: string;
  notes: RazorpayNotes;
  /** Razorpay's fee including GST (`tax`), in paise; null until captured. */
  fee: number | null;
  tax: number | null;
  error_code: string | null;
  error_description: string | null;
  error_source: string | null;
  error_step: string | null;
  error_reason: string | null;
  acquirer_data: Record<string, string | null>;
  created_at: number;
}

export interface RazorpayRefund {
  id: RazorpayRefundId;
  entity: 'refund';
  amount: number;
  currency: string;
  payment_id: RazorpayPaymentId;
  notes: RazorpayNotes;
  receipt: string | null;
  acquirer_data: { arn: string | null };
  created_at: number;
  batch_id: string | null;
  status: 'pending' | 'processed' | 'failed';
  speed_processed: 'normal' | 'instant';
  speed_requested: 'normal' | 'optimum';
}

export type RazorpayWebhookEventName =
  | 'payment.authorized'
  | 'payment.captured'
  | 'payment.failed'
  | 'order.paid'
  | 'refund.created'
  | 'refund.processed'
  | 'refund.failed';

/** The body Razorpay POSTs to a webhook URL; each entity is a snapshot taken when the event happened. */
export interface RazorpayWebhookEnvelope {
  entity: 'event';
  account_id: string;
  event: RazorpayWebhookEventName;
  contains: Array<'payment' | 'order' | 'refund'>;
  payload: {
    payment?: { entity: RazorpayPayment };
    order?: { entity: RazorpayOrder };
    refund?: { entity: RazorpayRefund };
  };
  created_at: number;
}

export interface CreateOrderInput {
  amountPaise: number;
  currency: 'INR';
  /** Our own reference (at most 40 characters); Razorpay echoes it back. */
  receipt: string;
  notes?: RazorpayNotes;
  /**
   * Razorpay's `payment_capture`. Omitted: the account's capture setting applies (auto-capture
   * on RealServ's account, and on the local server).
   */
  autoCapture?: boolean;
}

export interface CreateRefundInput {
  paymentId: RazorpayPaymentId;
  amountPaise: number;
  /**
   * Sent as `X-Refund-Idempotency`: a retry with the same key and body returns the first refund
   * instead of refunding twice. 10+ characters of letters, digits, `-` and `_` (Razorpay's rule).
   */
  idempotencyKey: string;
  notes?: RazorpayNotes;
  receipt?: string;
  speed?: 'normal' | 'optimum';
}

export interface PaymentGateway {
  createOrder(input: CreateOrderInput): Promise<RazorpayOrder>;
  fetchOrder(orderId: RazorpayOrderId): Promise<RazorpayOrder>;
  /** Every payment attempted for a Razorpay order (GET /v1/orders/:id/payments), for reconciliation. */
  fetchOrderPayments(orderId: RazorpayOrderId): Promise<RazorpayPayment[]>;
  fetchPayment(paymentId: RazorpayPaymentId): Promise<RazorpayPayment>;
  /** Only for orders created with `autoCapture: false`; the amount must equal the authorised amount. */
  capturePayment(paymentId: RazorpayPaymentId, amountPaise: number): Promise<RazorpayPayment>;
  createRefund(input: CreateRefundInput): Promise<RazorpayRefund>;
  fetchRefund(refundId: RazorpayRefundId): Promise<RazorpayRefund>;
}

/** Razorpay's error body, as the SDK rethrows it: `{ statusCode, error: { code, description, … } }`. */
export interface RazorpayErrorBody {
  code: string;
  description: string;
  field?: string | null;
  source?: string;
  step?: string;
  reason?: string;
  metadata?: Record<string, unknown>;
}

/** Razorpay answered with an error (4xx/5xx). `code` is Razorpay's, e.g. `BAD_REQUEST_ERROR`. */
export class RazorpayError extends Error {
  readonly code: string;
  readonly description: string;
  readonly field: string | null;
  readonly reason: string | null;

  constructor(
    readonly statusCode: number,
    body: RazorpayErrorBody,
  ) {
    super(`Razorpay ${statusCode} ${body.code}: ${body.description}`);
    this.name = 'RazorpayError';
    this.code = body.code;
    this.description = body.description;
    this.field = body.field ?? null;
    this.reason = body.reason ?? null;
  }
}

/**
 * Razorpay could not be reached or gave no answer (network error, timeout). The request may or
 * may not have taken effect: retry refunds with the same idempotency key, re-fetch orders.
 */
export class RazorpayUnreachableError extends Error {
  constructor(operation: string, cause: unknown) {
    super(`Razorpay did not answer ${operation}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'RazorpayUnreachableError';
  }
}

export interface CheckoutSignature {
  razorpayOrderId: string;
  razorpayPaymentId: string;
  signature: string;
}

/**
 * Checkout's success handler returns `razorpay_signature` = HMAC-SHA256(`order_id|payment_id`,
 * key secret). Verify it before trusting the payment id the client sent. Uses the SDK's own
 * helper so the rule stays Razorpay's; note it compares with `===`, not in constant time.
 */
export function verifyCheckoutSignature(checkout: CheckoutSignature, keySecret: string): boolean {
  const { razorpayOrderId, razorpayPaymentId, signature } = checkout;
  if (!keySecret) throw new Error('verifyCheckoutSignature needs the key secret');
  if (!razorpayOrderId || !razorpayPaymentId || !signature) return false;
  return validatePaymentVerification(
    { order_id: razorpayOrderId, payment_id: razorpayPaymentId },
    signature,
    keySecret,
  );
}

/**
 * `X-Razorpay-Signature` = HMAC-SHA256(raw request body, webhook secret). Verify the raw bytes
 * exactly as received, before parsing them: re-serialised JSON does not match.
 */
export function verifyWebhookSignature(rawBody: string | Buffer, signature: string, webhookSecret: string): boolean {
  if (!webhookSecret) throw new Error('verifyWebhookSignature needs the webhook secret');
  if (!signature) return false;
  const body = typeof rawBody === 'string' ? rawBody : rawBody.toString('utf8');
  return validateWebhookSignature(body, signature, webhookSecret);
}
