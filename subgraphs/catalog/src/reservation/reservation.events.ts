import { on, type DomainEvent, type EventSubscription, type SubgraphRuntime } from '@realserv/platform';
import { OrderCancelled, OrderPlaced, OrderRejected } from '@realserv/contracts';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ReservationStatus } from './reservation-enums.js';
import type { ReservationService } from './reservation.service.js';
import type { StockReservation } from './stock-reservation.entity.js';

/**
 * Events in, from the orders subgraph (the reservation id is the order id):
 * OrderPlaced commits the hold; OrderCancelled and OrderRejected give the stock back.
 * Each runs in the inbox transaction, so a redelivered event changes nothing twice.
 * The contracts guarantee a well-formed orderId (a malformed event never reaches the handler).
 */
export function reservationSubscriptions(reservations: ReservationService, log: SubgraphRuntime['log']): EventSubscription[] {
  const onOrder =
    (apply: (em: EntityManager, orderId: string) => Promise<StockReservation | ReservationStatus | null>) =>
    async (event: DomainEvent<{ orderId: string }>, em: EntityManager): Promise<void> => {
      const { orderId } = event.payload;
      const reservation = await apply(em, orderId.toLowerCase());
      if (!reservation) log.warn({ eventId: event.id, eventType: event.type, orderId }, 'no stock reservation for this order');
    };
  const commit = async (em: EntityManager, orderId: string) => {
    const status = await reservations.commitForOrder(em, orderId);
    // The sweeper released it first (the event came later than the TTL): the stock is no longer held.
    if (status === ReservationStatus.RELEASED) {
      log.warn({ orderId }, 'order placed after its stock reservation was released; stock not held');
    }
    return status;
  };
  const release = (em: EntityManager, orderId: string) => reservations.releaseForOrder(em, orderId);
  return [
    on(OrderPlaced, 'commit-reservation', onOrder(commit)),
    on(OrderCancelled, 'release-reservation-on-cancel', onOrder(release)),
    on(OrderRejected, 'release-reservation-on-reject', onOrder(release)),
  ];
}
