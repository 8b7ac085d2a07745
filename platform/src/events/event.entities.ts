import { randomUUID } from 'node:crypto';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';

/**
 * The transactional outbox: a domain change and the event announcing it are written in the same
 * database transaction, so an event is never lost after a commit nor sent for a rollback.
 */
@Entity({ tableName: 'outbox_events' })
@Index({
  name: 'outbox_events_unpublished_idx',
  expression: 'create index "outbox_events_unpublished_idx" on "outbox_events" ("occurred_at") where "published_at" is null',
})
export class OutboxEvent {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The broker topic: the contract's name, or `Name.vN` after version 1 (see contract.ts). */
  @Property({ type: 'text' })
  type!: string;

  @Property({ type: 'json' })
  payload!: Record<string, unknown>;

  @Property({ type: 'timestamptz' })
  occurredAt: Date & Opt = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null = null;
}

/**
 * The inbox: which events a handler has already applied. Inserted in the handler's transaction,
 * so an event delivered twice (the relay and the queue are at-least-once) changes state once.
 */
@Entity({ tableName: 'processed_events' })
export class ProcessedEvent {
  @PrimaryKey({ type: 'uuid' })
  eventId!: string;

  @PrimaryKey({ type: 'text' })
  handler!: string;

  @Property({ type: 'timestamptz' })
  processedAt: Date & Opt = new Date();
}

export const EVENT_ENTITIES = [OutboxEvent, ProcessedEvent];
