export const NOTIFICATION_CHANNELS = ['EMAIL', 'SMS', 'WHATSAPP', 'PUSH', 'IN_APP'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];
export const NOTIFICATION_CATEGORIES = ['ORDER_UPDATES', 'PAYMENTS', 'DELIVERY_OTP', 'SETTLEMENTS', 'ACCOUNT', 'PROMOTIONS'] as const;
export type NotificationCategory = (typeof NOTIFICATION_CATEGORIES)[number];
/** Security categories: at least one channel stays on (preferences cannot switch them off entirely). */
export const SECURITY_CATEGORIES: readonly NotificationCategory[] = ['DELIVERY_OTP', 'ACCOUNT'];
/** What happened, for whom: one template set per kind. `variables` are what a template may use; `secret` ones are masked when stored or logged. */
export const NOTIFICATION_KINDS = {
  ORDER_PLACED_BUYER:      { category: 'ORDER_UPDATES', audience: 'BUYER',  variables: ['recipientName', 'orderNumber', 'amount', 'vendorName', 'paymentMethod'] },
  ORDER_PLACED_VENDOR:     { category: 'ORDER_UPDATES', audience: 'VENDOR', variables: ['recipientName', 'orderNumber', 'amount', 'paymentMethod'] },
  ORDER_CONFIRMED:         { category: 'ORDER_UPDATES', audience: 'BUYER',  variables: ['recipientName', 'orderNumber', 'vendorName'] },
  ORDER_REJECTED:          { category: 'ORDER_UPDATES', audience: 'BUYER',  variables: ['recipientName', 'orderNumber', 'vendorName', 'reason'] },
  ORDER_DISPATCHED:        { category: 'ORDER_UPDATES', audience: 'BUYER',  variables: ['recipientName', 'orderNumber', 'vendorName'] },
  ORDER_DELIVERED:         { category: 'ORDER_UPDATES', audience: 'BUYER',  variables: ['recipientName', 'orderNumber'] },
  ORDER_COMPLETED:         { category: 'ORDER_UPDATES', audience: 'BUYER',  variables: ['recipientName', 'orderNumber', 'amount'] },
  ORDER_CANCELLED_BUYER:   { category: 'ORDER_UPDATES', audience: 'BUYER',  variables: ['recipientName', 'orderNumber', 'reason'] },
  ORDER_CANCELLED_VENDOR:  { category: 'ORDER_UPDATES', audience: 'VENDOR', variables: ['recipientName', 'orderNumber', 'reason'] },
  PAYMENT_RECEIPT:         { category: 'PAYMENTS',      audience: 'BUYER',  variables: ['recipientName', 'orderNumber', 'amount'] },
  PAYMENT_RECEIVED_VENDOR: { category: 'PAYMENTS',      audience: 'VENDOR', variables: ['recipientName', 'orderNumber', 'amount'] },
  PAYMENT_FAILED:          { category: 'PAYMENTS',      audience: 'BUYER',  variables: ['recipientName', 'orderNumber', 'reason'] },
  REFUND_PROCESSED:        { category: 'PAYMENTS',      audience: 'BUYER',  variables: ['recipientName', 'orderNumber', 'amount'] },
  DELIVERY_OTP:            { category: 'DELIVERY_OTP',  audience: 'BUYER',  variables: ['recipientName', 'orderNumber', 'otp'], secret: ['otp'] },
  KYC_APPROVED:            { category: 'ACCOUNT',       audience: 'VENDOR', variables: ['recipientName', 'vendorName'] },
  KYC_REJECTED:            { category: 'ACCOUNT',       audience: 'VENDOR', variables: ['recipientName', 'vendorName', 'reason'] },
  SETTLEMENT_GENERATED:    { category: 'SETTLEMENTS',   audience: 'VENDOR', variables: ['recipientName', 'amount', 'periodLabel'] },
  SETTLEMENT_PAID:         { category: 'SETTLEMENTS',   audience: 'VENDOR', variables: ['recipientName', 'amount', 'bankReference'] },
  TICKET_REPLY_BUYER:      { category: 'ORDER_UPDATES', audience: 'BUYER',  variables: ['recipientName', 'ticketNumber', 'from'] },
  TICKET_REPLY_VENDOR:     { category: 'ORDER_UPDATES', audience: 'VENDOR', variables: ['recipientName', 'ticketNumber', 'from'] },
  TICKET_STATUS_BUYER:     { category: 'ORDER_UPDATES', audience: 'BUYER',  variables: ['recipientName', 'ticketNumber', 'status'] },
  TICKET_STATUS_VENDOR:    { category: 'ORDER_UPDATES', audience: 'VENDOR', variables: ['recipientName', 'ticketNumber', 'status'] },
  DISPUTE_OPENED_BUYER:    { category: 'ORDER_UPDATES', audience: 'BUYER',  variables: ['recipientName', 'orderNumber', 'amount', 'disputeType'] },
  DISPUTE_OPENED_VENDOR:   { category: 'ORDER_UPDATES', audience: 'VENDOR', variables: ['recipientName', 'orderNumber', 'amount', 'respondBy', 'disputeType'] },
  DISPUTE_RESPONDED:       { category: 'ORDER_UPDATES', audience: 'BUYER',  variables: ['recipientName', 'orderNumber', 'response'] },
  DISPUTE_ESCALATED_BUYER: { category: 'ORDER_UPDATES', audience: 'BUYER',  variables: ['recipientName', 'orderNumber'] },
  DISPUTE_ESCALATED_VENDOR:{ category: 'ORDER_UPDATES', audience: 'VENDOR', variables: ['recipientName', 'orderNumber'] },
  DISPUTE_RESOLVED_BUYER:  { category: 'ORDER_UPDATES', audience: 'BUYER',  variables: ['recipientName', 'orderNumber', 'outcome', 'amount', 'reason'] },
  DISPUTE_RESOLVED_VENDOR: { category: 'ORDER_UPDATES', audience: 'VENDOR', variables: ['recipientName', 'orderNumber', 'outcome', 'amount', 'reason'] },
  DELIVERY_ATTEMPTS_FAILED_ADMIN: { category: 'ORDER_UPDATES', audience: 'ADMIN', variables: ['recipientName', 'orderNumber', 'vendorName', 'attemptNumber', 'reason', 'note'] },
} as const satisfies Record<string, { category: NotificationCategory; audience: 'BUYER' | 'VENDOR' | 'ADMIN'; variables: readonly string[]; secret?: readonly string[] }>;
export type NotificationKind = keyof typeof NOTIFICATION_KINDS;

/**
 * Every non-secret variable of the kind, '' where the event gave none (templates render in
 * strict mode, so a missing variable would make the message impossible to render); variables
 * the kind does not have are dropped. Secrets are added only when a message is sent.
 */
export function variablesOfKind(kind: NotificationKind, given: Readonly<Record<string, string>>): Record<string, string> {
  const spec = NOTIFICATION_KINDS[kind] as { variables: readonly string[]; secret?: readonly string[] };
  const secret = spec.secret ?? [];
  return Object.fromEntries(spec.variables.filter((name) => !secret.includes(name)).map((name) => [name, given[name] ?? '']));
}
