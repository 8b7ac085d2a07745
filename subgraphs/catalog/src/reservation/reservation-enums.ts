import { registerEnumType } from 'type-graphql';

/** Where a stock reservation is in its life; `reservation-lifecycle.ts` has the allowed moves. */
export enum ReservationStatus {
  RESERVED = 'RESERVED',
  COMMITTED = 'COMMITTED',
  RELEASED = 'RELEASED',
}
registerEnumType(ReservationStatus, {
  name: 'StockReservationStatus',
  description: 'RESERVED: stock held for an order being placed; COMMITTED: the order exists; RELEASED: stock given back.',
});

/** What a reservation line holds: units of a material (stock) or worker-days of a trade (capacity). */
export enum ReservationItemKind {
  MATERIAL = 'MATERIAL',
  LABOUR = 'LABOUR',
}
registerEnumType(ReservationItemKind, { name: 'StockReservationItemKind' });
