import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { OutboxEvent, type DomainEvent } from '@realserv/platform';
import { scratchOrm } from '../harness/scratch-db.js';
import { Delivery, DeliveryHistory } from '../../subgraphs/vendors/src/delivery/delivery.entities.js';
import { DeliveryService } from '../../subgraphs/vendors/src/delivery/delivery.service.js';
import { deliverySubscriptions } from '../../subgraphs/vendors/src/delivery/delivery.events.js';
import type { MediaFiles } from '../../subgraphs/vendors/src/vendor/media-files.js';

/**
 * The vendors subgraph follows order events that travel on separate queues (one per handler),
 * so they can be handled in any order. Delivered here one transaction per event, as the bus does,
 * in the orders the queues can produce.
 */
describe('a delivery follows order events in whatever order they are handled', () => {
  let orm: MikroORM;
  const noMedia = {} as MediaFiles;
  const subscriptions = deliverySubscriptions(
    new DeliveryService({ otpHashKey: 'k'.repeat(32), otpEncryptionKey: Buffer.alloc(32), otpValidForMs: 60_000, otpRegenerateAfterMs: 30_000 }, noMedia),
  );

  beforeAll(async () => {
    orm = await scratchOrm([Delivery, DeliveryHistory]);
  });
  afterAll(async () => orm?.close(true));

  function order() {
    return { orderId: randomUUID(), orderNumber: 'RS-TEST-1', buyerId: randomUUID(), vendorId: randomUUID() };
  }

  async function deliver(type: string, o: ReturnType<typeof order>, from: string, to: string): Promise<void> {
    const subscription = subscriptions.find((s) => s.contract.name === type)!;
    const payload = { ...o, from, to, actor: 'VENDOR', reason: null, paymentMethod: 'COD', totalPaise: 100_000, taxPaise: 15_254, refundRequired: false };
    const event: DomainEvent = { id: randomUUID(), type, version: 1, source: 'orders', occurredAt: new Date().toISOString(), payload };
    await orm.em.fork().transactional((em) => subscription.run(event, em as EntityManager));
  }

  async function deliveryOf(orderId: string) {
    const em = orm.em.fork();
    const delivery = await em.findOne(Delivery, { orderId });
    if (!delivery) return null;
    const steps = (await em.find(DeliveryHistory, { deliveryId: delivery.id }, { orderBy: { createdAt: 'asc', id: 'asc' } })).map((h) => h.step);
    const events = (await em.find(OutboxEvent, { type: 'DeliveryStatusChanged' })).filter((e) => e.payload.orderId === orderId).map((e) => e.payload.status);
    return { status: delivery.status, steps: [...steps].sort(), events: [...events].sort() };
  }

  it('confirmed, then dispatched: PENDING, then OUT_FOR_DELIVERY', async () => {
    const o = order();
    await deliver('OrderConfirmed', o, 'PLACED', 'CONFIRMED');
    await deliver('OrderDispatched', o, 'CONFIRMED', 'OUT_FOR_DELIVERY');
    expect(await deliveryOf(o.orderId)).toEqual({ status: 'OUT_FOR_DELIVERY', steps: ['CREATED', 'DISPATCHED'], events: ['OUT_FOR_DELIVERY', 'PENDING'] });
  });

  it('the dispatch handled before the confirmation still opens and moves the delivery; the late confirmation changes nothing', async () => {
    const o = order();
    await deliver('OrderDispatched', o, 'CONFIRMED', 'OUT_FOR_DELIVERY');
    await deliver('OrderConfirmed', o, 'PLACED', 'CONFIRMED');
    expect(await deliveryOf(o.orderId)).toEqual({ status: 'OUT_FOR_DELIVERY', steps: ['CREATED', 'DISPATCHED'], events: ['OUT_FOR_DELIVERY', 'PENDING'] });
  });

  it('a cancellation after confirmation handled first leaves a FAILED delivery that the late confirmation does not reopen', async () => {
    const o = order();
    await deliver('OrderCancelled', o, 'CONFIRMED', 'CANCELLED');
    await deliver('OrderConfirmed', o, 'PLACED', 'CONFIRMED');
    expect(await deliveryOf(o.orderId)).toEqual({ status: 'FAILED', steps: ['CREATED', 'FAILED'], events: ['FAILED', 'PENDING'] });
  });

  it('an order closed before confirmation never gets a delivery', async () => {
    const rejected = order();
    await deliver('OrderRejected', rejected, 'PLACED', 'REJECTED');
    const cancelled = order();
    await deliver('OrderCancelled', cancelled, 'PAID', 'CANCELLED');
    expect(await deliveryOf(rejected.orderId)).toBeNull();
    expect(await deliveryOf(cancelled.orderId)).toBeNull();
  });
});
