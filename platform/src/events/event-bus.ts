import { PublishOnCommit } from './publish-on-commit.js';
import { PgBoss } from 'pg-boss';
import { Redis } from 'ioredis';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { OutboxEvent } from './event.entities.js';
import { DueWakeups } from './due-wakeups.js';
import { prepareStatements } from './prepared-statements.js';
import { detachedFromRequest } from '../db.js';
import type { DomainEvent } from './domain-event.js';
import type { ScheduledJob } from '../subgraph/jobs.js';
import { eventTopic, liveKeysOf, parseTopic, type EventSubscription } from './contract.js';

export type { EventHandler, EventSubscription } from './contract.js';

/** PostgreSQL channel (events database) on which gateways hear about events for subscriptions. */
export const LIVE_CHANNEL = 'realserv_live';

/** Outbox rows the relay hands to the broker per transaction. */
const RELAY_BATCH = 100;

/** pg-boss's schema in the events database. */
const BOSS_SCHEMA = 'pgboss';

/** How often the relay's backstop pass looks for events no commit of this process announced. */
const RELAY_BACKSTOP_MS = 2_000;

/**
 * How often an idle consumer queue looks for jobs no NOTIFY announced (#12: 80-odd queues each
 * polling every second cost PostgreSQL ~86 statements a second with the stack idle). New jobs
 * wake their workers by a NOTIFY on their subgraph's jobsChannel, a failed job's retry by a
 * local timer (DueWakeups); this pass picks up what neither covers: a retry whose process died,
 * jobs expired by the supervisor.
 */
const CONSUMER_BACKSTOP_SECONDS = 30;

/**
 * The channel (events database) on which a subgraph's consumers hear that jobs arrived in their
 * queues; the payload is the queue's name. One channel per subgraph, not pg-boss's one for all:
 * a job insert wakes only the processes that work its queue.
 */
export function jobsChannel(source: string): string {
  return `realserv_jobs_${source}`;
}

/** The subgraph whose consumer a queue is (`<source>.<handler>`). */
function queueSource(queue: string): string {
  return queue.slice(0, queue.indexOf('.'));
}

/** What the relay announces on LIVE_CHANNEL: the event's type and id, and its contract's live keys. */
export interface LiveEvent {
  type: string;
  id: string;
  source: string;
  keys: Record<string, string>;
}

export interface EventBusOptions {
  /** The shared events database (pg-boss lives there, like a broker). */
  connectionString: string;
  /** This subgraph's name: the `source` of its events and the prefix of its queues. */
  source: string;
  orm: MikroORM;
  log: Logger;
  /** How often the relay looks for unpublished events a commit did not publish (the backstop; 2 s). */
  relayIntervalMs?: number;
  /** How often an idle consumer queue polls for jobs no NOTIFY announced (the backstop; 30 s). */
  consumerBackstopSeconds?: number;
  /** Announce live events on Redis pub/sub instead of PostgreSQL NOTIFY. */
  redisUrl?: string;
}

export interface PgBossSettings {
  connectionString: string;
  schema: string;
  applicationName: string;
  schedule: boolean;
  /** Connections in pg-boss's pool (4). */
  poolSize?: number;
  /**
   * How often this instance's supervisor passes run (pg-boss's supervise and monitor timers, 60 s):
   * among other things they fail jobs held past their queue's expiry, so this bounds how late a
   * dead worker's jobs come back.
   */
  superviseSeconds?: number;
}

/** A pg-boss instance as every one in the stack is made: pgBossOptions, its statements prepared (prepareStatements). */
export function createPgBoss(settings: PgBossSettings): PgBoss {
  const boss = new PgBoss(pgBossOptions(settings));
  prepareStatements(boss);
  return boss;
}

/**
 * Options for every pg-boss instance in the stack (the event bus's, notifications' send queue):
 * what an idle process costs is decided here.
 * - `schedule`: pg-boss's cron loops (a queue polled every 5 s, a monitor every 30 s) only where
 *   there are scheduled jobs.
 * - The job-dependency resolver (pg-boss flows, which nothing here uses) every 5 min, not 5 s.
 * - No instance registry (`getInstances()`, which nothing here reads): its heartbeat samples the
 *   event loop on a 20 ms timer, 50 wake-ups a second in every idle process.
 */
function pgBossOptions(options: PgBossSettings): ConstructorParameters<typeof PgBoss>[0] {
  return {
    connectionString: options.connectionString,
    schema: options.schema,
    application_name: options.applicationName,
    max: options.poolSize ?? 4,
    // pg-boss sends every queue's NOTIFY on one channel, so each listening instance (and its
    // backend) woke for every job inserted anywhere in the stack: about 120 µs of CPU per listener
    // per job insert (bench notify-fanout). Its queues here are made without `notify`; the event
    // bus wakes its consumers on a channel per subgraph instead (EventBus.listenForJobs).
    useListenNotify: false,
    schedule: options.schedule,
    flowIntervalSeconds: 300,
    registerInstance: false,
    ...(options.superviseSeconds ? { superviseIntervalSeconds: options.superviseSeconds, monitorIntervalSeconds: options.superviseSeconds } : {}),
  } as never;
}

/**
 * Events between subgraphs: outbox (this subgraph's database) → relay → pg-boss topic in the
 * events database → one queue per subscribing handler → handler in a transaction with an inbox
 * row. At-least-once everywhere, exactly-once in effect.
 */
export class EventBus {
  /** Made by start(), which knows whether this process has scheduled jobs. */
  private boss!: PgBoss;
  private relayTimer: NodeJS.Timeout | undefined;
  private relaying: Promise<void> | null = null;
  private rerun = false;
  private stopped = false;
  private started = false;
  private readonly redis: Redis | null;
  /** Each consumer queue's retry wake-ups (DueWakeups.wakeForRetry), cleared on stop. */
  private readonly wakeups: DueWakeups[] = [];
  /** This process's consumer queues and their pg-boss workers, woken by jobsChannel. */
  private readonly workers = new Map<string, string>();
  /** The LISTEN on jobsChannel(source) (pg-boss's own listener: reconnects, heartbeat); null without LISTEN. */
  private jobsListener: { close(): Promise<void> } | null = null;

  constructor(private readonly options: EventBusOptions) {
    this.redis = options.redisUrl ? new Redis(options.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 3 }) : null;
    options.orm.em.getEventManager().registerSubscriber(new PublishOnCommit(() => this.kick()));
  }

  /** Starts the consumers of `subscriptions`, the calendar `jobs`, and the relay. */
  async start(subscriptions: EventSubscription[], jobs: ScheduledJob[] = []): Promise<void> {
    this.boss = createPgBoss({
      connectionString: this.options.connectionString,
      schema: BOSS_SCHEMA,
      applicationName: `${this.options.source}-events`,
      // Any instance running pg-boss's cron loops sends every due schedule.
      schedule: jobs.length > 0,
    });
    this.boss.on('error', (error: unknown) => this.options.log.error({ err: error }, 'event bus error'));
    await this.redis?.connect();
    await this.boss.start();
    // Consumers are woken on this subgraph's channel; a process that only publishes has nothing to wake.
    if (subscriptions.length) await this.listenForJobs();
    for (const subscription of subscriptions) await this.subscribe(subscription);
    await this.retireRemovedConsumers(subscriptions);
    await this.schedule(jobs);
    this.started = true;
    const interval = this.options.relayIntervalMs ?? RELAY_BACKSTOP_MS;
    this.relayTimer = setInterval(() => this.backstop(), interval);
    this.relayTimer.unref();
    this.kick();
  }

  /**
   * Publishes pending outbox events now. Commits that wrote outbox rows call it by themselves
   * (PublishOnCommit); the periodic pass and tests call it directly.
   */
  kick(): void {
    if (this.stopped || !this.started) return;
    if (this.relaying) {
      this.rerun = true;
      return;
    }
    this.runRelay(() => this.relay());
  }

  /**
   * The periodic pass: a relay only when something is unpublished (one indexed read instead of a
   * transaction of three statements every pass), and none while one runs (a commit during it
   * kicks again; rows without a commit of this process wait for the next pass).
   */
  private backstop(): void {
    if (this.stopped || !this.started || this.relaying) return;
    this.runRelay(async () => {
      const [row] = await this.options.orm.em
        .fork()
        .getConnection()
        .execute<Array<{ pending: boolean }>>('select exists (select 1 from outbox_events where published_at is null) as pending');
      if (row?.pending) await this.relay();
    });
  }

  /** One relay pass at a time: a kick during it runs another pass when it ends. */
  private runRelay(pass: () => Promise<void>): void {
    this.relaying = detachedFromRequest(pass)
      .catch((error: unknown) => this.options.log.error({ err: error }, 'outbox relay failed; will retry'))
      .finally(() => {
        this.relaying = null;
        if (this.rerun) {
          this.rerun = false;
          this.kick();
        }
      });
  }

  /** Resolves when every event recorded before the call has been handed to the broker. */
  async flush(): Promise<void> {
    do {
      this.kick();
      await this.relaying;
    } while (this.rerun || (await this.pendingCount()) > 0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.relayTimer) clearInterval(this.relayTimer);
    for (const wakeup of this.wakeups) wakeup.stop();
    await this.relaying;
    await this.jobsListener?.close();
    // Undefined when start() never ran (a start-up failure before it).
    await this.boss?.stop({ graceful: true, timeout: 5000 } as never);
    this.redis?.disconnect();
  }

  private async pendingCount(): Promise<number> {
    return this.options.orm.em.fork().count(OutboxEvent, { publishedAt: null });
  }

  /**
   * Moves a batch of unpublished events to the broker. Rows are locked (SKIP LOCKED) so several
   * instances of a subgraph relay in parallel without sending an event twice; if the broker
   * call fails the transaction rolls back and the batch is retried.
   *
   * The batch costs a fixed number of statements, not a few per event (#12: under load the relay
   * batches several orders): one UPDATE that locks, marks and returns the batch, one subscriber
   * lookup for its topics, one pg-boss insert per subscribed queue with all of that queue's
   * events, and one statement for the live notifications.
   */
  private async relay(): Promise<void> {
    for (;;) {
      const announced: DomainEvent[] = [];
      const queued: string[] = [];
      const published = await this.options.orm.em.fork().transactional(async (em) => {
        // Marked published inside the transaction that hands the batch to the broker: a broker
        // failure rolls the marks back. RETURNING gives no order, so the batch is sorted here.
        const batch = await em.getConnection().execute<Array<{ id: string; type: string; payload: Record<string, unknown>; occurred_at: Date | string }>>(
          `update outbox_events set published_at = now()
            where id in (select id from outbox_events where published_at is null order by occurred_at limit ? for update skip locked)
            returning id, type, payload, occurred_at`,
          [RELAY_BATCH],
          'all',
          em.getTransactionContext(),
        );
        if (!batch.length) return 0;
        // The row's type is the topic: the contract's name, or Name.vN after version 1.
        const events = batch
          .map((row): [string, DomainEvent] => [
            row.type,
            { id: row.id, ...typeAndVersion(row.type), source: this.options.source, occurredAt: new Date(row.occurred_at).toISOString(), payload: row.payload },
          ])
          .sort(([, a], [, b]) => a.occurredAt.localeCompare(b.occurredAt));
        queued.push(...(await this.publishToQueues(events)));
        announced.push(...events.map(([, event]) => event));
        return batch.length;
      });
      await this.announce(announced, queued);
      if (published < RELAY_BATCH) return;
    }
  }

  /**
   * What `boss.publish(topic, event)` does for each event (the topic's subscribed queues, a job
   * in each), for a whole batch at once; events keep their order within each queue. A queue
   * deleted after it subscribed is skipped, as publish() skips it. Returns the queues given jobs.
   */
  private async publishToQueues(events: Array<[topic: string, event: DomainEvent]>): Promise<string[]> {
    const topics = [...new Set(events.map(([topic]) => topic))];
    // pg-boss's own subscriber lookup (plans.getQueuesForEvent), for every topic of the batch.
    const { rows } = (await this.db().executeSql(`select event, name from ${BOSS_SCHEMA}.subscription where event = any($1::text[])`, [topics])) as {
      rows: Array<{ event: string; name: string }>;
    };
    const jobsByQueue = new Map<string, Array<{ data: object }>>();
    for (const [topic, event] of events) {
      for (const { name } of rows.filter((row) => row.event === topic)) {
        const jobs = jobsByQueue.get(name) ?? [];
        jobs.push({ data: event as unknown as object });
        jobsByQueue.set(name, jobs);
      }
    }
    const inserted = await Promise.all(
      [...jobsByQueue].map(([queue, jobs]) =>
        this.boss.insert(queue, jobs).then(
          () => queue,
          (error: unknown) => {
            if ((error as { code?: string }).code !== 'PGBOSS_QUEUE_NOT_FOUND') throw error;
            return null;
          },
        ),
      ),
    );
    return inserted.filter((queue): queue is string => queue !== null);
  }

  private db(): { executeSql(text: string, values?: unknown[]): Promise<unknown> } {
    return (this.boss as unknown as { getDb(): { executeSql(text: string, values?: unknown[]): Promise<unknown> } }).getDb();
  }

  /**
   * Live fan-out for subscriptions: after the batch is handed to the broker, a NOTIFY on the
   * events database (or a Redis PUBLISH when REDIS_URL is set) carries the type, id and the
   * contract's `live.keys` (orderId, buyerId, …) of each event that changes a live view to every
   * gateway listening; other events are not announced. Keys only: listeners query the current
   * state themselves, and the 8 kB NOTIFY limit is never near. Best effort by nature (a gateway
   * that is down misses it); durable consumers use the queues.
   *
   * The same statement wakes the consumers of the queues the batch gave jobs: the queue's name on
   * its subgraph's jobsChannel. Sent after the jobs are committed; if it is lost (this process
   * dies first), the consumers find the jobs at their backstop poll. One statement per batch.
   */
  private async announce(events: DomainEvent[], queues: string[]): Promise<void> {
    const messages: string[] = [];
    for (const event of events) {
      const liveKeys = liveKeysOf(eventTopic({ name: event.type, version: event.version }));
      if (!liveKeys) continue;
      const keys: Record<string, string> = {};
      for (const key of liveKeys) {
        const value = event.payload[key];
        if (typeof value === 'string') keys[key] = value;
      }
      const live: LiveEvent = { type: event.type, id: event.id, source: event.source, keys };
      messages.push(JSON.stringify(live));
    }
    const redis = this.redis;
    const notifications: Array<[channel: string, payload: string]> = queues.map((queue) => [jobsChannel(queueSource(queue)), queue]);
    if (!redis) notifications.push(...messages.map((message): [string, string] => [LIVE_CHANNEL, message]));
    const sent = [
      redis && messages.length ? Promise.all(messages.map((message) => redis.publish(LIVE_CHANNEL, message))) : null,
      // One notification per pair, in the array's order (a function scan over unnest).
      notifications.length
        ? this.db().executeSql('select pg_notify(channel, payload) from unnest($1::text[], $2::text[]) as n(channel, payload)', [
            notifications.map(([channel]) => channel),
            notifications.map(([, payload]) => payload),
          ])
        : null,
    ];
    await Promise.all(sent).catch((error: unknown) => this.options.log.warn({ err: error }, 'live or job notification failed'));
  }

  /**
   * LISTEN on this subgraph's jobsChannel with pg-boss's own listener (a dedicated connection that
   * reconnects with backoff and checks its registration by heartbeat): a notification wakes the
   * queue's worker, a reconnect wakes them all (what arrived meanwhile). Without LISTEN (a pooler in
   * transaction mode) the consumers poll every second instead (subscribe).
   */
  private async listenForJobs(): Promise<void> {
    const db = this.db() as unknown as {
      listen(channel: string, onNotification: (payload: string) => void, onReconnect: () => void): Promise<{ close(): Promise<void> }>;
    };
    const wake = (queue: string) => {
      const worker = this.workers.get(queue);
      if (worker) this.boss.notifyWorker(worker);
    };
    try {
      this.jobsListener = await db.listen(jobsChannel(this.options.source), wake, () => [...this.workers.keys()].forEach(wake));
    } catch (error) {
      this.options.log.warn({ err: error }, 'LISTEN for new jobs failed: consumers poll every second');
    }
  }

  /**
   * Calendar jobs: a pg-boss queue per job (`<source>.<name>`), its cron schedule (written again
   * at every start, so a changed expression takes effect), and a worker. pg-boss sends one job per
   * occurrence whichever instance's cron pass sees it first; a missed occurrence (everything down)
   * is sent once when an instance is back; a failed run is retried with backoff.
   */
  private async schedule(jobs: ScheduledJob[]): Promise<void> {
    for (const job of jobs) {
      const queue = `${this.options.source}.${job.name}`;
      await this.boss.createQueue(queue, { retryLimit: 5, retryDelay: 60, retryBackoff: true } as never);
      await this.boss.schedule(queue, job.cron, null, { tz: job.tz, missed: 'once' } as never);
      await this.boss.work(queue, { pollingIntervalSeconds: 30 } as never, (async (sent: Array<{ id: string }>) => {
        for (const one of sent) {
          const log = this.options.log.child({ job: job.name, jobId: one.id });
          log.info('scheduled job started');
          await detachedFromRequest(() => job.run(this.options.orm.em.fork()));
          log.info('scheduled job done');
        }
      }) as never);
    }
  }

  /**
   * A consumer removed from this subgraph's code still has its pg-boss subscription in the events
   * database, so every publish would keep filling a queue nobody works. At start each process
   * drops the subscriptions of its own queues (`<source>.*`) that its code no longer declares,
   * and deletes those queues with their jobs. Only queues that were subscribed are touched: the
   * subgraph's other queues (scheduled jobs, notifications' sends) have no subscription row.
   * During a rolling deploy an old instance still running such a consumer stops receiving new
   * events for it, which is what removing the consumer means.
   */
  private async retireRemovedConsumers(subscriptions: EventSubscription[]): Promise<void> {
    const current = new Set(subscriptions.map((subscription) => `${this.options.source}.${subscription.handler}`));
    const { rows } = (await this.db().executeSql(`select event, name from ${BOSS_SCHEMA}.subscription where starts_with(name, $1)`, [
      `${this.options.source}.`,
    ])) as { rows: Array<{ event: string; name: string }> };
    const retired = rows.filter((row) => !current.has(row.name));
    for (const { event, name } of retired) await this.boss.unsubscribe(event, name);
    for (const name of new Set(retired.map((row) => row.name))) {
      await this.boss.deleteQueue(name);
      this.options.log.info({ queue: name }, 'retired a removed consumer: subscription and queue deleted');
    }
  }

  private async subscribe(subscription: EventSubscription): Promise<void> {
    const queue = `${this.options.source}.${subscription.handler}`;
    // No pg-boss NOTIFY (its one channel wakes every listener): the relay wakes this queue on jobsChannel.
    await this.boss.createQueue(queue, { retryLimit: 10, retryDelay: 1, retryBackoff: true, retryDelayMax: 300, notify: false } as never);
    // createQueue leaves an existing queue as it is (one made with pg-boss's NOTIFY on).
    await this.boss.updateQueue(queue, { notify: false } as never);
    await this.boss.subscribe(eventTopic(subscription.contract), queue);
    let workerId = '';
    // pg-boss schedules a failed job's retry (backoff) with no NOTIFY: this worker is woken when
    // it is due instead of at the backstop poll (if this process dies first, another instance's
    // backstop poll takes it).
    const wakeups = new DueWakeups({ db: this.db(), schema: BOSS_SCHEMA, notify: () => this.boss.notifyWorker(workerId), log: this.options.log });
    this.wakeups.push(wakeups);
    // Each job on its own: one failing event is retried by itself (the rest of the batch is done).
    const inOrder = async (jobs: Array<{ id: string; data: unknown }>) => {
      // Jobs inserted by one relay batch share pg-boss's created_on, and a fetch does not return
      // equal ones in insertion order: the events' own time puts them back in order.
      const at = (job: { data: unknown }) => String((job.data as Partial<DomainEvent>).occurredAt ?? '');
      const byTime = [...jobs].sort((a, b) => at(a).localeCompare(at(b)));
      for (const job of byTime) {
        try {
          await this.apply(subscription, job.data as DomainEvent);
        } catch (error) {
          this.options.log.warn({ err: error, queue, jobId: job.id }, 'event handler failed; will retry');
          await this.boss.fail(queue, job.id, { message: (error as Error).message } as never);
          await wakeups.wakeForRetry(queue, job.id);
        }
      }
    };
    // With an ordering key, the batch's keys run side by side, each key's jobs in queue order.
    const key = subscription.orderingKey;
    const handle = key
      ? async (jobs: Array<{ id: string; data: unknown }>) => {
          const groups = new Map<string, Array<{ id: string; data: unknown }>>();
          for (const job of jobs) {
            const k = key(job.data as DomainEvent);
            groups.set(k, [...(groups.get(k) ?? []), job]);
          }
          await Promise.all([...groups.values()].map(inOrder));
        }
      : inOrder;
    // The relay's notification on jobsChannel wakes the worker for new jobs (every instance's: one
    // fetch each) and full batches are fetched back to back; a retry wakes its worker when it is
    // due (DueWakeups); the slow poll is the backstop. Without LISTEN workers poll every second.
    const pollSeconds = this.jobsListener ? (this.options.consumerBackstopSeconds ?? CONSUMER_BACKSTOP_SECONDS) : 1;
    workerId = (await this.boss.work(queue, { batchSize: 20, burstWhenBatchFull: true, pollingIntervalSeconds: pollSeconds } as never, handle as never)) as unknown as string;
    this.workers.set(queue, workerId);
  }

  /** Applies one event: inbox row and handler in one transaction; a duplicate is a no-op. */
  private async apply(subscription: EventSubscription, event: DomainEvent): Promise<void> {
    const log = this.options.log.child({ eventId: event.id, eventType: event.type, handler: subscription.handler });
    if (subscription.transaction === 'handler') {
      await subscription.run(event, this.options.orm.em.fork());
      log.info('event handled');
      return;
    }
    await this.options.orm.em.fork().transactional(async (em) => {
      if (!(await claimEvent(em, event.id, subscription.handler))) {
        log.debug('duplicate event ignored');
        return;
      }
      await subscription.run(event, em);
    });
    // Follow-up events a handler recorded are published by PublishOnCommit when this commits.
    log.info('event handled');
  }
}

/**
 * The inbox: records that `handler` applied the event, in the caller's transaction. False when
 * it already had (a redelivery): the caller then changes nothing. The bus calls it for every
 * handler in its transaction; a handler that owns its transaction (`transaction: 'handler'`)
 * and still wants exactly-once calls it in that transaction (analytics' read models).
 */
export async function claimEvent(em: EntityManager, eventId: string, handler: string): Promise<boolean> {
  const inserted = await em.getConnection().execute<Array<{ event_id: string }>>(
    'insert into processed_events (event_id, handler, processed_at) values (?, ?, now()) on conflict do nothing returning event_id',
    [eventId, handler],
    'all',
    em.getTransactionContext(),
  );
  return inserted.length > 0;
}

function typeAndVersion(topic: string): { type: string; version: number } {
  const { name, version } = parseTopic(topic);
  return { type: name, version };
}

