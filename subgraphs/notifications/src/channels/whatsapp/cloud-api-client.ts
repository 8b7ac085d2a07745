/**
 * A small client of Meta's WhatsApp Cloud API (Meta keeps no maintained Node SDK): one call,
 * `POST {graphUrl}/{version}/{phone-number-id}/messages` with the Bearer token, over Node's
 * fetch (undici: pooled keep-alive connections), each request bounded by a timeout.
 * Failures are ProviderErrors: permanent or transient by Meta's error code (cloud-api-errors.ts).
 */
import { ProviderError, type ProviderAccepted, type WhatsAppMessage, type WhatsAppPort } from '../port.js';
import { providerErrorFor } from './cloud-api-errors.js';
import { describeInvalidMessage, graphAcceptedSchema, graphErrorSchema, graphMessageFor, graphMessageSchema, type GraphMessage } from './graph-message.js';
import type { WhatsAppSettings } from './whatsapp-settings.js';

const DEFAULT_TIMEOUT_MS = 10_000;

export interface WhatsAppSent {
  /** Meta's message id (`wamid.…`), quoted by the status webhooks. */
  wamid: string;
  /** The recipient's WhatsApp id as Meta resolved it. */
  waId: string | null;
}

export class WhatsAppCloudClient {
  private readonly messagesUrl: string;
  private readonly timeoutMs: number;

  constructor(private readonly settings: WhatsAppSettings) {
    const base = settings.graphUrl.replace(/\/+$/, '');
    this.messagesUrl = `${base}/${encodeURIComponent(settings.graphVersion)}/${encodeURIComponent(settings.phoneNumberId)}/messages`;
    this.timeoutMs = settings.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  }

  /** Sends any message the shared schema allows (the vendor bot sends interactive ones). */
  async send(message: GraphMessage): Promise<WhatsAppSent> {
    const checked = graphMessageSchema.safeParse(message);
    // Meta would answer (#100) for this payload; failing here keeps the message out of the network.
    if (!checked.success) throw new ProviderError('WHATSAPP', '100', true, `WhatsApp message refused before sending: ${describeInvalidMessage(checked.error)}`);

    let response: Response;
    try {
      response = await fetch(this.messagesUrl, {
        method: 'POST',
        headers: { authorization: `Bearer ${this.settings.accessToken}`, 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(checked.data),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      // fetch rejects with a DOMException TimeoutError (not always `instanceof Error` across realms).
      const name = (error as { name?: unknown } | null)?.name;
      const timedOut = name === 'TimeoutError' || name === 'AbortError';
      throw new ProviderError('WHATSAPP', timedOut ? 'TIMEOUT' : 'NETWORK', false, `WhatsApp Cloud API ${timedOut ? `did not answer within ${this.timeoutMs} ms` : 'unreachable'}`);
    }

    let body: unknown;
    try {
      body = await response.json();
    } catch {
      body = undefined;
    }
    if (!response.ok) {
      const parsed = graphErrorSchema.safeParse(body);
      throw providerErrorFor(response.status, parsed.success ? parsed.data.error : undefined);
    }
    const accepted = graphAcceptedSchema.safeParse(body);
    if (!accepted.success) throw new ProviderError('WHATSAPP', 'BAD_RESPONSE', false, `WhatsApp Cloud API answered HTTP ${response.status} without a message id`);
    return { wamid: accepted.data.messages[0]!.id, waId: accepted.data.contacts?.[0]?.wa_id ?? null };
  }
}

/** The notifications port on the Cloud API: templates outside the 24-hour window, session texts inside it. */
export async function createWhatsAppPort(settings: WhatsAppSettings): Promise<WhatsAppPort> {
  const client = new WhatsAppCloudClient(settings);
  return {
    async send(message: WhatsAppMessage): Promise<ProviderAccepted> {
      const { wamid } = await client.send(graphMessageFor(message));
      return { providerMessageId: wamid };
    },
  };
}
