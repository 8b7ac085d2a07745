/** What a WhatsApp user sends the business, as the `messages` items of Meta's webhook (for `/_local/whatsapp/inbound`). */
import { randomBytes } from 'node:crypto';
import type { InboundMessagePayload } from '../webhook-payload.js';
import { LocalRouteError } from './local-errors.js';

export interface InboundInput {
  /** The user's number, E.164 or digits. */
  from: string;
  text?: string;
  /** A tapped reply button (interactive) or template quick-reply button (`type: 'button'`). */
  buttonReplyId?: string;
  listReplyId?: string;
  /** The tapped button's or row's title. */
  title?: string;
  /** Default: text, or interactive for a button/list reply. Media and others arrive as Meta sends them. */
  type?: InboundType;
  /** The user's WhatsApp profile name. */
  name?: string;
  /** The message being replied to (a button tap quotes the message that carried the button). */
  contextMessageId?: string;
  /** Deliver the same webhook this many times (Meta redelivers until it gets a 200). */
  times?: number;
}

export const INBOUND_TYPES = ['text', 'interactive', 'button', 'image', 'audio', 'video', 'document', 'sticker', 'location', 'contacts', 'reaction', 'unsupported'] as const;
export type InboundType = (typeof INBOUND_TYPES)[number];

/** `businessNumber`: our display number, which a reply's `context.from` names. */
export function inboundPayload(input: InboundInput, from: string, now: Date, businessNumber: string): InboundMessagePayload {
  const type: InboundType = input.type ?? (input.buttonReplyId !== undefined || input.listReplyId !== undefined ? 'interactive' : 'text');
  const base = {
    ...(input.contextMessageId ? { context: { from: businessNumber, id: input.contextMessageId } } : {}),
    from,
    id: `wamid.${Buffer.from(`${from}:in:${randomBytes(12).toString('hex')}`).toString('base64')}`,
    timestamp: String(Math.floor(now.getTime() / 1000)),
    type,
  };
  const media = (mime: string) => ({ id: randomBytes(8).readBigUInt64BE().toString(), mime_type: mime, sha256: randomBytes(32).toString('base64') });
  switch (type) {
    case 'text':
      if (input.text === undefined) throw new LocalRouteError(400, 'a text message needs text');
      return { ...base, text: { body: input.text } };
    case 'interactive':
      if (input.listReplyId !== undefined) return { ...base, interactive: { type: 'list_reply', list_reply: { id: input.listReplyId, title: input.title ?? input.listReplyId } } };
      if (input.buttonReplyId === undefined) throw new LocalRouteError(400, 'an interactive reply needs buttonReplyId or listReplyId');
      return { ...base, interactive: { type: 'button_reply', button_reply: { id: input.buttonReplyId, title: input.title ?? input.buttonReplyId } } };
    case 'button':
      if (input.buttonReplyId === undefined) throw new LocalRouteError(400, 'a template button tap needs buttonReplyId (its payload)');
      return { ...base, button: { payload: input.buttonReplyId, text: input.title ?? input.buttonReplyId } };
    case 'image':
    case 'video':
    case 'document':
    case 'sticker':
      return { ...base, [type]: media(`${type === 'document' ? 'application/pdf' : type === 'sticker' ? 'image/webp' : type === 'image' ? 'image/jpeg' : 'video/mp4'}`) };
    case 'audio':
      return { ...base, audio: { ...media('audio/ogg; codecs=opus'), voice: true } };
    case 'location':
      return { ...base, location: { latitude: 28.6139, longitude: 77.209, name: 'Connaught Place', address: 'New Delhi' } };
    case 'contacts':
      return { ...base, contacts: [{ name: { formatted_name: 'A friend', first_name: 'A' }, phones: [{ phone: '+919812345678', type: 'CELL' }] }] };
    case 'reaction':
      return { ...base, reaction: { message_id: input.contextMessageId ?? 'wamid.unknown', emoji: '\u{1F44D}' } };
    case 'unsupported':
      return {
        ...base,
        errors: [{ code: 131051, title: 'Message type unknown', message: 'Message type unknown', error_data: { details: 'Message type is currently not supported.' } }],
        unsupported: { type: 'poll_update' },
      };
  }
}
