import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { EntityManager } from '@mikro-orm/postgresql';
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

/** A producing and a consuming subgraph, each with its scratch database and event bus. */
async function producerAndConsumer(options: { type: string; handler: string; run: (event: DomainEvent<{ text: string }>, em: EntityManager) => Promise<void>; relayIntervalMs: number }) {
  const producerOrm = await scratchOrm([Note]);
  const consumerOrm = await scratchOrm([Applied]);
  const producer = new EventBus({ connectionString: serverUrl('events'), source: `producer${randomUUID().slice(0, 6)}`, orm: producerOrm, log, relayIntervalMs: options.relayIntervalMs });
  const consumer = new EventBus({ connectionString: serverUrl('events'), source: `consumer${randomUUID().slice(0, 6)}`, orm: consumerOrm, log });
  await consumer.start([{ type: options.type, handler: options.handler, run: options.run }]);
  await producer.start([]);
  return {
    producerOrm,
    producer,
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
  const type = `NoteWritten${randomUUID().slice(0, 6)}`;
  let buses: Awaited<ReturnType<typeof producerAndConsumer>>;
  let failuresLeft = 0;

  beforeAll(async () => {
    buses = await producerAndConsumer({
      type,
      handler: 'apply-note',
      relayIntervalMs: 200,
      run: async (event, em) => {
        if (event.payload.text === 'flaky' && failuresLeft-- > 0) throw new Error('transient failure');
        em.create(Applied, { label: event.payload.text });
      },
    });
  });

  afterAll(async () => buses?.stop());

  const applied = (label: string) => buses.applied(label);

  async function write(text: string, fail = false): Promise<void> {
    await buses.producerOrm.em
      .fork()
      .transactional(async (em) => {
        em.create(Note, { text });
        recordEvent(em, type, { text });
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

  it('retries a failing handler until it succeeds, without applying twice', async () => {
    failuresLeft = 2;
    await write('flaky');
    await eventually(async () => (await applied('flaky')) === 1, { timeoutMs: 20_000, what: 'the retried handler' });
    expect(failuresLeft).toBeLessThanOrEqual(0);
  });
});

describe('publish on commit', () => {
  const type = `NoteCommitted${randomUUID().slice(0, 6)}`;
  let buses: Awaited<ReturnType<typeof producerAndConsumer>>;

  beforeAll(async () => {
    // The periodic pass is an hour away: only the commit itself can publish in time.
    buses = await producerAndConsumer({ type, handler: 'apply-committed-note', relayIntervalMs: 3_600_000, run: async (event, em) => void em.create(Applied, { label: event.payload.text }) });
  });

  afterAll(async () => buses?.stop());

  const applied = (label: string) => buses.applied(label);
  it('a transaction that recorded an event publishes it when it commits, with no call from the service', async () => {
    await buses.producerOrm.em.fork().transactional(async (em) => {
      em.create(Note, { text: 'committed' });
      recordEvent(em, type, { text: 'committed' });
    });
    await eventually(async () => (await applied('committed')) === 1, { timeoutMs: 20_000, what: 'the committed event to arrive' });
  });

  it('a plain flush that recorded an event publishes it too; a rolled-back one publishes nothing', async () => {
    await buses.producerOrm.em
      .fork()
      .transactional(async (em) => {
        recordEvent(em, type, { text: 'rolled-back' });
        await em.flush();
        throw new Error('roll back');
      })
      .catch(() => undefined);
    const em = buses.producerOrm.em.fork();
    em.create(Note, { text: 'flushed' });
    recordEvent(em, type, { text: 'flushed' });
    await em.flush();
    await eventually(async () => (await applied('flushed')) === 1, { timeoutMs: 20_000, what: 'the flushed event to arrive' });
    expect(await applied('rolled-back')).toBe(0);
  });
});
