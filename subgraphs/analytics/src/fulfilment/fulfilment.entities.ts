import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';

/**
 * The measures of `daily_fulfilment` and of its month roll-up `fulfilment_rollups`: one definition
 * for both tables (the same statements write them, reporting/read-model-sql.ts). Not an entity:
 * each table declares its own keys.
 */
export abstract class FulfilmentCounts {
  @Property({ type: 'integer' })
  confirmed: number & Opt = 0;

  @Property({ type: 'integer' })
  rejected: number & Opt = 0;

  @Property({ type: 'integer' })
  cancelled: number & Opt = 0;

  @Property({ type: 'integer' })
  delivered: number & Opt = 0;

  /** Sum of seconds from placed (COD) or paid (online) to confirmed: the mean's numerator. */
  @Property({ type: 'bigint', runtimeType: 'number' })
  confirmSecondsTotal: number & Opt = 0;
}

/** Orders closed before delivery per outcome and reason: `daily_closing_reasons` and `closing_reason_rollups`. */
export abstract class ClosingReasonCount {
  @Property({ type: 'integer' })
  orders: number & Opt = 0;
}

/** Durations in one bucket: `duration_buckets` and `duration_bucket_rollups`. */
export abstract class DurationBucketCount {
  @Property({ type: 'integer' })
  count: number & Opt = 0;
}

/** Vendors' decisions and deliveries per India day of the event and vendor. */
@Entity({ tableName: 'daily_fulfilment' })
@Index({ name: 'daily_fulfilment_vendor_day_idx', properties: ['vendorId', 'day'] })
export class DailyFulfilment extends FulfilmentCounts {
  @PrimaryKey({ type: 'date' })
  day!: string;

  @PrimaryKey({ type: 'uuid' })
  vendorId!: string;
}

/** Rejections and cancellations per day, vendor, outcome and reason (as given; `(none)` without one). */
@Entity({ tableName: 'daily_closing_reasons' })
export class DailyClosingReason extends ClosingReasonCount {
  @PrimaryKey({ type: 'date' })
  day!: string;

  @PrimaryKey({ type: 'uuid' })
  vendorId!: string;

  @PrimaryKey({ type: 'text' })
  outcome!: string;

  @PrimaryKey({ type: 'text' })
  reason!: string;
}

/** Durations per day and metric in log-spaced buckets (reporting/duration-buckets.ts). */
@Entity({ tableName: 'duration_buckets' })
// One metric's days (the ends of a long range; whole months come from duration_bucket_rollups).
@Index({ name: 'duration_buckets_metric_day_idx', properties: ['metric', 'day'] })
export class DurationBucket extends DurationBucketCount {
  @PrimaryKey({ type: 'date' })
  day!: string;

  /** TIME_TO_CONFIRM, CONFIRM_TO_DELIVERED, KYC_DECISION. */
  @PrimaryKey({ type: 'text' })
  metric!: string;

  @PrimaryKey({ type: 'smallint' })
  bucket!: number;
}

/* Calendar months of the three tables above (`day` = the 1st), written by the same statements as their day rows. */

@Entity({ tableName: 'fulfilment_rollups' })
export class FulfilmentRollup extends FulfilmentCounts {
  /** MONTH. */
  @PrimaryKey({ type: 'text' })
  granularity!: string;

  @PrimaryKey({ type: 'date' })
  day!: string;

  @PrimaryKey({ type: 'uuid' })
  vendorId!: string;
}

@Entity({ tableName: 'closing_reason_rollups' })
export class ClosingReasonRollup extends ClosingReasonCount {
  /** MONTH. */
  @PrimaryKey({ type: 'text' })
  granularity!: string;

  @PrimaryKey({ type: 'date' })
  day!: string;

  @PrimaryKey({ type: 'uuid' })
  vendorId!: string;

  @PrimaryKey({ type: 'text' })
  outcome!: string;

  @PrimaryKey({ type: 'text' })
  reason!: string;
}

@Entity({ tableName: 'duration_bucket_rollups' })
export class DurationBucketRollup extends DurationBucketCount {
  /** MONTH. */
  @PrimaryKey({ type: 'text' })
  granularity!: string;

  @PrimaryKey({ type: 'text' })
  metric!: string;

  @PrimaryKey({ type: 'date' })
  day!: string;

  @PrimaryKey({ type: 'smallint' })
  bucket!: number;
}
