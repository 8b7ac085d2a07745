import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { z } from 'zod';
import pg from 'pg';
import { EventBus, EventContractError, createLogger, defineEvent, jobsChannel, on, recordEvent, OutboxEvent, type EventSubscription } from '@realserv/platform';
import { scratchOrm } from '../harness/scratch-db.js';
import { serverUrl } from '../harness/subgraph-db.js';
import { eventually } from '../harness/eventually.js';

@Entity({ tableName: 'notes' })
class Note {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  text!: string;
}

@Entity({ tableName: 'applied' })
class Applied {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  label!: string;
}

const log = createLogger('event-bus-test', 'silent');

/** A test-only contract: a note was written (a fresh name per suite, so suites share no topic). */
const noteWritten = (name: string) =>
  defineEvent({ name, version: 1, producer: 'test', description: 'A note was written.', schema: z.object({ text: z.string().min(1).describe('The note.') }) });

/**
 * A producing and a consuming subgraph, each with its scratch database and event bus. The
 * consumer's backstop poll is an hour away unless a suite says otherwise: only NOTIFY (new jobs)
 * and the retry wake-up (failed jobs) can deliver in time (#12: idle queues no longer poll).
 */
async function producerAndConsumer(options: { subscriptions: EventSubscription[]; relayIntervalMs: number; consumerBackstopSeconds?: number }) {
  const producerOrm = await scratchOrm([Note]);
  const consumerOrm = await scratchOrm([Applied]);
  const producerSource = `producer${randomUUID().slice(0, 6)}`;
  const consumerSource = `consumer${randomUUID().slice(0, 6)}`;
  const producer = new EventBus({ connectionString: serverUrl('events'), source: producerSource, orm: producerOrm, log, relayIntervalMs: options.relayIntervalMs });
  const consumer = new EventBus({
    connectionString: serverUrl('events'),
    source: consumerSource,
    orm: consumerOrm,
    log,
    consumerBackstopSeconds: options.consumerBackstopSeconds ?? 3600,
  });
  await consumer.start(options.subscriptions);
  await producer.start([]);
  return {
    producerOrm,
    producer,
    producerSource,
    consumerSource,
    applied: (label: string) => consumerOrm.em.fork().count(Applied, { label }),
    stop: async () => {
      await producer.stop();
      await consumer.stop();
      await producerOrm.close(true);
      await consumerOrm.close(true);
    },
  };
}

describe('events between subgraphs (outbox → pg-boss → inbox)', () => {
  const NoteWritten = noteWritten(`NoteWritten${randomUUID().slice(0, 6)}`);
  let buses: Awaited<ReturnType<typeof producerAndConsumer>>;
  let failuresLeft = 0;

  beforeAll(async () => {
    buses = await producerAndConsumer({
      relayIntervalMs: 200,
      subscriptions: [
        on(NoteWritten, 'apply-note', async (event, em) => {
          if (event.payload.text === 'flaky' && failuresLeft-- > 0) throw new Error('transient failure');
          em.create(Applied, { label: event.payload.text });
        }),
      ],
    });
  });

  afterAll(async () => buses?.stop());

  const applied = (label: string) => buses.applied(label);

  async function write(text: string, fail = false): Promise<void> {
    await buses.producerOrm.em
      .fork()
      .transactional(async (em) => {
        em.create(Note, { text });
        recordEvent(em, NoteWritten, { text });
        if (fail) throw new Error('rolled back');
      })
      .catch(() => undefined);
    buses.producer.kick();
  }

  it('delivers an event recorded with a committed change to the subscriber, once', async () => {
    await write('first');
    await eventually(async () => (await applied('first')) === 1, { what: 'the consumer to apply "first"' });
  });

  it('never publishes an event whose transaction rolled back', async () => {
    await write('ghost', true);
    await write('after-ghost');
    await eventually(async () => (await applied('after-ghost')) === 1, { what: 'the marker event' });
    expect(await applied('ghost')).toBe(0);
    expect(await buses.producerOrm.em.fork().count(Note, { text: 'ghost' })).toBe(0);
  });

  it('applies a re-delivered event only once (inbox)', async () => {
    await write('twice');
    await eventually(async () => (await applied('twice')) === 1, { what: '"twice" applied' });
    // Simulate the relay crashing after sending but before marking: the event goes out again.
    const reset = await buses.producerOrm.em.fork().nativeUpdate(OutboxEvent, { payload: { text: 'twice' } } as never, { publishedAt: null });
    expect(reset).toBe(1);
    await buses.producer.flush();
    await write('marker-2');
    await eventually(async () => (await applied('marker-2')) === 1, { what: 'the marker event' });
    expect(await applied('twice')).toBe(1);
  });

  it('relays an event no commit of its process announced (the periodic pass)', async () => {
    // Written by SQL, as a crash after commit leaves it: PublishOnCommit never saw it.
    await buses.producerOrm.em
      .fork()
      .getConnection()
      .execute(`insert into outbox_events (id, type, payload, occurred_at) values (?, ?, ?, now())`, [randomUUID(), NoteWritten.name, JSON.stringify({ text: 'uncommitted-kick' })]);
    await eventually(async () => (await applied('uncommitted-kick')) === 1, { what: 'the periodic pass to relay it' });
  });

  it('retries a failing handler until it succeeds, without applying twice (woken when each retry is due, not by polling)', async () => {
    failuresLeft = 2;
    await write('flaky');
    await eventually(async () => (await applied('flaky')) === 1, { timeoutMs: 20_000, what: 'the retried handler' });
    expect(failuresLeft).toBeLessThanOrEqual(0);
  });

  it('refuses a payload its contract rejects: the transaction rolls back and nothing reaches the outbox', async () => {
    const em = buses.producerOrm.em.fork();
    const recorded = em.transactional(async (tx) => {
      tx.create(Note, { text: 'bad-payload' });
      // @ts-expect-error a payload of the wrong type does not compile; at run time the schema refuses it
      recordEvent(tx, NoteWritten, { text: 42 });
    });
    await expect(recorded).rejects.toThrow(EventContractError);
    await expect(recorded).rejects.toThrow(/NoteWritten\w* payload does not match its contract: text:/);
    // A field the contract does not describe is refused too (the catalogue would not show it).
    await expect(
      em.transactional(async (tx) => {
        // @ts-expect-error an undeclared field does not compile either
        recordEvent(tx, NoteWritten, { text: 'extra', secret: 'x' });
      }),
    ).rejects.toThrow(/Unrecognized key/);
    expect(await buses.producerOrm.em.fork().count(Note, { text: 'bad-payload' })).toBe(0);
    const refused = await buses.producerOrm.em
      .fork()
      .getConnection()
      .execute<Array<{ n: number }>>(`select count(*)::int as n from outbox_events where payload->>'text' in ('42', 'extra')`);
    expect(refused[0]!.n).toBe(0);
  });
});

describe('versions: a v1 consumer keeps working while v2 is introduced', () => {
  const name = `NoteFiled${randomUUID().slice(0, 6)}`;
  const NoteFiledV1 = defineEvent({ name, version: 1, producer: 'test', description: 'A note was filed.', schema: z.object({ text: z.string() }) });
  // v2 renames the field and adds a required one: a breaking change, so a new contract beside v1.
  const NoteFiledV2 = defineEvent({
    name,
    version: 2,
    producer: 'test',
    description: 'A note was filed (v2: body and folder).',
    schema: z.object({ body: z.string(), folder: z.string() }),
  });
  let buses: Awaited<ReturnType<typeof producerAndConsumer>>;

  beforeAll(async () => {
    buses = await producerAndConsumer({
      relayIntervalMs: 200,
      subscriptions: [
        on(NoteFiledV1, 'file-note-v1', async (event, em) => void em.create(Applied, { label: `v1:${event.payload.text}` })),
        on(NoteFiledV2, 'file-note-v2', async (event, em) => void em.create(Applied, { label: `v2:${event.payload.folder}/${event.payload.body}` })),
      ],
    });
  });

  afterAll(async () => buses?.stop());

  it('the producer records both versions in one transaction; each consumer gets its own version, once', async () => {
    await buses.producerOrm.em.fork().transactional(async (em) => {
      recordEvent(em, NoteFiledV1, { text: 'hello' });
      recordEvent(em, NoteFiledV2, { body: 'hello', folder: 'inbox' });
    });
    await eventually(async () => (await buses.applied('v1:hello')) === 1 && (await buses.applied('v2:inbox/hello')) === 1, {
      what: 'both versions to be applied',
    });
    // Each version travels on its own topic (a handler given the other version would throw).
    const outbox = await buses.producerOrm.em.fork().find(OutboxEvent, { type: { $like: `${name}%` } }, { orderBy: { type: 'asc' } });
    expect(outbox.map((row) => row.type)).toEqual([name, `${name}.v2`]);
  });
});

describe('publish on commit', () => {
  const NoteCommitted = noteWritten(`NoteCommitted${randomUUID().slice(0, 6)}`);
  let buses: Awaited<ReturnType<typeof producerAndConsumer>>;

  beforeAll(async () => {
    // The periodic pass is an hour away: only the commit itself can publish in time.
    buses = await producerAndConsumer({
      relayIntervalMs: 3_600_000,
      subscriptions: [on(NoteCommitted, 'apply-committed-note', async (event, em) => void em.create(Applied, { label: event.payload.text }))],
    });
  });

  afterAll(async () => buses?.stop());

  const applied = (label: string) => buses.applied(label);
  it('a transaction that recorded an event publishes it when it commits, with no call from the service', async () => {
    await buses.producerOrm.em.fork().transactional(async (em) => {
      em.create(Note, { text: 'committed' });
      recordEvent(em, NoteCommitted, { text: 'committed' });
    });
    await eventually(async () => (await applied('committed')) === 1, { timeoutMs: 20_000, what: 'the committed event to arrive' });
  });

  it('a plain flush that recorded an event publishes it too; a rolled-back one publishes nothing', async () => {
    await buses.producerOrm.em
      .fork()
      .transactional(async (em) => {
        recordEvent(em, NoteCommitted, { text: 'rolled-back' });
        await em.flush();
        throw new Error('roll back');
      })
      .catch(() => undefined);
    const em = buses.producerOrm.em.fork();
    em.create(Note, { text: 'flushed' });
    recordEvent(em, NoteCommitted, { text: 'flushed' });
    await em.flush();
    await eventually(async () => (await applied('flushed')) === 1, { timeoutMs: 20_000, what: 'the flushed event to arrive' });
    expect(await applied('rolled-back')).toBe(0);
  });
});

describe('an event a handler records', () => {
  it('is published when the handler commits, without waiting for the periodic pass', async () => {
    const NoteWritten = noteWritten(`NoteWritten${randomUUID().slice(0, 6)}`);
    const NoteEchoed = noteWritten(`NoteEchoed${randomUUID().slice(0, 6)}`);
    // The middle subgraph consumes NoteWritten and records NoteEchoed; its periodic pass never runs in the test.
    const middleOrm = await scratchOrm([]);
    const middle = new EventBus({ connectionString: serverUrl('events'), source: `middle${randomUUID().slice(0, 6)}`, orm: middleOrm, log, relayIntervalMs: 600_000 });
    const buses = await producerAndConsumer({
      relayIntervalMs: 200,
      subscriptions: [on(NoteEchoed, 'apply-echo', async (event, em) => void em.create(Applied, { label: event.payload.text }))],
    });
    try {
      await middle.start([on(NoteWritten, 'echo-note', async (event, em) => void recordEvent(em, NoteEchoed, { text: `echo ${event.payload.text}` }))]);
      await buses.producerOrm.em.fork().transactional(async (em) => {
        em.create(Note, { text: 'hello' });
        recordEvent(em, NoteWritten, { text: 'hello' });
      });
      await eventually(async () => (await buses.applied('echo hello')) === 1, { timeoutMs: 20_000, what: 'the echoed event to arrive' });
    } finally {
      await middle.stop();
      await buses.stop();
      await middleOrm.close(true);
    }
  });
});

describe('a subscription with its own transactions and an ordering key', () => {
  const NoteWritten = noteWritten(`NoteKeyed${randomUUID().slice(0, 6)}`);
  let buses: Awaited<ReturnType<typeof producerAndConsumer>>;
  const seen: Array<{ text: string; inTransaction: boolean }> = [];
  const running = new Map<string, number>();
  let overlapped = false;

  beforeAll(async () => {
    buses = await producerAndConsumer({
      relayIntervalMs: 200,
      subscriptions: [
        on(
          NoteWritten,
          'keyed-note',
          async (event, em) => {
            const key = event.payload.text.split('-')[0]!;
            running.set(key, (running.get(key) ?? 0) + 1);
            if (running.get(key)! > 1) overlapped = true;
            seen.push({ text: event.payload.text, inTransaction: em.isInTransaction() });
            // Yields to the event loop, so a second job of the same key would start here if it could.
            await em.transactional(async (tx) => void tx.create(Applied, { label: event.payload.text }));
            running.set(key, running.get(key)! - 1);
          },
          { transaction: 'handler', orderingKey: (event) => String(event.payload.text).split('-')[0]! },
        ),
      ],
    });
  });

  afterAll(async () => buses?.stop());

  it('runs the handler outside any transaction, each key\'s events one at a time in the order recorded', async () => {
    const texts = ['a-1', 'b-1', 'a-2', 'b-2', 'a-3', 'b-3', 'a-4'];
    // One transaction each (distinct occurredAt, so the relay's order is the order written).
    for (const text of texts) {
      await buses.producerOrm.em.fork().transactional(async (em) => {
        em.create(Note, { text });
        recordEvent(em, NoteWritten, { text });
      });
    }
    buses.producer.kick();
    // At least as many as recorded: a handler run twice shows in the sequences below (a failure
    // then says which), where waiting for exactly seven would only time out.
    await eventually(async () => seen.length >= texts.length, { what: 'every keyed event handled' });
    expect(seen.filter((s) => s.text.startsWith('a-')).map((s) => s.text)).toEqual(['a-1', 'a-2', 'a-3', 'a-4']);
    expect(seen.filter((s) => s.text.startsWith('b-')).map((s) => s.text)).toEqual(['b-1', 'b-2', 'b-3']);
    expect(seen.every((s) => !s.inTransaction)).toBe(true);
    expect(overlapped).toBe(false);
    // `seen` is written before the handler's own transaction commits: wait for a-4's row, then count it.
    await eventually(async () => (await buses.applied('a-4')) >= 1, { what: "a-4's handler to commit" });
    expect(await buses.applied('a-4')).toBe(1);
  });
});

describe('a consumer removed from the code', () => {
  it('loses its subscription and queue when its subgraph next starts, so publishes stop filling it', async () => {
    const NoteWritten = noteWritten(`NoteWritten${randomUUID().slice(0, 6)}`);
    const source = `retiring${randomUUID().slice(0, 6)}`;
    const orm = await scratchOrm([Applied]);
    const events = new pg.Client({ connectionString: serverUrl('events') });
    await events.connect();
    const subscribed = async () =>
      (await events.query<{ name: string }>(`select name from pgboss.subscription where starts_with(name, $1) order by name`, [`${source}.`])).rows.map((r) => r.name);
    const queues = async () =>
      (await events.query<{ name: string }>(`select name from pgboss.queue where starts_with(name, $1) order by name`, [`${source}.`])).rows.map((r) => r.name);
    const handler = (name: string) => on(NoteWritten, name, async (_event, em) => void em.create(Applied, { label: name }));
    try {
      const before = new EventBus({ connectionString: serverUrl('events'), source, orm, log });
      await before.start([handler('kept'), handler('removed')]);
      await before.stop();
      expect(await subscribed()).toEqual([`${source}.kept`, `${source}.removed`]);

      // The next release no longer declares `removed`.
      const after = new EventBus({ connectionString: serverUrl('events'), source, orm, log });
      await after.start([handler('kept')]);
      await after.stop();
      expect(await subscribed()).toEqual([`${source}.kept`]);
      expect(await queues()).toEqual([`${source}.kept`]);
    } finally {
      await events.end();
      await orm.close(true);
    }
  });
});

describe('pg-boss instance registry', () => {
  it('is not written: nothing reads it, and its heartbeat sampled the event loop every 20 ms in every idle process', async () => {
    const source = `registry${randomUUID().slice(0, 6)}`;
    const orm = await scratchOrm([Applied]);
    const events = new pg.Client({ connectionString: serverUrl('events') });
    await events.connect();
    const bus = new EventBus({ connectionString: serverUrl('events'), source, orm, log });
    try {
      await bus.start([]);
      const rows = await events.query<{ n: string }>(`select count(*) as n from pgboss.instance where application_name = $1`, [`${source}-events`]);
      expect(Number(rows.rows[0]!.n)).toBe(0);
    } finally {
      await bus.stop();
      await events.end();
      await orm.close(true);
    }
  });
});

describe('waking consumers', () => {
  const NoteWritten = noteWritten(`NoteWoken${randomUUID().slice(0, 6)}`);
  let buses: Awaited<ReturnType<typeof producerAndConsumer>>;
  let consumer = '';
  beforeAll(async () => {
    buses = await producerAndConsumer({ relayIntervalMs: 200, subscriptions: [on(NoteWritten, 'apply-woken', async (event, em) => void em.create(Applied, { label: event.payload.text }))] });
    consumer = buses.consumerSource;
  });
  afterAll(async () => buses?.stop());

  it('a publish notifies only the consuming subgraph\'s channel, with the queue; pg-boss\'s channel for every queue stays silent', async () => {
    const listener = new pg.Client({ connectionString: serverUrl('events') });
    await listener.connect();
    const heard: Array<{ channel: string; payload: string | undefined }> = [];
    listener.on('notification', (n) => heard.push({ channel: n.channel, payload: n.payload }));
    const { rows } = await listener.query<{ channel: string }>(`select 'pgboss_' || left(encode(sha224('pgboss'::bytea), 'hex'), 24) as channel`);
    const shared = rows[0]!.channel;
    await listener.query(`listen "${jobsChannel(consumer)}"`);
    await listener.query(`listen "${shared}"`);
    try {
      await buses.producerOrm.em.fork().transactional(async (em) => {
        em.create(Note, { text: 'woken' });
        recordEvent(em, NoteWritten, { text: 'woken' });
      });
      await eventually(async () => (await buses.applied('woken')) === 1, { what: 'the consumer to apply "woken"' });
      expect(heard).toContainEqual({ channel: jobsChannel(consumer), payload: `${consumer}.apply-woken` });
      expect(heard.filter((n) => n.channel === shared)).toEqual([]);
    } finally {
      await listener.end();
    }
  });

  it('only a bus with consumers listens: a process that only publishes is not woken by any job', async () => {
    const events = new pg.Client({ connectionString: serverUrl('events') });
    await events.connect();
    // A listener's connection shows LISTEN, or later its heartbeat, as its last statement.
    const listening = async (source: string) =>
      Number(
        (
          await events.query<{ n: string }>(
            `select count(*) as n from pg_stat_activity where application_name = $1 and (query ilike 'listen %' or query ilike '%pg_listening_channels%')`,
            [`${source}-events`],
          )
        ).rows[0]!.n,
      );
    try {
      expect({ producer: await listening(buses.producerSource), consumer: await listening(consumer) }).toEqual({ producer: 0, consumer: 1 });
    } finally {
      await events.end();
    }
  });
});
