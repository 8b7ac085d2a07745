import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { OutboxEvent, type DomainEvent, type EventSubscription } from '@realserv/platform';
import { scratchOrm } from '../harness/scratch-db.js';
import { OrderPaymentStatus, OrderStatusEnum, PaymentMethodEnum } from '../../subgraphs/orders/src/order/order-enums.js';
import { Order, OrderItem, OrderNumberCounter, OrderStatusHistory } from '../../subgraphs/orders/src/order/order.entity.js';
import { orderSubscriptions } from '../../subgraphs/orders/src/order/order.events.js';

/**
 * The orders subgraph's event handlers on their own database, run the way the event bus runs
 * them (one transaction per event). Here the database can be made to fail between two writes
 * of one handler, which the supergraph cannot do.
 */
describe('orders following delivery events', () => {
  let orm: MikroORM;

  beforeAll(async () => {
    orm = await scratchOrm([Order, OrderItem, OrderStatusHistory, OrderNumberCounter]);
  });
  afterAll(async () => orm?.close(true));

  async function anOrder(status: OrderStatusEnum, paymentMethod: PaymentMethodEnum): Promise<string> {
    const id = randomUUID();
    await orm.em.fork().transactional(async (em) => {
      em.create(Order, {
        id,
        orderNumber: `RS-TEST-${id.slice(0, 6)}`,
        buyerId: randomUUID(),
        vendorId: randomUUID(),
        idempotencyKey: id,
        status,
        paymentMethod,
        paymentStatus: paymentMethod === PaymentMethodEnum.ONLINE ? OrderPaymentStatus.PAID : OrderPaymentStatus.COD_PENDING,
        deliveryAddress: { label: 'Site', contactName: 'Engineer', contactPhone: '+919845012345', line1: 'Plot 7', line2: null, landmark: null, city: 'Bengaluru', state: 'Karnataka', pincode: '560066', latitude: null, longitude: null },
        subtotalPaise: 100_000,
        deliveryChargePaise: 0,
        deliveryTaxPaise: 0,
        taxPaise: 18_000,
        totalPaise: 118_000,
        pricingDate: '2026-11-30',
      });
    });
    return id;
  }

  /** Delivers one event to a handler as the event bus does: the handler's writes in one transaction. */
  async function deliver(type: string, payload: Record<string, unknown>): Promise<void> {
    const subscription = orderSubscriptions.find((s) => s.contract.name === type) as EventSubscription;
    const event: DomainEvent = { id: randomUUID(), type, version: subscription.contract.version, source: 'vendors', occurredAt: new Date().toISOString(), payload };
    await orm.em.fork().transactional((em) => subscription.run(event, em as EntityManager));
  }

  async function written(orderId: string) {
    const em = orm.em.fork();
    const order = await em.findOneOrFail(Order, { id: orderId });
    const history = await em.find(OrderStatusHistory, { orderId }, { orderBy: { createdAt: 'asc' } });
    const events = (await em.find(OutboxEvent, {}, { orderBy: { occurredAt: 'asc' } })).filter((e) => e.payload.orderId === orderId);
    return { status: order.status, history: history.map((h) => [h.fromStatus, h.toStatus, h.actor]), events: events.map((e) => e.type).sort() };
  }

  it.each([OrderStatusEnum.PLACED, OrderStatusEnum.CONFIRMED, OrderStatusEnum.DELIVERED, OrderStatusEnum.CANCELLED])(
    'a DeliveryCompleted for a %s order is refused by the lifecycle and writes nothing',
    async (status) => {
      const orderId = await anOrder(status, PaymentMethodEnum.COD);
      await deliver('DeliveryCompleted', { deliveryId: randomUUID(), orderId, vendorId: randomUUID() });
      await deliver('DeliveryCompleted', { deliveryId: randomUUID(), orderId, vendorId: randomUUID(), forced: true, forcedByUserId: randomUUID(), reason: 'Ops ticket 7' });
      expect(await written(orderId)).toEqual({ status, history: [], events: [] });
    },
  );

  it('a prepaid delivery is all or nothing: when completing fails, the order is not left DELIVERED', async () => {
    const orderId = await anOrder(OrderStatusEnum.OUT_FOR_DELIVERY, PaymentMethodEnum.ONLINE);
    const connection = orm.em.getConnection();
    // The failure injected between the two steps: the database refuses the COMPLETED history row.
    await connection.execute(`create function refuse_completion() returns trigger language plpgsql as $$
      begin raise exception 'injected failure while completing the order'; end $$`);
    await connection.execute(`create trigger refuse_completion before insert on order_status_history
      for each row when (new.to_status = 'COMPLETED') execute function refuse_completion()`);
    const payload = { deliveryId: randomUUID(), orderId, vendorId: randomUUID() };
    try {
      await expect(deliver('DeliveryCompleted', payload)).rejects.toThrow(/injected failure/);
    } finally {
      await connection.execute('drop trigger refuse_completion on order_status_history');
      await connection.execute('drop function refuse_completion()');
    }
    expect(await written(orderId)).toEqual({ status: OrderStatusEnum.OUT_FOR_DELIVERY, history: [], events: [] });

    // The event bus retries the event: now both steps commit, in lifecycle order.
    await deliver('DeliveryCompleted', payload);
    expect(await written(orderId)).toEqual({
      status: OrderStatusEnum.COMPLETED,
      history: [
        ['OUT_FOR_DELIVERY', 'DELIVERED', 'SYSTEM'],
        ['DELIVERED', 'COMPLETED', 'SYSTEM'],
      ],
      events: ['OrderCompleted', 'OrderDelivered'],
    });
  });

  it('a COD order is delivered and waits for its cash; an admin’s forced delivery is recorded as theirs', async () => {
    const orderId = await anOrder(OrderStatusEnum.OUT_FOR_DELIVERY, PaymentMethodEnum.COD);
    const adminId = randomUUID();
    await deliver('DeliveryCompleted', { deliveryId: randomUUID(), orderId, vendorId: randomUUID(), forced: true, forcedByUserId: adminId, reason: 'Phone dead; challan signed' });
    expect(await written(orderId)).toEqual({ status: OrderStatusEnum.DELIVERED, history: [['OUT_FOR_DELIVERY', 'DELIVERED', 'ADMIN']], events: ['OrderDelivered'] });
    const [row] = await orm.em.fork().find(OrderStatusHistory, { orderId });
    expect(row).toMatchObject({ actorUserId: adminId, note: 'Delivery forced by an admin: Phone dead; challan signed' });
  });
});
