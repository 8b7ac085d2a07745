/**
 * A local stand-in for Razorpay's REST API v1: the subset the payments port uses, with
 * Razorpay's paths, Basic auth, payload shapes, error bodies and signatures, so the real SDK
 * (through `RazorpayGateway` with `baseUrl`) runs against it unchanged.
 *
 * Beyond the API it simulates the customer's side: `completeCheckout` (what Razorpay Checkout
 * does in the browser) and signed webhook delivery. Both are also served over HTTP under
 * `/_local/…` so a test in another process can drive them; those routes are unauthenticated,
 * which is why `start` binds to 127.0.0.1.
 */
import { timingSafeEqual, createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { listenLocal } from '@realserv/platform/local-server';
import { z } from 'zod';
import {
  LocalApiError,
  LocalRazorpayAccount,
  badRequest,
  razorpayId,
  type CheckoutFailure,
  type CheckoutOptions,
  type CheckoutSuccess,
  type LedgerEvent,
  type LocalAccountConfig,
} from './local-razorpay-ledger.js';
import { WebhookSender, WebhookSigner, type SignedWebhook, type WebhookAttempt, type WebhookRetryPolicy } from './local-razorpay-webhooks.js';
import type { RazorpayRefund, RazorpayWebhookEventName } from '../razorpay-port.js';

export type { CheckoutFailure, CheckoutOptions, CheckoutSuccess, LocalAccountConfig } from './local-razorpay-ledger.js';
export type { WebhookAttempt } from './local-razorpay-webhooks.js';

export interface LocalRazorpayOptions extends LocalAccountConfig {
  webhookRetry?: Partial<WebhookRetryPolicy>;
  /** A bug in the local server answers 500; this sees the cause (default: console.error). */
  onServerError?: (error: unknown) => void;
}

/** Which entities a simulated webhook is about; missing ones are looked up (a refund's payment, a payment's order). */
export interface WebhookEntityIds {
  orderId?: string;
  paymentId?: string;
  refundId?: string;
}

export interface WebhookDelivery {
  eventId: string;
  rawBody: string;
  signature: string;
  /** One HTTP status per delivery (0 when unreachable). */
  statuses: number[];
}

export type SimulatedWebhookEvent = Extract<
  RazorpayWebhookEventName,
  'payment.captured' | 'payment.failed' | 'order.paid' | 'refund.created' | 'refund.processed' | 'refund.failed'
>;

export interface RunningLocalRazorpay {
  url: string;
  stop(): Promise<void>;
}

/** Events the server POSTs to an account's `webhookUrl` by itself, as a subscribed Razorpay webhook would. */
const AUTO_DELIVERED = new Set<RazorpayWebhookEventName>(['payment.captured', 'order.paid', 'payment.failed', 'refund.created', 'refund.processed', 'refund.failed']);

export function createLocalRazorpay(options: LocalRazorpayOptions): LocalRazorpay {
  return new LocalRazorpay(options);
}

export class LocalRazorpay {
  /** Accounts keyed by key_id: each key sees only its own orders, payments and refunds. */
  private readonly accounts = new Map<string, { account: LocalRazorpayAccount; signer: WebhookSigner }>();
  private readonly sender: WebhookSender;
  private readonly onServerError: (error: unknown) => void;
  /** True while a checkout whose webhooks are to be lost runs (events are signed, not delivered). */
  private muted = false;
  /** payment id → the gate its API refunds' replies wait behind (see holdRefundReplies). */
  private readonly heldRefundReplies = new Map<string, { released: Promise<void>; release: () => void }>();

  constructor(options: LocalRazorpayOptions) {
    this.sender = new WebhookSender({ firstDelayMs: 20, attempts: 5, ...options.webhookRetry });
    this.onServerError = options.onServerError ?? ((error) => console.error('local Razorpay server error', error));
    this.addAccount(options);
  }

  addAccount(config: LocalAccountConfig): void {
    if (!config.keyId || !config.keySecret || !config.webhookSecret) throw new Error('keyId, keySecret and webhookSecret are required');
    if (this.accounts.has(config.keyId)) throw new Error(`key ${config.keyId} already exists`);
    const { keyId, keySecret, webhookSecret, webhookUrl } = config;
    const accountId = razorpayId('acc_');
    const signer = new WebhookSigner(accountId, webhookSecret);
    const account = new LocalRazorpayAccount(accountId, { keyId, keySecret, webhookSecret, ...(webhookUrl ? { webhookUrl } : {}) }, (event) =>
      this.announce(account, signer, event),
    );
    this.accounts.set(keyId, { account, signer });
  }

  /** Razorpay Checkout completing in the customer's browser: a payment is made for the order. */
  completeCheckout(orderId: string, options?: CheckoutOptions & { fail?: false }): CheckoutSuccess;
  completeCheckout(orderId: string, options: CheckoutOptions & { fail: true }): CheckoutFailure;
  completeCheckout(orderId: string, options?: CheckoutOptions): CheckoutSuccess | CheckoutFailure;
  completeCheckout(orderId: string, options: CheckoutOptions = {}): CheckoutSuccess | CheckoutFailure {
    this.muted = options.webhooks === false;
    try {
      return this.owner(orderId).account.completeCheckout(orderId, options);
    } finally {
      this.muted = false;
    }
  }

  /** The next `times` refund requests for a payment fail: 503 (an outage) or 400 (Razorpay refuses: balance too low). */
  refundTrouble(paymentId: string, options: { times?: number; status?: 400 | 503 } = {}): void {
    this.owner(paymentId).account.refundTrouble(paymentId, options.times ?? 1, options.status ?? 503);
  }

  /**
   * POSTs any envelope signed with the webhook secret of the account owning `ownerId`: what a
   * webhook about inconsistent entities would look like (for receivers' failure handling).
   */
  async deliverCustomWebhook(ownerId: string, envelope: Record<string, unknown>, targetUrl: string): Promise<WebhookDelivery> {
    const { signer } = this.owner(ownerId);
    const webhook = signer.signRaw(JSON.stringify(envelope), String(envelope.event));
    const status = await this.sender.post(webhook, targetUrl);
    return { eventId: webhook.eventId, rawBody: webhook.rawBody, signature: webhook.signature, statuses: [status] };
  }

  /** An operator refunds from Razorpay's dashboard: refund.created, then refund.processed, are sent signed. */
  dashboardRefund(paymentId: string, amountPaise?: number): RazorpayRefund {
    return this.owner(paymentId).account.dashboardRefund(paymentId, amountPaise);
  }

  /**
   * Until `releaseRefundReplies`, API refunds for this payment are made (and their webhooks sent
   * as usual) but the HTTP answer waits: Razorpay's refund webhook overtaking its API reply.
   */
  holdRefundReplies(paymentId: string): void {
    this.owner(paymentId);
    if (this.heldRefundReplies.has(paymentId)) return;
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    this.heldRefundReplies.set(paymentId, { released, release });
  }

  /** Answers the held refund requests for this payment; later ones answer at once again. */
  releaseRefundReplies(paymentId: string): void {
    this.heldRefundReplies.get(paymentId)?.release();
    this.heldRefundReplies.delete(paymentId);
  }

  /** The bank rejects a processed refund (Razorpay then sends refund.failed). */
  failRefund(refundId: string): RazorpayRefund {
    return this.owner(refundId).account.failRefund(refundId);
  }

  /**
   * POSTs one signed webhook `times` times (default 1) to `targetUrl`. The same event about the
   * same entities always has the same body and `X-Razorpay-Event-Id`, as on Razorpay's retries.
   */
  async deliverWebhook(
    event: SimulatedWebhookEvent,
    ids: WebhookEntityIds,
    target: { targetUrl: string; times?: number },
  ): Promise<WebhookDelivery> {
    const webhook = this.signedWebhook(event, ids);
    const statuses: number[] = [];
    for (let i = 0; i < (target.times ?? 1); i += 1) statuses.push(await this.sender.post(webhook, target.targetUrl));
    return { eventId: webhook.eventId, rawBody: webhook.rawBody, signature: webhook.signature, statuses };
  }

  /** Resolves when no automatic webhook delivery is pending or retrying. */
  webhooksSettled(): Promise<void> {
    return this.sender.settled();
  }

  /** Every webhook POST made so far, automatic or simulated, in order. */
  get webhookAttempts(): readonly WebhookAttempt[] {
    return this.sender.attempts;
  }

  /** Listens on 127.0.0.1 (port 0: a free one). `stop` also cancels pending webhook retries. */
  async start(port = 0): Promise<RunningLocalRazorpay> {
    const server = await listenLocal((req, res) => void this.handle(req, res), port);
    return {
      url: server.url,
      stop: async () => {
        for (const paymentId of [...this.heldRefundReplies.keys()]) this.releaseRefundReplies(paymentId);
        this.sender.stop();
        await server.stop();
      },
    };
  }

  /** The request handler, for hosting the API on another server. */
  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      const url = new URL(req.url ?? '/', 'http://local');
      const simulator = url.pathname.startsWith('/_local/');
      // Authenticate before reading the body, as a server facing the internet would.
      const account = simulator ? undefined : this.authenticate(req);
      const body = req.method === 'POST' ? await readJson(req) : undefined;
      const result = account ? this.api(account, req, url.pathname, body) : await this.simulate(req.method ?? '', url.pathname, body);
      const refunded = account && req.method === 'POST' ? /^\/v1\/payments\/([^/]+)\/refund$/.exec(url.pathname) : null;
      const held = refunded ? this.heldRefundReplies.get(refunded[1]!) : undefined;
      if (held) await held.released;
      send(res, 200, result);
    } catch (error) {
      if (error instanceof LocalApiError) return send(res, error.statusCode, { error: error.body });
      this.onServerError(error);
      send(res, 500, { error: { code: 'SERVER_ERROR', description: 'The local Razorpay server failed', source: 'NA', step: 'NA', reason: 'NA', metadata: {} } });
    }
  }

  /** Razorpay REST API v1: the routes the SDK calls for the payments port. */
  private api(account: LocalRazorpayAccount, req: IncomingMessage, path: string, body: unknown): unknown {
    const route = `${req.method} ${path}`;
    let m: RegExpExecArray | null;
    if (route === 'POST /v1/orders') {
      const input = parse(orderBody, body);
      const capture = input.payment?.capture ?? input.payment_capture;
      return account.createOrder({
        amount: input.amount,
        currency: input.currency,
        ...(input.receipt !== undefined ? { receipt: input.receipt } : {}),
        ...(input.notes ? { notes: input.notes } : {}),
        ...(capture !== undefined ? { autoCapture: capture === true || capture === 1 || capture === 'automatic' } : {}),
      });
    }
    if ((m = /^GET \/v1\/orders\/([^/]+)$/.exec(route))) return account.order(m[1]!);
    if ((m = /^GET \/v1\/orders\/([^/]+)\/payments$/.exec(route))) {
      const items = account.paymentsOfOrder(m[1]!);
      return { entity: 'collection', count: items.length, items };
    }
    if ((m = /^GET \/v1\/payments\/([^/]+)$/.exec(route))) return account.payment(m[1]!);
    if ((m = /^POST \/v1\/payments\/([^/]+)\/capture$/.exec(route))) {
      const input = parse(captureBody, body);
      return account.capture(m[1]!, input.amount, input.currency);
    }
    if ((m = /^POST \/v1\/payments\/([^/]+)\/refund$/.exec(route))) {
      const key = req.headers['x-refund-idempotency'];
      return account.createRefund(m[1]!, parse(refundBody, body), typeof key === 'string' ? key : undefined);
    }
    if ((m = /^GET \/v1\/refunds\/([^/]+)$/.exec(route))) return account.refund(m[1]!);
    // Razorpay's own answer to an unknown route.
    throw badRequest('The requested URL was not found on the server.');
  }

  /** The customer's side, over HTTP for tests in other processes. */
  private async simulate(method: string, path: string, body: unknown): Promise<unknown> {
    let m: RegExpExecArray | null;
    if (method === 'POST' && (m = /^\/_local\/orders\/([^/]+)\/checkout$/.exec(path))) {
      return this.completeCheckout(m[1]!, parse(checkoutBody, body));
    }
    if (method === 'POST' && (m = /^\/_local\/refunds\/([^/]+)\/fail$/.exec(path))) return this.failRefund(m[1]!);
    if (method === 'POST' && (m = /^\/_local\/payments\/([^/]+)\/dashboard-refund$/.exec(path))) {
      const { amountPaise } = parse(dashboardRefundBody, body);
      return this.dashboardRefund(m[1]!, amountPaise);
    }
    if (method === 'POST' && (m = /^\/_local\/payments\/([^/]+)\/hold-refund-replies$/.exec(path))) {
      this.holdRefundReplies(m[1]!);
      return { ok: true };
    }
    if (method === 'POST' && (m = /^\/_local\/payments\/([^/]+)\/release-refund-replies$/.exec(path))) {
      this.releaseRefundReplies(m[1]!);
      return { ok: true };
    }
    if (method === 'POST' && (m = /^\/_local\/payments\/([^/]+)\/refund-trouble$/.exec(path))) {
      const { times, status } = parse(troubleBody, body);
      this.refundTrouble(m[1]!, { ...(times ? { times } : {}), ...(status ? { status } : {}) });
      return { ok: true };
    }
    if (method === 'POST' && path === '/_local/webhooks/custom') {
      const { ownerId, envelope, targetUrl } = parse(customWebhookBody, body);
      return this.deliverCustomWebhook(ownerId, envelope, targetUrl);
    }
    if (method === 'POST' && path === '/_local/webhooks') {
      const { event, targetUrl, times, ...ids } = parse(webhookBody, body);
      return this.deliverWebhook(event, ids, { targetUrl, ...(times ? { times } : {}) });
    }
    if (method === 'POST' && path === '/_local/webhooks/settle') {
      await this.webhooksSettled();
      return { attempts: this.webhookAttempts };
    }
    throw badRequest('The requested URL was not found on the server.');
  }

  private authenticate(req: IncomingMessage): LocalRazorpayAccount {
    // Razorpay accepts exactly `Basic base64(key_id:key_secret)`; other spellings fail too.
    const match = /^Basic ([A-Za-z0-9+/=]+)$/.exec(req.headers.authorization ?? '');
    if (match) {
      const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      const entry = colon > 0 ? this.accounts.get(decoded.slice(0, colon)) : undefined;
      if (entry && sameSecret(decoded.slice(colon + 1), entry.account.config.keySecret)) return entry.account;
    }
    throw new LocalApiError(401, { code: 'BAD_REQUEST_ERROR', description: 'Authentication failed', source: 'NA', step: 'NA', reason: 'NA', metadata: {} });
  }

  /** Every state change is signed once, at the moment it happens, so its payload is that moment's snapshot. */
  private announce(account: LocalRazorpayAccount, signer: WebhookSigner, event: LedgerEvent): void {
    const webhook = signer.sign(event);
    const url = account.config.webhookUrl;
    if (url && AUTO_DELIVERED.has(event.event) && !this.muted) this.sender.schedule(webhook, url);
  }

  private signedWebhook(event: SimulatedWebhookEvent, ids: WebhookEntityIds): SignedWebhook {
    const anyId = ids.refundId ?? ids.paymentId ?? ids.orderId;
    if (!anyId) throw badRequest('A webhook needs an order, payment or refund id');
    const { account, signer } = this.owner(anyId);
    const refund = ids.refundId ? account.refund(ids.refundId) : undefined;
    if (event.startsWith('refund.') && !refund) throw badRequest(`${event} needs a refund id`);
    const paymentId = ids.paymentId ?? refund?.payment_id;
    const payment = paymentId ? account.payment(paymentId) : ids.orderId ? account.capturedPaymentOf(ids.orderId) : undefined;
    if (!payment) throw badRequest(`${event} needs a payment`);
    // Razorpay's order.paid carries the order and its payment; payment.* carry the payment only.
    const order = event === 'order.paid' ? account.order(ids.orderId ?? payment.order_id ?? '') : undefined;
    return signer.sign({ event, payment, ...(refund ? { refund } : {}), ...(order ? { order } : {}) });
  }

  private owner(id: string): { account: LocalRazorpayAccount; signer: WebhookSigner } {
    for (const entry of this.accounts.values()) if (entry.account.owns(id)) return entry;
    throw badRequest('The id provided does not exist');
  }
}

// Request bodies, validated the way Razorpay reports problems: one description, naming the field.
const amount = z
  .number({ error: (issue) => (issue.input === undefined ? 'The amount field is required.' : 'The amount must be an integer.') })
  .int({ error: 'The amount must be an integer.' })
  .positive({ error: 'The amount must be at least 1.' });
const notes = z
  .record(z.string(), z.union([z.string().max(256), z.number()]))
  .refine((n) => Object.keys(n).length <= 15, { error: 'The notes may have at most 15 items.' });

const orderBody = z.strictObject({
  amount,
  currency: z.string({ error: 'The currency field is required.' }),
  receipt: z.string().max(40, { error: 'The receipt may not be greater than 40 characters.' }).optional(),
  notes: notes.optional(),
  payment_capture: z.union([z.boolean(), z.literal(0), z.literal(1)]).optional(),
  payment: z.object({ capture: z.enum(['automatic', 'manual']) }).optional(),
  partial_payment: z.boolean().optional(),
});
const captureBody = z.strictObject({ amount, currency: z.string().optional() });
const refundBody = z.strictObject({
  amount: amount.optional(),
  speed: z.enum(['normal', 'optimum']).optional(),
  notes: notes.optional(),
  receipt: z.string().max(40).optional(),
});
const checkoutBody = z.strictObject({
  method: z.enum(['upi', 'card', 'netbanking']).optional(),
  amountPaise: z.number().int().positive().optional(),
  fail: z.boolean().optional(),
  webhooks: z.boolean().optional(),
});
const dashboardRefundBody = z.strictObject({ amountPaise: z.number().int().positive().optional() });
const troubleBody = z.strictObject({ times: z.number().int().min(1).max(100).optional(), status: z.union([z.literal(400), z.literal(503)]).optional() });
const customWebhookBody = z.strictObject({ ownerId: z.string(), envelope: z.record(z.string(), z.unknown()), targetUrl: z.url() });
const webhookBody = z.strictObject({
  event: z.enum(['payment.captured', 'payment.failed', 'order.paid', 'refund.created', 'refund.processed', 'refund.failed']),
  orderId: z.string().optional(),
  paymentId: z.string().optional(),
  refundId: z.string().optional(),
  targetUrl: z.url(),
  times: z.number().int().min(1).max(200).optional(),
});

function parse<T>(schema: z.ZodType<T>, body: unknown): T {
  const result = schema.safeParse(body ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  if (issue.code === 'unrecognized_keys') {
    // Razorpay rejects fields it does not know, in these words.
    throw badRequest(`${issue.keys.join(', ')} is/are not required and should not be sent`, issue.keys[0]);
  }
  throw badRequest(issue.message, issue.path.join('.') || undefined);
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > 1_000_000) throw badRequest('The request body is too large');
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw badRequest('The request body is not valid JSON');
  }
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(json) });
  res.end(json);
}

/** Constant-time comparison of the presented key secret (hashing first evens out the lengths). */
function sameSecret(presented: string, expected: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(presented), digest(expected));
}
