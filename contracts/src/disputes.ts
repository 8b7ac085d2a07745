import { z } from 'zod';
import { defineEvent } from '@realserv/platform/events';
import { id, orderFields, paise, paymentMethod } from './fields.js';

/** Events of buyers' disputes about delivered orders (produced by the orders subgraph, `src/dispute/`). */

const DISPUTE_TYPES = ['NOT_DELIVERED', 'DAMAGED', 'WRONG_ITEM', 'SHORT_QUANTITY', 'QUALITY', 'OVERCHARGED', 'OTHER'] as const;
const DISPUTE_OUTCOMES = ['FULL_REFUND', 'PARTIAL_REFUND', 'REPLACEMENT', 'REJECTED'] as const;

const disputeOf = {
  disputeId: id('The dispute.'),
  ...orderFields,
};

export const DisputeOpened = defineEvent({
  name: 'DisputeOpened',
  version: 1,
  producer: 'orders',
  description: 'A buyer disputed a delivered order; the vendor is asked to respond before respondBy.',
  schema: z.object({
    ...disputeOf,
    type: z.enum(DISPUTE_TYPES).describe('What went wrong.'),
    amountClaimedPaise: paise('What the buyer asks back'),
    respondBy: z.iso.datetime().describe('When the vendor’s response is due (ISO 8601); silence then sends it to an admin.'),
  }),
});

export const DisputeResponded = defineEvent({
  name: 'DisputeResponded',
  version: 1,
  producer: 'orders',
  description: 'The vendor accepted or contested a dispute; an admin resolves it next.',
  schema: z.object({
    ...disputeOf,
    response: z.enum(['ACCEPTED', 'CONTESTED']).describe('The vendor’s answer.'),
  }),
});

export const DisputeEscalated = defineEvent({
  name: 'DisputeEscalated',
  version: 1,
  producer: 'orders',
  description: 'The vendor did not respond in time; the dispute waits for an admin.',
  schema: z.object(disputeOf),
});

export const DisputeResolved = defineEvent({
  name: 'DisputeResolved',
  version: 1,
  producer: 'orders',
  description: 'An admin resolved a dispute (refund, replacement or rejection) with a written reason.',
  schema: z.object({
    ...disputeOf,
    outcome: z.enum(DISPUTE_OUTCOMES).describe('The decision.'),
    refundPaise: paise('Refund approved (0 for a replacement or a rejection)'),
    reason: z.string().describe('The admin’s written reason.'),
  }),
});

export const DisputeRefundApproved = defineEvent({
  name: 'DisputeRefundApproved',
  version: 1,
  producer: 'orders',
  description:
    'An admin approved a dispute refund; payments refunds it once (key derived from the dispute): online through Razorpay, COD as a recorded manual payout with its reference.',
  schema: z.object({
    disputeId: id('The dispute.'),
    orderId: orderFields.orderId,
    amountPaise: paise('Amount to refund, GST included'),
    paymentMethod,
    reason: z.string().min(3).max(250).describe('The admin’s reason, shown on the refund.'),
    payoutReference: z.string().min(3).max(100).nullable().describe('COD: the UPI/bank reference of the manual payout to the buyer; null for online orders.'),
  }),
});

export const DisputePayoutRecorded = defineEvent({
  name: 'DisputePayoutRecorded',
  version: 1,
  producer: 'orders',
  description:
    'Razorpay refused a dispute’s refund and an admin paid the buyer by UPI/bank instead: payments records it as a MANUAL_PAYOUT refund (processed at once, key derived from the dispute), whose RefundProcessed completes the dispute and reaches the settlement once.',
  schema: z.object({
    disputeId: id('The dispute.'),
    orderId: orderFields.orderId,
    amountPaise: paise('Amount paid out, GST included (the approved refund)'),
    reason: z.string().min(3).max(250).describe('The admin’s reason for the dispute, shown on the refund.'),
    payoutReference: z.string().min(3).max(100).describe('The UPI/bank reference of the payout to the buyer.'),
  }),
});
