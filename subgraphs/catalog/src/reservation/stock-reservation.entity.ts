import { Check, Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { ReservationStatus } from './reservation-enums.js';

/**
 * Stock a vendor holds for one order while it is being placed. The id is the order id the
 * orders subgraph chose, so a retried reservation finds the first one (idempotency by primary
 * key). Service API only: hidden from the client schema.
 */
@Entity({ tableName: 'stock_reservations' })
@Check({
  name: 'stock_reservations_released_at_matches_status',
  expression: `(status = 'RELEASED') = (released_at is not null)`,
})
@Index({
  name: 'stock_reservations_reserved_created_idx',
  // The sweeper's query: holds still RESERVED, oldest first.
  expression: `create index "stock_reservations_reserved_created_idx" on "stock_reservations" ("created_at") where "status" = 'RESERVED'`,
})
@ObjectType({ description: 'Stock held for an order (service API for the orders subgraph).' })
@Directive('@inaccessible')
export class StockReservation {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'The order id.' })
  id!: string;

  @Property({ type: 'uuid' })
  @Field(() => ID)
  vendorId!: string;

  @Enum({ items: () => ReservationStatus, nativeEnumName: 'stock_reservation_status' })
  @Field(() => ReservationStatus)
  status: ReservationStatus & Opt = ReservationStatus.RESERVED;

  @Property({ type: 'date' })
  @Field({ description: 'The day (YYYY-MM-DD, India) whose GST rates the lines carry.' })
  pricingDate!: string;

  @Property({ type: 'timestamptz' })
  @Field(() => Date)
  createdAt: Date & Opt = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  @Field(() => Date)
  updatedAt: Date & Opt = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  committedAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  releasedAt: Date | null = null;
}
