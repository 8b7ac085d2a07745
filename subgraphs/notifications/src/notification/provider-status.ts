import { LockMode } from '@mikro-orm/core';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { detachedFromRequest, type BackgroundJob } from '@realserv/platform';
import { Notification, NotificationStatus } from './notification.entity.js';
import { nextStatus } from './delivery-rules.js';
import type { NotificationSender } from './notification-sender.js';
import type { ProviderChannel, ProviderStatus } from '../channels/port.js';

/** What became of one provider status report. */
export type StatusOutcome = 'applied' | 'unchanged' | 'duplicate' | 'pending';

/** A report for a message id nobody commits within this time was not for one of ours: forgotten. */
export const PENDING_STATUS_TTL_SECONDS = 3600;

/**
 * Serialises the two sides of a race on one provider message id: a status report arriving and
 * the sender committing that id. Whoever takes it second sees what the first committed (each
 * statement reads the latest commit), so a report is either applied to the committed row or
 * left pending where the sender's commit finds it.
 */
export async function lockProviderMessage(em: EntityManager, channel: ProviderChannel, providerMessageId: string): Promise<void> {
  await em.getConnection().execute('select pg_advisory_xact_lock(hashtext(?))', [providerMessageLockKey(channel, providerMessageId)], 'all', em.getTransactionContext());
}

/** The advisory lock's key (`hashtext` of it): the sender takes it in the statement that records the id. */
export function providerMessageLockKey(channel: ProviderChannel, providerMessageId: string): string {
  return `provider-message:${channel}:${providerMessageId}`;
}

/**
 * Applies providers' delivery reports (the channel helpers' verified webhook routes call
 * `onProviderStatus` for each report). Once per `eventKey` (redelivered webhooks change nothing),
 * and only forward: SENT → DELIVERED → READ, or FAILED before delivery (delivery-rules.ts
 * nextStatus). A WhatsApp delivery OTP reported failed falls back to SMS like a failed send.
 *
 * Providers report as soon as they accept (the local Twilio and Meta servers within
 * milliseconds), possibly before the sender has committed the provider message id, and Twilio
 * never redelivers a status callback. A report for an id no notification has yet is kept in
 * `pending_provider_status_reports` and applied when the sender commits that id
 * (`applyPending`, in the sender's transaction); reports for ids that never become ours expire
 * after PENDING_STATUS_TTL_SECONDS (`cleanupJob`).
 */
export class ProviderStatusService {
  constructor(
    private readonly orm: MikroORM,
    private readonly sender: NotificationSender,
    private readonly log: Logger,
  ) {
    sender.useStatusReports(this);
  }

  /** The handler the channels' webhook routes take (`onStatus`), bound: pass `statuses.onProviderStatus` as it is. */
  readonly onProviderStatus = async (status: ProviderStatus): Promise<void> => {
    const outcome = await this.apply(status);
    if (outcome === 'pending') this.log.info({ channel: status.channel, providerMessageId: status.providerMessageId, status: status.status }, 'status report for a message not (yet) ours: kept pending');
  };

  /** Applies one report (or keeps it pending) and says what became of it. */
  async apply(status: ProviderStatus): Promise<StatusOutcome> {
    return detachedFromRequest(() =>
      this.orm.em.fork().transactional(async (em) => {
        await lockProviderMessage(em, status.channel, status.providerMessageId);
        const n = await em.findOne(
          Notification,
          { channel: status.channel, providerMessageId: status.providerMessageId },
          { lockMode: LockMode.PESSIMISTIC_WRITE },
        );
        if (!n) {
          // Not ours, or our send has not committed its provider id yet: kept for the commit.
          await em.getConnection().execute(
            `insert into pending_provider_status_reports (event_key, channel, provider_message_id, status, reason, reported_at, received_at)
             values (?, ?, ?, ?, ?, ?, now()) on conflict do nothing`,
            [status.eventKey, status.channel, status.providerMessageId, status.status, status.reason, status.at],
            'run',
            em.getTransactionContext(),
          );
          return 'pending';
        }
        return this.applyTo(em, n, status);
      }),
    );
  }

  /**
   * Applies the reports that arrived before the sender committed `n`'s provider message id; the
   * sender calls it in its transaction, holding lockProviderMessage, right after setting the id.
   */
  async applyPending(em: EntityManager, n: Notification): Promise<void> {
    const rows = await em.getConnection().execute<Array<{ event_key: string; status: ProviderStatus['status']; reason: string | null; reported_at: Date }>>(
      `delete from pending_provider_status_reports where channel = ? and provider_message_id = ?
       returning event_key, status, reason, reported_at`,
      [n.channel, n.providerMessageId],
      'all',
      em.getTransactionContext(),
    );
    rows.sort((a, b) => new Date(a.reported_at).getTime() - new Date(b.reported_at).getTime());
    for (const row of rows) {
      const outcome = await this.applyTo(em, n, {
        channel: n.channel as ProviderChannel,
        providerMessageId: n.providerMessageId!,
        status: row.status,
        reason: row.reason,
        at: new Date(row.reported_at),
        eventKey: row.event_key,
      });
      this.log.debug({ notificationId: n.id, status: row.status, outcome }, 'pending provider status applied');
    }
  }

  /** Forgets pending reports older than the TTL (ids that never became ours). */
  cleanupJob(everySeconds: number, ttlSeconds = PENDING_STATUS_TTL_SECONDS): BackgroundJob {
    return {
      name: 'pending status report cleanup',
      everySeconds,
      run: async (em) => {
        const expired = await em.getConnection().execute<{ affectedRows: number }>(
          'delete from pending_provider_status_reports where received_at < now() - make_interval(secs => ?)',
          [ttlSeconds],
          'run',
        );
        if (expired.affectedRows) this.log.info({ count: expired.affectedRows }, 'pending status reports for unknown messages expired');
      },
    };
  }

  private async applyTo(em: EntityManager, n: Notification, status: ProviderStatus): Promise<StatusOutcome> {
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
      // Also after SENT: Meta accepts a session text outside the 24-hour window and reports it
      // failed (131047) later; that is a permanent failure (and the OTP falls back to SMS).
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
  }
}
