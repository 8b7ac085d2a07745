import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PaymentMethodEnum } from '../order/order-enums.js';
import { Order } from '../order/order.entity.js';
import { DisputeActor, DisputeOutcome, DisputeStatus, DisputeStepKind, DisputeType, VendorDisputeResponse } from './dispute-enums.js';

/**
 * A buyer's dispute about a delivered order. Money and ids are not exposed as columns: the
 * resolver maps them (Money, references); who may read a dispute is `canSeeDispute`.
 */
@Entity({ tableName: 'disputes' })
@Index({
  name: 'disputes_one_open_per_order',
  expression: `create unique index "disputes_one_open_per_order" on "disputes" ("order_id") where "status" in ('AWAITING_VENDOR', 'AWAITING_ADMIN', 'REFUND_PENDING')`,
})
@Index({ name: 'disputes_buyer_created_idx', properties: ['buyerId', 'createdAt'] })
@Index({ name: 'disputes_vendor_created_idx', properties: ['vendorId', 'createdAt'] })
@Index({ name: 'disputes_status_due_idx', properties: ['status', 'responseDueAt'] })
@Check({ name: 'disputes_money_non_negative', expression: 'amount_claimed_paise >= 0 and approved_refund_paise >= 0 and refunded_paise >= 0' })
@ObjectType({ description: 'A buyer’s dispute about a delivered order: the claim, the vendor’s response, the admin’s decision and every step.' })
export class Dispute {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'The dispute id.' })
  id: string = randomUUID();

  @ManyToOne(() => Order, { mapToPk: true, fieldName: 'order_id', deleteRule: 'cascade' })
  orderId!: string;

  @Property({ type: 'uuid' })
  buyerId!: string;

  @Property({ type: 'uuid' })
  vendorId!: string;

  @Property({ type: 'text' })
  @Field({ description: 'The disputed order’s number.' })
  orderNumber!: string;

  @Enum({ items: () => PaymentMethodEnum, nativeEnumName: 'payment_method' })
  paymentMethod!: PaymentMethodEnum;

  @Enum({ items: () => DisputeType, nativeEnumName: 'dispute_type' })
  @Field(() => DisputeType, { description: 'What went wrong.' })
  type!: DisputeType;

  @Enum({ items: () => DisputeStatus, nativeEnumName: 'dispute_status' })
  @Field(() => DisputeStatus, { description: 'Where the dispute is.' })
  status!: DisputeStatus;

  @Property({ type: 'text' })
  @Field({ description: 'The buyer’s account of the problem.' })
  description!: string;

  @Property({ type: 'bigint', runtimeType: 'number' })
  amountClaimedPaise!: number;

  @Property({ type: 'json' })
  @Field(() => [ID], { description: 'The buyer’s evidence: confirmed uploads (media ids, purpose DISPUTE_EVIDENCE).' })
  evidenceMediaIds!: string[];

  @Property({ type: 'timestamptz' })
  @Field(() => Date, { description: 'When the order was delivered (the 7-day window runs from here).' })
  deliveredAt!: Date;

  @Property({ type: 'timestamptz' })
  @Field(() => Date, { description: 'The vendor must accept or contest before this; then an admin takes it over.' })
  responseDueAt!: Date;

  @Enum({ items: () => VendorDisputeResponse, nativeEnumName: 'vendor_dispute_response', nullable: true })
  @Field(() => VendorDisputeResponse, { nullable: true, description: 'The vendor’s answer; null until it responds (or if it never did).' })
  vendorResponse: VendorDisputeResponse | null = null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'The vendor’s message.' })
  vendorMessage: string | null = null;

  @Property({ type: 'json' })
  @Field(() => [ID], { description: 'The vendor’s evidence (media ids, purpose DISPUTE_EVIDENCE).' })
  vendorEvidenceMediaIds: string[] & Opt = [];

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the vendor responded.' })
  respondedAt: Date | null = null;

  @Enum({ items: () => DisputeOutcome, nativeEnumName: 'dispute_outcome', nullable: true })
  @Field(() => DisputeOutcome, { nullable: true, description: 'The admin’s decision; null until resolved.' })
  outcome: DisputeOutcome | null = null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'The admin’s written reason.' })
  resolutionReason: string | null = null;

  @Property({ type: 'bigint', runtimeType: 'number' })
  approvedRefundPaise: number & Opt = 0;

  /** COD: the UPI/bank reference of the manual payout to the buyer. */
  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'The UPI/bank reference of the manual payout to the buyer: cash on delivery (given with the resolution), or an online refund Razorpay refused (recordDisputePayout).' })
  payoutReference: string | null = null;

  /** Binds resolveDispute's idempotency key to the request it was first used with. */
  @Property({ type: 'text', nullable: true })
  resolutionKey: string | null = null;

  @Property({ type: 'text', nullable: true })
  resolutionFingerprint: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When an admin resolved it.' })
  resolvedAt: Date | null = null;

  @Property({ type: 'bigint', runtimeType: 'number' })
  refundedPaise: number & Opt = 0;

  @Property({ type: 'uuid', nullable: true })
  refundId: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When payments reported the refund processed.' })
  refundedAt: Date | null = null;

  /** Razorpay refused the approved refund (RefundFailed): why, and when; an admin may then record a manual payout. */
  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Why the approved refund failed (Razorpay refused it); null unless it did. An admin then records a manual payout (recordDisputePayout).' })
  refundFailure: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When payments reported the refund failed.' })
  refundFailedAt: Date | null = null;

  /** REPLACEMENT: the no-charge order created with the resolution (exposed as `replacementOrder`). */
  @Property({ type: 'uuid', nullable: true })
  @Unique({ name: 'disputes_replacement_order_unique' })
  replacementOrderId: string | null = null;

  @Property({ type: 'timestamptz' })
  @Field(() => Date, { description: 'When the buyer opened it.' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  @Field(() => Date, { description: 'When it last changed.' })
  updatedAt: Date & Opt = new Date();
}

/** A disputed line: which order line and how many of its units. */
@Entity({ tableName: 'dispute_lines' })
@Index({ name: 'dispute_lines_dispute_idx', properties: ['disputeId'] })
@Check({ name: 'dispute_lines_quantity_positive', expression: 'quantity > 0' })
@ObjectType({ description: 'A line of the order the dispute is about, and how many of its units.' })
export class DisputeLine {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Dispute, { mapToPk: true, fieldName: 'dispute_id', deleteRule: 'cascade' })
  disputeId!: string;

  @Property({ type: 'uuid' })
  @Field(() => ID, { description: 'The order line (OrderItem.id).' })
  orderItemId!: string;

  @Property({ type: 'text' })
  @Field({ description: 'The line’s name when ordered.' })
  name!: string;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Units disputed (at most what was ordered).' })
  quantity!: number;

  /** `partial refund` lines are stored too, with `resolution = true`. */
  @Property({ type: 'boolean' })
  @Field(() => Boolean, { description: 'False: a line the buyer disputed; true: a line the admin’s partial refund is for.' })
  resolution: boolean & Opt = false;
}

/** One step of a dispute: who did what, when, and what they said. */
@Entity({ tableName: 'dispute_events' })
@Index({ name: 'dispute_events_dispute_idx', properties: ['disputeId', 'createdAt'] })
@ObjectType({ description: 'One step of a dispute: opened, responded, escalated, resolved, refunded.' })
export class DisputeEvent {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'The history entry id.' })
  id: string = randomUUID();

  @ManyToOne(() => Dispute, { mapToPk: true, fieldName: 'dispute_id', deleteRule: 'cascade' })
  disputeId!: string;

  @Enum({ items: () => DisputeStepKind, nativeEnumName: 'dispute_step' })
  @Field(() => DisputeStepKind, { description: 'What happened.' })
  step!: DisputeStepKind;

  @Enum({ items: () => DisputeStatus, nativeEnumName: 'dispute_status' })
  @Field(() => DisputeStatus, { description: 'The dispute’s status after the step.' })
  status!: DisputeStatus;

  @Enum({ items: () => DisputeActor, nativeEnumName: 'dispute_actor' })
  @Field(() => DisputeActor, { description: 'Who took the step.' })
  actor!: DisputeActor;

  @Property({ type: 'uuid', nullable: true })
  actorUserId: string | null = null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'What they said (description, message, reason).' })
  note: string | null = null;

  @Property({ type: 'timestamptz' })
  @Field(() => Date, { description: 'When.' })
  createdAt: Date & Opt = new Date();
}

/**
 * Read model fed by RefundProcessed (payments): money already given back on an order, so a
 * claim or refund never exceeds what is left. One row per refund (idempotent by its id).
 */
@Entity({ tableName: 'order_refunds' })
@Index({ name: 'order_refunds_order_idx', properties: ['orderId'] })
export class OrderRefund {
  @PrimaryKey({ type: 'uuid' })
  refundId!: string;

  @Property({ type: 'uuid' })
  orderId!: string;

  @Property({ type: 'bigint', runtimeType: 'number' })
  amountPaise!: number;

  @Property({ type: 'uuid', nullable: true })
  disputeId: string | null = null;

  @Property({ type: 'timestamptz' })
  processedAt!: Date;
}
