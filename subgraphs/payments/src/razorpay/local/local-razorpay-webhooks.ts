/**
 * Signed webhook delivery as Razorpay does it: the event envelope as the raw body,
 * `X-Razorpay-Signature` = HMAC-SHA256(raw body, webhook secret) in hex, and an
 * `X-Razorpay-Event-Id` that stays the same when the same event is delivered again, so the
 * receiver can deduplicate retries.
 */
import { createHmac } from 'node:crypto';
import { BackgroundDeliveries } from '@realserv/platform/local-server';
import { razorpayId, type LedgerEvent } from './local-razorpay-ledger.js';
import type { RazorpayWebhookEnvelope } from '../razorpay-port.js';

export interface SignedWebhook {
  eventId: string;
  event: RazorpayWebhookEnvelope['event'];
  rawBody: string;
  signature: string;
}

export interface WebhookAttempt {
  eventId: string;
  event: string;
  targetUrl: string;
  /** HTTP status, or 0 when the receiver could not be reached. */
  status: number;
  at: number;
}

export interface WebhookRetryPolicy {
  /** Wait before the first attempt: Razorpay delivers asynchronously, after the API call returned. */
  firstDelayMs: number;
  /** Attempts in all; the wait doubles after each non-2xx (Razorpay retries for 24 h). */
  attempts: number;
}

/** Builds and remembers each event's signed body: a re-delivery sends the very same bytes. */
export class WebhookSigner {
  private readonly byKey = new Map<string, SignedWebhook>();

  constructor(
    private readonly accountId: string,
    private readonly webhookSecret: string,
  ) {}

  sign(happened: LedgerEvent): SignedWebhook {
    const key = [happened.event, happened.order?.id, happened.payment?.id, happened.refund?.id].join(':');
    const known = this.byKey.get(key);
    if (known) return known;
    // Razorpay lists the entities in `contains` in this order: refund before payment, payment before order.
    const contains = (['refund', 'payment', 'order'] as const).filter((name) => happened[name]);
    const envelope: RazorpayWebhookEnvelope = {
      entity: 'event',
      account_id: this.accountId,
      event: happened.event,
      contains: [...contains],
      payload: {
        ...(happened.refund ? { refund: { entity: happened.refund } } : {}),
        ...(happened.payment ? { payment: { entity: happened.payment } } : {}),
        ...(happened.order ? { order: { entity: happened.order } } : {}),
      },
      created_at: Math.floor(Date.now() / 1000),
    };
    const signed = this.signRaw(JSON.stringify(envelope), happened.event);
    this.byKey.set(key, signed);
    return signed;
  }

  /** Signs a body as it is, with a new event id. */
  signRaw(rawBody: string, event: string): SignedWebhook {
    return {
      eventId: razorpayId(''),
      event: event as RazorpayWebhookEnvelope['event'],
      rawBody,
      signature: createHmac('sha256', this.webhookSecret).update(rawBody).digest('hex'),
    };
  }
}

/** Sends webhooks and keeps track of automatic deliveries still retrying. */
export class WebhookSender {
  readonly attempts: WebhookAttempt[] = [];
  private readonly deliveries: BackgroundDeliveries;

  constructor(retry: WebhookRetryPolicy) {
    this.deliveries = new BackgroundDeliveries(retry);
  }

  /** One POST; resolves with the HTTP status (0 if unreachable). */
  async post(webhook: SignedWebhook, targetUrl: string): Promise<number> {
    let status = 0;
    try {
      const response = await fetch(targetUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Razorpay-Webhook/v1',
          'x-razorpay-signature': webhook.signature,
          'x-razorpay-event-id': webhook.eventId,
        },
        body: webhook.rawBody,
        signal: AbortSignal.any([this.deliveries.signal, AbortSignal.timeout(5_000)]),
      });
      await response.arrayBuffer();
      status = response.status;
    } catch {
      status = 0;
    }
    this.attempts.push({ eventId: webhook.eventId, event: webhook.event, targetUrl, status, at: Date.now() });
    return status;
  }

  /** Fire and forget, as Razorpay does: later, in the background, retrying until a 2xx. */
  schedule(webhook: SignedWebhook, targetUrl: string): void {
    void this.deliveries.schedule(async () => isSuccess(await this.post(webhook, targetUrl)));
  }

  /** Resolves once no automatic delivery is waiting or retrying (tests wait on this, not on sleeps). */
  settled(): Promise<void> {
    return this.deliveries.settled();
  }

  stop(): void {
    this.deliveries.stop();
  }
}

const isSuccess = (status: number) => status >= 200 && status < 300;
