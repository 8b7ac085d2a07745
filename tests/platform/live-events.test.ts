import 'reflect-metadata';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { connect } from 'node:net';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { MikroORM } from '@mikro-orm/postgresql';
import { z } from 'zod';
import pg from 'pg';
import { EventBus, createLogger, defineEvent, jobsChannel, on, recordEvent } from '@realserv/platform';
import { LIVE_CHANNEL, PostgresLiveEventSource, RedisLiveEventSource, type LiveEvent, type LiveEventSource } from '../../gateway/src/live/live-source.js';
import { eventually } from '../harness/eventually.js';
import { freePort } from '../harness/extra-gateway.js';
import { scratchOrm } from '../harness/scratch-db.js';
import { serverUrl } from '../harness/subgraph-db.js';

@Entity({ tableName: 'live_things' })
class LiveThing {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  label!: string;
}

const log = createLogger('live-events-test', 'silent');
const ThingLabelled = defineEvent({
  name: 'ThingLabelled',
  version: 1,
  producer: 'test',
  description: 'A test-only event for the live channel.',
  schema: z.object({ orderId: z.string(), vendorId: z.string(), note: z.string() }),
  live: { feed: 'test', keys: ['orderId', 'vendorId'] },
});
/** No live view changes after it: the relay does not announce it. */
const ThingCounted = defineEvent({
  name: 'ThingCounted',
  version: 1,
  producer: 'test',
  description: 'A test-only event no live view follows.',
  schema: z.object({ orderId: z.string(), count: z.string() }),
});
const canConnect = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });

/** A committed event reaches a gateway's live source with its contract's live keys; one without live keys does not. */
async function roundTrip(orm: MikroORM, bus: EventBus, source: LiveEventSource): Promise<LiveEvent> {
  const received: LiveEvent[] = [];
  const stop = source.listen((event) => received.push(event));
  const orderId = randomUUID();
  // Committed (and relayed) first, so it would be heard before ThingLabelled if it were announced.
  await orm.em.fork().transactional(async (em) => {
    em.create(LiveThing, { label: 'counted' });
    recordEvent(em, ThingCounted, { orderId, count: '1' });
  });
  await orm.em.fork().transactional(async (em) => {
    em.create(LiveThing, { label: 'x' });
    recordEvent(em, ThingLabelled, { orderId, vendorId: 'v-1', note: 'x'.repeat(200) });
  });
  bus.kick();
  const event = await eventually(async () => received.find((e) => e.keys.orderId === orderId), { what: 'the live event' });
  stop();
  expect(received.filter((e) => e.type === 'ThingCounted')).toEqual([]);
  return event;
}

describe('live events for subscriptions', () => {
  it('PostgreSQL: the relay NOTIFYs the events database and a gateway LISTENing hears it', async () => {
    const orm = await scratchOrm([LiveThing]);
    const bus = new EventBus({ connectionString: serverUrl('events'), source: `livepg${randomUUID().slice(0, 6)}`, orm, log, relayIntervalMs: 200 });
    const source = new PostgresLiveEventSource(serverUrl('events'), log);
    try {
      await source.start();
      await bus.start([]);
      const event = await roundTrip(orm, bus, source);
      expect(event).toMatchObject({ type: 'ThingLabelled', keys: { vendorId: 'v-1' } });
      // Only the contract's live keys are broadcast: listeners query what they need.
      expect(event.keys).toEqual({ orderId: expect.any(String), vendorId: 'v-1' });
    } finally {
      await bus.stop();
      await source.stop();
      await orm.close(true);
    }
  });

  const hasRedis = spawnSync('redis-server', ['--version']).status === 0;
  (hasRedis ? it : it.skip)('Redis: with REDIS_URL the relay PUBLISHes and a gateway subscribed to Redis hears it; consumers are still woken on PostgreSQL', async () => {
    const port = await freePort();
    const redis: ChildProcess = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    const redisUrl = `redis://127.0.0.1:${port}`;
    const orm = await scratchOrm([LiveThing]);
    const busSource = `liveredis${randomUUID().slice(0, 6)}`;
    const bus = new EventBus({ connectionString: serverUrl('events'), source: busSource, orm, log, relayIntervalMs: 200, redisUrl });
    const source = new RedisLiveEventSource(redisUrl, log);
    // What the events database carries meanwhile: the consumer's job wake-up, and no live event.
    const listener = new pg.Client({ connectionString: serverUrl('events') });
    const heard: Array<{ channel: string; payload: string | undefined }> = [];
    listener.on('notification', (n) => heard.push({ channel: n.channel, payload: n.payload }));
    const applied: string[] = [];
    try {
      await eventually(() => canConnect(port), { what: 'redis-server to listen' });
      await source.start();
      await listener.connect();
      await listener.query(`listen "${jobsChannel(busSource)}"`);
      await listener.query(`listen ${LIVE_CHANNEL}`);
      // A consumer of the live event in the same process: its job is woken on its own channel.
      await bus.start([on(ThingLabelled, 'apply-labelled', async (event) => void applied.push(event.payload.orderId))]);
      const event = await roundTrip(orm, bus, source);
      expect(event).toMatchObject({ type: 'ThingLabelled', keys: { vendorId: 'v-1' } });
      await eventually(async () => applied.includes(event.keys.orderId!), { what: 'the consumer to apply the event' });
      expect(heard).toContainEqual({ channel: jobsChannel(busSource), payload: `${busSource}.apply-labelled` });
      // The events database is the test stack's too: other files' subgraphs announce on it meanwhile.
      const ours = heard.filter((n) => n.channel === LIVE_CHANNEL && (JSON.parse(n.payload ?? '{}') as { source?: string }).source === busSource);
      expect(ours).toEqual([]);
    } finally {
      await listener.end();
      await bus.stop();
      await source.stop();
      await orm.close(true);
      redis.kill('SIGTERM');
    }
  });
});
