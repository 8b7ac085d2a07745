import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum PaymentStatus {
  CREATED = 'CREATED',
  AUTHORIZED = 'AUTHORIZED',
  CAPTURED = 'CAPTURED',
  FAILED = 'FAILED',
  REFUNDED = 'REFUNDED',
  PARTIALLY_REFUNDED = 'PARTIALLY_REFUNDED',
}
registerEnumType(PaymentStatus, {
  name: 'PaymentStatus',
  description: 'Where the money of a payment stands.',
  valuesConfig: {
    CREATED: { description: 'Opened: an online payment waiting for Razorpay Checkout, or a COD payment waiting for the cash.' },
    AUTHORIZED: { description: 'Authorised at Razorpay, not captured yet.' },
    CAPTURED: { description: 'The money is in: captured at Razorpay, or the vendor recorded the cash.' },
    FAILED: { description: 'The last Razorpay payment attempt failed; the buyer may pay again while the order waits.' },
    REFUNDED: { description: 'Refunded in full.' },
    PARTIALLY_REFUNDED: { description: 'Part of the captured amount was refunded.' },
  },
});

export enum PaymentMethodKind {
  ONLINE = 'ONLINE',
  COD = 'COD',
}
registerEnumType(PaymentMethodKind, {
  name: 'PaymentCollectionMethod',
  description: 'How the money is collected: Razorpay, or cash by the vendor.',
  valuesConfig: {
    ONLINE: { description: 'Paid online through Razorpay.' },
    COD: { description: 'Cash collected by the vendor at delivery.' },
  },
});

export enum RefundStatus {
  PENDING = 'PENDING',
  PROCESSED = 'PROCESSED',
  FAILED = 'FAILED',
}
registerEnumType(RefundStatus, {
  name: 'RefundStatus',
  description: 'Where a refund stands.',
  valuesConfig: {
    PENDING: { description: 'Sent to Razorpay (or to be re-sent); the outcome is not known yet. Reconciliation settles it.' },
    PROCESSED: { description: 'Razorpay processed the refund (for cash, recorded as paid back).' },
    FAILED: { description: 'Razorpay or the bank refused it; see failureReason. Its amount can be refunded again.' },
  },
});

export enum RefundKind {
  /** Money of the order's captured payment going back (admin refund, cancellation, rejection). */
  ORDER = 'ORDER',
  /** A Razorpay payment that could not pay the order (wrong amount, a second payment) returned whole. */
  UNMATCHED_PAYMENT = 'UNMATCHED_PAYMENT',
}
registerEnumType(RefundKind, {
  name: 'RefundKind',
  description: 'What a refund gives back: order money, or a payment that never paid the order.',
  valuesConfig: {
    ORDER: { description: 'Money of the order’s captured payment going back (admin refund, cancellation, rejection).' },
    UNMATCHED_PAYMENT: { description: 'A Razorpay payment that could not pay the order (wrong amount, a second payment), returned whole.' },
  },
});

/** The money side of one order (one payment per order). */
@Entity({ tableName: 'payments' })
@Check({ name: 'payments_amounts_valid', expression: 'amount_paise > 0 and refunded_paise >= 0 and refunded_paise <= amount_paise' })
// The admin list (`payments(filter, page)`): newest first, narrowed by status or method, or one order number.
@Index({ name: 'payments_created_idx', properties: ['createdAt'] })
@Index({ name: 'payments_status_created_idx', properties: ['status', 'createdAt'] })
@Index({ name: 'payments_method_created_idx', properties: ['method', 'createdAt'] })
@Index({ name: 'payments_order_number_idx', properties: ['orderNumber'] })
@ObjectType({ description: 'How an order is paid and where that stands; visible to the order’s buyer, its vendor and admins.' })
export class Payment {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'The payment id.' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  @Unique({ name: 'payments_order_unique' })
  orderId!: string;

  @Property({ type: 'text' })
  @Field({ description: 'The order’s number, e.g. RS-2611-000123.' })
  orderNumber!: string;

  @Property({ type: 'uuid' })
  buyerId!: string;

  @Property({ type: 'uuid' })
  vendorId!: string;

  @Enum({ items: () => PaymentMethodKind, nativeEnumName: 'payment_method_kind' })
  @Field(() => PaymentMethodKind, { description: 'Online (Razorpay) or cash on delivery.' })
  method!: PaymentMethodKind;

  @Enum({ items: () => PaymentStatus, nativeEnumName: 'payment_status' })
  @Field(() => PaymentStatus, { description: 'Where the money stands.' })
  status: PaymentStatus & Opt = PaymentStatus.CREATED;

  @Property({ type: 'bigint', runtimeType: 'number' })
  amountPaise!: number;

  @Property({ type: 'bigint', runtimeType: 'number' })
  refundedPaise: number & Opt = 0;

  /** COD: the vendor's receipt photo (integrations media id) from CashCollected; null otherwise. */
  @Property({ type: 'uuid', nullable: true })
  codProofMediaId: string | null = null;

  @Property({ type: 'text', nullable: true })
  @Unique({ name: 'payments_razorpay_order_unique' })
  @Field(() => String, { nullable: true, description: 'The Razorpay order id (order_…) once checkout started; online payments only.' })
  razorpayOrderId: string | null = null;

  @Property({ type: 'text', nullable: true })
  @Unique({ name: 'payments_razorpay_payment_unique' })
  @Field(() => String, { nullable: true, description: 'The Razorpay payment id (pay_…) that paid the order; null until captured.' })
  razorpayPaymentId: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the money was captured (or the cash recorded).' })
  capturedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Why the last payment attempt failed, as Razorpay said.' })
  failureReason: string | null = null;

  @Property({ type: 'timestamptz' })
  @Field(() => Date, { description: 'When the payment was opened (checkout started, or a COD order placed).' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  @Field(() => Date, { description: 'When the payment last changed.' })
  updatedAt: Date & Opt = new Date();
}

/** Append-only log of what happened to a payment (and who said so: client, webhook, admin). */
@Entity({ tableName: 'payment_transactions' })
@Index({ name: 'payment_transactions_payment_idx', properties: ['paymentId', 'createdAt'] })
// Finds the payment of an earlier Razorpay order (CHECKOUT_CREATED rows) after checkout reopened.
@Index({ name: 'payment_transactions_reference_idx', properties: ['reference'] })
@ObjectType({ description: 'One entry of a payment’s append-only log: what happened and who said so. Admins only.' })
export class PaymentTransaction {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'The log entry id.' })
  id: string = randomUUID();

  @ManyToOne(() => Payment, { mapToPk: true, fieldName: 'payment_id', deleteRule: 'cascade' })
  paymentId!: string;

  @Property({ type: 'text' })
  @Field({ description: 'e.g. CHECKOUT_CREATED, CAPTURED, FAILED, REFUND_REQUESTED, REFUND_PROCESSED, CASH_COLLECTED.' })
  type!: string;

  @Property({ type: 'bigint', runtimeType: 'number', nullable: true })
  amountPaise: number | null = null;

  @Property({ type: 'text' })
  @Field({ description: 'CLIENT_VERIFICATION, WEBHOOK, ADMIN, SYSTEM.' })
  source!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'The Razorpay id it concerns (payment, refund or order), if any.' })
  reference: string | null = null;

  @Property({ type: 'timestamptz' })
  @Field(() => Date, { description: 'When it was recorded.' })
  createdAt: Date & Opt = new Date();
}

/** Every Razorpay webhook received, verified or not; the event id makes replays harmless. */
@Entity({ tableName: 'payment_webhooks' })
export class PaymentWebhook {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  @Unique({ name: 'payment_webhooks_event_unique' })
  eventId!: string;

  @Property({ type: 'text' })
  eventType!: string;

  @Property({ type: 'json' })
  payload!: Record<string, unknown>;

  @Property({ type: 'boolean' })
  signatureVerified!: boolean;

  @Property({ type: 'timestamptz' })
  receivedAt: Date & Opt = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  processedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  outcome: string | null = null;

  /** Set when the webhook could not be applied (e.g. its payment already paid another order): recorded once, never retried. */
  @Property({ type: 'text', nullable: true })
  error: string | null = null;
}

/** How the money reaches the buyer (derived: a refund without a Razorpay payment is paid out by hand). */
export enum RefundMethod {
  RAZORPAY = 'RAZORPAY',
  MANUAL_PAYOUT = 'MANUAL_PAYOUT',
}
registerEnumType(RefundMethod, {
  name: 'RefundMethod',
  description: 'How a refund reaches the buyer.',
  valuesConfig: {
    RAZORPAY: { description: 'Through Razorpay, to the card, UPI or bank the buyer paid with.' },
    MANUAL_PAYOUT: { description: 'Cash on delivery: the platform pays the buyer by UPI/bank transfer outside Razorpay and records it.' },
  },
});

@Entity({ tableName: 'refunds' })
@Check({ name: 'refunds_amount_positive', expression: 'amount_paise > 0' })
// One live refund per dispute: a refund Razorpay refused (FAILED) may be followed by the admin's manual payout, never by a second refund.
@Index({
  name: 'refunds_dispute_unique',
  expression: `create unique index "refunds_dispute_unique" on "refunds" ("dispute_id") where "status" <> 'FAILED'`,
})
@ObjectType({ description: 'Money going back to the buyer from a payment.' })
export class Refund {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'The refund id.' })
  id: string = randomUUID();

  @ManyToOne(() => Payment, { mapToPk: true, fieldName: 'payment_id', deleteRule: 'cascade' })
  paymentId!: string;

  @Property({ type: 'bigint', runtimeType: 'number' })
  amountPaise!: number;

  @Enum({ items: () => RefundStatus, nativeEnumName: 'refund_status' })
  @Field(() => RefundStatus, { description: 'Pending, processed or failed.' })
  status: RefundStatus & Opt = RefundStatus.PENDING;

  @Enum({ items: () => RefundKind, nativeEnumName: 'refund_kind', default: RefundKind.ORDER })
  @Field(() => RefundKind, { description: 'Order money, or a whole payment that could not pay the order.' })
  kind: RefundKind & Opt = RefundKind.ORDER;

  /** Sent to Razorpay as X-Refund-Idempotency; unique so a retried request refunds once. */
  @Property({ type: 'text' })
  @Unique({ name: 'refunds_idempotency_unique' })
  idempotencyKey!: string;

  /** SHA-256 of the normalised request the key was first used with (null: recorded before it was stored). */
  @Property({ type: 'text', nullable: true })
  requestFingerprint: string | null = null;

  /** The Razorpay payment refunded (null on old rows: the order's payment). */
  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'The Razorpay payment refunded (pay_…).' })
  razorpayPaymentId: string | null = null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Why the refund FAILED (Razorpay’s refusal, or the bank’s).' })
  failureReason: string | null = null;

  @Property({ type: 'text', nullable: true })
  @Unique({ name: 'refunds_razorpay_refund_unique' })
  @Field(() => String, { nullable: true, description: 'Razorpay’s refund id (rfnd_…) once Razorpay answered.' })
  razorpayRefundId: string | null = null;

  @Property({ type: 'text' })
  @Field({ description: 'Why it was refunded (admin’s reason, or the cancellation or rejection).' })
  reason!: string;

  /** A cash-on-delivery refund paid out by hand (UPI/bank transfer): that payout's reference. */
  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'MANUAL_PAYOUT refunds: the UPI/bank reference of the payout to the buyer (given by the admin who resolved the dispute).' })
  payoutReference: string | null = null;

  /** The dispute this refund resolves (orders' DisputeRefundApproved); null for other refunds. */
  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: 'The dispute this refund resolves; null for other refunds.' })
  disputeId: string | null = null;

  @Property({ type: 'timestamptz' })
  @Field(() => Date, { description: 'When the refund was asked for.' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  @Field(() => Date, { description: 'When the refund last changed.' })
  updatedAt: Date & Opt = new Date();
}
