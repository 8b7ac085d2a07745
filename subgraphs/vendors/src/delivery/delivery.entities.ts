import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum DeliveryStatus {
  PENDING = 'PENDING',
  OUT_FOR_DELIVERY = 'OUT_FOR_DELIVERY',
  RESCHEDULED = 'RESCHEDULED',
  DELIVERED = 'DELIVERED',
  FAILED = 'FAILED',
}
registerEnumType(DeliveryStatus, {
  name: 'DeliveryStatus',
  description: 'Where a delivery stands.',
  valuesConfig: {
    PENDING: { description: 'Created when the vendor confirmed the order; not dispatched yet.' },
    OUT_FOR_DELIVERY: { description: 'Dispatched; the buyer’s OTP (or an admin) completes it.' },
    RESCHEDULED: { description: 'An attempt failed (see attempts); waiting for scheduledFor, then the vendor sends it out again (redispatchDelivery).' },
    DELIVERED: { description: 'Delivered: the buyer’s OTP was verified or an admin completed it.' },
    FAILED: { description: 'The order was cancelled or rejected before dispatch.' },
  },
});

/** Delivery of one confirmed order; the OTP columns are never API. */
@Entity({ tableName: 'deliveries' })
@Index({ name: 'deliveries_vendor_idx', properties: ['vendorId', 'createdAt'] })
@Index({ name: 'deliveries_vendor_status_idx', properties: ['vendorId', 'status', 'createdAt'] })
@Index({ name: 'deliveries_status_idx', properties: ['status', 'createdAt'] })
@ObjectType({ description: 'The delivery of an order: status, history and proof; visible to the order’s buyer, its vendor and admins.' })
export class Delivery {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'The delivery id.' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  @Unique({ name: 'deliveries_order_unique' })
  orderId!: string;

  @Property({ type: 'uuid' })
  buyerId!: string;

  @Property({ type: 'uuid' })
  vendorId!: string;

  @Enum({ items: () => DeliveryStatus, nativeEnumName: 'delivery_status' })
  @Field(() => DeliveryStatus, { description: 'Where the delivery stands.' })
  status: DeliveryStatus & Opt = DeliveryStatus.PENDING;

  /** OTP state (see delivery-otp.ts); the code itself only as a hash and a sealed copy. */
  @Property({ type: 'json', nullable: true })
  otp: (Record<string, unknown> & Opt) | null = null;

  @Property({ type: 'text', nullable: true })
  sealedOtp: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When a rescheduled delivery is due (set by the latest failed attempt).' })
  scheduledFor: (Date & Opt) | null = null;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'How many attempts have failed so far.' })
  failedAttempts: number & Opt = 0;

  @Property({ type: 'text[]' })
  @Field(() => [String], { description: 'Media ids of proof-of-delivery photos.' })
  proofMediaIds: string[] & Opt = [];

  @Property({ type: 'timestamptz' })
  @Field(() => Date, { description: 'When the delivery was created (the vendor confirmed the order).' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  @Field(() => Date, { description: 'When the delivery last changed.' })
  updatedAt: Date & Opt = new Date();
}

@Entity({ tableName: 'delivery_history' })
@Index({ name: 'delivery_history_delivery_idx', properties: ['deliveryId', 'createdAt'] })
@ObjectType({ description: 'One step of a delivery, oldest first.' })
export class DeliveryHistory {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'The history entry id.' })
  id: string = randomUUID();

  @ManyToOne(() => Delivery, { mapToPk: true, fieldName: 'delivery_id', deleteRule: 'cascade' })
  deliveryId!: string;

  @Property({ type: 'text' })
  @Field({ description: 'CREATED, DISPATCHED, OTP_ISSUED, OTP_WRONG, OTP_LOCKED, DELIVERED, DELIVERED_BY_ADMIN (forced, note = reason), PROOF_ADDED, ATTEMPT_FAILED (note = reason and note), REDISPATCHED, FAILED.' })
  step!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Detail of the step: a reason, an OTP failure, a media id.' })
  note: string | null = null;

  @Property({ type: 'timestamptz' })
  @Field(() => Date, { description: 'When the step happened.' })
  createdAt: Date & Opt = new Date();
}

export enum FailedAttemptReason {
  BUYER_ABSENT = 'BUYER_ABSENT',
  SITE_CLOSED = 'SITE_CLOSED',
  VEHICLE_ISSUE = 'VEHICLE_ISSUE',
  ACCESS_BLOCKED = 'ACCESS_BLOCKED',
  OTHER = 'OTHER',
}
registerEnumType(FailedAttemptReason, {
  name: 'FailedAttemptReason',
  description: 'Why a delivery attempt failed.',
  valuesConfig: {
    BUYER_ABSENT: { description: 'Nobody at the site to receive it.' },
    SITE_CLOSED: { description: 'The site was closed.' },
    VEHICLE_ISSUE: { description: 'The vehicle broke down or could not carry the load.' },
    ACCESS_BLOCKED: { description: 'The road or gate was blocked.' },
    OTHER: { description: 'Something else (the note says what).' },
  },
});

/** One failed attempt of a delivery (numbered from 1). */
@Entity({ tableName: 'delivery_attempts' })
@Unique({ name: 'delivery_attempts_number_unique', properties: ['deliveryId', 'attemptNumber'] })
@ObjectType({ description: 'A failed delivery attempt, oldest first.' })
export class DeliveryAttempt {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'The attempt id.' })
  id: string = randomUUID();

  @ManyToOne(() => Delivery, { mapToPk: true, fieldName: 'delivery_id', deleteRule: 'cascade' })
  deliveryId!: string;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: '1 for the first failed attempt, 2 for the second…' })
  attemptNumber!: number;

  @Enum({ items: () => FailedAttemptReason, nativeEnumName: 'failed_attempt_reason' })
  @Field(() => FailedAttemptReason, { description: 'Why it failed.' })
  reason!: FailedAttemptReason;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'The vendor’s note.' })
  note: string | null = null;

  @Property({ type: 'timestamptz' })
  @Field(() => Date, { description: 'The new delivery time the vendor set.' })
  rescheduledFor!: Date;

  @Property({ type: 'uuid', nullable: true })
  recordedByUserId: string | null = null;

  @Property({ type: 'timestamptz' })
  @Field(() => Date, { description: 'When it was recorded.' })
  createdAt: Date & Opt = new Date();
}

/** Order is owned by orders; vendors contributes `Order.delivery` and `Order.deliveryOtp`. */
@ObjectType()
@Directive('@key(fields: "id")')
export class Order {
  @Field(() => ID)
  id!: string;
}
