/**
 * Meta's `messages` webhook (object `whatsapp_business_account`): its shape, and the pure parse
 * of a verified body into our delivery reports (`statuses[]`) and inbound messages (`messages[]`).
 * The local Graph API server builds its webhooks from the same types.
 *
 * Parsing is lenient where Meta adds fields over versions (objects are loose) and skips, rather
 * than refuses, single items it cannot read: one odd item must not make Meta redeliver (and us
 * reprocess) the whole batch.
 */
import { z } from 'zod';
import type { ProviderStatus, WhatsAppInbound } from '../port.js';

export interface WebhookMetadata {
  display_phone_number: string;
  phone_number_id: string;
}

export interface WebhookError {
  code: number;
  title: string;
  message?: string;
  error_data?: { details: string };
  href?: string;
}

export interface StatusPayload {
  id: string;
  status: 'sent' | 'delivered' | 'read' | 'failed';
  timestamp: string;
  recipient_id: string;
  conversation?: { id: string; expiration_timestamp?: string; origin: { type: string } };
  pricing?: { billable: boolean; pricing_model: string; category: string; type?: string };
  errors?: WebhookError[];
}

export interface InboundMessagePayload {
  from: string;
  id: string;
  timestamp: string;
  type: string;
  context?: { from: string; id: string };
  text?: { body: string };
  interactive?: { type: 'button_reply'; button_reply: { id: string; title: string } } | { type: 'list_reply'; list_reply: { id: string; title: string; description?: string } };
  button?: { payload: string; text: string };
  [mediaOrOther: string]: unknown;
}

export interface WebhookValue {
  messaging_product: 'whatsapp';
  metadata: WebhookMetadata;
  contacts?: Array<{ profile: { name: string }; wa_id: string }>;
  messages?: InboundMessagePayload[];
  statuses?: StatusPayload[];
  errors?: WebhookError[];
}

export interface WebhookEnvelope {
  object: 'whatsapp_business_account';
  entry: Array<{ id: string; changes: Array<{ value: WebhookValue; field: 'messages' }> }>;
}

const unixSeconds = z
  .string()
  .regex(/^\d{1,12}$/)
  .transform((s) => new Date(Number(s) * 1000));

const statusItem = z.looseObject({
  id: z.string().min(1),
  status: z.string(),
  timestamp: unixSeconds,
  errors: z.array(z.looseObject({ code: z.number().int() })).optional(),
});

const inboundItem = z.looseObject({
  from: z.string().regex(/^\d{6,15}$/),
  id: z.string().min(1),
  timestamp: unixSeconds,
  type: z.string().min(1),
  text: z.looseObject({ body: z.string() }).optional(),
  interactive: z
    .looseObject({
      type: z.string(),
      button_reply: z.looseObject({ id: z.string() }).optional(),
      list_reply: z.looseObject({ id: z.string() }).optional(),
    })
    .optional(),
  button: z.looseObject({ payload: z.string().optional(), text: z.string().optional() }).optional(),
  unsupported: z.looseObject({ type: z.string().optional() }).optional(),
});

const envelopeSchema = z.looseObject({
  object: z.string(),
  entry: z.array(
    z.looseObject({
      changes: z.array(
        z.looseObject({
          field: z.string(),
          value: z.looseObject({
            metadata: z.looseObject({ phone_number_id: z.string() }).optional(),
            statuses: z.array(z.unknown()).optional(),
            messages: z.array(z.unknown()).optional(),
            errors: z.array(z.unknown()).optional(),
          }),
        }),
      ),
    }),
  ),
});

const STATUS: Record<string, ProviderStatus['status']> = { sent: 'SENT', delivered: 'DELIVERED', read: 'READ', failed: 'FAILED' };

export interface ParsedWebhook {
  statuses: ProviderStatus[];
  inbound: WhatsAppInbound[];
  /** Items left out: unreadable, another phone number's, or of no interest (e.g. `deleted` statuses). */
  ignored: number;
  /** Error codes Meta reports about the app or number rather than one message (`value.errors`, e.g. 130429), for the log. */
  errors: number[];
}

/** The reports and messages in a (verified) webhook body that concern our phone number. */
export function parseWhatsAppWebhook(payload: unknown, phoneNumberId: string): ParsedWebhook {
  const parsed: ParsedWebhook = { statuses: [], inbound: [], ignored: 0, errors: [] };
  const envelope = envelopeSchema.safeParse(payload);
  if (!envelope.success || envelope.data.object !== 'whatsapp_business_account') {
    parsed.ignored += 1;
    return parsed;
  }
  for (const entry of envelope.data.entry) {
    for (const change of entry.changes) {
      const { value } = change;
      const items = (value.statuses?.length ?? 0) + (value.messages?.length ?? 0);
      if (change.field !== 'messages' || value.metadata?.phone_number_id !== phoneNumberId) {
        parsed.ignored += Math.max(items, 1);
        continue;
      }
      for (const raw of value.errors ?? []) {
        const code = (raw as { code?: unknown } | null)?.code;
        parsed.errors.push(typeof code === 'number' ? code : 0);
      }
      for (const raw of value.statuses ?? []) {
        const status = toProviderStatus(raw);
        if (status) parsed.statuses.push(status);
        else parsed.ignored += 1;
      }
      for (const raw of value.messages ?? []) {
        const inbound = toInbound(raw);
        if (inbound) parsed.inbound.push(inbound);
        else parsed.ignored += 1;
      }
    }
  }
  return parsed;
}

function toProviderStatus(raw: unknown): ProviderStatus | null {
  const item = statusItem.safeParse(raw);
  if (!item.success) return null;
  const status = STATUS[item.data.status];
  if (!status) return null;
  const code = item.data.errors?.[0]?.code;
  return {
    channel: 'WHATSAPP',
    providerMessageId: item.data.id,
    status,
    reason: status === 'FAILED' ? (code !== undefined ? String(code) : 'UNKNOWN') : null,
    at: item.data.timestamp,
    // Meta redelivers a report until it gets a 200: the same message and status is the same report.
    eventKey: `${item.data.id}:${item.data.status}`,
  };
}

function toInbound(raw: unknown): WhatsAppInbound | null {
  const item = inboundItem.safeParse(raw);
  if (!item.success) return null;
  const { id, from, timestamp, type } = item.data;
  const base = { messageId: id, from: `+${from}`, at: timestamp };
  if (type === 'text' && item.data.text) return { ...base, type: 'text', text: item.data.text.body, rawType: type };
  if (type === 'interactive' && item.data.interactive) {
    const reply = item.data.interactive.button_reply ?? item.data.interactive.list_reply;
    if (reply) return { ...base, type: 'interactive', text: reply.id, rawType: item.data.interactive.type };
    return { ...base, type: 'unsupported', text: null, rawType: `interactive.${item.data.interactive.type}` };
  }
  if (type === 'button' && item.data.button) {
    // A quick-reply button of a template: its payload is what we set when sending.
    return { ...base, type: 'button', text: item.data.button.payload ?? item.data.button.text ?? null, rawType: type };
  }
  // Meta's own `unsupported` names the real kind (e.g. poll_update); otherwise image, audio, location, …
  const rawType = type === 'unsupported' ? (item.data.unsupported?.type ?? type) : type;
  return { ...base, type: 'unsupported', text: null, rawType };
}
