import type { EntityManager } from '@mikro-orm/postgresql';
import { OutboxEvent } from './event.entities.js';
import { checkRecordedPayload, eventTopic, type EventContract, type EventPayload } from './contract.js';

/** What travels between subgraphs: a fact that happened, with a stable id for deduplication. */
export interface DomainEvent<P = Record<string, unknown>> {
  id: string;
  /** The contract's name, e.g. "OrderPlaced". */
  type: string;
  /** The contract's payload version (absent in envelopes published before versions: 1). */
  version: number;
  /** Subgraph that recorded it. */
  source: string;
  occurredAt: string;
  payload: P;
}

/**
 * Records an event in the outbox of the current transaction. Call it with the EntityManager of
 * the transaction that makes the change; the relay publishes it after commit. The payload is
 * typed by the contract and checked against its schema here: a payload the contract refuses
 * throws (EventContractError), so the transaction rolls back and nothing reaches the outbox.
 */
export function recordEvent<C extends EventContract>(em: EntityManager, contract: C, payload: EventPayload<C>): OutboxEvent {
  return em.create(OutboxEvent, { type: eventTopic(contract), payload: checkRecordedPayload(contract, payload) });
}
