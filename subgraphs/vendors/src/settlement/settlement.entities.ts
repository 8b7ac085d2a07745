import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum SettlementStatus {
  GENERATED = 'GENERATED',
  PAID = 'PAID',
}
registerEnumType(SettlementStatus, {
  name: 'SettlementStatus',
  description: 'Whether a settlement’s payout was made.',
  valuesConfig: {
    GENERATED: { description: 'Computed; the payout is not recorded as paid yet.' },
    PAID: { description: 'The payout was transferred (bankReference and paidAt set).' },
  },
});

/** Read model fed by OrderCompleted: what settlements are made of (vendors never reads orders' database). */
@Entity({ tableName: 'completed_orders' })
@Index({ name: 'completed_orders_vendor_day_idx', properties: ['vendorId', 'completedOn'] })
export class CompletedOrder {
  @PrimaryKey({ type: 'uuid' })
  orderId!: string;

  @Property({ type: 'text' })
  orderNumber!: string;

  @Property({ type: 'uuid' })
  vendorId!: string;

  @Property({ type: 'date' })
  completedOn!: string;

  @Property({ type: 'text' })
  paymentMethod!: 'ONLINE' | 'COD';

  @Property({ type: 'bigint', runtimeType: 'number' })
  grossPaise!: number;

  @Property({ type: 'bigint', runtimeType: 'number' })
  gstPaise!: number;

  @Property({ type: 'bigint', runtimeType: 'number' })
  platformLiableLabourGstPaise: number & Opt = 0;

  @Property({ type: 'uuid', nullable: true })
  settlementId: string | null = null;
}

/**
 * Read model fed by RefundProcessed (payments): money given back on an order. Netted into the
 * order's line if the order is not settled yet, else an adjustment line in the vendor's next
 * settlement; `settlementId` says which settlement accounted for it. One row per refund, ever.
 */
@Entity({ tableName: 'processed_refunds' })
@Index({ name: 'processed_refunds_order_idx', properties: ['orderId'] })
export class ProcessedRefund {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The payments subgraph's refund id: a refund is accounted for once. */
  @Property({ type: 'text' })
  @Unique({ name: 'processed_refunds_refund_unique' })
  refundId!: string;

  @Property({ type: 'uuid' })
  orderId!: string;

  /** From the event when payments sends it; the completed-order read model is the authority. */
  @Property({ type: 'uuid', nullable: true })
  vendorId: string | null = null;

  @Property({ type: 'bigint', runtimeType: 'number' })
  amountPaise!: number;

  @Property({ type: 'timestamptz' })
  processedAt!: Date;

  /** Indian calendar date of processedAt. */
  @Property({ type: 'date' })
  refundedOn!: string;

  @Property({ type: 'uuid', nullable: true })
  settlementId: string | null = null;
}

@Entity({ tableName: 'settlements' })
@Unique({ name: 'settlements_vendor_period_unique', properties: ['vendorId', 'periodStart', 'periodEnd'] })
@ObjectType({ description: 'A vendor’s payout for a period: what the platform collected, what it deducts, what it pays. Visible to that vendor and admins; all money in integer paise.' })
export class Settlement {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'The settlement id.' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  vendorId!: string;

  @Property({ type: 'date' })
  @Field({ description: 'First day of the period (YYYY-MM-DD, India time).' })
  periodStart!: string;

  @Property({ type: 'date' })
  @Field({ description: 'Last day of the period (YYYY-MM-DD, India time).' })
  periodEnd!: string;

  @Enum({ items: () => SettlementStatus, nativeEnumName: 'settlement_status' })
  @Field(() => SettlementStatus, { description: 'Generated or paid.' })
  status: SettlementStatus & Opt = SettlementStatus.GENERATED;

  @Property({ type: 'json' })
  totals!: Record<string, number>;

  @Property({ type: 'bigint', runtimeType: 'number' })
  openingBalanceOwedPaise!: number;

  @Property({ type: 'bigint', runtimeType: 'number' })
  netPayoutPaise!: number;

  @Property({ type: 'bigint', runtimeType: 'number' })
  carriedForwardPaise!: number;

  /** Income-tax TDS actually deducted: the lines' TDS less the return credit brought forward, never below 0. */
  @Property({ type: 'bigint', runtimeType: 'number' })
  tdsDeductedPaise: number & Opt = 0;

  @Property({ type: 'bigint', runtimeType: 'number' })
  tdsReturnCreditBroughtForwardPaise: number & Opt = 0;

  /** TDS on returns still to adjust against the vendor's later sales (CBDT Circular 20/2023). */
  @Property({ type: 'bigint', runtimeType: 'number' })
  tdsReturnCreditCarriedForwardPaise: number & Opt = 0;

  /** The law each deduction was made under, frozen when the settlement was generated. */
  @Property({ type: 'json', nullable: true })
  legalBases: Array<{ deduction: string; basis: string; from: string; to: string }> | null = null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Bank transfer reference (UTR) of the payout, once paid.' })
  bankReference: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the payout was recorded as paid.' })
  paidAt: Date | null = null;

  @Property({ type: 'timestamptz' })
  @Field(() => Date, { description: 'When the settlement was generated.' })
  createdAt: Date & Opt = new Date();
}

export enum SettlementLineKind {
  ORDER = 'ORDER',
  REFUND_ADJUSTMENT = 'REFUND_ADJUSTMENT',
}
registerEnumType(SettlementLineKind, {
  name: 'SettlementLineKind',
  description: 'ORDER: a completed order, net of refunds made before it was settled. REFUND_ADJUSTMENT: a refund made after its order was settled (negative amounts).',
  valuesConfig: {
    ORDER: { description: 'A completed order, net of refunds processed before it was settled.' },
    REFUND_ADJUSTMENT: { description: 'A refund processed after its order was settled (negative amounts).' },
  },
});

@Entity({ tableName: 'settlement_lines' })
/** An order is settled once, ever, and a refund adjusted once: enforced here, not only in code. */
@Unique({
  name: 'settlement_lines_order_unique',
  expression: `create unique index "settlement_lines_order_unique" on "settlement_lines" ("order_id") where "kind" = 'ORDER'`,
})
@ObjectType({ description: 'One line of a settlement: a completed order, or a later refund adjusting one.' })
export class SettlementLineRow {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'The line id.' })
  id: string = randomUUID();

  @ManyToOne(() => Settlement, { mapToPk: true, fieldName: 'settlement_id', deleteRule: 'cascade' })
  settlementId!: string;

  @Enum({ items: () => SettlementLineKind, nativeEnumName: 'settlement_line_kind' })
  @Field(() => SettlementLineKind, { description: 'Order or refund adjustment.' })
  kind: SettlementLineKind & Opt = SettlementLineKind.ORDER;

  @Property({ type: 'uuid' })
  @Field(() => ID, { description: 'The order settled or adjusted.' })
  orderId!: string;

  @Property({ type: 'text', nullable: true })
  @Unique({ name: 'settlement_lines_refund_unique' })
  @Field(() => ID, { nullable: true, description: 'The refund a REFUND_ADJUSTMENT line accounts for.' })
  refundId: string | null = null;

  @Property({ type: 'date', nullable: true })
  @Field(() => String, { nullable: true, description: 'REFUND_ADJUSTMENT: the day the refund was processed (India time).' })
  refundedOn: string | null = null;

  /** Rates the line was charged at; a later refund of the order is reversed at these. */
  @Property({ type: 'json', nullable: true })
  rates: Record<string, number> | null = null;

  @Property({ type: 'text' })
  @Field({ description: 'The order’s number, e.g. RS-2611-000123.' })
  orderNumber!: string;

  @Property({ type: 'date' })
  @Field({ description: 'Day the order completed (YYYY-MM-DD, India time); its rates are those in force that day.' })
  completedOn!: string;

  @Property({ type: 'text' })
  @Field({ description: 'ONLINE or COD.' })
  paymentMethod!: string;

  @Property({ type: 'json' })
  amounts!: Record<string, number>;
}
