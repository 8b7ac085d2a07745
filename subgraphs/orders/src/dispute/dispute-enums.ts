import { registerEnumType } from 'type-graphql';

export enum DisputeType {
  NOT_DELIVERED = 'NOT_DELIVERED',
  DAMAGED = 'DAMAGED',
  WRONG_ITEM = 'WRONG_ITEM',
  SHORT_QUANTITY = 'SHORT_QUANTITY',
  QUALITY = 'QUALITY',
  OVERCHARGED = 'OVERCHARGED',
  OTHER = 'OTHER',
}
registerEnumType(DisputeType, {
  name: 'DisputeType',
  description: 'What the buyer says went wrong.',
  valuesConfig: {
    NOT_DELIVERED: { description: 'Marked delivered but not received.' },
    DAMAGED: { description: 'Arrived broken, wet or spoilt.' },
    WRONG_ITEM: { description: 'Another material, grade or brand than ordered.' },
    SHORT_QUANTITY: { description: 'Fewer units than ordered.' },
    QUALITY: { description: 'Below the promised quality.' },
    OVERCHARGED: { description: 'Charged more than agreed.' },
    OTHER: { description: 'Anything else (described).' },
  },
});

/** Kept equal to DISPUTE_STATUSES in dispute-lifecycle.ts (the pure rules use the names). */
export enum DisputeStatus {
  AWAITING_VENDOR = 'AWAITING_VENDOR',
  AWAITING_ADMIN = 'AWAITING_ADMIN',
  REFUND_PENDING = 'REFUND_PENDING',
  REFUNDED = 'REFUNDED',
  REPLACEMENT_ARRANGED = 'REPLACEMENT_ARRANGED',
  REJECTED = 'REJECTED',
}
registerEnumType(DisputeStatus, {
  name: 'DisputeStatus',
  description: 'Where a dispute is. Open: AWAITING_VENDOR, AWAITING_ADMIN, REFUND_PENDING (one per order).',
  valuesConfig: {
    AWAITING_VENDOR: { description: 'Opened; the vendor has 48 hours to accept or contest.' },
    AWAITING_ADMIN: { description: 'The vendor responded, or did not in time; an admin decides.' },
    REFUND_PENDING: { description: 'An admin approved a refund; payments is making it (refundFailure says when Razorpay refused it: an admin then records a manual payout).' },
    REFUNDED: { description: 'The refund was processed (Razorpay, or a recorded manual payout for COD).' },
    REPLACEMENT_ARRANGED: { description: 'An admin decided on a replacement: a no-charge order of the lines (replacementOrder) goes to the vendor; no money moves.' },
    REJECTED: { description: 'An admin rejected the dispute, with a reason.' },
  },
});

export enum DisputeOutcome {
  FULL_REFUND = 'FULL_REFUND',
  PARTIAL_REFUND = 'PARTIAL_REFUND',
  REPLACEMENT = 'REPLACEMENT',
  REJECTED = 'REJECTED',
}
registerEnumType(DisputeOutcome, {
  name: 'DisputeOutcome',
  description: 'An admin’s decision on a dispute.',
  valuesConfig: {
    FULL_REFUND: { description: 'Everything the buyer paid for the order and has not got back yet.' },
    PARTIAL_REFUND: { description: 'A stated amount for stated lines (never above what they were paid).' },
    REPLACEMENT: { description: 'The vendor replaces the goods: a no-charge order (every amount 0) of the lines, placed with the resolution; no money moves.' },
    REJECTED: { description: 'No refund, no replacement.' },
  },
});

export enum VendorDisputeResponse {
  ACCEPTED = 'ACCEPTED',
  CONTESTED = 'CONTESTED',
}
registerEnumType(VendorDisputeResponse, {
  name: 'VendorDisputeResponse',
  description: 'The vendor’s answer to a dispute.',
  valuesConfig: {
    ACCEPTED: { description: 'The vendor agrees with the buyer.' },
    CONTESTED: { description: 'The vendor disagrees, with its own message and evidence.' },
  },
});

export enum DisputeStepKind {
  OPENED = 'OPENED',
  VENDOR_ACCEPTED = 'VENDOR_ACCEPTED',
  VENDOR_CONTESTED = 'VENDOR_CONTESTED',
  ESCALATED = 'ESCALATED',
  RESOLVED = 'RESOLVED',
  REFUND_FAILED = 'REFUND_FAILED',
  PAYOUT_RECORDED = 'PAYOUT_RECORDED',
  REFUNDED = 'REFUNDED',
}
registerEnumType(DisputeStepKind, {
  name: 'DisputeStepKind',
  description: 'A step in a dispute’s history.',
  valuesConfig: {
    OPENED: { description: 'The buyer opened it.' },
    VENDOR_ACCEPTED: { description: 'The vendor accepted the claim.' },
    VENDOR_CONTESTED: { description: 'The vendor contested the claim.' },
    ESCALATED: { description: 'The vendor did not respond in 48 hours; sent to an admin.' },
    RESOLVED: { description: 'An admin decided (the outcome and reason are on the dispute; a replacement order is created with it).' },
    REFUND_FAILED: { description: 'Razorpay refused the approved refund; an admin records a manual payout next.' },
    PAYOUT_RECORDED: { description: 'An admin recorded a manual UPI/bank payout in place of the refused refund.' },
    REFUNDED: { description: 'Payments processed the approved refund.' },
  },
});

export enum DisputeActor {
  BUYER = 'BUYER',
  VENDOR = 'VENDOR',
  ADMIN = 'ADMIN',
  SYSTEM = 'SYSTEM',
}
registerEnumType(DisputeActor, {
  name: 'DisputeActor',
  description: 'Who took a dispute step.',
  valuesConfig: {
    BUYER: { description: 'The buyer who opened it.' },
    VENDOR: { description: 'The order’s vendor.' },
    ADMIN: { description: 'A RealServ admin.' },
    SYSTEM: { description: 'RealServ itself (the escalation job, a refund reported by payments).' },
  },
});
