import { isUuid, type DomainEvent, type EventSubscription, type SubgraphRuntime } from '@realserv/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ReservationStatus } from './reservation-enums.js';
import type { ReservationService } from './reservation.service.js';
import type { StockReservation } from './stock-reservation.entity.js';

type OrderEvent = DomainEvent<{ orderId?: unknown }>;

/**
 * Events in, from the orders subgraph (the reservation id is the order id):
 * OrderPlaced commits the hold; OrderCancelled and OrderRejected give the stock back.
 * Each runs in the inbox transaction, so a redelivered event changes nothing twice.
 */
export function reservationSubscriptions(reservations: ReservationService, log: SubgraphRuntime['log']): EventSubscription[] {
  const onOrder =
    (apply: (em: EntityManager, orderId: string) => Promise<StockReservation | null>) =>
    async (event: OrderEvent, em: EntityManager): Promise<void> => {
      const { orderId } = event.payload;
      // A malformed event would fail the same way on every retry: record it and move on.
      if (typeof orderId !== 'string' || !isUuid(orderId)) {
        log.error({ eventId: event.id, eventType: event.type }, 'order event without a valid orderId ignored');
        return;
      }
      const reservation = await apply(em, orderId.toLowerCase());
      if (!reservation) log.warn({ eventId: event.id, eventType: event.type, orderId }, 'no stock reservation for this order');
    };
  const commit = async (em: EntityManager, orderId: string) => {
    const reservation = await reservations.commitForOrder(em, orderId);
    // The sweeper released it first (the event came later than the TTL): the stock is no longer held.
    if (reservation?.status === ReservationStatus.RELEASED) {
      log.warn({ orderId }, 'order placed after its stock reservation was released; stock not held');
    }
    return reservation;
  };
  return [
    { type: 'OrderPlaced', handler: 'commit-reservation', run: onOrder(commit) },
    { type: 'OrderCancelled', handler: 'release-reservation-on-cancel', run: onOrder((em, id) => reservations.releaseForOrder(em, id)) },
    { type: 'OrderRejected', handler: 'release-reservation-on-reject', run: onOrder((em, id) => reservations.releaseForOrder(em, id)) },
  ];
}
