import { defineSubgraph } from '@realserv/platform';
import { notificationsConfigSchema } from './config.js';
import { migrations } from './migrations/index.js';
import { Notification, ProviderStatusReport } from './notification/notification.entity.js';
import { NotificationResolver } from './notification/notification.resolver.js';
import { NotificationFeedService } from './notification/notification-feed.service.js';

/**
 * The notifications subgraph: turns domain events into messages (email, SMS, WhatsApp, push and
 * the in-app feed), sends them through one port per provider, and follows their delivery.
 */
export const notificationsSubgraph = defineSubgraph({
  name: 'notifications',
  resolvers: [NotificationResolver],
  entities: [Notification, ProviderStatusReport],
  migrations,
  events: true,
  configSchema: notificationsConfigSchema,
  wire: () => {
    const feed = new NotificationFeedService();
    return {
      resolvers: [new NotificationResolver(feed)],
    };
  },
});
