import { z } from 'zod';
import { defineEvent, type EventContract } from '@realserv/platform/events';
import { ORDER_FEED, ORDER_PAYMENT_STATUSES, ORDER_STATUSES, orderFields, paise, paymentMethod } from './fields.js';

/** Events the orders subgraph records. */

export const OrderPlaced = defineEvent({
  name: 'OrderPlaced',
  version: 1,
  producer: 'orders',
  description: 'A buyer placed an order: PENDING_PAYMENT (online) or PLACED (cash on delivery). Its stock reservation is now the order\'s.',
  schema: z.object({
    ...orderFields,
    paymentMethod,
    status: z.enum(ORDER_STATUSES).describe('The status it starts in: PENDING_PAYMENT (online) or PLACED (COD).'),
    totalPaise: paise('What the buyer pays, tax included'),
  }),
  live: ORDER_FEED,
});

/** Every status change after placing: which transition, by whom, and the money a consumer settles with. */
const orderStatusChange = z.object({
  ...orderFields,
  from: z.enum(ORDER_STATUSES).describe('Status before the change.'),
  to: z.enum(ORDER_STATUSES).describe('Status after the change.'),
  actor: z.enum(['BUYER', 'VENDOR', 'ADMIN', 'SYSTEM']).describe('Who made the change.'),
  reason: z.string().nullable().describe('Why (a rejection or cancellation reason, an admin\'s note), or null.'),
  paymentMethod,
  totalPaise: paise('Order total, tax included'),
  taxPaise: paise('GST included in the total'),
  refundRequired: z.boolean().describe('True when the change owes the buyer a refund (a paid order closed before delivery).'),
});

/** The contracts of status changes share one payload. */
export type OrderStatusEvent = EventContract<string, typeof orderStatusChange>;

function statusEvent<const Name extends string>(name: Name, description: string): EventContract<Name, typeof orderStatusChange> {
  return defineEvent({ name, version: 1, producer: 'orders', description, schema: orderStatusChange, live: ORDER_FEED });
}

export const OrderPaid = statusEvent('OrderPaid', 'An online order\'s payment was captured: PENDING_PAYMENT → PAID.');
export const OrderConfirmed = statusEvent('OrderConfirmed', 'The vendor accepted the order; vendors opens its delivery.');
export const OrderRejected = statusEvent('OrderRejected', 'The vendor turned the order down; the stock is released and a paid order is refunded.');
export const OrderCancelled = statusEvent('OrderCancelled', 'The buyer (or the system, for an unpaid order) cancelled before dispatch; stock released, refund if paid.');
export const OrderDispatched = statusEvent('OrderDispatched', 'The order left the depot: OUT_FOR_DELIVERY.');
export const OrderDelivered = statusEvent('OrderDelivered', 'The delivery was completed (OTP verified or forced by an admin).');
export const OrderCompleted = statusEvent('OrderCompleted', 'Delivered and paid (online at delivery, COD once the cash is recorded); vendors settles it.');

export const OrderPaymentStatusChanged = defineEvent({
  name: 'OrderPaymentStatusChanged',
  version: 1,
  producer: 'orders',
  description: 'The order\'s view of its money changed without a status change (payment failed, refund owed, refunded).',
  schema: z.object({
    ...orderFields,
    status: z.enum(ORDER_STATUSES).describe('The order status (unchanged).'),
    from: z.enum(ORDER_PAYMENT_STATUSES).describe('Payment status before.'),
    to: z.enum(ORDER_PAYMENT_STATUSES).describe('Payment status after.'),
    note: z.string().nullable().describe('Why, or null.'),
  }),
  live: ORDER_FEED,
});

export const OrderRefundRequested = defineEvent({
  name: 'OrderRefundRequested',
  version: 1,
  producer: 'orders',
  description: 'A payment was captured after the order was closed; payments gives the money back.',
  schema: z.object({
    orderId: orderFields.orderId,
    reason: z.string().describe('Why the refund is owed.'),
  }),
});

export const CashCollected = defineEvent({
  name: 'CashCollected',
  version: 1,
  producer: 'orders',
  description: 'The vendor recorded the cash of a COD order (exactly the total); payments captures its COD payment.',
  schema: z.object({
    orderId: orderFields.orderId,
    vendorId: orderFields.vendorId,
    amountPaise: paise('Cash collected'),
  }),
});
