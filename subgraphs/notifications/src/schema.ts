import { PeerClient, defineSubgraph } from '@realserv/platform';
import { notificationsConfigSchema } from './config.js';
import { migrations } from './migrations/index.js';
import { Notification, PendingProviderStatusReport, ProviderStatusReport } from './notification/notification.entity.js';
import { NotificationResolver } from './notification/notification.resolver.js';
import { NotificationFeedService } from './notification/notification-feed.service.js';
import { NotificationDispatcher } from './notification/notification-dispatcher.js';
import { NotificationSender, createSendQueue } from './notification/notification-sender.js';
import { ProviderStatusService } from './notification/provider-status.js';
import { notificationTriggers } from './notification/notification-triggers.js';
import { RecipientDirectory } from './recipient/recipient-directory.js';
import { deletedUserSubscriptions } from './recipient/deleted-user.events.js';
import { createChannelPorts, providerWebhookRoutes } from './channels/index.js';
import { PushDevice } from './device/push-device.entity.js';
import { PushDeviceResolver } from './device/push-device.resolver.js';
import { PushDeviceService } from './device/push-device.service.js';
import { NotificationPreference } from './preference/notification-preference.entity.js';
import { PreferenceResolver } from './preference/preference.resolver.js';
import { PreferenceService } from './preference/preference.service.js';
import { NotificationTemplate } from './template/notification-template.entity.js';
import { TemplateResolver } from './template/template.resolver.js';
import { TemplateService } from './template/template.service.js';
import { WhatsAppWindow, WhatsAppWindows } from './conversation/whatsapp-window.js';

export { ProviderStatusService, type StatusOutcome } from './notification/provider-status.js';

/**
 * The notifications subgraph: turns domain events into messages (email, SMS, WhatsApp, push and
 * the in-app feed), sends them through one port per provider, and follows their delivery.
 */
export const notificationsSubgraph = defineSubgraph({
  name: 'notifications',
  resolvers: [NotificationResolver, TemplateResolver, PreferenceResolver, PushDeviceResolver],
  entities: [Notification, ProviderStatusReport, PendingProviderStatusReport, WhatsAppWindow, NotificationTemplate, NotificationPreference, PushDevice],
  migrations,
  events: true,
  configSchema: notificationsConfigSchema,
  wire: async (runtime) => {
    const { config, log, orm } = runtime;
    const peer = (name: 'identity' | 'vendors' | 'orders', url: string, key: string) => new PeerClient({ self: 'notifications', peer: name, url, key });
    const directory = new RecipientDirectory({
      identity: peer('identity', config.PEER_IDENTITY_URL, config.PEER_IDENTITY_KEY),
      vendors: peer('vendors', config.PEER_VENDORS_URL, config.PEER_VENDORS_KEY),
      orders: peer('orders', config.PEER_ORDERS_URL, config.PEER_ORDERS_KEY),
    });
    const ports = await createChannelPorts(config, log);
    const templates = new TemplateService();
    // Default templates for every kind, channel and language: only those never written are added,
    // so admins' edits and deactivations survive restarts.
    const seeded = await templates.ensureDefaults(orm.em.fork());
    if (seeded) log.info({ seeded }, 'default notification templates added');
    const preferences = new PreferenceService();
    const devices = new PushDeviceService();
    const dispatcher = new NotificationDispatcher({ templates, preferences, devices, ports, log });
    // Send jobs live in pg-boss on the events database, beside the event queues.
    const boss = createSendQueue(config.EVENTS_DATABASE_URL!, log, { superviseSeconds: config.NOTIFY_SEND_SUPERVISE_SECONDS });
    // Inbound WhatsApp messages (the webhook's onInbound: `windows.onInbound`) open the 24-hour window.
    const windows = new WhatsAppWindows(orm);
    const sender = new NotificationSender({
      orm,
      boss,
      ports,
      templates,
      devices,
      directory,
      windows,
      settings: {
        maxAttempts: config.NOTIFY_MAX_ATTEMPTS,
        retryBaseSeconds: config.NOTIFY_RETRY_BASE_SECONDS,
        recipientPerMinute: config.NOTIFY_RECIPIENT_PER_MINUTE,
        providerPerSecond: config.NOTIFY_PROVIDER_PER_SECOND,
        expireSeconds: config.NOTIFY_SEND_EXPIRE_SECONDS,
        superviseSeconds: config.NOTIFY_SEND_SUPERVISE_SECONDS,
      },
      log,
    });
    await sender.start();
    // Delivery reports: the channels' verified webhook routes call `statuses.onProviderStatus`.
    const statuses = new ProviderStatusService(orm, sender, log);
    return {
      resolvers: [
        new NotificationResolver(new NotificationFeedService()),
        new TemplateResolver(templates),
        new PreferenceResolver(preferences),
        new PushDeviceResolver(devices),
      ],
      subscriptions: [...notificationTriggers(dispatcher, directory), ...deletedUserSubscriptions],
      routes: (router) => {
        providerWebhookRoutes(router, config, statuses, windows, log);
        // The local push recorder's /_local/push routes (PUSH_TRANSPORT=local only).
        ports.PUSH?.routes?.(router);
      },
      jobs: [sender.sweepJob(config.NOTIFY_SWEEP_SECONDS), statuses.cleanupJob(config.NOTIFY_SWEEP_SECONDS)],
      stop: async () => {
        await sender.stop();
        await ports.EMAIL?.close?.();
      },
    };
  },
});
