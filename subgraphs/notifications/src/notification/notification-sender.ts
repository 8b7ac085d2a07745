import { setTimeout as delay } from 'node:timers/promises';
import { ChangeSetType, type EventSubscriber, type FlushEventArgs, type TransactionEventArgs } from '@mikro-orm/core';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { PgBoss } from 'pg-boss';
import type { Logger } from 'pino';
import { DueWakeups, createPgBoss, detachedFromRequest, type BackgroundJob } from '@realserv/platform';
import { NOTIFICATION_KINDS, variablesOfKind, type NotificationKind } from './notification-kinds.js';
import { Notification, NotificationStatus } from './notification.entity.js';
import { SECRET_MASK, TokenBucket, mayRetry, maskDestination, deferredAttemptAt, isHeldBack, plannedSlots, promotionalSmsWaitMs, recipientWaitAfter, retryDelaySeconds } from './delivery-rules.js';
import { notificationMetrics } from './notification-metrics.js';
import { ProviderError, type ProviderAccepted, type ProviderChannel } from '../channels/port.js';
import type { ChannelPorts } from '../channels/index.js';
import type { RecipientDirectory } from '../recipient/recipient-directory.js';
import type { RenderedMessage, TemplateService } from '../template/template.service.js';
import type { PushDeviceService } from '../device/push-device.service.js';
import { whatsAppMessageKind, type WhatsAppWindows } from '../conversation/whatsapp-window.js';
import { replyButtonsFor } from './whatsapp-buttons.js';
import { TemplateProblem } from '../template/template-rules.js';
import { providerMessageLockKey, type ProviderStatusService } from './provider-status.js';

/** The pg-boss queue of send jobs (one job per attempt of one Notification). */
export const SEND_QUEUE = 'notifications.send';

export interface SenderSettings {
  maxAttempts: number;
  retryBaseSeconds: number;
  recipientPerMinute: number;
  providerPerSecond: number;
  /** How often an idle send worker polls for jobs nothing woke it for (SEND_BACKSTOP_SECONDS, or superviseSeconds when shorter). */
  backstopSeconds?: number;
  /** A job held longer is presumed lost with its worker and retried (SEND_EXPIRE_SECONDS). */
  expireSeconds?: number;
  /** How often the send queue's pg-boss fails expired jobs (createSendQueue's `superviseSeconds`). */
  superviseSeconds?: number;
}

/**
 * The send queue's pg-boss, on the events database beside the event queues (its own instance:
 * the event bus keeps its own private). `schema` is for tests that want a queue of their own.
 */
export function createSendQueue(connectionString: string, log: Logger, options: { schema?: string; superviseSeconds?: number } = {}): PgBoss {
  const boss = createPgBoss({
    connectionString,
    schema: options.schema ?? 'pgboss',
    applicationName: 'notifications-send',
    schedule: false,
    superviseSeconds: options.superviseSeconds,
  });
  boss.on('error', (error: unknown) => log.error({ err: error }, 'send queue error'));
  return boss;
}

/**
 * How often an idle send worker looks for jobs nothing woke it for (#12: polling every second
 * cost PostgreSQL a statement a second per worker with the stack idle). The process that queues
 * jobs wakes its own workers: at once for jobs due now (the pump), by timer for jobs planned
 * for later (rate limit, retry backoff: DueWakeups), a failed job's retry likewise; this pass
 * picks up what none covers: jobs of a process that died, jobs expired by the supervisor.
 */
export const SEND_BACKSTOP_SECONDS = 30;

/** Send workers per process, each fetching up to SEND_BATCH jobs and sending them one by one. */
const SEND_WORKERS = 4;
const SEND_BATCH = 5;

/**
 * How long a send job may be held before pg-boss's supervisor presumes its worker dead (killed
 * mid-send) and retries it: longer than a batch's slowest sends. With the supervisor's pass
 * (every `superviseSeconds`) and the backstop poll it bounds how late a dead process's sends
 * resume.
 */
export const SEND_EXPIRE_SECONDS = 60;

/** A queued job older than this with its notification still QUEUED and overdue is presumed lost. */
const LOST_JOB_AFTER_SECONDS = 120;

/**
 * Sends QUEUED notifications through their channel's port, from pg-boss jobs, durably:
 *
 * - The notifications table is the outbox of send jobs. After a commit that queued notifications
 *   (QueueOnCommit), the pump marks them `jobQueuedAt` and inserts their jobs (startAfter =
 *   nextAttemptAt) in one transaction; a crash between commit and pump leaves them unmarked and
 *   the next pump (any commit, or the sweeper) takes them. A job lost after marking (crash of the
 *   events database call, a job deleted) is re-queued by the sweeper.
 * - A job locks its notification row and acts only if it is still QUEUED and due, so duplicate
 *   jobs send nothing twice.
 * - Transient provider errors retry with exponential backoff up to maxAttempts, permanent ones
 *   fail at once; a failed WhatsApp delivery OTP falls back to SMS (once: the unique key).
 * - Per recipient at most `recipientPerMinute` provider messages a minute (the delivery OTP is
 *   exempt: the buyer is at the door); per provider at most `providerPerSecond` sends a second
 *   from this process.
 */
export class NotificationSender {
  private readonly caps = new Map<ProviderChannel, TokenBucket>();
  private pumping: Promise<void> | null = null;
  private statusReports: Pick<ProviderStatusService, 'applyPending'> | null = null;
  private repump = false;
  private stopped = false;
  /** This process's send workers (pg-boss worker ids), and whether each is in a batch. */
  private readonly workers: Array<{ id: string; busy: boolean }> = [];
  /** Wakes the send worker when jobs that start later (and retries) are due; stopped on stop. */
  private readonly wakeups: DueWakeups;

  constructor(
    private readonly deps: {
      orm: MikroORM;
      boss: PgBoss;
      /** The send queue's schema (createSendQueue's; 'pgboss' unless a test gave its own). */
      bossSchema?: string;
      ports: ChannelPorts;
      templates: TemplateService;
      devices: PushDeviceService;
      directory: RecipientDirectory;
      windows: WhatsAppWindows;
      settings: SenderSettings;
      log: Logger;
    },
  ) {
    deps.orm.em.getEventManager().registerSubscriber(new QueueOnCommit(() => this.pump()));
    this.wakeups = new DueWakeups({
      db: deps.boss.getDb(),
      schema: deps.bossSchema ?? 'pgboss',
      notify: () => this.wakeWorkers(1),
      log: deps.log,
    });
  }

  /** Where reports that arrived before a send committed its provider id wait (ProviderStatusService registers itself). */
  useStatusReports(reports: Pick<ProviderStatusService, 'applyPending'>): void {
    this.statusReports = reports;
  }

  async start(): Promise<void> {
    const { boss } = this.deps;
    await boss.start();
    // pg-boss retries a job only when its worker died (expired) or threw on infrastructure errors;
    // provider failures are handled here and end the job.
    const expireInSeconds = this.deps.settings.expireSeconds ?? SEND_EXPIRE_SECONDS;
    // No NOTIFY (`notify: false`): pg-boss has one channel for every queue, so each job insert
    // woke every pg-boss listener of the stack, and all four send workers here, of which one found
    // the jobs and three fetched nothing (#12). The pump wakes as many of its own workers as the
    // jobs need instead (wakeWorkers).
    await boss.createQueue(SEND_QUEUE, { retryLimit: 5, retryDelay: 5, retryBackoff: true, expireInSeconds, notify: false });
    // createQueue leaves an existing queue as it is: a changed expiry (and the queue made before
    // the pump woke its own workers, with NOTIFY on) is written here.
    await boss.updateQueue(SEND_QUEUE, { expireInSeconds, notify: false });
    // Workers of their own (not one work() with localConcurrency), so each can be woken by id; a
    // full batch keeps its worker fetching; the slow poll is the backstop, with or without LISTEN.
    for (let i = 0; i < SEND_WORKERS; i++) {
      const worker = { id: '', busy: false };
      worker.id = await boss.work<{ notificationId: string }>(
        SEND_QUEUE,
        { batchSize: SEND_BATCH, burstWhenBatchFull: true, pollingIntervalSeconds: this.backstopSeconds },
        async (jobs) => {
          worker.busy = true;
          try {
            // Each job on its own: one that throws (an infrastructure error) is retried by itself.
            for (const job of jobs) {
              try {
                await this.sendOne(job.data.notificationId);
              } catch (error) {
                this.deps.log.warn({ err: error, jobId: job.id, notificationId: job.data.notificationId }, 'notification send job failed; will retry');
                await boss.fail(SEND_QUEUE, job.id, { message: (error as Error).message });
                // pg-boss retries it after its backoff, with no NOTIFY: wake a worker then.
                await this.wakeups.wakeForRetry(SEND_QUEUE, job.id);
              }
            }
          } finally {
            worker.busy = false;
          }
        },
      );
      this.workers.push(worker);
    }
    this.pump();
  }

  /**
   * Wakes `batches` send workers (at most all of them), idle ones first: each fetches a batch at
   * once. A busy one woken fetches again as soon as its batch is done.
   */
  private wakeWorkers(batches: number): void {
    const order = [...this.workers.filter((w) => !w.busy), ...this.workers.filter((w) => w.busy)];
    for (const worker of order.slice(0, Math.max(0, batches))) this.deps.boss.notifyWorker(worker.id);
  }

  private get backstopSeconds(): number {
    // Jobs the supervisor expired come back with no NOTIFY: polling less often than it passes only delays them.
    return this.deps.settings.backstopSeconds ?? Math.min(SEND_BACKSTOP_SECONDS, this.deps.settings.superviseSeconds ?? SEND_BACKSTOP_SECONDS);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.pumping;
    this.wakeups.stop();
    await this.deps.boss.stop({ graceful: true, timeout: 10_000 });
  }

  /** Queues send jobs for notifications that have none (called after commits; safe to call any time). */
  pump(): void {
    if (this.stopped) return;
    if (this.pumping) {
      this.repump = true;
      return;
    }
    this.pumping = detachedFromRequest(() => this.queueDue())
      .catch((error: unknown) => this.deps.log.error({ err: error }, 'queueing notification sends failed; the sweeper retries'))
      .finally(() => {
        this.pumping = null;
        if (this.repump) {
          this.repump = false;
          this.pump();
        }
      });
  }

  private async queueDue(): Promise<void> {
    for (;;) {
      const { queued, later } = await this.deps.orm.em.fork().transactional(async (em) => {
        const jobs = await this.markDue(em);
        if (jobs.length) await this.deps.boss.insert(SEND_QUEUE, jobs.map((j) => ({ data: { notificationId: j.id }, startAfter: j.startAfter })));
        const now = Date.now();
        return { queued: jobs.length, later: jobs.filter((j) => j.startAfter.getTime() > now).map((j) => j.startAfter) };
      });
      // Jobs due now: as many workers as they make batches (the jobs are committed: pg-boss's own connection).
      const dueNow = queued - later.length;
      if (dueNow > 0) this.wakeWorkers(Math.ceil(dueNow / SEND_BATCH));
      // A rate-limited message's slot, a retry's backoff: wake a send worker then instead of at the
      // backstop poll (if this process dies first, another instance's poll or the sweeper takes them).
      if (later.length) await this.wakeups.wakeAt(later);
      if (queued < 200) return;
    }
  }

  /**
   * Marks up to 200 QUEUED notifications without a job as queued and gives each rate-limited one
   * its send slot (plannedSlots), so its one job starts when the recipient's minute has room. One
   * statement marks them and reads, for their recipients, the sends and planned times that count
   * (a plain read of the same snapshot: the rows being marked are not among them); a second
   * moves the next attempts that the plan put later (none unless a recipient is over its limit).
   * Two pumps planning one recipient at once can give a slot twice: sendOne's check under the
   * recipient's lock still holds the limit (the later one waits).
   */
  private async markDue(em: EntityManager): Promise<Array<{ id: string; startAfter: Date }>> {
    const limit = this.deps.settings.recipientPerMinute;
    const now = new Date();
    const rows = await em.getConnection().execute<Array<{ id: string | null; user_id: string; at: Date; rank: string | null; limited: boolean | null; planned: boolean | null }>>(
      `with due as (
         select id from notifications where status = 'QUEUED' and job_queued_at is null
         order by next_attempt_at limit 200 for update skip locked),
       marked as (
         update notifications n set job_queued_at = now() from due where n.id = due.id
         returning n.id, n.user_id, n.next_attempt_at, n.category <> 'DELIVERY_OTP' as limited),
       recipients as (select user_id, count(*) as planned from marked where limited group by user_id)
       select id, user_id, next_attempt_at as at, null::bigint as rank, limited, null::boolean as planned from marked
       union all
       select null, r.user_id, taken.at, taken.rank, null, taken.planned from recipients r cross join lateral (
         select at, planned, row_number() over (order by at desc) as rank from (
           (select s.sent_at as at, false as planned from notifications s
            where s.user_id = r.user_id and s.channel <> 'IN_APP' and s.sent_at > ? order by s.sent_at desc limit ?)
           union all
           (select greatest(q.next_attempt_at, ?), true from notifications q
            where q.user_id = r.user_id and q.status = 'QUEUED' and q.job_queued_at is not null order by q.next_attempt_at desc limit ?)
         ) as recent order by at desc limit ?
       ) as taken where taken.rank = 1 or taken.rank > ? - r.planned`,
      [new Date(now.getTime() - 60_000), limit, now, limit, limit, limit],
      'all',
      em.getTransactionContext(),
    );
    const jobs = new Map<string, { id: string; startAfter: Date }>();
    const toPlan = new Map<string, Array<{ id: string; at: Date }>>();
    const taken = new Map<string, Array<Date | undefined>>();
    /** Per recipient, the latest time already given to a queued message (rank 1, when that is not a send). */
    const plannedUntil = new Map<string, Date>();
    for (const row of rows) {
      if (row.id === null) {
        const ranked = taken.get(row.user_id) ?? [];
        ranked[Number(row.rank) - 1] = new Date(row.at);
        taken.set(row.user_id, ranked);
        if (Number(row.rank) === 1 && row.planned) plannedUntil.set(row.user_id, new Date(row.at));
        continue;
      }
      const at = new Date(row.at);
      jobs.set(row.id, { id: row.id, startAfter: at });
      if (row.limited) toPlan.set(row.user_id, [...(toPlan.get(row.user_id) ?? []), { id: row.id, at }]);
    }
    const moved: Array<{ id: string; at: Date }> = [];
    for (const [userId, messages] of toPlan) {
      messages.sort((a, b) => a.at.getTime() - b.at.getTime());
      const slots = plannedSlots(taken.get(userId) ?? [], messages.map((m) => m.at), now, limit, plannedUntil.get(userId));
      messages.forEach((m, i) => {
        if (!isHeldBack(slots[i]!, m.at, now)) return;
        moved.push({ id: m.id, at: slots[i]! });
        jobs.get(m.id)!.startAfter = slots[i]!;
      });
    }
    if (moved.length) {
      await em.getConnection().execute(
        `update notifications n set next_attempt_at = p.at
         from unnest(string_to_array(?, ',')::uuid[], string_to_array(?, ',')::timestamptz[]) as p(id, at) where n.id = p.id`,
        [moved.map((m) => m.id).join(','), moved.map((m) => m.at.toISOString()).join(',')],
        'run',
        em.getTransactionContext(),
      );
      this.deps.log.debug({ count: moved.length }, 'rate-limited notifications planned into later slots');
    }
    return [...jobs.values()];
  }

  /** The sweeper: re-queues QUEUED notifications whose job went missing (crash recovery). */
  sweepJob(everySeconds: number): BackgroundJob {
    return {
      name: 'notification sweeper',
      everySeconds,
      run: async (em) => {
        const lost = await em.getConnection().execute<{ affectedRows: number }>(
          `update notifications set job_queued_at = null
           where status = 'QUEUED' and job_queued_at < now() - make_interval(secs => ?) and next_attempt_at < now() - make_interval(secs => ?)`,
          [LOST_JOB_AFTER_SECONDS, LOST_JOB_AFTER_SECONDS],
          'run',
        );
        if (lost.affectedRows) this.deps.log.warn({ count: lost.affectedRows }, 'notifications without a live send job re-queued');
        this.pump();
      },
    };
  }

  /** One attempt at one notification (a send job). */
  async sendOne(notificationId: string): Promise<void> {
    await this.deps.orm.em.fork().transactional(async (em) => {
      const n = await this.lockForSend(em, notificationId);
      // Sent, failed or not due: another job got there first, or this one is early.
      if (!n || n.status !== NotificationStatus.QUEUED || n.nextAttemptAt.getTime() > Date.now() + 1000) return;
      const log = this.deps.log.child({ notificationId: n.id, kind: n.kind, channel: n.channel, to: maskDestination(n.destination) });
      // Promotional SMS only inside India's time band; everyone's messages within their rate limit
      // (the delivery OTP is exempt: the buyer is at the door).
      const wait = Math.max(
        n.channel === 'SMS' && n.category === 'PROMOTIONS' ? promotionalSmsWaitMs(new Date()) : 0,
        n.category === 'DELIVERY_OTP' ? 0 : await this.recipientWait(em, n),
      );
      if (wait > 0) {
        n.nextAttemptAt = await this.deferredSlot(em, n, wait);
        n.jobQueuedAt = null;
        log.info({ waitMs: wait }, 'send deferred (rate limit or promotional time band)');
        return;
      }
      try {
        const accepted = await this.deliver(em, n);
        const sent = await this.recordSent(em, n, accepted.providerMessageId);
        await this.statusReports?.applyPending(em, sent);
        notificationMetrics.sent.inc({ channel: sent.channel });
        notificationMetrics.eventToAccept.observe({ channel: sent.channel }, (sent.sentAt!.getTime() - sent.eventAt.getTime()) / 1000);
        log.info({ providerMessageId: accepted.providerMessageId, attempts: sent.attempts }, 'notification sent');
      } catch (error) {
        n.attempts += 1;
        const failure = error instanceof ProviderError ? error : new ProviderError(n.channel as ProviderChannel, 'UNEXPECTED', false, (error as Error).message);
        if (!failure.permanent && mayRetry(n.attempts, this.deps.settings.maxAttempts)) {
          const seconds = retryDelaySeconds(n.attempts, this.deps.settings.retryBaseSeconds);
          n.failureReason = failure.reason;
          n.nextAttemptAt = new Date(Date.now() + seconds * 1000);
          n.jobQueuedAt = null;
          notificationMetrics.retried.inc({ channel: n.channel });
          log.warn({ reason: failure.reason, attempts: n.attempts, retryInSeconds: seconds }, 'notification send failed; will retry');
          return;
        }
        await this.fail(em, n, failure.reason, failure.permanent);
        log.warn({ reason: failure.reason, attempts: n.attempts, permanent: failure.permanent }, 'notification failed');
      }
    });
  }

  /** Ends a notification FAILED; a delivery OTP that failed on WhatsApp goes out by SMS instead. */
  async fail(em: EntityManager, n: Notification, reason: string, permanent: boolean): Promise<void> {
    n.status = NotificationStatus.FAILED;
    n.failureReason = reason;
    n.failedAt = new Date();
    notificationMetrics.failed.inc({ channel: n.channel, permanent: String(permanent) });
    if (n.channel === 'WHATSAPP' && n.kind === 'DELIVERY_OTP') await this.fallBackToSms(em, n);
  }

  private async fallBackToSms(em: EntityManager, failed: Notification): Promise<void> {
    if (!this.deps.ports.SMS || !failed.destination) return;
    // Unique (event, kind, recipient, channel): the OTP already went by SMS, or fell back once.
    const already = await em.count(Notification, { eventId: failed.eventId, kind: failed.kind, userId: failed.userId, channel: 'SMS' });
    if (already) return;
    const masked = this.withSecrets(failed, SECRET_MASK);
    // A new message: the SMS template active now (its version is recorded with it).
    const rendered = await this.deps.templates.render(em, failed.kind as NotificationKind, 'SMS', failed.language, masked);
    if (!rendered) return;
    em.create(Notification, {
      userId: failed.userId,
      kind: failed.kind,
      category: failed.category,
      channel: 'SMS',
      eventName: failed.eventName,
      eventId: failed.eventId,
      eventAt: failed.eventAt,
      variables: failed.variables,
      destination: failed.destination,
      data: failed.data,
      templateId: rendered.templateId,
      templateVersion: rendered.templateVersion,
      language: rendered.language,
      subject: rendered.masked.subject,
      body: rendered.masked.text,
      fallbackOf: failed.id,
    });
    notificationMetrics.queued.inc({ channel: 'SMS' });
    this.deps.log.info({ notificationId: failed.id }, 'delivery OTP failed on WhatsApp: falling back to SMS');
  }

  /**
   * Locks the notification's row and, in the same statement, its recipient's advisory lock that
   * serialises the recipient's sends across workers and instances for this transaction (taken
   * for a QUEUED, due row subject to the rate limit: not for the exempt delivery OTP).
   * The statements after it (recipientWait's read of recent sends) see every send that held the
   * lock before. Every sendOne takes the two in this order (advisory, then row).
   */
  private async lockForSend(em: EntityManager, notificationId: string): Promise<Notification | null> {
    const [row] = await em.getConnection().execute<Array<Record<string, unknown>>>(
      `select n.*, case when n.status = 'QUEUED' and n.category <> 'DELIVERY_OTP' and n.next_attempt_at <= now() + interval '1 second'
                   then pg_advisory_xact_lock(hashtext(n.user_id::text)) end as recipient_locked
       from notifications n where n.id = ? for update of n`,
      [notificationId],
      'all',
      em.getTransactionContext(),
    );
    if (!row) return null;
    delete row.recipient_locked;
    return em.map(Notification, row);
  }

  /**
   * Runs under the recipient's advisory lock (lockForSend). Only the limit-th latest send of the
   * minute decides the wait (delivery-rules.ts recipientWaitAfter), so one row is read, not the
   * minute's sends (hundreds for a busy vendor). A plain read: no entities to track.
   */
  private async recipientWait(em: EntityManager, n: Notification): Promise<number> {
    const now = new Date();
    const [counted] = await em.getConnection().execute<Array<{ sent_at: Date }>>(
      `select sent_at from notifications where user_id = ? and channel <> 'IN_APP' and sent_at > ?
       order by sent_at desc offset ? limit 1`,
      [n.userId, new Date(now.getTime() - 60_000), this.deps.settings.recipientPerMinute - 1],
      'all',
      em.getTransactionContext(),
    );
    return recipientWaitAfter(counted ? new Date(counted.sent_at) : null, now);
  }

  /**
   * Records the provider's acceptance in one statement that first takes the provider message id's
   * lock (lockProviderMessage's: a report for this id that arrived first is pending, applied next
   * by applyPending under the same lock). The row is already locked by lockForSend; the returned
   * row refreshes the managed entity, so the transaction's flush has nothing left to write.
   */
  private async recordSent(em: EntityManager, n: Notification, providerMessageId: string): Promise<Notification> {
    const [row] = await em.getConnection().execute<Array<Record<string, unknown>>>(
      `update notifications n set status = 'SENT', provider_message_id = ?, sent_at = ?, attempts = n.attempts + 1, failure_reason = null
       from (select pg_advisory_xact_lock(hashtext(?))) as provider_message_locked
       where n.id = ? returning n.*`,
      [providerMessageId, new Date(), providerMessageLockKey(n.channel as ProviderChannel, providerMessageId), n.id],
      'all',
      em.getTransactionContext(),
    );
    return em.map(Notification, row!);
  }

  /**
   * The time a deferred message tries again: after the recipient's other deferred messages, one
   * rate-limit slot apart (delivery-rules.ts deferredAttemptAt), so a busy recipient's backlog
   * drains one message per wake-up instead of waking all together. Runs under the recipient's
   * advisory lock taken by recipientWait.
   */
  private async deferredSlot(em: EntityManager, n: Notification, waitMs: number): Promise<Date> {
    const now = new Date();
    const [latest] = await em.find(
      Notification,
      { userId: n.userId, status: NotificationStatus.QUEUED, channel: { $ne: 'IN_APP' }, id: { $ne: n.id }, nextAttemptAt: { $gt: now } },
      { fields: ['nextAttemptAt'], orderBy: { nextAttemptAt: 'desc' }, limit: 1 },
    );
    return deferredAttemptAt(now, waitMs, latest?.nextAttemptAt ?? null, this.deps.settings.recipientPerMinute);
  }

  /** Renders with the secrets (fetched now) and hands the message to the channel's port. */
  private async deliver(em: EntityManager, n: Notification): Promise<ProviderAccepted> {
    const channel = n.channel as ProviderChannel;
    const port = this.deps.ports[channel];
    if (!port) throw new ProviderError(channel, 'CHANNEL_NOT_CONFIGURED', true);
    const variables = await this.variablesWithSecrets(n);
    const message = await this.render(em, n, variables);
    if (!message) throw new ProviderError(channel, 'NO_TEMPLATE', true);
    await this.providerCap(channel);
    switch (channel) {
      case 'EMAIL':
        return this.deps.ports.EMAIL!.send({ to: n.destination!, subject: message.subject ?? '', html: message.html ?? message.text, text: message.text, reference: n.id });
      case 'SMS':
        if (!message.dltTemplateId) throw new ProviderError(channel, 'NO_DLT_TEMPLATE', true);
        return this.deps.ports.SMS!.send({ to: n.destination!, body: message.text, dltTemplateId: message.dltTemplateId, reference: n.id });
      case 'WHATSAPP': {
        const kind = whatsAppMessageKind(await this.deps.windows.lastInboundAt(em, n.destination!), new Date(), message.whatsapp !== null);
        if (!kind) throw new ProviderError(channel, 'NO_WHATSAPP_TEMPLATE', true);
        if (kind === 'template') return this.deps.ports.WHATSAPP!.send({ to: n.destination!, reference: n.id, kind: 'template', ...message.whatsapp! });
        // Inside the window a new order carries Confirm / Reject reply buttons the vendor bot reads.
        const buttons = replyButtonsFor(n.kind as NotificationKind, n.language, variables);
        return this.deps.ports.WHATSAPP!.send(
          buttons ? { to: n.destination!, reference: n.id, kind: 'buttons', body: message.text, buttons } : { to: n.destination!, reference: n.id, kind: 'text', body: message.text },
        );
      }
      case 'PUSH':
        return this.push(em, n, message);
    }
  }

  /**
   * The version the notification was created with (an admin's edit after it was queued does not
   * change its words, and its row keeps naming what went out); rows without one (older rows) the
   * active template. A template that cannot render is a permanent failure, not a retry.
   */
  private async render(em: EntityManager, n: Notification, variables: Record<string, string>): Promise<RenderedMessage | null> {
    try {
      return n.templateId
        ? await this.deps.templates.renderVersion(em, n.templateId, variables)
        : await this.deps.templates.render(em, n.kind as NotificationKind, n.channel, n.language, variables);
    } catch (error) {
      if (error instanceof TemplateProblem) throw new ProviderError(n.channel as ProviderChannel, `TEMPLATE_PROBLEM: ${error.message}`, true);
      throw error;
    }
  }

  /** Push goes to every registered device; stale tokens are forgotten. Accepted if any device took it. */
  private async push(em: EntityManager, n: Notification, message: RenderedMessage): Promise<ProviderAccepted> {
    const devices = await this.deps.devices.tokensOf(em, n.userId);
    if (!devices.length) throw new ProviderError('PUSH', 'NO_DEVICES', true);
    let accepted: ProviderAccepted | null = null;
    let lastError: ProviderError | null = null;
    for (const device of devices) {
      try {
        const result = await this.deps.ports.PUSH!.send({
          token: device.token,
          title: message.subject ?? '',
          body: message.text,
          data: { ...n.data, notificationId: n.id, kind: n.kind },
          reference: n.id,
        });
        accepted ??= result;
      } catch (error) {
        if (!(error instanceof ProviderError)) throw error;
        if (error.reason === 'registration-token-not-registered') await this.deps.devices.forget(em, device.id);
        lastError = error;
      }
    }
    if (accepted) return accepted;
    throw lastError!;
  }

  private async variablesWithSecrets(n: Notification): Promise<Record<string, string>> {
    const secrets = (NOTIFICATION_KINDS[n.kind as NotificationKind] as { secret?: readonly string[] }).secret ?? [];
    if (!secrets.includes('otp')) return variablesOfKind(n.kind as NotificationKind, n.variables);
    const otp = n.data.deliveryId ? await this.deps.directory.deliveryOtp(n.data.deliveryId) : null;
    // Used, expired or replaced by a newer code (whose own event sends it): nothing to send.
    if (!otp) throw new ProviderError(n.channel as ProviderChannel, 'OTP_NO_LONGER_VALID', true);
    return this.withSecrets(n, otp);
  }

  private withSecrets(n: Notification, value: string): Record<string, string> {
    const kind = n.kind as NotificationKind;
    const secrets = (NOTIFICATION_KINDS[kind] as { secret?: readonly string[] }).secret ?? [];
    return { ...variablesOfKind(kind, n.variables), ...Object.fromEntries(secrets.map((name) => [name, value])) };
  }

  private async providerCap(channel: ProviderChannel): Promise<void> {
    let bucket = this.caps.get(channel);
    if (!bucket) this.caps.set(channel, (bucket = new TokenBucket(this.deps.settings.providerPerSecond, Date.now())));
    const wait = bucket.take(Date.now());
    if (wait > 0) await delay(wait);
  }
}

/**
 * Runs the pump after a commit that queued notifications (created, or rescheduled for a retry), like
 * platform's PublishOnCommit does for the outbox; a rollback forgets it.
 */
class QueueOnCommit implements EventSubscriber {
  private readonly pending = new WeakSet<object>();

  constructor(private readonly pump: () => void) {}

  afterFlush({ em, uow }: FlushEventArgs): void {
    const queued = uow
      .getChangeSets()
      .some((cs) => cs.entity instanceof Notification && (cs.type === ChangeSetType.CREATE || cs.type === ChangeSetType.UPDATE) && cs.entity.status === NotificationStatus.QUEUED && cs.entity.jobQueuedAt === null);
    if (!queued) return;
    if (em.isInTransaction()) this.pending.add(em);
    else this.pump();
  }

  afterTransactionCommit({ em }: TransactionEventArgs): void {
    if (!this.pending.has(em)) return;
    this.pending.delete(em);
    this.pump();
  }

  afterTransactionRollback({ em }: TransactionEventArgs): void {
    this.pending.delete(em);
  }
}
