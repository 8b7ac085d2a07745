import { z } from 'zod';
import { defineEvent } from '@realserv/platform/events';
import { id } from './fields.js';

/** Events the notifications subgraph records. */

export const InAppNotificationAdded = defineEvent({
  name: 'InAppNotificationAdded',
  version: 1,
  producer: 'notifications',
  description: 'A notification entered a user\'s in-app feed; the gateway pushes it to their notificationReceived subscriptions.',
  schema: z.object({
    notificationId: id('The notification (channel IN_APP).'),
    userId: id('Its recipient (RealServ user id).'),
  }),
  live: { feed: 'notification', keys: ['notificationId', 'userId'] },
});

export const WhatsAppMessageReceived = defineEvent({
  name: 'WhatsAppMessageReceived',
  version: 1,
  producer: 'notifications',
  description:
    'A WhatsApp user wrote to the business number (the webhook verified Meta\'s signature); the vendor bot in integrations answers it. The event id is derived from Meta\'s message id, so a redelivered webhook is one event.',
  schema: z.object({
    messageId: z.string().min(1).describe('Meta\'s message id (wamid…); redeliveries repeat it.'),
    from: z.string().regex(/^\+\d{6,15}$/).describe('The sender, E.164 with +.'),
    at: z.string().describe('When the user sent it (ISO 8601, from Meta\'s timestamp).'),
    type: z.enum(['text', 'interactive', 'button', 'unsupported']).describe('text, a button or list reply (interactive, button), or a type the bot does not read.'),
    text: z.string().nullable().describe('The text body, or the chosen reply\'s id; null for unsupported types.'),
    rawType: z.string().describe('Meta\'s message type (text, interactive, image, audio, location, …).'),
  }),
});
