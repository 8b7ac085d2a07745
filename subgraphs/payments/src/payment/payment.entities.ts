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
registerEnumType(PaymentStatus, { name: 'PaymentStatus' });

export enum PaymentMethodKind {
  ONLINE = 'ONLINE',
  COD = 'COD',
}
registerEnumType(PaymentMethodKind, { name: 'PaymentCollectionMethod', description: 'How the money is collected: Razorpay, or cash by the vendor.' });

export enum RefundStatus {
  PENDING = 'PENDING',
  PROCESSED = 'PROCESSED',
  FAILED = 'FAILED',
}
registerEnumType(RefundStatus, { name: 'RefundStatus' });

export enum RefundKind {
  /** Money of the order's captured payment going back (admin refund, cancellation, rejection). */
  ORDER = 'ORDER',
  /** A Razorpay payment that could not pay the order (wrong amount, a second payment) returned whole. */
  UNMATCHED_PAYMENT = 'UNMATCHED_PAYMENT',
}
registerEnumType(RefundKind, { name: 'RefundKind', description: 'What a refund gives back: order money, or a payment that never paid the order.' });

/** The money side of one order (one payment per order). */
@Entity({ tableName: 'payments' })
@Check({ name: 'payments_amounts_valid', expression: 'amount_paise > 0 and refunded_paise >= 0 and refunded_paise <= amount_paise' })
@ObjectType({ description: 'How an order is paid and where that stands.' })
export class Payment {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  @Unique({ name: 'payments_order_unique' })
  orderId!: string;

  @Property({ type: 'text' })
  @Field()
  orderNumber!: string;

  @Property({ type: 'uuid' })
  buyerId!: string;

  @Property({ type: 'uuid' })
  vendorId!: string;

  @Enum({ items: () => PaymentMethodKind, nativeEnumName: 'payment_method_kind' })
  @Field(() => PaymentMethodKind)
  method!: PaymentMethodKind;

  @Enum({ items: () => PaymentStatus, nativeEnumName: 'payment_status' })
  @Field(() => PaymentStatus)
  status: PaymentStatus & Opt = PaymentStatus.CREATED;

  @Property({ type: 'bigint', runtimeType: 'number' })
  amountPaise!: number;

  @Property({ type: 'bigint', runtimeType: 'number' })
  refundedPaise: number & Opt = 0;

  @Property({ type: 'text', nullable: true })
  @Unique({ name: 'payments_razorpay_order_unique' })
  @Field(() => String, { nullable: true })
  razorpayOrderId: string | null = null;

  @Property({ type: 'text', nullable: true })
  @Unique({ name: 'payments_razorpay_payment_unique' })
  @Field(() => String, { nullable: true })
  razorpayPaymentId: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  capturedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  failureReason: string | null = null;

  @Property({ type: 'timestamptz' })
  @Field(() => Date)
  createdAt: Date & Opt = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  @Field(() => Date)
  updatedAt: Date & Opt = new Date();
}

/** Append-only log of what happened to a payment (and who said so: client, webhook, admin). */
@Entity({ tableName: 'payment_transactions' })
@Index({ name: 'payment_transactions_payment_idx', properties: ['paymentId', 'createdAt'] })
// Finds the payment of an earlier Razorpay order (CHECKOUT_CREATED rows) after checkout reopened.
@Index({ name: 'payment_transactions_reference_idx', properties: ['reference'] })
@ObjectType()
export class PaymentTransaction {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
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
  @Field(() => String, { nullable: true })
  reference: string | null = null;

  @Property({ type: 'timestamptz' })
  @Field(() => Date)
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

@Entity({ tableName: 'refunds' })
@Check({ name: 'refunds_amount_positive', expression: 'amount_paise > 0' })
@ObjectType()
export class Refund {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id: string = randomUUID();

  @ManyToOne(() => Payment, { mapToPk: true, fieldName: 'payment_id', deleteRule: 'cascade' })
  paymentId!: string;

  @Property({ type: 'bigint', runtimeType: 'number' })
  amountPaise!: number;

  @Enum({ items: () => RefundStatus, nativeEnumName: 'refund_status' })
  @Field(() => RefundStatus)
  status: RefundStatus & Opt = RefundStatus.PENDING;

  @Enum({ items: () => RefundKind, nativeEnumName: 'refund_kind', default: RefundKind.ORDER })
  @Field(() => RefundKind)
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
  @Field(() => String, { nullable: true })
  razorpayPaymentId: string | null = null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Why the refund FAILED (Razorpay’s refusal, or the bank’s).' })
  failureReason: string | null = null;

  @Property({ type: 'text', nullable: true })
  @Unique({ name: 'refunds_razorpay_refund_unique' })
  @Field(() => String, { nullable: true })
  razorpayRefundId: string | null = null;

  @Property({ type: 'text' })
  @Field()
  reason!: string;

  @Property({ type: 'timestamptz' })
  @Field(() => Date)
  createdAt: Date & Opt = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  @Field(() => Date)
  updatedAt: Date & Opt = new Date();
}
