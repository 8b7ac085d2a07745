import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { recordEvent, type DomainEvent } from '@realserv/platform';
import { InAppNotificationAdded } from '@realserv/contracts';
import { NOTIFICATION_KINDS, variablesOfKind, type NotificationChannel, type NotificationKind } from './notification-kinds.js';
import { TemplateProblem } from '../template/template-rules.js';
import { Notification, NotificationStatus } from './notification.entity.js';
import { SECRET_MASK } from './delivery-rules.js';
import { notificationMetrics } from './notification-metrics.js';
import type { Recipient } from '../recipient/recipient-directory.js';
import type { TemplateService } from '../template/template.service.js';
import type { PreferenceService } from '../preference/preference.service.js';
import type { PushDeviceService } from '../device/push-device.service.js';
import type { ChannelPorts } from '../channels/index.js';

/** One message a domain event owes one person: the kind says which template set and category. */
export interface NotificationIntent {
  kind: NotificationKind;
  recipient: Recipient;
  /** The kind's variables except its secrets (those are fetched when the message is sent). */
  variables: Record<string, string>;
  /** Ids the apps open it with (orderId, vendorId, settlementId, deliveryId). */
  data: Record<string, string>;
}

/**
 * Turns intents into Notification rows, one per channel the message goes out on:
 * the kind's template channels ∩ the recipient's preferences ∩ what the recipient can receive
 * (an email address, a phone, a registered device) ∩ the channels this process has a provider
 * for. Runs inside the event handler's transaction (the inbox makes it once per event); the
 * unique (event, kind, recipient, channel) key makes a second run create nothing. IN_APP rows
 * are the feed: in it at once, announced to the recipient's live subscriptions. The others are
 * QUEUED and sent by the NotificationSender after commit.
 */
export class NotificationDispatcher {
  constructor(
    private readonly deps: {
      templates: TemplateService;
      preferences: PreferenceService;
      devices: PushDeviceService;
      ports: ChannelPorts;
      log: Logger;
    },
  ) {}

  /**
   * Reads once per event, whatever the number of intents and channels: the kinds' channels (the
   * template cache), the recipients' preferences, who has a push device, and the rows a previous
   * run of this event made; the new rows go in with one flush.
   */
  async dispatch(em: EntityManager, event: DomainEvent<unknown>, intents: NotificationIntent[]): Promise<Notification[]> {
    const active = intents.filter((intent) => {
      if (intent.recipient.active) return true;
      this.deps.log.info({ eventId: event.id, kind: intent.kind, userId: intent.recipient.id }, 'recipient is not active: no notification');
      return false;
    });
    if (!active.length) return [];
    const userIds = active.map((intent) => intent.recipient.id);
    const templated = new Map<NotificationKind, NotificationChannel[]>();
    for (const { kind } of active) if (!templated.has(kind)) templated.set(kind, await this.deps.templates.channelsFor(em, kind));
    const allowed = await this.deps.preferences.allowedFor(em, userIds);
    const mayPush = [...templated.values()].some((channels) => channels.includes('PUSH')) && this.deps.ports.PUSH;
    const withDevices = mayPush ? await this.deps.devices.withDevices(em, userIds) : new Set<string>();
    const existing = new Set(
      (await em.createQueryBuilder(Notification).select(['kind', 'userId', 'channel']).where({ eventId: event.id }).execute<Array<{ kind: string; userId: string; channel: string }>>('all')).map(
        (n) => `${n.kind}/${n.userId}/${n.channel}`,
      ),
    );
    const created: Notification[] = [];
    for (const intent of active) {
      const spec = NOTIFICATION_KINDS[intent.kind] as { category: Notification['category'] };
      const channels = allowed(intent.recipient.id, spec.category, templated.get(intent.kind)!);
      created.push(...(await this.dispatchOne(em, event, intent, channels, withDevices, existing)));
    }
    await em.flush();
    return created;
  }

  private async dispatchOne(
    em: EntityManager,
    event: DomainEvent<unknown>,
    intent: NotificationIntent,
    allowed: NotificationChannel[],
    withDevices: Set<string>,
    existingRows: Set<string>,
  ): Promise<Notification[]> {
    const { kind, recipient } = intent;
    const log = this.deps.log.child({ eventId: event.id, kind, userId: recipient.id });
    const spec = NOTIFICATION_KINDS[kind] as { category: Notification['category']; secret?: readonly string[] };
    const reachable: NotificationChannel[] = [];
    for (const channel of allowed) {
      if (channel !== 'IN_APP' && !this.deps.ports[channel]) {
        log.warn({ channel }, 'channel has no provider configured: skipped');
        continue;
      }
      if (this.canReceive(recipient, channel, withDevices)) reachable.push(channel);
    }
    const existing = new Set(reachable.filter((channel) => existingRows.has(`${kind}/${recipient.id}/${channel}`)));
    // Every variable of the kind ('' where unknown); what is stored is rendered with the secrets
    // masked, and the sender renders the same template version again with them.
    const variables = variablesOfKind(kind, intent.variables);
    const masked = { ...variables, ...Object.fromEntries((spec.secret ?? []).map((name) => [name, SECRET_MASK])) };
    const rows: Notification[] = [];
    for (const channel of reachable) {
      if (existing.has(channel)) continue;
      let rendered;
      try {
        rendered = await this.deps.templates.render(em, kind, channel, recipient.language, masked);
      } catch (error) {
        // A stored template that cannot render: that channel is skipped, the others still go.
        if (!(error instanceof TemplateProblem)) throw error;
        log.error({ channel, problem: error.message }, 'template cannot be rendered: channel skipped');
        continue;
      }
      if (!rendered) continue;
      const inApp = channel === 'IN_APP';
      const now = new Date();
      const row = em.create(Notification, {
        userId: recipient.id,
        kind,
        category: spec.category,
        channel,
        eventName: event.type,
        eventId: event.id,
        eventAt: new Date(event.occurredAt),
        variables,
        destination: channel === 'EMAIL' ? recipient.email : channel === 'SMS' || channel === 'WHATSAPP' ? recipient.phone : null,
        data: intent.data,
        templateId: rendered.templateId,
        templateVersion: rendered.templateVersion,
        language: rendered.language,
        subject: rendered.masked.subject,
        body: rendered.masked.text,
        status: inApp ? NotificationStatus.SENT : NotificationStatus.QUEUED,
        sentAt: inApp ? now : null,
        nextAttemptAt: now,
      });
      if (inApp) {
        recordEvent(em, InAppNotificationAdded, { notificationId: row.id, userId: recipient.id });
        notificationMetrics.sent.inc({ channel });
      } else {
        notificationMetrics.queued.inc({ channel });
      }
      rows.push(row);
    }
    if (rows.length) log.info({ channels: rows.map((r) => r.channel) }, 'notifications created');
    return rows;
  }

  private canReceive(recipient: Recipient, channel: NotificationChannel, withDevices: Set<string>): boolean {
    switch (channel) {
      case 'IN_APP':
        return true;
      case 'EMAIL':
        return recipient.email !== null;
      case 'SMS':
      case 'WHATSAPP':
        return recipient.phone !== null;
      case 'PUSH':
        return withDevices.has(recipient.id);
    }
  }
}
