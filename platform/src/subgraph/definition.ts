import type { z } from 'zod';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Router } from 'express';
import type { NonEmptyArray } from 'type-graphql';
import type { Logger } from 'pino';
import type { EntityClass, NamedMigration } from '../db.js';
import type { RequestContext } from '../context.js';
import type { SubgraphConfig } from './config.js';
import type { EventBus, EventSubscription } from '../events/event-bus.js';
import { EVENT_ENTITIES } from '../events/event.entities.js';

/** What a running subgraph hands to its own code: parsed config, logger, ORM. */
export interface SubgraphRuntime<C extends SubgraphConfig = SubgraphConfig> {
  name: string;
  config: C;
  log: Logger;
  orm: MikroORM;
  /** The event bus, when the subgraph declares `events`. */
  events: EventBus | null;
}

export type ReferenceResolver = (reference: Record<string, unknown>, ctx: RequestContext) => unknown;

/**
 * Everything platform needs to run a subgraph. A subgraph's `schema.ts` exports one of these and
 * its `main.ts` passes it to `runSubgraph`; the composition command prints its SDL without a database.
 */
export interface SubgraphDefinition<S extends z.ZodObject = z.ZodObject> {
  name: string;
  /** type-graphql resolver classes. */
  resolvers: NonEmptyArray<Function>;
  /** Types no resolver returns directly (e.g. entity stubs only referenced by key). */
  orphanedTypes?: Function[];
  entities: EntityClass[];
  migrations: NamedMigration[];
  /** `__resolveReference` per entity type name; batch them with loaders. */
  referenceResolvers?: Record<string, ReferenceResolver>;
  /** This subgraph's own environment variables, merged with the shared subgraph settings. */
  configSchema?: S;
  /**
   * Builds resolver instances (with their services and ports) once the runtime exists.
   * Classes not returned here are constructed with no arguments.
   */
  provide?: (runtime: SubgraphRuntime<SubgraphConfig & z.infer<S>>) => object[] | Promise<object[]>;
  /** Extra HTTP routes outside GraphQL (webhooks, signed downloads); no caller header required. */
  routes?: (router: Router, runtime: SubgraphRuntime<SubgraphConfig & z.infer<S>>) => void;
  /**
   * Domain events: a subgraph with `events` gets the outbox and inbox tables, an EventBus on
   * EVENTS_DATABASE_URL, and these handlers subscribed.
   */
  events?: {
    subscriptions?: (runtime: SubgraphRuntime<SubgraphConfig & z.infer<S>>) => EventSubscription[];
  };
  /** Idempotent demo data, run at start when SEED_DEMO_DATA=true. */
  seed?: (runtime: SubgraphRuntime<SubgraphConfig & z.infer<S>>) => Promise<void>;
}

export function defineSubgraph<S extends z.ZodObject>(definition: SubgraphDefinition<S>): SubgraphDefinition<S> {
  return definition;
}

/** The entities a subgraph's database holds: its own plus the outbox/inbox when it uses events. */
export function subgraphEntities(definition: { entities: EntityClass[]; events?: unknown }): EntityClass[] {
  return definition.events ? [...definition.entities, ...EVENT_ENTITIES] : definition.entities;
}
