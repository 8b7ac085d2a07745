import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * Read model fed by orders' dispute events: whether each buyer's dispute is still open (opened,
 * not yet resolved), so a buyer with a dispute under way cannot delete their account. Internal.
 */
@Entity({ tableName: 'buyer_open_disputes' })
@Index({ name: 'buyer_open_disputes_buyer_idx', properties: ['buyerId', 'open'] })
export class BuyerOpenDispute {
  @PrimaryKey({ type: 'uuid' })
  disputeId!: string;

  @Property({ type: 'uuid' })
  buyerId!: string;

  @Property({ type: 'text' })
  orderNumber!: string;

  @Property({ type: 'boolean' })
  open!: boolean;

  /** occurredAt of the event that set `open`: an older event delivered late changes nothing. */
  @Property({ type: 'timestamptz' })
  statusAt!: Date;
}
