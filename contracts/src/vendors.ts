import { z } from 'zod';
import { defineEvent } from '@realserv/platform/events';
import { id, orderFields, paise } from './fields.js';

/** Events the vendors subgraph records: vendors and KYC, deliveries, settlements. */

export const VendorOnboarded = defineEvent({
  name: 'VendorOnboarded',
  version: 1,
  producer: 'vendors',
  description: 'A user registered a vendor business; KYC is pending.',
  schema: z.object({ vendorId: orderFields.vendorId, ownerUserId: id('The user who owns the vendor.') }),
});

const kycDecision = z.object({ vendorId: orderFields.vendorId, reason: z.string().nullable().describe('The admin\'s reason, or null.') });

export const VendorKycApproved = defineEvent({
  name: 'VendorKycApproved',
  version: 1,
  producer: 'vendors',
  description: 'An admin approved the vendor\'s KYC; it can sell.',
  schema: kycDecision,
});

export const VendorKycRejected = defineEvent({
  name: 'VendorKycRejected',
  version: 1,
  producer: 'vendors',
  description: 'An admin rejected the vendor\'s KYC.',
  schema: kycDecision,
});

const deliveryOf = { deliveryId: id('The delivery (one per order).'), orderId: orderFields.orderId };

export const DeliveryStatusChanged = defineEvent({
  name: 'DeliveryStatusChanged',
  version: 1,
  producer: 'vendors',
  description: 'A delivery was created or moved (PENDING, OUT_FOR_DELIVERY, RESCHEDULED after a failed attempt, DELIVERED, FAILED).',
  schema: z.object({
    ...deliveryOf,
    buyerId: orderFields.buyerId,
    vendorId: orderFields.vendorId,
    status: z.enum(['PENDING', 'OUT_FOR_DELIVERY', 'RESCHEDULED', 'DELIVERED', 'FAILED']).describe('The delivery status now.'),
  }),
  live: { feed: 'delivery', keys: ['orderId'] },
});

export const DeliveryAttemptFailed = defineEvent({
  name: 'DeliveryAttemptFailed',
  version: 1,
  producer: 'vendors',
  description: 'The vendor recorded a failed delivery attempt and rescheduled it; from attempt 2 on, admins are notified.',
  schema: z.object({
    ...deliveryOf,
    buyerId: orderFields.buyerId,
    vendorId: orderFields.vendorId,
    attemptNumber: z.number().int().min(1).describe('1 for the first failed attempt, 2 for the second…'),
    reason: z.enum(['BUYER_ABSENT', 'SITE_CLOSED', 'VEHICLE_ISSUE', 'ACCESS_BLOCKED', 'OTHER']).describe('Why it failed.'),
    note: z.string().nullable().describe('The vendor\'s note.'),
    rescheduledFor: z.string().describe('The new delivery time, ISO 8601.'),
  }),
});

export const DeliveryOtpIssued = defineEvent({
  name: 'DeliveryOtpIssued',
  version: 1,
  producer: 'vendors',
  description: 'A fresh delivery code was issued for the buyer (notifications send it).',
  schema: z.object({ ...deliveryOf, buyerId: orderFields.buyerId }),
});

export const DeliveryCompleted = defineEvent({
  name: 'DeliveryCompleted',
  version: 1,
  producer: 'vendors',
  description: 'The vendor verified the buyer\'s code, or an admin forced the delivery with a reason; orders marks the order DELIVERED.',
  schema: z.object({
    ...deliveryOf,
    vendorId: orderFields.vendorId,
    forced: z.literal(true).optional().describe('Present when an admin forced it.'),
    forcedByUserId: z.string().nullable().optional().describe('The admin who forced it.'),
    reason: z.string().nullable().optional().describe('The admin\'s reason for forcing it.'),
  }),
});

export const SettlementGenerated = defineEvent({
  name: 'SettlementGenerated',
  version: 1,
  producer: 'vendors',
  description: 'A vendor\'s settlement for a period was computed.',
  schema: z.object({ settlementId: id('The settlement.'), vendorId: orderFields.vendorId, netPayoutPaise: paise('What the vendor is paid') }),
});

export const SettlementPaid = defineEvent({
  name: 'SettlementPaid',
  version: 1,
  producer: 'vendors',
  description: 'An admin recorded the bank transfer of a settlement.',
  schema: z.object({ settlementId: id('The settlement.'), vendorId: orderFields.vendorId, bankReference: z.string().describe('The bank\'s transfer reference.') }),
});

export const VendorSuspended = defineEvent({
  name: 'VendorSuspended',
  version: 1,
  producer: 'vendors',
  description: 'An admin suspended the vendor: its offers leave the catalog and it takes no new orders; its open orders go on.',
  schema: z.object({
    vendorId: orderFields.vendorId,
    reason: z.string().describe('The admin\'s reason.'),
    adminUserId: z.string().nullable().describe('The admin who suspended it.'),
  }),
});

export const VendorReactivated = defineEvent({
  name: 'VendorReactivated',
  version: 1,
  producer: 'vendors',
  description: 'An admin lifted the vendor\'s suspension: its offers are back in the catalog.',
  schema: z.object({ vendorId: orderFields.vendorId, adminUserId: z.string().nullable().describe('The admin who reactivated it.') }),
});
