import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import type { DomainEvent } from './domain-event.js';

/**
 * What one domain event is: its name, the version of its payload, who records it and the zod
 * schema of the payload (the TypeScript type is derived from it). The contracts themselves live
 * in `@realserv/contracts`; the platform only knows this shape, never an event's name.
 */
export interface EventContract<Name extends string = string, Schema extends z.ZodObject = z.ZodObject> {
  readonly name: Name;
  /** Payload version. A breaking change is a new contract with the same name and the next version. */
  readonly version: number;
  /** The subgraph that records it. */
  readonly producer: string;
  /** What happened, in the domain's words (the catalogue shows it). */
  readonly description: string;
  readonly schema: Schema;
  /** Set when the event changes what a live subscription shows: the view, and the payload keys that route it. */
  readonly live?: { readonly feed: string; readonly keys: readonly string[] };
}

/** The payload type of a contract, derived from its schema. */
export type EventPayload<C extends EventContract> = z.infer<C['schema']>;

/** The live keys of every declared contract that has some, by topic (see liveKeysOf). */
const liveKeysByTopic = new Map<string, readonly string[]>();

/** Declares a contract; `live.keys` must name fields of the payload. */
export function defineEvent<const Name extends string, Schema extends z.ZodObject>(contract: {
  name: Name;
  version: number;
  producer: string;
  description: string;
  schema: Schema;
  live?: { feed: string; keys: ReadonlyArray<keyof z.infer<Schema> & string> };
}): EventContract<Name, Schema> {
  if (contract.live) liveKeysByTopic.set(eventTopic(contract), contract.live.keys);
  return contract;
}

/**
 * The payload keys the relay announces for a topic, or undefined when no declared contract of
 * that topic changes a live view (nothing is announced). A subgraph that records an event has
 * imported its contract, so the relay of that subgraph knows it.
 */
export function liveKeysOf(topic: string): readonly string[] | undefined {
  return liveKeysByTopic.get(topic);
}

/**
 * The broker topic (and outbox `type`) of a contract: the bare name for version 1, so topics
 * and queues that existed before versions keep working, and `Name.vN` after that.
 */
export function eventTopic(contract: Pick<EventContract, 'name' | 'version'>): string {
  return contract.version === 1 ? contract.name : `${contract.name}.v${contract.version}`;
}

/** Inverse of eventTopic, for envelopes built from outbox rows. */
export function parseTopic(topic: string): { name: string; version: number } {
  const match = /^(.+)\.v(\d+)$/.exec(topic);
  return match ? { name: match[1]!, version: Number(match[2]) } : { name: topic, version: 1 };
}

/** A payload that does not match its contract: a programming error, never the client's. */
export class EventContractError extends Error {
  override readonly name = 'EventContractError';
}

function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || '(payload)'}: ${issue.message}`).join('; ');
}

/**
 * Each contract's strict schema, made once: zod compiles a schema's parser on its first use, and
 * a fresh `.strict()` per event cost a few per cent of the orders subgraph's CPU (#12).
 */
const strictSchemas = new WeakMap<EventContract, EventContract['schema']>();

function strictSchemaOf(contract: EventContract): EventContract['schema'] {
  let schema = strictSchemas.get(contract);
  if (!schema) strictSchemas.set(contract, (schema = contract.schema.strict()));
  return schema;
}

/**
 * The producer's check before a payload enters the outbox: exactly the contract's fields
 * (unknown ones are refused too, so a field is never sent that the contract does not describe).
 */
export function checkRecordedPayload<C extends EventContract>(contract: C, payload: EventPayload<C>): EventPayload<C> {
  const result = strictSchemaOf(contract).safeParse(payload);
  if (!result.success) {
    throw new EventContractError(`${eventTopic(contract)} payload does not match its contract: ${describeIssues(result.error)}`);
  }
  return result.data as EventPayload<C>;
}

/**
 * The consumer's check of a delivered payload. Unknown fields are dropped, not refused: a
 * producer may add optional fields within a version (see docs/events.md).
 */
export function readDeliveredPayload<C extends EventContract>(contract: C, event: { type: string; version?: number; payload: unknown }): EventPayload<C> {
  const version = event.version ?? 1;
  if (event.type !== contract.name || version !== contract.version) {
    throw new EventContractError(`expected ${eventTopic(contract)}, got ${eventTopic({ name: event.type, version })}`);
  }
  const result = contract.schema.safeParse(event.payload);
  if (!result.success) {
    throw new EventContractError(`${eventTopic(contract)} delivered a payload that does not match its contract: ${describeIssues(result.error)}`);
  }
  return result.data as EventPayload<C>;
}

export type EventHandler<P = Record<string, unknown>> = (event: DomainEvent<P>, em: EntityManager) => Promise<void>;

/** One handler of one contract (name and version); build it with `on`. */
export interface EventSubscription {
  contract: EventContract;
  /** Stable handler name; with the subgraph name it names the queue and the inbox key. */
  handler: string;
  /** Takes the envelope as delivered; `on` checks it against the contract before the handler sees it. */
  run: EventHandler<unknown>;
  /**
   * 'handler': the bus opens no transaction and keeps no inbox row; the handler gets a fresh
   * EntityManager, is idempotent by its own key and runs its own short transactions. For handlers
   * that call out over the network (a transaction held across those calls ties up a pooled
   * connection for their whole duration). Default 'bus': inbox row and handler in one transaction.
   */
  transaction?: 'bus' | 'handler';
  /** Jobs of one fetched batch with different keys run concurrently, jobs with the same key one after another, in queue order. Default: the whole batch in order. */
  orderingKey?: (event: DomainEvent<Record<string, unknown>>) => string;
}

/** How a subscription runs: the same fields as EventSubscription's (one definition). */
export type SubscriptionOptions = Pick<EventSubscription, 'transaction' | 'orderingKey'>;

/**
 * Subscribes a handler to a contract: the handler gets the payload typed by the contract's
 * schema. A delivered payload that does not match (or another version) throws
 * EventContractError before the handler runs: the job fails and is retried, never half-applied.
 */
export function on<C extends EventContract>(contract: C, handler: string, run: EventHandler<EventPayload<C>>, options: SubscriptionOptions = {}): EventSubscription {
  return {
    ...options,
    contract,
    handler,
    run: async (event, em) => run({ ...event, payload: readDeliveredPayload(contract, event) }, em),
  };
}
