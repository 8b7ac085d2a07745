import type { EventContract } from '@realserv/platform/events';
import * as catalog from './catalog.js';
import * as orders from './orders.js';
import * as payments from './payments.js';
import * as vendors from './vendors.js';
import * as notifications from './notifications.js';
import * as identity from './identity.js';
import * as disputes from './disputes.js';

export * from './catalog.js';
export * from './orders.js';
export * from './payments.js';
export * from './vendors.js';
export * from './notifications.js';
export * from './identity.js';
export * from './disputes.js';
export { renderEventCatalogue, replaceCatalogue, CATALOGUE_START, CATALOGUE_END } from './catalogue.js';

/**
 * The registry: every domain event between subgraphs. A new event is a contract in the
 * producer's file here; the catalogue in docs/architecture.md is generated from this list.
 */
export const EVENT_CONTRACTS: readonly EventContract[] = [...Object.values(catalog), ...Object.values(orders), ...Object.values(payments), ...Object.values(vendors), ...Object.values(notifications), ...Object.values(identity), ...Object.values(disputes)];

/** Names of the events that change what a live view (`order`, `delivery`, `notification`) shows. */
export function liveFeedEvents(feed: string): ReadonlySet<string> {
  return new Set(EVENT_CONTRACTS.filter((contract) => contract.live?.feed === feed).map((contract) => contract.name));
}
