import type { z } from 'zod';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Router } from 'express';
import type { NonEmptyArray } from 'type-graphql';
import type { Logger } from 'pino';
import type { EntityClass, NamedMigration } from '../db.js';
import type { RequestContext } from '../context.js';
import type { SubgraphConfig } from './config.js';
import type { EventBus, EventSubscription } from '../events/event-bus.js';
import type { BackgroundJob, ScheduledJob } from './jobs.js';
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

/** What a subgraph's `wire` returns: everything built on its services, for platform to run. */
export interface SubgraphWiring {
  /**
   * Resolver instances with their services; classes in `resolvers` (the static list the schema is
   * built from) that are not among them are constructed with no arguments.
   */
  resolvers?: object[];
  /** Event handlers, subscribed once the subgraph starts (needs `events: true`). */
  subscriptions?: EventSubscription[];
  /** Extra HTTP routes outside GraphQL (webhooks, signed downloads); no caller header required. */
  routes?: (router: Router) => void;
  /** Timers platform starts once the subgraph serves and stops first on shutdown. */
  jobs?: BackgroundJob[];
  /** Calendar jobs (pg-boss cron in the events database; needs `events: true`). */
  schedules?: ScheduledJob[];
  /**
   * Releases what the services hold (clients, sockets). Called on shutdown once requests, jobs
   * and event handlers are drained, before the database closes.
   */
  stop?: () => Promise<void>;
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
   * Domain events: a subgraph with `events: true` gets the outbox and inbox tables and an EventBus
   * on EVENTS_DATABASE_URL; its handlers come from `wire`.
   */
  events?: boolean;
  /**
   * The wiring root: builds the subgraph's services once from the runtime and returns what uses
   * them. Platform calls it once at start, before seeding and before anything is served.
   */
  wire?: (runtime: SubgraphRuntime<SubgraphConfig & z.infer<S>>) => SubgraphWiring | Promise<SubgraphWiring>;
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
