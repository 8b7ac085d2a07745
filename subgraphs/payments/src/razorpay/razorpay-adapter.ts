/**
 * The one adapter for the payments port: the official `razorpay` SDK. Production talks to
 * api.razorpay.com; the local default is this same class with `baseUrl` pointing at
 * `local/local-razorpay-server.ts`, so local runs exercise the SDK's real request building, auth
 * and error handling.
 */
import Razorpay from 'razorpay';
import {
  RazorpayError,
  RazorpayUnreachableError,
  type CreateOrderInput,
  type CreateRefundInput,
  type PaymentGateway,
  type RazorpayErrorBody,
  type RazorpayOrder,
  type RazorpayOrderId,
  type RazorpayPayment,
  type RazorpayPaymentId,
  type RazorpayRefund,
  type RazorpayRefundId,
} from './razorpay-port.js';

export interface RazorpayGatewayOptions {
  keyId: string;
  keySecret: string;
  /** Another Razorpay-compatible origin (the local server); omitted: https://api.razorpay.com. */
  baseUrl?: string;
  /** The SDK sets no timeout at all; a hung connection must not hold a checkout forever. */
  timeoutMs?: number;
}

/**
 * The SDK's axios instance. Its type declarations leave `rq` out, but `dist/api.js` creates it
 * with `axios.create({ baseURL: 'https://api.razorpay.com', auth, headers })` and every
 * resource call goes through it.
 */
interface SdkHttpClient {
  defaults: { baseURL?: string; timeout?: number };
  post(url: string, data: unknown, config: { headers: Record<string, string> }): Promise<{ data: unknown }>;
}

const ID_PATTERN = /^[A-Za-z0-9]+$/;

export class RazorpayGateway implements PaymentGateway {
  private readonly sdk: Razorpay;
  private readonly http: SdkHttpClient;

  constructor(options: RazorpayGatewayOptions) {
    this.sdk = new Razorpay({ key_id: options.keyId, key_secret: options.keySecret });
    this.http = (this.sdk.api as unknown as { rq: SdkHttpClient }).rq;
    if (!this.http?.defaults) throw new Error('razorpay SDK no longer exposes api.rq; check the pinned version');
    if (options.baseUrl) this.http.defaults.baseURL = options.baseUrl.replace(/\/+$/, '');
    this.http.defaults.timeout = options.timeoutMs ?? 15_000;
  }

  async createOrder(input: CreateOrderInput): Promise<RazorpayOrder> {
    assertPaise(input.amountPaise, 'amountPaise');
    const order = await this.call('orders.create', () =>
      this.sdk.orders.create({
        amount: input.amountPaise,
        currency: input.currency,
        receipt: input.receipt,
        notes: input.notes ?? {},
        ...(input.autoCapture === undefined ? {} : { payment_capture: input.autoCapture }),
      }),
    );
    return normaliseNotes(order) as RazorpayOrder;
  }

  async fetchOrder(orderId: RazorpayOrderId): Promise<RazorpayOrder> {
    assertId(orderId, 'order_');
    return normaliseNotes(await this.call('orders.fetch', () => this.sdk.orders.fetch(orderId))) as RazorpayOrder;
  }

  async fetchOrderPayments(orderId: RazorpayOrderId): Promise<RazorpayPayment[]> {
    assertId(orderId, 'order_');
    const collection = (await this.call('orders.fetchPayments', () => this.sdk.orders.fetchPayments(orderId))) as unknown as { items?: unknown[] };
    return (collection.items ?? []).map((payment) => normaliseNotes(payment) as RazorpayPayment);
  }

  async fetchPayment(paymentId: RazorpayPaymentId): Promise<RazorpayPayment> {
    assertId(paymentId, 'pay_');
    return normaliseNotes(await this.call('payments.fetch', () => this.sdk.payments.fetch(paymentId))) as RazorpayPayment;
  }

  async capturePayment(paymentId: RazorpayPaymentId, amountPaise: number): Promise<RazorpayPayment> {
    assertId(paymentId, 'pay_');
    assertPaise(amountPaise, 'amountPaise');
    const payment = await this.call('payments.capture', () => this.sdk.payments.capture(paymentId, amountPaise, 'INR'));
    return normaliseNotes(payment) as RazorpayPayment;
  }

  /**
   * `payments.refund` cannot send headers (the SDK's `api.post` takes none, and only
   * `X-Razorpay-Account` / `Content-Type` pass its constructor filter), so the refund goes
   * through the SDK's own axios instance: same base URL, Basic auth and user agent, plus
   * Razorpay's `X-Refund-Idempotency` header.
   */
  async createRefund(input: CreateRefundInput): Promise<RazorpayRefund> {
    assertId(input.paymentId, 'pay_');
    assertPaise(input.amountPaise, 'amountPaise');
    if (!/^[A-Za-z0-9_-]{10,}$/.test(input.idempotencyKey)) {
      throw new TypeError('idempotencyKey must be 10+ letters, digits, "-" or "_" (Razorpay rule)');
    }
    const body = {
      amount: input.amountPaise,
      speed: input.speed ?? 'normal',
      notes: input.notes ?? {},
      ...(input.receipt ? { receipt: input.receipt } : {}),
    };
    const refund = await this.call('payments.refund', async () => {
      const response = await this.http.post(`/v1/payments/${input.paymentId}/refund`, body, {
        headers: { 'X-Refund-Idempotency': input.idempotencyKey },
      });
      return response.data;
    });
    return normaliseNotes(refund) as RazorpayRefund;
  }

  async fetchRefund(refundId: RazorpayRefundId): Promise<RazorpayRefund> {
    assertId(refundId, 'rfnd_');
    return normaliseNotes(await this.call('refunds.fetch', () => this.sdk.refunds.fetch(refundId))) as RazorpayRefund;
  }

  /** One place where whatever the SDK or axios throws becomes `RazorpayError` or `RazorpayUnreachableError`. */
  private async call<T>(operation: string, request: () => Promise<T>): Promise<T> {
    try {
      return await request();
    } catch (error) {
      throw toGatewayError(operation, error);
    }
  }
}

function toGatewayError(operation: string, error: unknown): Error {
  // The SDK's normaliseError rethrows `{ statusCode, error }`; a direct axios call throws an
  // AxiosError with `response: { status, data: { error } }`.
  const e = error as { statusCode?: unknown; error?: unknown; response?: { status?: unknown; data?: { error?: unknown } } };
  if (typeof e?.statusCode === 'number' && isErrorBody(e.error)) return new RazorpayError(e.statusCode, e.error);
  if (typeof e?.response?.status === 'number' && isErrorBody(e.response.data?.error)) {
    return new RazorpayError(e.response.status, e.response.data.error);
  }
  if (typeof e?.response?.status === 'number') {
    return new RazorpayError(e.response.status, { code: 'SERVER_ERROR', description: `HTTP ${e.response.status} without a Razorpay error body` });
  }
  // No response at all. The SDK's normaliseError reads `err.response.status` unguarded, so a
  // network failure surfaces as a TypeError from inside the SDK; either way nobody answered.
  return new RazorpayUnreachableError(operation, error);
}

function isErrorBody(value: unknown): value is RazorpayErrorBody {
  const v = value as RazorpayErrorBody | undefined;
  return typeof v?.code === 'string' && typeof v.description === 'string';
}

/** Razorpay serialises empty notes as `[]` (a PHP-ism); the port promises an object. */
function normaliseNotes<T>(entity: T): T {
  const e = entity as { notes?: unknown };
  if (Array.isArray(e?.notes)) return { ...entity, notes: {} };
  return entity;
}

/** Ids are interpolated into URL paths; `pay_x/../../orders/…` must never reach the network. */
function assertId(id: string, prefix: string): void {
  if (typeof id !== 'string' || !id.startsWith(prefix) || !ID_PATTERN.test(id.slice(prefix.length))) {
    throw new TypeError(`Not a Razorpay ${prefix}… id: ${JSON.stringify(id)}`);
  }
}

/** Razorpay amounts are integer subunits; a rupee float (499.5) here is a bug upstream. */
function assertPaise(amount: number, name: string): void {
  if (!Number.isSafeInteger(amount) || amount <= 0) throw new TypeError(`${name} must be a positive integer of paise, got ${amount}`);
}
