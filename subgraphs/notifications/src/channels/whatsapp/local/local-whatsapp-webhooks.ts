/**
 * Webhooks as Meta sends them: the `whatsapp_business_account` envelope, serialised the way
 * Meta's JSON looks on the wire (non-ASCII as \uXXXX, `/` as `\/`), signed with the app secret
 * in `X-Hub-Signature-256`, POSTed with retries until a 2xx. The same report or inbound message
 * always has the same bytes, as a redelivery from Meta does.
 */
import { BackgroundDeliveries } from '@realserv/platform/local-server';
import { SIGNATURE_HEADER, signWebhookBody } from '../webhook-signature.js';
import type { InboundMessagePayload, StatusPayload, WebhookEnvelope, WebhookValue } from '../webhook-payload.js';

export interface SignedWebhook {
  /** What it is about, for the attempt log: `status:<wamid>:<status>` or `message:<wamid>`. */
  key: string;
  rawBody: string;
  signature: string;
}

export interface WebhookAttempt {
  key: string;
  targetUrl: string;
  /** HTTP status, or 0 when the receiver could not be reached. */
  status: number;
  at: number;
}

export interface WebhookRetryPolicy {
  /** Wait before the first attempt of an automatic delivery (Meta reports after the API answered). */
  firstDelayMs: number;
  /** Attempts in all; the wait doubles after each non-2xx (Meta keeps retrying for days). */
  attempts: number;
}

/** JSON as Meta writes it: `\/` and \uXXXX escapes, so a receiver that re-serialises fails its signature check here too. */
export function metaJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/\//g, '\\/')
    .replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export class WebhookSigner {
  private readonly byKey = new Map<string, SignedWebhook>();

  constructor(
    private readonly appSecret: string,
    private readonly account: { businessAccountId: string; phoneNumberId: string; displayPhoneNumber: string },
  ) {}

  status(status: StatusPayload): SignedWebhook {
    return this.sign(`status:${status.id}:${status.status}`, { statuses: [status] });
  }

  inbound(message: InboundMessagePayload, profileName: string): SignedWebhook {
    return this.sign(`message:${message.id}`, { contacts: [{ profile: { name: profileName }, wa_id: message.from }], messages: [message] });
  }

  private sign(key: string, content: Pick<WebhookValue, 'contacts' | 'messages' | 'statuses'>): SignedWebhook {
    const known = this.byKey.get(key);
    if (known) return known;
    const envelope: WebhookEnvelope = {
      object: 'whatsapp_business_account',
      entry: [
        {
          id: this.account.businessAccountId,
          changes: [
            {
              value: {
                messaging_product: 'whatsapp',
                metadata: { display_phone_number: this.account.displayPhoneNumber, phone_number_id: this.account.phoneNumberId },
                ...content,
              },
              field: 'messages',
            },
          ],
        },
      ],
    };
    const rawBody = metaJson(envelope);
    const signed = { key, rawBody, signature: signWebhookBody(rawBody, this.appSecret) };
    this.byKey.set(key, signed);
    return signed;
  }
}

/** Sends webhooks and keeps track of automatic deliveries still pending or retrying. */
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
        headers: { 'content-type': 'application/json', 'user-agent': 'facebookexternalua', [SIGNATURE_HEADER]: webhook.signature },
        body: webhook.rawBody,
        signal: AbortSignal.any([this.deliveries.signal, AbortSignal.timeout(5_000)]),
      });
      await response.arrayBuffer();
      status = response.status;
    } catch {
      status = 0;
    }
    this.attempts.push({ key: webhook.key, targetUrl, status, at: Date.now() });
    return status;
  }

  /**
   * Delivers in the background, retrying until a 2xx, after `after` (the previous report about
   * the same message) has finished, so `sent` reaches the receiver before `delivered`.
   */
  schedule(webhook: SignedWebhook, targetUrl: string, after?: Promise<void>): Promise<void> {
    return this.deliveries.schedule(async () => {
      const status = await this.post(webhook, targetUrl);
      return status >= 200 && status < 300;
    }, after);
  }

  /** Resolves once no automatic delivery is waiting or retrying (tests wait on this, not on sleeps). */
  settled(): Promise<void> {
    return this.deliveries.settled();
  }

  stop(): void {
    this.deliveries.stop();
  }
}
