import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { checkRecordedPayload, defineEvent, eventTopic, on, readDeliveredPayload, EventContractError, type EventPayload } from '@realserv/platform/events';
import type { recordEvent } from '@realserv/platform';
import { EVENT_CONTRACTS, OrderPlaced, OrderCompleted, liveFeedEvents } from './index.js';
import { renderEventCatalogue, replaceCatalogue } from './catalogue.js';

type Em = Parameters<typeof recordEvent>[0];
const fieldsOf = (schema: z.ZodObject) => Object.entries(schema.shape) as Array<[string, z.ZodType]>;

describe('the event registry', () => {
  it('names each event once per version', () => {
    const topics = EVENT_CONTRACTS.map(eventTopic);
    expect(new Set(topics).size).toBe(topics.length);
  });

  it.each(EVENT_CONTRACTS.map((c) => [eventTopic(c), c] as const))('%s describes itself and every field (the catalogue shows them)', (_topic, contract) => {
    expect(contract.description.length).toBeGreaterThan(10);
    for (const [field, schema] of fieldsOf(contract.schema)) expect([field, schema.description ?? '']).toEqual([field, expect.stringMatching(/\S/)]);
  });

  it('routes live views only by string fields the payload always carries', () => {
    for (const contract of EVENT_CONTRACTS.filter((c) => c.live)) {
      const shape = contract.schema.shape as Record<string, z.ZodType>;
      // A plain string (an id, or analytics' India date): not optional, not nullable.
      for (const key of contract.live!.keys) expect([contract.name, key, shape[key]?.def.type]).toEqual([contract.name, key, 'string']);
    }
  });

  it('gives the gateway the order and delivery events it pushes to subscribers', () => {
    expect([...liveFeedEvents('order')].sort()).toEqual(
      ['OrderCancelled', 'OrderCompleted', 'OrderConfirmed', 'OrderDelivered', 'OrderDispatched', 'OrderPaid', 'OrderPaymentStatusChanged', 'OrderPlaced', 'OrderRejected', 'PaymentStarted'].sort(),
    );
    expect([...liveFeedEvents('delivery')]).toEqual(['DeliveryStatusChanged']);
    expect([...liveFeedEvents('dashboard')]).toEqual(['DashboardKpisChanged']);
  });

  it('docs/architecture.md carries the catalogue generated from this registry (run `npm run docs:events`)', () => {
    const document = readFileSync(new URL('../../docs/architecture.md', import.meta.url), 'utf8');
    expect(replaceCatalogue(document, renderEventCatalogue(EVENT_CONTRACTS))).toBe(document);
  });
});

describe('payload checks', () => {
  const placed: EventPayload<typeof OrderPlaced> = {
    orderId: '7b0f3c1e-6a59-4a8e-9a43-0f1d2c3b4a59',
    orderNumber: 'RS-1',
    buyerId: '1b0f3c1e-6a59-4a8e-9a43-0f1d2c3b4a59',
    vendorId: '2b0f3c1e-6a59-4a8e-9a43-0f1d2c3b4a59',
    paymentMethod: 'COD',
    status: 'PLACED',
    totalPaise: 118_000,
  };

  it('a producer may record only what the contract describes', () => {
    expect(checkRecordedPayload(OrderPlaced, placed)).toEqual(placed);
    expect(() => checkRecordedPayload(OrderPlaced, { ...placed, totalPaise: 1.5 })).toThrow(EventContractError);
    expect(() => checkRecordedPayload(OrderPlaced, { ...placed, orderId: 'not-an-id' })).toThrow(/OrderPlaced payload does not match its contract: orderId/);
    expect(() => checkRecordedPayload(OrderPlaced, { ...placed, extra: 1 } as typeof placed)).toThrow(/Unrecognized key/);
  });

  it('a consumer drops fields added within a version and refuses another version', () => {
    const envelope = { type: 'OrderPlaced', version: 1, payload: { ...placed, addedLater: 'x' } };
    expect(readDeliveredPayload(OrderPlaced, envelope)).toEqual(placed);
    expect(readDeliveredPayload(OrderPlaced, { type: 'OrderPlaced', payload: placed })).toEqual(placed); // envelopes from before versions
    expect(() => readDeliveredPayload(OrderPlaced, { ...envelope, version: 2 })).toThrow(/expected OrderPlaced, got OrderPlaced.v2/);
  });

  it('a v1 consumer keeps working while a v2 of its event exists', async () => {
    const NoteV1 = defineEvent({ name: 'NoteFiled', version: 1, producer: 'test', description: 'v1', schema: z.object({ text: z.string() }) });
    const NoteV2 = defineEvent({ name: 'NoteFiled', version: 2, producer: 'test', description: 'v2', schema: z.object({ body: z.string(), folder: z.string() }) });
    expect([eventTopic(NoteV1), eventTopic(NoteV2)]).toEqual(['NoteFiled', 'NoteFiled.v2']);
    const seen: string[] = [];
    const v1 = on(NoteV1, 'v1-reader', async (event) => void seen.push(event.payload.text));
    const envelope = { id: 'e1', source: 'test', occurredAt: new Date().toISOString() };
    await v1.run({ ...envelope, type: 'NoteFiled', version: 1, payload: { text: 'hello' } }, {} as Em);
    await expect(v1.run({ ...envelope, type: 'NoteFiled', version: 2, payload: { body: 'hello', folder: 'x' } }, {} as Em)).rejects.toThrow(EventContractError);
    expect(seen).toEqual(['hello']);
  });
});

// Compile-time checks (tsc -p tsconfig.tests.json): a wrong payload does not build. Never called.
declare const record: typeof recordEvent;
declare const em: Em;
export function wrongPayloadsDoNotCompile(): void {
  // @ts-expect-error totalPaise is a number
  record(em, OrderPlaced, { ...({} as EventPayload<typeof OrderPlaced>), totalPaise: '118000' });
  // @ts-expect-error a status change needs its whole payload (taxPaise, refundRequired, …)
  record(em, OrderCompleted, { orderId: 'x', orderNumber: 'RS-1', buyerId: 'b', vendorId: 'v', from: 'DELIVERED', to: 'COMPLETED' });
  // @ts-expect-error an undeclared field
  record(em, OrderPlaced, { ...({} as EventPayload<typeof OrderPlaced>), discountPaise: 0 });
}
