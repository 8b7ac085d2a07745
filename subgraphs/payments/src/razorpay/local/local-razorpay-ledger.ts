/**
 * The state and rules behind the local Razorpay server: one merchant account's orders,
 * payments and refunds, kept in memory (it stands in for a remote service, so a restart
 * losing state is like pointing at a fresh test account).
 *
 * Mirrors Razorpay's documented life cycles: order created → attempted → paid; payment
 * authorized → captured (auto-capture unless the order asked otherwise) → refunded when fully
 * refunded; refunds never exceed the captured amount and honour `X-Refund-Idempotency`.
 */
import { createHmac, randomBytes } from 'node:crypto';
import type {
  RazorpayErrorBody,
  RazorpayNotes,
  RazorpayOrder,
  RazorpayOrderId,
  RazorpayPayment,
  RazorpayPaymentId,
  RazorpayRefund,
  RazorpayRefundId,
  RazorpayWebhookEventName,
} from '../razorpay-port.js';

/** An error the local API answers with, in Razorpay's `{ error: { code, description, … } }` shape. */
export class LocalApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly body: RazorpayErrorBody,
  ) {
    super(body.description);
  }
}

/** Razorpay marks input errors with source/step/reason; other errors carry "NA". */
export function badRequest(description: string, field?: string): LocalApiError {
  return new LocalApiError(400, {
    code: 'BAD_REQUEST_ERROR',
    description,
    ...(field
      ? { field, source: 'business', step: 'payment_initiation', reason: 'input_validation_failed' }
      : { source: 'NA', step: 'NA', reason: 'NA' }),
    metadata: {},
  });
}

// Razorpay answers 400 (not 404) for an id it does not know.
const notFound = () => badRequest('The id provided does not exist');

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Razorpay ids: a prefix and 14 alphanumerics, e.g. `order_DBJOWzybf0sJbb`. */
export function razorpayId<P extends string>(prefix: P): `${P}${string}` {
  let id = '';
  for (const byte of randomBytes(14)) id += ALPHANUMERIC[byte % ALPHANUMERIC.length];
  return `${prefix}${id}`;
}

const nowSeconds = () => Math.floor(Date.now() / 1000);

/** Something happened that Razorpay would announce by webhook; entities are snapshots. */
export interface LedgerEvent {
  event: RazorpayWebhookEventName;
  order?: RazorpayOrder;
  payment?: RazorpayPayment;
  refund?: RazorpayRefund;
}

export interface LocalAccountConfig {
  keyId: string;
  keySecret: string;
  webhookSecret: string;
  /** Where payment.captured, order.paid, payment.failed and refund.* are POSTed automatically. */
  webhookUrl?: string;
}

export interface NewOrder {
  amount: number;
  currency: string;
  receipt?: string;
  notes?: RazorpayNotes;
  /** `payment_capture` / `payment.capture`; omitted means the account default, auto-capture. */
  autoCapture?: boolean;
}

export interface NewRefund {
  amount?: number;
  speed?: 'normal' | 'optimum';
  notes?: RazorpayNotes;
  receipt?: string;
}

export interface CheckoutOptions {
  method?: 'upi' | 'card' | 'netbanking';
  /** Defaults to what the order still owes; set it to simulate a payment of another amount. */
  amountPaise?: number;
  fail?: boolean;
  /** false: the automatic webhooks of this checkout are lost (signed, never delivered). */
  webhooks?: boolean;
}

/** What Razorpay Checkout hands the browser on success. */
export interface CheckoutSuccess {
  razorpay_order_id: RazorpayOrderId;
  razorpay_payment_id: RazorpayPaymentId;
  razorpay_signature: string;
}

/** What Checkout's `payment.failed` handler receives. */
export interface CheckoutFailure {
  error: {
    code: string;
    description: string;
    source: string;
    step: string;
    reason: string;
    metadata: { order_id: RazorpayOrderId; payment_id: RazorpayPaymentId };
  };
}

const clone = <T>(value: T): T => structuredClone(value);

export class LocalRazorpayAccount {
  private readonly orders = new Map<string, RazorpayOrder>();
  private readonly autoCapture = new Map<string, boolean>();
  private readonly payments = new Map<string, RazorpayPayment>();
  private readonly refunds = new Map<string, RazorpayRefund>();
  /** idempotency key → the request it first came with and the refund it made. */
  private readonly refundKeys = new Map<string, { fingerprint: string; refundId: string }>();
  /** payment id → refund requests still to fail, and how (simulated outage or refusal). */
  private readonly refundOutages = new Map<string, { times: number; status: 400 | 503 }>();

  constructor(
    /** `acc_…`, as in webhook envelopes' `account_id`. */
    readonly accountId: string,
    readonly config: LocalAccountConfig,
    private readonly emit: (event: LedgerEvent) => void,
  ) {}

  owns(id: string): boolean {
    return this.orders.has(id) || this.payments.has(id) || this.refunds.has(id);
  }

  createOrder(input: NewOrder): RazorpayOrder {
    if (input.amount < 100) badRequestThrow('Order amount less than minimum amount allowed', 'amount');
    if (input.currency !== 'INR') badRequestThrow('The local Razorpay server supports INR only', 'currency');
    const order: RazorpayOrder = {
      id: razorpayId('order_'),
      entity: 'order',
      amount: input.amount,
      amount_paid: 0,
      amount_due: input.amount,
      currency: input.currency,
      receipt: input.receipt ?? null,
      offer_id: null,
      status: 'created',
      attempts: 0,
      notes: input.notes ?? {},
      created_at: nowSeconds(),
    };
    this.orders.set(order.id, order);
    this.autoCapture.set(order.id, input.autoCapture ?? true);
    return clone(order);
  }

  order(id: string): RazorpayOrder {
    return clone(this.mutableOrder(id));
  }

  payment(id: string): RazorpayPayment {
    return clone(this.mutablePayment(id));
  }

  refund(id: string): RazorpayRefund {
    return clone(this.mutableRefund(id));
  }

  /** Every payment attempted for an order, oldest first (GET /v1/orders/:id/payments). */
  paymentsOfOrder(orderId: string): RazorpayPayment[] {
    this.mutableOrder(orderId);
    return [...this.payments.values()].filter((p) => p.order_id === orderId).map(clone);
  }

  /**
   * The next `times` refund requests for this payment fail: 503 as during a Razorpay outage, or
   * 400 as when the merchant balance cannot cover the refund (Razorpay's own refusal).
   */
  refundTrouble(paymentId: string, times: number, status: 400 | 503): void {
    this.mutablePayment(paymentId);
    this.refundOutages.set(paymentId, { times, status });
  }

  /** The payment that paid this order, if any (for order.paid, which carries both entities). */
  capturedPaymentOf(orderId: string): RazorpayPayment | undefined {
    const payment = [...this.payments.values()].find((p) => p.order_id === orderId && p.captured);
    return payment && clone(payment);
  }

  /** Checkout on the customer's side: the bank authorises, Razorpay captures (auto-capture). */
  completeCheckout(orderId: string, options: CheckoutOptions = {}): CheckoutSuccess | CheckoutFailure {
    const order = this.mutableOrder(orderId);
    if (order.status === 'paid') badRequestThrow('Order has already been paid');
    const amount = options.amountPaise ?? order.amount_due;
    if (!Number.isSafeInteger(amount) || amount <= 0) badRequestThrow('The amount must be an integer.', 'amount');
    const method = options.method ?? 'upi';
    const payment: RazorpayPayment = {
      id: razorpayId('pay_'),
      entity: 'payment',
      amount,
      currency: order.currency,
      status: options.fail ? 'failed' : 'authorized',
      order_id: order.id,
      invoice_id: null,
      international: false,
      method,
      amount_refunded: 0,
      refund_status: null,
      captured: false,
      description: null,
      card_id: method === 'card' ? razorpayId('card_') : null,
      bank: method === 'netbanking' ? 'HDFC' : null,
      wallet: null,
      // Razorpay's test-mode VPA for a successful UPI payment.
      vpa: method === 'upi' ? 'success@razorpay' : null,
      email: 'void@razorpay.com',
      contact: '+919000090000',
      notes: {},
      fee: null,
      tax: null,
      error_code: null,
      error_description: null,
      error_source: null,
      error_step: null,
      error_reason: null,
      acquirer_data: method === 'upi' ? { rrn: String(Date.now()).slice(-12) } : {},
      created_at: nowSeconds(),
    };
    this.payments.set(payment.id, payment);
    order.attempts += 1;
    if (order.status === 'created') order.status = 'attempted';

    if (options.fail) {
      Object.assign(payment, {
        error_code: 'BAD_REQUEST_ERROR',
        error_description: 'Payment failed',
        error_source: 'customer',
        error_step: 'payment_authorization',
        error_reason: 'payment_failed',
      });
      this.emit({ event: 'payment.failed', payment: clone(payment) });
      return {
        error: {
          code: 'BAD_REQUEST_ERROR',
          description: 'Payment failed',
          source: 'customer',
          step: 'payment_authorization',
          reason: 'payment_failed',
          metadata: { order_id: order.id, payment_id: payment.id },
        },
      };
    }
    if (this.autoCapture.get(order.id)) this.markCaptured(payment);
    return {
      razorpay_order_id: order.id,
      razorpay_payment_id: payment.id,
      razorpay_signature: checkoutSignature(order.id, payment.id, this.config.keySecret),
    };
  }

  capture(paymentId: string, amount: number, currency?: string): RazorpayPayment {
    const payment = this.mutablePayment(paymentId);
    if (payment.captured) badRequestThrow('This payment has already been captured');
    if (payment.status !== 'authorized') {
      badRequestThrow('Only payments which have been authorized and not yet captured can be captured');
    }
    if (currency !== undefined && currency !== payment.currency) {
      badRequestThrow('The currency should be same as the payment currency', 'currency');
    }
    if (amount !== payment.amount) badRequestThrow('Capture amount must be equal to the amount authorized', 'amount');
    this.markCaptured(payment);
    return clone(payment);
  }

  createRefund(paymentId: string, request: NewRefund, idempotencyKey?: string): RazorpayRefund {
    const payment = this.mutablePayment(paymentId);
    const trouble = this.refundOutages.get(paymentId);
    if (trouble && trouble.times > 0) {
      this.refundOutages.set(paymentId, { ...trouble, times: trouble.times - 1 });
      if (trouble.status === 400) badRequestThrow('Your account does not have enough balance to carry out the refund operation.');
      throw new LocalApiError(503, { code: 'SERVER_ERROR', description: 'The server is temporarily unavailable', source: 'NA', step: 'NA', reason: 'NA', metadata: {} });
    }
    // Razorpay: a retry with the same key and the same body returns the first refund; the same
    // key with another body is rejected. Checked before the balance, so a retry after the refund
    // emptied the payment still gets its refund back instead of an error.
    const fingerprint = `${paymentId}\n${canonicalJson(request)}`;
    if (idempotencyKey !== undefined) {
      if (!/^[A-Za-z0-9_-]{10,}$/.test(idempotencyKey)) {
        badRequestThrow('The idempotency key must be at least 10 characters of letters, digits, hyphens and underscores');
      }
      const earlier = this.refundKeys.get(idempotencyKey);
      if (earlier) {
        if (earlier.fingerprint !== fingerprint) {
          badRequestThrow('Different request with the same idempotency key has already been processed.');
        }
        return this.refund(earlier.refundId);
      }
    }
    if (!payment.captured) badRequestThrow('Only captured payments can be refunded');
    const refundable = payment.amount - payment.amount_refunded;
    const amount = request.amount ?? refundable;
    if (amount < 100) badRequestThrow('The amount must be at least INR 1.00', 'amount');
    if (amount > refundable) {
      badRequestThrow('The total refund amount is greater than the refund payment amount', 'amount');
    }
    const refund: RazorpayRefund = {
      id: razorpayId('rfnd_'),
      entity: 'refund',
      amount,
      currency: payment.currency,
      payment_id: payment.id,
      notes: request.notes ?? {},
      receipt: request.receipt ?? null,
      acquirer_data: { arn: null },
      created_at: nowSeconds(),
      batch_id: null,
      // Processed at once: the local server has no bank whose refund file takes days.
      status: 'processed',
      speed_processed: 'normal',
      speed_requested: request.speed ?? 'normal',
    };
    this.refunds.set(refund.id, refund);
    if (idempotencyKey !== undefined) this.refundKeys.set(idempotencyKey, { fingerprint, refundId: refund.id });
    this.applyRefunded(payment, amount);
    // As Razorpay: refund.created (then pending, with the request's notes and receipt), then refund.processed.
    this.emit({ event: 'refund.created', refund: { ...clone(refund), status: 'pending' }, payment: clone(payment) });
    this.emit({ event: 'refund.processed', refund: clone(refund), payment: clone(payment) });
    return clone(refund);
  }

  /**
   * A refund an operator starts in Razorpay's dashboard (no idempotency key, no API call from
   * RealServ): Razorpay announces refund.created while it is pending, then refund.processed.
   */
  dashboardRefund(paymentId: string, amountPaise?: number): RazorpayRefund {
    const payment = this.mutablePayment(paymentId);
    if (!payment.captured) badRequestThrow('Only captured payments can be refunded');
    const refundable = payment.amount - payment.amount_refunded;
    const amount = amountPaise ?? refundable;
    if (amount < 100) badRequestThrow('The amount must be at least INR 1.00', 'amount');
    if (amount > refundable) badRequestThrow('The total refund amount is greater than the refund payment amount', 'amount');
    const refund: RazorpayRefund = {
      id: razorpayId('rfnd_'),
      entity: 'refund',
      amount,
      currency: payment.currency,
      payment_id: payment.id,
      notes: { source: 'dashboard' },
      receipt: null,
      acquirer_data: { arn: null },
      created_at: nowSeconds(),
      batch_id: null,
      status: 'pending',
      speed_processed: 'normal',
      speed_requested: 'normal',
    };
    this.refunds.set(refund.id, refund);
    this.applyRefunded(payment, amount);
    this.emit({ event: 'refund.created', refund: clone(refund), payment: clone(payment) });
    refund.status = 'processed';
    this.emit({ event: 'refund.processed', refund: clone(refund), payment: clone(payment) });
    return clone(refund);
  }

  /** Simulates the bank rejecting a refund: the money returns to the payment's refundable balance. */
  failRefund(refundId: string): RazorpayRefund {
    const refund = this.mutableRefund(refundId);
    if (refund.status === 'failed') return clone(refund);
    refund.status = 'failed';
    const payment = this.mutablePayment(refund.payment_id);
    this.applyRefunded(payment, -refund.amount);
    this.emit({ event: 'refund.failed', refund: clone(refund), payment: clone(payment) });
    return clone(refund);
  }

  private markCaptured(payment: RazorpayPayment): void {
    payment.status = 'captured';
    payment.captured = true;
    // An illustrative 2 % fee plus 18 % GST on it; Razorpay's `fee` includes `tax`.
    const base = Math.round(payment.amount * 0.02);
    payment.tax = Math.round(base * 0.18);
    payment.fee = base + payment.tax;
    this.emit({ event: 'payment.captured', payment: clone(payment) });
    if (!payment.order_id) return;
    const order = this.mutableOrder(payment.order_id);
    order.amount_paid += payment.amount;
    order.amount_due = Math.max(0, order.amount - order.amount_paid);
    if (order.amount_due === 0) {
      order.status = 'paid';
      this.emit({ event: 'order.paid', order: clone(order), payment: clone(payment) });
    }
  }

  private applyRefunded(payment: RazorpayPayment, delta: number): void {
    payment.amount_refunded += delta;
    const full = payment.amount_refunded === payment.amount;
    payment.refund_status = payment.amount_refunded === 0 ? null : full ? 'full' : 'partial';
    payment.status = full ? 'refunded' : 'captured';
  }

  private mutableOrder(id: string): RazorpayOrder {
    const order = this.orders.get(id);
    if (!order) throw notFound();
    return order;
  }

  private mutablePayment(id: string): RazorpayPayment {
    const payment = this.payments.get(id);
    if (!payment) throw notFound();
    return payment;
  }

  private mutableRefund(id: string): RazorpayRefund {
    const refund = this.refunds.get(id);
    if (!refund) throw notFound();
    return refund;
  }
}

/** What Checkout returns as `razorpay_signature`: HMAC-SHA256(`order_id|payment_id`, key secret). */
export function checkoutSignature(orderId: string, paymentId: string, keySecret: string): string {
  return createHmac('sha256', keySecret).update(`${orderId}|${paymentId}`).digest('hex');
}

function badRequestThrow(description: string, field?: string): never {
  throw badRequest(description, field);
}

/** Key order must not make a retried body look different. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}
