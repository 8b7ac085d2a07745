import { on, type DomainEvent, type EventSubscription } from '@realserv/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  OrderCancelled,
  OrderCompleted,
  OrderConfirmed,
  OrderDelivered,
  OrderDispatched,
  OrderPaid,
  OrderPlaced,
  OrderRejected,
  type OrderStatusEvent,
} from '@realserv/contracts';
import { BuyerOpenOrder } from './buyer-open-order.entity.js';

/** Orders' terminal statuses (subgraphs/orders/src/order/order-lifecycle.ts): nothing more happens to them. */
const TERMINAL = new Set(['COMPLETED', 'CANCELLED', 'REJECTED']);

async function track(em: EntityManager, event: DomainEvent<{ orderId: string; orderNumber: string; buyerId: string }>, status: string): Promise<void> {
  const at = new Date(event.occurredAt);
  const row = await em.findOne(BuyerOpenOrder, { orderId: event.payload.orderId });
  if (!row) {
    em.create(BuyerOpenOrder, { orderId: event.payload.orderId, buyerId: event.payload.buyerId, orderNumber: event.payload.orderNumber, status, open: !TERMINAL.has(status), statusAt: at });
    return;
  }
  // Events may arrive out of order: the latest status wins.
  if (at < row.statusAt) return;
  row.status = status;
  row.open = !TERMINAL.has(status);
  row.statusAt = at;
}

const STATUS_EVENTS: OrderStatusEvent[] = [OrderPaid, OrderConfirmed, OrderRejected, OrderCancelled, OrderDispatched, OrderDelivered, OrderCompleted];

/** identity follows every order's status so account deletion can refuse a buyer with open orders. */
export const openOrderSubscriptions: EventSubscription[] = [
  // One queue per event (a handler name is a queue); two racing first inserts: the loser is retried and then compares times.
  on(OrderPlaced, 'track-open-order-placed', (event, em) => track(em, event, event.payload.status)),
  ...STATUS_EVENTS.map((contract) => on(contract, `track-open-order-${contract.name}`, (event, em) => track(em, event, event.payload.to))),
];
