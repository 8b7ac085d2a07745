import type { EntityManager } from '@mikro-orm/postgresql';
import { OutboxEvent } from './event.entities.js';

/** What travels between subgraphs: a fact that happened, with a stable id for deduplication. */
export interface DomainEvent<P = Record<string, unknown>> {
  id: string;
  type: string;
  /** Subgraph that recorded it. */
  source: string;
  occurredAt: string;
  payload: P;
}

/**
 * Records an event in the outbox of the current transaction. Call it with the EntityManager of
 * the transaction that makes the change; the relay publishes it after commit.
 */
export function recordEvent<P extends Record<string, unknown>>(em: EntityManager, type: string, payload: P): OutboxEvent {
  return em.create(OutboxEvent, { type, payload });
}
