import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';

/** Tickets and disputes per India day of the event (docs/analytics.md, "Support"). */
@Entity({ tableName: 'daily_support' })
export class DailySupport {
  @PrimaryKey({ type: 'date' })
  day!: string;

  @Property({ type: 'integer' })
  ticketsOpened: number & Opt = 0;

  /** First resolutions (a ticket resolved again after reopening is not counted again). */
  @Property({ type: 'integer' })
  ticketsResolved: number & Opt = 0;

  @Property({ type: 'integer' })
  ticketsReopened: number & Opt = 0;

  /** Tickets whose first response or resolution came after its due time, counted on the day they were resolved. */
  @Property({ type: 'integer' })
  slaBreaches: number & Opt = 0;

  @Property({ type: 'integer' })
  disputesOpened: number & Opt = 0;

  /** Refunds payments processed for disputes (RefundProcessed with a disputeId), in paise. */
  @Property({ type: 'bigint', runtimeType: 'number' })
  disputeRefundedPaise: number & Opt = 0;

  @Property({ type: 'timestamptz' })
  updatedAt: Date & Opt = new Date();
}

/** Dispute decisions per day and outcome, with the refunds approved. */
@Entity({ tableName: 'daily_dispute_outcomes' })
export class DailyDisputeOutcome {
  @PrimaryKey({ type: 'date' })
  day!: string;

  @PrimaryKey({ type: 'text' })
  outcome!: string;

  @Property({ type: 'integer' })
  disputes: number & Opt = 0;

  @Property({ type: 'bigint', runtimeType: 'number' })
  refundApprovedPaise: number & Opt = 0;
}

/** What later ticket events need: when it was opened, whether it is open now, whether it was answered and resolved once. */
@Entity({ tableName: 'ticket_facts' })
@Index({ name: 'ticket_facts_open_idx', expression: `create index "ticket_facts_open_idx" on "ticket_facts" ("ticket_id") where "open"` })
export class TicketFact {
  @PrimaryKey({ type: 'uuid' })
  ticketId!: string;

  @Property({ type: 'timestamptz' })
  openedAt!: Date;

  /** Not RESOLVED or CLOSED, as of the latest explicit status change. */
  @Property({ type: 'boolean' })
  open: boolean & Opt = true;

  /** When `open` was last set: an older status change delivered late does not undo a newer one. */
  @Property({ type: 'timestamptz' })
  statusAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  firstResponseAt: (Date & Opt) | null = null;

  @Property({ type: 'boolean' })
  resolvedOnce: boolean & Opt = false;
}
