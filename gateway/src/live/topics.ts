import type { Caller, Role } from '@realserv/platform';
import type { LiveEvent } from './live-source.js';

/**
 * Domain events after which an order may look different: every status change (orders records
 * one per transition), every payment-only change of `paymentStatus` (OrderPaymentStatusChanged:
 * failed, refunded, refund owed) and the start of an online payment (payments' PaymentStarted).
 * Each carries orderId, buyerId and vendorId, which route it to the three order topics.
 */
export const ORDER_EVENTS: ReadonlySet<string> = new Set([
  'OrderPlaced',
  'OrderPaid',
  'OrderConfirmed',
  'OrderRejected',
  'OrderCancelled',
  'OrderDispatched',
  'OrderDelivered',
  'OrderCompleted',
  'OrderPaymentStatusChanged',
  'PaymentStarted',
]);

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
  /** Query field and id argument that read the entity: `order(id: …)`. */
  lookup: { field: string; idArg: string };
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
    match: (event, args) => (event.type === 'DeliveryStatusChanged' && event.keys.orderId === args.orderId ? (event.keys.orderId ?? null) : null),
    lookup: { field: 'delivery', idArg: 'orderId' },
    authorizeArg: 'orderId',
  },
  vendorOrderFeed: {
    roles: ['VENDOR'],
    match: (event, _args, caller) =>
      ORDER_EVENTS.has(event.type) && caller.vendorId !== null && event.keys.vendorId === caller.vendorId ? (event.keys.orderId ?? null) : null,
    lookup: { field: 'order', idArg: 'id' },
  },
};
