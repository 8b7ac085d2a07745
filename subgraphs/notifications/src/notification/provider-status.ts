import { LockMode } from '@mikro-orm/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { detachedFromRequest } from '@realserv/platform';
import { Notification, NotificationStatus } from './notification.entity.js';
import { nextStatus } from './delivery-rules.js';
import type { NotificationSender } from './notification-sender.js';
import type { ProviderStatus } from '../channels/port.js';

/** What became of one provider status report. */
export type StatusOutcome = 'applied' | 'unchanged' | 'duplicate' | 'unknown';

/**
 * Applies providers' delivery reports (the channel helpers' verified webhook routes call
 * `onProviderStatus` for each report). Once per `eventKey` (redelivered webhooks change nothing),
 * and only forward: SENT → DELIVERED → READ, or FAILED before delivery (delivery-rules.ts
 * nextStatus). A WhatsApp delivery OTP reported failed falls back to SMS like a failed send.
 */
export class ProviderStatusService {
  constructor(
    private readonly orm: MikroORM,
    private readonly sender: NotificationSender,
    private readonly log: Logger,
  ) {}

  /**
   * The handler the channels' webhook routes take (`onStatus`), bound: pass
   * `statuses.onProviderStatus` as it is. Reports for messages we do not know are logged.
   */
  readonly onProviderStatus = async (status: ProviderStatus): Promise<void> => {
    const outcome = await this.apply(status);
    if (outcome === 'unknown') this.log.info({ channel: status.channel, providerMessageId: status.providerMessageId, status: status.status }, 'status report for an unknown message');
  };

  /** Applies one report and says what became of it. */
  async apply(status: ProviderStatus): Promise<StatusOutcome> {
    return detachedFromRequest(() =>
      this.orm.em.fork().transactional(async (em) => {
        const n = await em.findOne(
          Notification,
          { channel: status.channel, providerMessageId: status.providerMessageId },
          { lockMode: LockMode.PESSIMISTIC_WRITE },
        );
        // Not ours, or our send has not committed its provider id yet: not recorded, so the
        // provider's redelivery of the same report can still apply it.
        if (!n) return 'unknown';
        const inserted = await em
          .getConnection()
          .execute<Array<{ event_key: string }>>(
            'insert into provider_status_reports (event_key, received_at) values (?, now()) on conflict do nothing returning event_key',
            [status.eventKey],
            'all',
            em.getTransactionContext(),
          );
        if (!inserted.length) return 'duplicate';
        const next = nextStatus(n.status, status.status);
        if (!next) return 'unchanged';
        const log = this.log.child({ notificationId: n.id, channel: n.channel, status: next });
        if (next === NotificationStatus.FAILED) {
          await this.sender.fail(em, n, status.reason ?? 'PROVIDER_REPORTED_FAILURE', true);
          log.warn({ reason: n.failureReason }, 'provider reported the notification failed');
          return 'applied';
        }
        n.status = next as NotificationStatus;
        if (next === NotificationStatus.SENT) n.sentAt ??= status.at;
        if (next === NotificationStatus.DELIVERED || next === NotificationStatus.READ) n.deliveredAt ??= status.at;
        if (next === NotificationStatus.READ) n.readAt ??= status.at;
        log.debug('provider status applied');
        return 'applied';
      }),
    );
  }
}
