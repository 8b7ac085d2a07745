import type { Caller, Role } from '@realserv/platform';
import { indianDate } from '@realserv/platform/indian-date';
import { liveFeedEvents } from '@realserv/contracts';
import type { LiveEvent } from './live-source.js';

/**
 * Domain events after which an order may look different, from the contract registry (contracts
 * with `live.feed: 'order'`): every status change, every payment-only change of `paymentStatus`
 * and the start of an online payment. Each carries orderId, buyerId and vendorId, which route it
 * to the three order topics.
 */
export const ORDER_EVENTS: ReadonlySet<string> = liveFeedEvents('order');

/** Domain events after which a delivery may look different (`live.feed: 'delivery'`), keyed by orderId. */
export const DELIVERY_EVENTS: ReadonlySet<string> = liveFeedEvents('delivery');

/** A notification entered a user's in-app feed (`live.feed: 'notification'`), keyed by notificationId and userId. */
export const NOTIFICATION_EVENTS: ReadonlySet<string> = liveFeedEvents('notification');

/** Analytics counted something into a day's headline figures (`live.feed: 'dashboard'`), keyed by the India date. */
export const DASHBOARD_EVENTS: ReadonlySet<string> = liveFeedEvents('dashboard');

/** Today's India date: dashboardUpdated follows today's figures only. */
const todayInIndia = () => indianDate();

/**
 * A subscription root field: which events concern a subscriber, and the query field that shows
 * the entity now. Every update is that query, run through the gateway as the subscriber, so a
 * subscriber never sees what it could not query.
 */
export interface LiveTopic {
  /** Roles allowed to subscribe (empty: any signed-in caller). */
  roles: Role[];
  /** The entity id this event concerns for this subscriber, or null to ignore it. */
  match(event: LiveEvent, args: Record<string, unknown>, caller: Caller): string | null;
  /** Query field and id argument that read the entity: `order(id: …)`; idType when the argument is not an ID. */
  lookup: { field: string; idArg: string; idType?: string };
  /** Checked when subscribing: the argument holding the id the subscriber must be able to read. */
  authorizeArg?: string;
}

export const LIVE_TOPICS: Record<string, LiveTopic> = {
  orderStatusChanged: {
    roles: [],
    match: (event, args) => (ORDER_EVENTS.has(event.type) && event.keys.orderId === args.orderId ? (event.keys.orderId ?? null) : null),
    lookup: { field: 'order', idArg: 'id' },
    authorizeArg: 'orderId',
  },
  myOrderUpdates: {
    roles: ['BUYER'],
    match: (event, _args, caller) =>
      ORDER_EVENTS.has(event.type) && caller.userId !== null && event.keys.buyerId === caller.userId ? (event.keys.orderId ?? null) : null,
    lookup: { field: 'order', idArg: 'id' },
  },
  deliveryStatusChanged: {
    roles: [],
    match: (event, args) => (DELIVERY_EVENTS.has(event.type) && event.keys.orderId === args.orderId ? (event.keys.orderId ?? null) : null),
    lookup: { field: 'delivery', idArg: 'orderId' },
    authorizeArg: 'orderId',
  },
  vendorOrderFeed: {
    roles: ['VENDOR'],
    match: (event, _args, caller) =>
      ORDER_EVENTS.has(event.type) && caller.vendorId !== null && event.keys.vendorId === caller.vendorId ? (event.keys.orderId ?? null) : null,
    lookup: { field: 'order', idArg: 'id' },
  },
  notificationReceived: {
    roles: [],
    match: (event, _args, caller) =>
      NOTIFICATION_EVENTS.has(event.type) && caller.userId !== null && event.keys.userId === caller.userId ? (event.keys.notificationId ?? null) : null,
    lookup: { field: 'notification', idArg: 'id' },
  },
  dashboardUpdated: {
    roles: ['ADMIN'],
    // Each update is dashboardKpis(date) run as the subscriber: an admin no longer is gets FORBIDDEN.
    match: (event) => (DASHBOARD_EVENTS.has(event.type) && event.keys.date === todayInIndia() ? event.keys.date : null),
    lookup: { field: 'dashboardKpis', idArg: 'date', idType: 'String' },
  },
};
