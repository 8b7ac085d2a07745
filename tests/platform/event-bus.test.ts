import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { MikroORM } from '@mikro-orm/postgresql';
import { EventBus, createLogger, recordEvent, OutboxEvent, type DomainEvent } from '@realserv/platform';
import { scratchOrm, serverUrl } from '../harness/scratch-db.js';
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

describe('events between subgraphs (outbox → pg-boss → inbox)', () => {
  const source = `producer${randomUUID().slice(0, 6)}`;
  const sink = `consumer${randomUUID().slice(0, 6)}`;
  const type = `NoteWritten${randomUUID().slice(0, 6)}`;
  let producerOrm: MikroORM;
  let consumerOrm: MikroORM;
  let producer: EventBus;
  let consumer: EventBus;
  let failuresLeft = 0;

  beforeAll(async () => {
    producerOrm = await scratchOrm([Note]);
    consumerOrm = await scratchOrm([Applied]);
    producer = new EventBus({ connectionString: serverUrl('events'), source, orm: producerOrm, log, relayIntervalMs: 200 });
    consumer = new EventBus({ connectionString: serverUrl('events'), source: sink, orm: consumerOrm, log });
    await consumer.start([
      {
        type,
        handler: 'apply-note',
        run: async (event: DomainEvent<{ text: string }>, em) => {
          if (event.payload.text === 'flaky' && failuresLeft-- > 0) throw new Error('transient failure');
          em.create(Applied, { label: event.payload.text });
        },
      },
    ]);
    await producer.start([]);
  });

  afterAll(async () => {
    await producer?.stop();
    await consumer?.stop();
    await producerOrm?.close(true);
    await consumerOrm?.close(true);
  });

  const applied = async (label: string) => consumerOrm.em.fork().count(Applied, { label });

  async function write(text: string, fail = false): Promise<void> {
    await producerOrm.em
      .fork()
      .transactional(async (em) => {
        em.create(Note, { text });
        recordEvent(em, type, { text });
        if (fail) throw new Error('rolled back');
      })
      .catch(() => undefined);
    producer.kick();
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
    expect(await producerOrm.em.fork().count(Note, { text: 'ghost' })).toBe(0);
  });

  it('applies a re-delivered event only once (inbox)', async () => {
    await write('twice');
    await eventually(async () => (await applied('twice')) === 1, { what: '"twice" applied' });
    // Simulate the relay crashing after sending but before marking: the event goes out again.
    await producerOrm.em.fork().nativeUpdate(OutboxEvent, { payload: { text: 'twice' } } as never, { publishedAt: null });
    await producer.flush();
    await write('marker-2');
    await eventually(async () => (await applied('marker-2')) === 1, { what: 'the marker event' });
    expect(await applied('twice')).toBe(1);
  });

  it('retries a failing handler until it succeeds, without applying twice', async () => {
    failuresLeft = 2;
    await write('flaky');
    await eventually(async () => (await applied('flaky')) === 1, { timeoutMs: 20_000, what: 'the retried handler' });
    expect(failuresLeft).toBeLessThanOrEqual(0);
  });
});

describe('publish on commit', () => {
  const source = `oncommit${randomUUID().slice(0, 6)}`;
  const sink = `oncommitsink${randomUUID().slice(0, 6)}`;
  const type = `NoteCommitted${randomUUID().slice(0, 6)}`;
  let producerOrm: MikroORM;
  let consumerOrm: MikroORM;
  let producer: EventBus;
  let consumer: EventBus;

  beforeAll(async () => {
    producerOrm = await scratchOrm([Note]);
    consumerOrm = await scratchOrm([Applied]);
    // The periodic pass is an hour away: only the commit itself can publish in time.
    producer = new EventBus({ connectionString: serverUrl('events'), source, orm: producerOrm, log, relayIntervalMs: 3_600_000 });
    consumer = new EventBus({ connectionString: serverUrl('events'), source: sink, orm: consumerOrm, log });
    await consumer.start([
      { type, handler: 'apply-committed-note', run: async (event: DomainEvent<{ text: string }>, em) => void em.create(Applied, { label: event.payload.text }) },
    ]);
    await producer.start([]);
  });

  afterAll(async () => {
    await producer?.stop();
    await consumer?.stop();
    await producerOrm?.close(true);
    await consumerOrm?.close(true);
  });

  const applied = async (label: string) => consumerOrm.em.fork().count(Applied, { label });

  it('a transaction that recorded an event publishes it when it commits, with no call from the service', async () => {
    await producerOrm.em.fork().transactional(async (em) => {
      em.create(Note, { text: 'committed' });
      recordEvent(em, type, { text: 'committed' });
    });
    await eventually(async () => (await applied('committed')) === 1, { timeoutMs: 20_000, what: 'the committed event to arrive' });
  });

  it('a plain flush that recorded an event publishes it too; a rolled-back one publishes nothing', async () => {
    await producerOrm.em
      .fork()
      .transactional(async (em) => {
        recordEvent(em, type, { text: 'rolled-back' });
        await em.flush();
        throw new Error('roll back');
      })
      .catch(() => undefined);
    const em = producerOrm.em.fork();
    em.create(Note, { text: 'flushed' });
    recordEvent(em, type, { text: 'flushed' });
    await em.flush();
    await eventually(async () => (await applied('flushed')) === 1, { timeoutMs: 20_000, what: 'the flushed event to arrive' });
    expect(await applied('rolled-back')).toBe(0);
  });
});
