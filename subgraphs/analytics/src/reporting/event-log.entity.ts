import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * Every event analytics counted, with what it learnt from peers when it counted it (an order's
 * city and lines, a settlement's amounts). Written in the handler's transaction beside the inbox
 * row; `rebuildAnalytics` replays it through the same projector into emptied read models.
 */
@Entity({ tableName: 'counted_events' })
@Index({ name: 'counted_events_occurred_idx', properties: ['occurredAt', 'eventId'] })
export class CountedEvent {
  @PrimaryKey({ type: 'uuid' })
  eventId!: string;

  @Property({ type: 'text' })
  type!: string;

  @Property({ type: 'timestamptz' })
  occurredAt!: Date;

  @Property({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  /** What the peers said (null when the event needs nothing more). */
  @Property({ type: 'jsonb', nullable: true })
  facts: Record<string, unknown> | null = null;
}
