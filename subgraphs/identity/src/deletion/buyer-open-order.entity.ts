import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * Read model fed by orders' events: the last status identity has heard of for each order, so a
 * buyer with an order still running cannot delete their account (identity cannot call orders:
 * orders calls identity). Internal, never API.
 */
@Entity({ tableName: 'buyer_open_orders' })
@Index({ name: 'buyer_open_orders_buyer_idx', properties: ['buyerId', 'open'] })
export class BuyerOpenOrder {
  @PrimaryKey({ type: 'uuid' })
  orderId!: string;

  @Property({ type: 'uuid' })
  buyerId!: string;

  @Property({ type: 'text' })
  orderNumber!: string;

  @Property({ type: 'text' })
  status!: string;

  @Property({ type: 'boolean' })
  open!: boolean;

  /** occurredAt of the event that set `status`: an older event delivered late changes nothing. */
  @Property({ type: 'timestamptz' })
  statusAt!: Date;
}
