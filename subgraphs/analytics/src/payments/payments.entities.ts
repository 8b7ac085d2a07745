import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';

/** Payments per India day of the payment event: captures, failed attempts, refunds. */
@Entity({ tableName: 'daily_payments' })
export class DailyPayments {
  @PrimaryKey({ type: 'date' })
  day!: string;

  @Property({ type: 'integer' })
  onlineCaptured: number & Opt = 0;

  @Property({ type: 'bigint', runtimeType: 'number' })
  onlineCapturedPaise: number & Opt = 0;

  @Property({ type: 'integer' })
  codCollected: number & Opt = 0;

  @Property({ type: 'bigint', runtimeType: 'number' })
  codCollectedPaise: number & Opt = 0;

  /** Failed online attempts (a buyer may retry: one order can fail more than once). */
  @Property({ type: 'integer' })
  onlineFailed: number & Opt = 0;

  @Property({ type: 'integer' })
  refunds: number & Opt = 0;

  @Property({ type: 'bigint', runtimeType: 'number' })
  refundedPaise: number & Opt = 0;

  @Property({ type: 'integer' })
  refundFailures: number & Opt = 0;

  @Property({ type: 'timestamptz' })
  updatedAt: Date & Opt = new Date();
}

/** Failed online payment attempts per day and Razorpay reason. */
@Entity({ tableName: 'daily_payment_failures' })
export class DailyPaymentFailure {
  @PrimaryKey({ type: 'date' })
  day!: string;

  @PrimaryKey({ type: 'text' })
  reason!: string;

  @Property({ type: 'integer' })
  failures: number & Opt = 0;
}
