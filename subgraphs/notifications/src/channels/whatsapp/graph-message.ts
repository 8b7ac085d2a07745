/**
 * The body of `POST /{version}/{phone-number-id}/messages` on Meta's WhatsApp Cloud API, as one
 * zod schema: the adapter checks what it is about to send with it, and the local Graph API
 * server checks what it receives with it, so a payload Meta would refuse is refused locally too.
 *
 * Only the message types RealServ sends: `template` (business-initiated, outside the 24-hour
 * customer-service window), `text` and `interactive` reply buttons / lists (session messages,
 * inside it; the vendor bot of issue #14 uses the interactive ones).
 * Limits are Meta's (Cloud API reference, "Messages"): text body 4,096 characters, interactive
 * body 1,024, up to 3 reply buttons with titles of 20, list rows of 24, template names of
 * lowercase letters, digits and underscores, template text parameters without new lines, tabs or
 * more than four consecutive spaces.
 */
import { z } from 'zod';
import type { WhatsAppMessage } from '../port.js';

/** The recipient as Meta wants it: the international number in digits, without `+`. */
export const waId = z.string().regex(/^[1-9]\d{7,14}$/, 'to must be the recipient’s international number in digits (country code first, no +)');

const templateTextParameter = z.strictObject({
  type: z.literal('text'),
  text: z
    .string()
    .min(1, 'a template parameter cannot be empty')
    .max(1024)
    .refine((t) => !/[\n\t]| {5,}/.test(t), 'Param text cannot have new-line/tab characters or more than 4 consecutive spaces'),
});

const templateComponent = z.strictObject({
  type: z.enum(['header', 'body', 'button']),
  sub_type: z.enum(['quick_reply', 'url']).optional(),
  index: z.union([z.string(), z.number().int().min(0).max(9)]).optional(),
  parameters: z.array(templateTextParameter).max(100),
});

const replyButton = z.strictObject({
  type: z.literal('reply'),
  reply: z.strictObject({ id: z.string().min(1).max(256), title: z.string().min(1).max(20) }),
});

const listSection = z.strictObject({
  title: z.string().max(24).optional(),
  rows: z
    .array(z.strictObject({ id: z.string().min(1).max(200), title: z.string().min(1).max(24), description: z.string().max(72).optional() }))
    .min(1)
    .max(10),
});

const interactiveText = (max: number) => z.strictObject({ text: z.string().min(1).max(max) });

const interactive = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('button'),
    header: z.strictObject({ type: z.literal('text'), text: z.string().min(1).max(60) }).optional(),
    body: interactiveText(1024),
    footer: interactiveText(60).optional(),
    action: z.strictObject({ buttons: z.array(replyButton).min(1).max(3) }),
  }),
  z.strictObject({
    type: z.literal('list'),
    header: z.strictObject({ type: z.literal('text'), text: z.string().min(1).max(60) }).optional(),
    body: interactiveText(4096),
    footer: interactiveText(60).optional(),
    action: z.strictObject({ button: z.string().min(1).max(20), sections: z.array(listSection).min(1).max(10) }),
  }),
]);

const envelope = {
  messaging_product: z.literal('whatsapp'),
  recipient_type: z.literal('individual').optional(),
  to: waId,
  /** Replying to (quoting) an inbound message. */
  context: z.strictObject({ message_id: z.string().min(1) }).optional(),
  /** Echoed in this message's status webhooks. */
  biz_opaque_callback_data: z.string().max(512).optional(),
};

export const graphMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({
    ...envelope,
    type: z.literal('text'),
    text: z.strictObject({ body: z.string().min(1).max(4096), preview_url: z.boolean().optional() }),
  }),
  z.strictObject({
    ...envelope,
    type: z.literal('template'),
    template: z.strictObject({
      name: z.string().regex(/^[a-z0-9_]{1,512}$/, 'template name: lowercase letters, digits and underscores'),
      language: z.strictObject({ code: z.string().regex(/^[a-z]{2,3}(_[A-Z]{2})?$/), policy: z.literal('deterministic').optional() }),
      components: z.array(templateComponent).max(10).optional(),
    }),
  }),
  z.strictObject({ ...envelope, type: z.literal('interactive'), interactive }),
]);

export type GraphMessage = z.infer<typeof graphMessageSchema>;
export type GraphMessageType = GraphMessage['type'];

/** Meta's answer when it accepted a message. */
export const graphAcceptedSchema = z.object({
  messaging_product: z.literal('whatsapp'),
  contacts: z.array(z.object({ input: z.string(), wa_id: z.string() })).optional(),
  messages: z.array(z.object({ id: z.string().min(1), message_status: z.string().optional() })).min(1),
});
export type GraphAccepted = z.infer<typeof graphAcceptedSchema>;

/** Graph API's error body (`code` is what to act on; `error_subcode` is gone from v16.0). */
export const graphErrorSchema = z.object({
  error: z.object({
    message: z.string(),
    type: z.string().optional(),
    code: z.number().int(),
    error_subcode: z.number().int().optional(),
    error_data: z.object({ messaging_product: z.string().optional(), details: z.string().optional() }).optional(),
    fbtrace_id: z.string().optional(),
  }),
});
export type GraphErrorBody = z.infer<typeof graphErrorSchema>;

/** E.164 (`+919812345678`) → Meta's `to` (`919812345678`). */
export function toWaId(e164: string): string {
  return e164.startsWith('+') ? e164.slice(1) : e164;
}

/** Our port's message as the Graph API body. Template parameters fill the body's {{1}}, {{2}}, … in order. */
export function graphMessageFor(message: WhatsAppMessage): GraphMessage {
  const base = { messaging_product: 'whatsapp', recipient_type: 'individual', to: toWaId(message.to) } as const;
  if (message.kind === 'text') return { ...base, type: 'text', text: { body: message.body, preview_url: false } };
  if (message.kind === 'buttons') {
    return {
      ...base,
      type: 'interactive',
      interactive: { type: 'button', body: { text: message.body }, action: { buttons: message.buttons.map((reply) => ({ type: 'reply', reply })) } },
    };
  }
  return {
    ...base,
    type: 'template',
    template: {
      name: message.templateName,
      language: { code: message.language, policy: 'deterministic' },
      ...(message.parameters.length > 0
        ? { components: [{ type: 'body', parameters: message.parameters.map((text) => ({ type: 'text' as const, text })) }] }
        : {}),
    },
  };
}

/** The first problem of a refused payload, in the words Graph API uses for its error 100. */
export function describeInvalidMessage(error: z.ZodError): string {
  const issue = error.issues[0]!;
  const path = issue.path.join('.');
  if (issue.code === 'unrecognized_keys') return `(#100) Param ${[path, issue.keys[0]].filter(Boolean).join('.')} is not a valid parameter`;
  if (issue.code === 'invalid_type' && issue.input === undefined) return `(#100) The parameter ${path} is required.`;
  return `(#100) Invalid parameter ${path}: ${issue.message}`;
}
