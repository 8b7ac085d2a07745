import { randomUUID } from 'node:crypto';
import type { Caller, Role } from '@realserv/platform';
import { EVENT_CONTRACTS, liveFeedEvents } from '@realserv/contracts';

/**
 * Who may be given, and may fill, the shared cache: callers who see what anyone sees. Vendors
 * also see their own unavailable offers and admins archived records, so their answers are
 * PRIVATE and they always get fresh ones (they are also the ones who just wrote).
 */
const WIDER_VIEW_ROLES: ReadonlySet<Role> = new Set(['ADMIN', 'VENDOR']);

export function seesPublicView(caller: Caller | null): boolean {
  return !caller || !caller.roles.some((role) => WIDER_VIEW_ROLES.has(role));
}

/** The catalog feed: events after which cached public answers are stale (contracts with `live.feed: 'catalog'`). */
export const CATALOG_EVENTS: ReadonlySet<string> = liveFeedEvents('catalog');
/** Subgraphs that record those events: a mutation this gateway sends them changes public answers. */
export const CATALOG_PRODUCERS: ReadonlySet<string> = new Set(
  EVENT_CONTRACTS.filter((contract) => CATALOG_EVENTS.has(contract.name)).map((contract) => contract.producer),
);

/** The operation the query planner sends a subgraph is a mutation (its text starts with `mutation`). */
export function isMutationText(query: string | undefined): boolean {
  return query !== undefined && /^\s*mutation\b/.test(query);
}

/**
 * Part of every cache key: moving to a new generation makes every cached answer unreachable
 * (entries age out on their own). A catalog event moves every gateway that hears it to the same
 * generation, the event's id, so gateways sharing Redis keep sharing entries. A write through
 * this gateway moves it at once to a generation of its own (its next read sees the write even
 * before the event arrives). A gateway starts on the generation the others announced last when
 * they share Redis (`join`), else on the initial one (an empty cache of its own).
 */
export class CacheGeneration {
  private value = 'initial';

  get current(): string {
    return this.value;
  }

  /** At start: the generation gateways sharing the cache are on, unless this one moved already. */
  join(value: string): void {
    if (this.value === 'initial') this.value = value;
  }

  /** A catalog event, heard by every gateway. */
  advanceTo(eventId: string): void {
    this.value = `event-${eventId}`;
  }

  /** A catalog write completed through this gateway. */
  advance(): void {
    this.value = `local-${randomUUID()}`;
  }
}
