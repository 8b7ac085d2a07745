import { z } from 'zod';
import { defineEvent } from '@realserv/platform/events';
import { ORDER_FEED, id, orderFields, paise, paymentMethod } from './fields.js';

/** Events the payments subgraph records. */

const paymentOf = {
  orderId: orderFields.orderId,
  paymentId: id('The payment (one per order).'),
};

export const PaymentStarted = defineEvent({
  name: 'PaymentStarted',
  version: 1,
  producer: 'payments',
  description: 'The buyer opened Razorpay Checkout for an online order (a Razorpay order now exists).',
  schema: z.object({ ...paymentOf, buyerId: orderFields.buyerId, vendorId: orderFields.vendorId }),
  live: ORDER_FEED,
});

export const PaymentCaptured = defineEvent({
  name: 'PaymentCaptured',
  version: 1,
  producer: 'payments',
  description: 'The money was captured, exactly once per payment (online by Razorpay, COD when the cash is recorded).',
  schema: z.object({
    ...paymentOf,
    amountPaise: paise('Amount captured'),
    method: paymentMethod,
    source: z.enum(['CLIENT_VERIFICATION', 'WEBHOOK', 'ADMIN', 'SYSTEM']).describe('What reported the capture.'),
  }),
});

export const PaymentFailed = defineEvent({
  name: 'PaymentFailed',
  version: 1,
  producer: 'payments',
  description: 'Razorpay reported a failed payment attempt before any capture; the buyer may retry.',
  schema: z.object({ ...paymentOf, reason: z.string().describe('Razorpay\'s reason.') }),
});

const refundOf = { ...paymentOf, refundId: id('The refund.') };

export const RefundProcessed = defineEvent({
  name: 'RefundProcessed',
  version: 1,
  producer: 'payments',
  description: 'A refund reached the buyer. Carries what vendors settles with (vendor, method, amount, when).',
  schema: z.object({
    ...refundOf,
    amountPaise: paise('Amount refunded'),
    fullyRefunded: z.boolean().describe('True when the payment is now refunded in full.'),
    vendorId: orderFields.vendorId,
    paymentMethod,
    processedAt: z.iso.datetime().describe('When the refund was processed (ISO 8601).'),
    disputeId: z.guid().nullable().optional().describe('The dispute the refund resolves (DisputeRefundApproved); absent for other refunds.'),
  }),
});

export const RefundFailed = defineEvent({
  name: 'RefundFailed',
  version: 1,
  producer: 'payments',
  description: 'Razorpay refused an order refund; its amount can be refunded again (an admin acts on it).',
  schema: z.object({
    ...refundOf,
    reason: z.string().nullable().describe('Razorpay\'s reason, when it gave one.'),
    disputeId: z.guid().nullable().optional().describe('The dispute the refund was for (orders shows the failure and lets an admin record a manual payout); absent for other refunds.'),
  }),
});

export const RazorpayWebhookReceived = defineEvent({
  name: 'RazorpayWebhookReceived',
  version: 1,
  producer: 'payments',
  description: 'A signed Razorpay webhook was stored; payments applies it from its own queue (the route only acknowledges).',
  schema: z.object({
    webhookId: id('The stored webhook row.'),
    eventId: z.string().regex(/^[A-Za-z0-9_-]{6,64}$/).describe('Razorpay\'s event id (x-razorpay-event-id).'),
  }),
});
