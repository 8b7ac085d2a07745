import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';
import type { OrderLineShape } from './sales-deltas.js';

/**
 * What analytics keeps of each order it has counted: enough to attribute a later cancellation,
 * refund or delivery to the rows the order was counted in (its India day, city, vendor, lines),
 * and the moments its durations are measured from. Admin queries never read it: they read the
 * daily tables below.
 */
@Entity({ tableName: 'order_facts' })
export class OrderFact {
  @PrimaryKey({ type: 'uuid' })
  orderId!: string;

  @Property({ type: 'uuid' })
  vendorId!: string;

  @Property({ type: 'text' })
  vendorName!: string;

  @Property({ type: 'uuid' })
  buyerId!: string;

  @Property({ type: 'text' })
  city!: string;

  /** India day it was placed on: the day every sales row of it is keyed by. */
  @Property({ type: 'date' })
  placedOn!: string;

  @Property({ type: 'timestamptz' })
  placedAt!: Date;

  @Property({ type: 'text' })
  paymentMethod!: 'ONLINE' | 'COD';

  @Property({ type: 'bigint', runtimeType: 'number' })
  totalPaise!: number;

  @Property({ type: 'jsonb' })
  lines!: OrderLineShape[];

  @Property({ type: 'timestamptz', nullable: true })
  paidAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  confirmedAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  deliveredAt: Date | null = null;

  /** CANCELLED or REJECTED once closed before delivery; null while open. */
  @Property({ type: 'text', nullable: true })
  closedAs: string | null = null;

  /** Refunds taken off the net while it was open (see sales-deltas.ts). */
  @Property({ type: 'bigint', runtimeType: 'number' })
  refundedWhileOpenPaise: number & Opt = 0;

  @Property({ type: 'bigint', runtimeType: 'number' })
  refundedPaise: number & Opt = 0;
}

/**
 * A dimension key's label and its orders and GMV: the columns of `daily_sales` and of its week and
 * month roll-up `sales_rollups`, one definition for both (the same statement writes them,
 * reporting/read-model-sql.ts). Not an entity: each table declares its own keys.
 */
export abstract class SalesMeasures {
  @Property({ type: 'text' })
  label!: string;

  @Property({ type: 'integer' })
  orders: number & Opt = 0;

  @Property({ type: 'bigint', runtimeType: 'number' })
  gmvPaise: number & Opt = 0;

  @Property({ type: 'bigint', runtimeType: 'number' })
  netGmvPaise: number & Opt = 0;

  @Property({ type: 'integer' })
  cancelledOrders: number & Opt = 0;

  @Property({ type: 'bigint', runtimeType: 'number' })
  refundedPaise: number & Opt = 0;

  @Property({ type: 'integer' })
  codOrders: number & Opt = 0;

  @Property({ type: 'integer' })
  onlineOrders: number & Opt = 0;
}

/**
 * Orders and GMV per India day and per dimension: ALL (key `all`), CITY (lower-cased name),
 * VENDOR, CATEGORY and MATERIAL (ids). Whole weeks and months are in `sales_rollups` below.
 */
@Entity({ tableName: 'daily_sales' })
@Index({ name: 'daily_sales_dimension_day_idx', properties: ['dimension', 'day'] })
// One key's days (a vendor's weeks, the ALL series) without visiting the dimension's other keys;
// text_pattern_ops so a vendor's VENDOR_MATERIAL keys (`vendorId|…`, LIKE 'vendorId|%') are a range of it too.
@Index({
  name: 'daily_sales_dimension_key_day_idx',
  expression: 'create index "daily_sales_dimension_key_day_idx" on "daily_sales" ("dimension", "key" text_pattern_ops, "day")',
})
export class DailySales extends SalesMeasures {
  @PrimaryKey({ type: 'date' })
  day!: string;

  @PrimaryKey({ type: 'text' })
  dimension!: string;

  @PrimaryKey({ type: 'text' })
  key!: string;

  @Property({ type: 'timestamptz' })
  updatedAt: Date & Opt = new Date();
}

/**
 * Whole ISO weeks (from Monday) and calendar months of `daily_sales`: `day` is the period's first
 * day. Written by the same statement as the day rows (reporting/read-model-sql.ts), so a long
 * range reads a few period rows and only the days at its ends (reporting/analytics-queries.ts).
 */
@Entity({ tableName: 'sales_rollups' })
@Index({
  name: 'sales_rollups_key_prefix_idx',
  expression: 'create index "sales_rollups_key_prefix_idx" on "sales_rollups" ("granularity", "dimension", "key" text_pattern_ops, "day")',
})
export class SalesRollup extends SalesMeasures {
  /** WEEK or MONTH. */
  @PrimaryKey({ type: 'text' })
  granularity!: string;

  @PrimaryKey({ type: 'text' })
  dimension!: string;

  @PrimaryKey({ type: 'text' })
  key!: string;

  /** The period's first day (India calendar). */
  @PrimaryKey({ type: 'date' })
  day!: string;
}

/** Orders per vendor, buyer and day: a vendor's repeat buyers over any range. */
@Entity({ tableName: 'vendor_buyer_days' })
export class VendorBuyerDay {
  @PrimaryKey({ type: 'uuid' })
  vendorId!: string;

  @PrimaryKey({ type: 'date' })
  day!: string;

  @PrimaryKey({ type: 'uuid' })
  buyerId!: string;

  @Property({ type: 'integer' })
  orders: number & Opt = 0;
}
