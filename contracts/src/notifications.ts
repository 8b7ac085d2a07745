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
