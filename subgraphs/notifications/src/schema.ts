import { defineSubgraph } from '@realserv/platform';
import { notificationsConfigSchema } from './config.js';
import { migrations } from './migrations/index.js';
import { Notification, ProviderStatusReport } from './notification/notification.entity.js';
import { NotificationResolver } from './notification/notification.resolver.js';
import { NotificationFeedService } from './notification/notification-feed.service.js';
// --- templates, preferences and push (wip/n-templates) ---
import { createPushPort } from './channels/push/index.js';
import { PushDevice } from './device/push-device.entity.js';
import { PushDeviceResolver } from './device/push-device.resolver.js';
import { PushDeviceService } from './device/push-device.service.js';
import { NotificationPreference } from './preference/notification-preference.entity.js';
import { PreferenceResolver } from './preference/preference.resolver.js';
import { PreferenceService } from './preference/preference.service.js';
import { NotificationTemplate } from './template/notification-template.entity.js';
import { TemplateResolver } from './template/template.resolver.js';
import { TemplateService } from './template/template.service.js';
// --- end templates, preferences and push ---

/**
 * The notifications subgraph: turns domain events into messages (email, SMS, WhatsApp, push and
 * the in-app feed), sends them through one port per provider, and follows their delivery.
 */
export const notificationsSubgraph = defineSubgraph({
  name: 'notifications',
  resolvers: [
    NotificationResolver,
    // --- templates, preferences and push ---
    TemplateResolver, PreferenceResolver, PushDeviceResolver,
  ],
  entities: [
    Notification, ProviderStatusReport,
    // --- templates, preferences and push ---
    NotificationTemplate, NotificationPreference, PushDevice,
  ],
  migrations,
  events: true,
  configSchema: notificationsConfigSchema,
  wire: async ({ config, orm, log }) => {
    const feed = new NotificationFeedService();
    // --- templates, preferences and push ---
    const templates = new TemplateService();
    const preferences = new PreferenceService();
    const devices = new PushDeviceService();
    const seeded = await templates.ensureDefaults(orm.em.fork());
    if (seeded) log.info({ seeded }, 'default notification templates added');
    const push = config.PUSH_TRANSPORT ? await createPushPort({ transport: config.PUSH_TRANSPORT, projectId: config.FIREBASE_PROJECT_ID }) : null;
    // --- end templates, preferences and push ---
    return {
      resolvers: [
        new NotificationResolver(feed),
        // --- templates, preferences and push ---
        new TemplateResolver(templates), new PreferenceResolver(preferences), new PushDeviceResolver(devices),
      ],
      // --- templates, preferences and push: the local push recorder's /_local/push routes ---
      routes: (router) => push?.routes?.(router),
    };
  },
});
