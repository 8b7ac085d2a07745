import { z } from 'zod';
import { defineEvent, type EventContract } from '@realserv/platform/events';
import { ORDER_FEED, ORDER_PAYMENT_STATUSES, ORDER_STATUSES, id, orderFields, paise, paymentMethod } from './fields.js';

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
    replacementForOrderId: z
      .guid()
      .nullable()
      .optional()
      .describe('A dispute’s replacement (starts PAID, every amount 0, nothing to collect): the order it replaces. Not a sale: analytics leaves it out of GMV and order counts. Absent or null for a buyer’s order.'),
    deliveryCity: z
      .string()
      .optional()
      .describe('The delivery address’s city, as on the order. What analytics breaks sales down by; absent on events recorded before 2026-12-03 (analytics then asks orders).'),
    lines: z
      .array(
        z.object({
          kind: z.enum(['MATERIAL', 'LABOUR']).describe('A catalog material or a labour trade.'),
          refId: id('The material (MATERIAL) or labour category (LABOUR).'),
          name: z.string().min(1).describe('The line’s name as ordered.'),
          lineTotalPaise: paise('The line’s total, tax included'),
        }),
      )
      .optional()
      .describe('The order’s lines in their order, as placed: kind (MATERIAL or LABOUR), refId (the material or labour category), name, lineTotalPaise (tax included). Absent on events recorded before 2026-12-03 (analytics then asks orders).'),
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
    proofMediaId: z
      .guid()
      .nullable()
      .optional()
      .describe('The vendor\'s confirmed COD_PROOF upload (integrations media id); absent on events recorded before proofs were required, null when an admin recorded the cash.'),
  }),
});

// Support tickets (subgraphs/orders/src/support). Two live feeds: `ticket` wakes everyone who
// may read the ticket; `ticket-admin` (internal notes, triage) wakes admins' subscriptions only.

const TICKET_STATUSES = ['OPEN', 'AWAITING_SUPPORT', 'AWAITING_CUSTOMER', 'RESOLVED', 'CLOSED'] as const;
const TICKET_PRIORITIES = ['LOW', 'NORMAL', 'HIGH', 'URGENT'] as const;
const TICKET_ROLES = ['BUYER', 'VENDOR', 'ADMIN'] as const;
const TICKET_FEED = { feed: 'ticket', keys: ['ticketId'] } as const;
const TICKET_ADMIN_FEED = { feed: 'ticket-admin', keys: ['ticketId'] } as const;
const ticketFields = {
  ticketId: id('The support ticket.'),
  ticketNumber: z.string().min(1).describe('The ticket number people see, e.g. TKT-2612-000042.'),
  openerUserId: id('Who opened the ticket.'),
  openerRole: z.enum(['BUYER', 'VENDOR']).describe('Whether a buyer or a vendor opened it.'),
  vendorId: z.guid().nullable().describe('The vendor taking part (the order\'s vendor, or the vendor who opened it).'),
  orderId: z.guid().nullable().describe('The order it is about.'),
};

export const TicketOpened = defineEvent({
  name: 'TicketOpened',
  version: 1,
  producer: 'orders',
  description: 'A buyer or vendor opened a support ticket (with its first message).',
  schema: z.object({
    ...ticketFields,
    category: z.enum(['ORDER', 'PAYMENT', 'DELIVERY', 'ACCOUNT', 'KYC', 'SETTLEMENT', 'OTHER']).describe('What it is about.'),
    priority: z.enum(TICKET_PRIORITIES).describe('Its starting priority.'),
  }),
  live: TICKET_FEED,
});

export const TicketReplied = defineEvent({
  name: 'TicketReplied',
  version: 1,
  producer: 'orders',
  description: 'A public message was added to a ticket by its opener, the vendor of its order or support; the other side is notified.',
  schema: z.object({
    ...ticketFields,
    messageId: id('The new message.'),
    authorUserId: id('Who wrote it.'),
    authorRole: z.enum(TICKET_ROLES).describe('The side that wrote it.'),
    status: z.enum(TICKET_STATUSES).describe('The ticket status after the message.'),
  }),
  live: TICKET_FEED,
});

export const TicketNoteAdded = defineEvent({
  name: 'TicketNoteAdded',
  version: 1,
  producer: 'orders',
  description: 'Support added an internal note to a ticket: admins\' live views only, never notified.',
  schema: z.object({
    ticketId: ticketFields.ticketId,
    ticketNumber: ticketFields.ticketNumber,
    messageId: id('The note.'),
    authorUserId: id('The admin who wrote it.'),
  }),
  live: TICKET_ADMIN_FEED,
});

export const TicketStatusChanged = defineEvent({
  name: 'TicketStatusChanged',
  version: 1,
  producer: 'orders',
  description: 'A ticket was resolved, reopened, closed or moved by support (status changes caused by a reply are in TicketReplied).',
  schema: z.object({
    ...ticketFields,
    from: z.enum(TICKET_STATUSES).describe('Status before.'),
    to: z.enum(TICKET_STATUSES).describe('Status after.'),
    actorRole: z.enum(TICKET_ROLES).describe('Who changed it.'),
  }),
  live: TICKET_FEED,
});

export const TicketTriaged = defineEvent({
  name: 'TicketTriaged',
  version: 1,
  producer: 'orders',
  description: 'Support assigned a ticket or changed its priority (and so its SLA due times): admins\' live views only.',
  schema: z.object({
    ticketId: ticketFields.ticketId,
    ticketNumber: ticketFields.ticketNumber,
    assigneeId: z.guid().nullable().describe('The admin it is assigned to.'),
    priority: z.enum(TICKET_PRIORITIES).describe('Its priority now.'),
  }),
  live: TICKET_ADMIN_FEED,
});
