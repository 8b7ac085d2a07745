import { on, type EventSubscription } from '@realserv/platform';
import { OrderCancelled, OrderConfirmed, OrderDispatched, OrderRejected } from '@realserv/contracts';
import type { DeliveryService } from './delivery.service.js';

/** A delivery follows its order: opened on OrderConfirmed, moved on dispatch, failed when the order closes. */
export function deliverySubscriptions(deliveries: DeliveryService): EventSubscription[] {
  // Handler names (queues, inbox keys) are `delivery-on-<event>`, as they were before contracts.
  return [OrderConfirmed, OrderDispatched, OrderCancelled, OrderRejected].map((contract) =>
    on(contract, `delivery-on-${contract.name}`, (event, em) => deliveries.onOrderEvent(event, em)),
  );
}
