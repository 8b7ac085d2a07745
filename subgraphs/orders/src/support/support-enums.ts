import { registerEnumType } from 'type-graphql';

/** Mirrors ticket-lifecycle.ts and ticket-sla.ts as GraphQL and database enums. */
export enum TicketStatusEnum {
  OPEN = 'OPEN',
  AWAITING_SUPPORT = 'AWAITING_SUPPORT',
  AWAITING_CUSTOMER = 'AWAITING_CUSTOMER',
  RESOLVED = 'RESOLVED',
  CLOSED = 'CLOSED',
}
registerEnumType(TicketStatusEnum, {
  name: 'TicketStatus',
  description: 'Where a support ticket is: OPEN → AWAITING_SUPPORT / AWAITING_CUSTOMER → RESOLVED → CLOSED; a RESOLVED ticket can be reopened within 7 days.',
  valuesConfig: {
    OPEN: { description: 'Just opened; nobody has replied yet.' },
    AWAITING_SUPPORT: { description: 'The customer (opener or the order’s vendor) replied last, or reopened it: support’s turn.' },
    AWAITING_CUSTOMER: { description: 'Support replied publicly last: the customer’s turn.' },
    RESOLVED: { description: 'Resolved by support or the opener; the opener may reopen it within 7 days.' },
    CLOSED: { description: 'Closed by support after resolution. Final.' },
  },
});

export enum TicketCategoryEnum {
  ORDER = 'ORDER',
  PAYMENT = 'PAYMENT',
  DELIVERY = 'DELIVERY',
  ACCOUNT = 'ACCOUNT',
  KYC = 'KYC',
  SETTLEMENT = 'SETTLEMENT',
  OTHER = 'OTHER',
}
registerEnumType(TicketCategoryEnum, {
  name: 'TicketCategory',
  description: 'What a ticket is about; decides its starting priority (PAYMENT, DELIVERY, SETTLEMENT: HIGH; ORDER, KYC, ACCOUNT: NORMAL; OTHER: LOW).',
  valuesConfig: {
    ORDER: { description: 'An order: items, quantities, confirmation, cancellation. Starts NORMAL.' },
    PAYMENT: { description: 'Paying, a failed payment, a refund. Starts HIGH.' },
    DELIVERY: { description: 'A delivery: late, damaged, wet, short, the OTP. Starts HIGH.' },
    ACCOUNT: { description: 'Signing in, profile, addresses. Starts NORMAL.' },
    KYC: { description: 'A vendor’s KYC documents and review. Starts NORMAL.' },
    SETTLEMENT: { description: 'A vendor’s settlement or payout. Starts HIGH.' },
    OTHER: { description: 'Anything else. Starts LOW.' },
  },
});

export enum TicketPriorityEnum {
  LOW = 'LOW',
  NORMAL = 'NORMAL',
  HIGH = 'HIGH',
  URGENT = 'URGENT',
}
registerEnumType(TicketPriorityEnum, {
  name: 'TicketPriority',
  description: 'How fast support answers: first response within 1 h (URGENT), 4 h (HIGH), 24 h (NORMAL) or 48 h (LOW) by default.',
  valuesConfig: {
    LOW: { description: 'First response within 48 h, resolution within 7 days (defaults).' },
    NORMAL: { description: 'First response within 24 h, resolution within 72 h (defaults).' },
    HIGH: { description: 'First response within 4 h, resolution within 24 h (defaults).' },
    URGENT: { description: 'First response within 1 h, resolution within 8 h (defaults).' },
  },
});

export enum TicketAuthorRole {
  BUYER = 'BUYER',
  VENDOR = 'VENDOR',
  ADMIN = 'ADMIN',
}
registerEnumType(TicketAuthorRole, {
  name: 'TicketAuthorRole',
  description: 'The side a ticket message or its opener speaks for.',
  valuesConfig: {
    BUYER: { description: 'The buyer who opened the ticket.' },
    VENDOR: { description: 'A vendor: the one who opened the ticket, or the vendor of its order.' },
    ADMIN: { description: 'RealServ support.' },
  },
});
