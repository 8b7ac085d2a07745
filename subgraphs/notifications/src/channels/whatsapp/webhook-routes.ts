/**
 * `GET/POST /webhooks/whatsapp`: Meta's webhook contract.
 *
 * GET is the one-time verification of the callback URL (`hub.mode=subscribe`, our verify token,
 * answer `hub.challenge`). POST carries status reports and inbound messages: the signature over
 * the raw body is checked first (nothing is parsed or called before), then the body is parsed and
 * each report/message handed to the handlers, which only record or enqueue (Meta wants a 200
 * quickly and redelivers otherwise; handlers are idempotent by eventKey / messageId).
 */
import express, { type Request, type Router } from 'express';
import type { Logger } from 'pino';
import type { ProviderStatus, WhatsAppInbound } from '../port.js';
import { parseWhatsAppWebhook } from './webhook-payload.js';
import { SIGNATURE_HEADER, isValidWebhookSignature, sameSecret } from './webhook-signature.js';
import type { WhatsAppSettings } from './whatsapp-settings.js';

export const WHATSAPP_WEBHOOK_PATH = '/webhooks/whatsapp';

export interface WhatsAppWebhookHandlers {
  onStatus(status: ProviderStatus): Promise<void>;
  onInbound(message: WhatsAppInbound): Promise<void>;
}

export interface WhatsAppWebhookOptions {
  log?: Pick<Logger, 'warn' | 'error' | 'debug'>;
}

export function whatsappWebhookRoutes(
  router: Router,
  settings: Pick<WhatsAppSettings, 'appSecret' | 'verifyToken' | 'phoneNumberId'>,
  handlers: WhatsAppWebhookHandlers,
  options: WhatsAppWebhookOptions = {},
): void {
  const { log } = options;

  router.get(WHATSAPP_WEBHOOK_PATH, (req, res) => {
    // Read from the raw query: `hub.mode` must not go through a nesting query parser.
    const query = rawQuery(req);
    const mode = query.get('hub.mode');
    const token = query.get('hub.verify_token') ?? '';
    const challenge = query.get('hub.challenge') ?? '';
    if (mode !== 'subscribe' || !sameSecret(token, settings.verifyToken) || !/^[A-Za-z0-9_-]{1,256}$/.test(challenge)) {
      log?.warn({ mode }, 'whatsapp webhook verification refused');
      res.status(403).type('text/plain').send('Forbidden');
      return;
    }
    res.status(200).type('text/plain').send(challenge);
  });

  router.post(WHATSAPP_WEBHOOK_PATH, express.raw({ type: () => true, limit: '3mb' }), async (req, res) => {
    const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const signature = req.header(SIGNATURE_HEADER);
    if (!signature) {
      res.status(401).json({ error: 'missing X-Hub-Signature-256' });
      return;
    }
    if (!isValidWebhookSignature(raw, signature, settings.appSecret)) {
      log?.warn('whatsapp webhook with a bad signature refused');
      res.status(403).json({ error: 'invalid signature' });
      return;
    }
    let payload: unknown;
    try {
      payload = JSON.parse(raw.toString('utf8'));
    } catch {
      res.status(400).json({ error: 'body is not JSON' });
      return;
    }
    const { statuses, inbound, ignored, errors } = parseWhatsAppWebhook(payload, settings.phoneNumberId);
    if (ignored > 0) log?.debug({ ignored }, 'whatsapp webhook items ignored');
    if (errors.length > 0) log?.warn({ codes: errors }, 'whatsapp reports errors not tied to a message');
    try {
      for (const status of statuses) await handlers.onStatus(status);
      for (const message of inbound) await handlers.onInbound(message);
    } catch (error) {
      // Not acknowledged: Meta delivers the same body again, and the handlers skip what they already took.
      log?.error({ err: error }, 'whatsapp webhook not recorded; Meta will redeliver');
      res.status(500).json({ error: 'try again' });
      return;
    }
    res.status(200).json({ status: 'accepted', statuses: statuses.length, messages: inbound.length });
  });
}

function rawQuery(req: Request): URLSearchParams {
  const url = req.originalUrl ?? req.url ?? '';
  const q = url.indexOf('?');
  return new URLSearchParams(q >= 0 ? url.slice(q + 1) : '');
}
