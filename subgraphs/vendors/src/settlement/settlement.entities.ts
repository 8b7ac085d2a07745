import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum SettlementStatus {
  GENERATED = 'GENERATED',
  PAID = 'PAID',
}
registerEnumType(SettlementStatus, { name: 'SettlementStatus' });

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
@ObjectType({ description: "A vendor's payout for a period: what the platform collected, what it deducts, what it pays." })
export class Settlement {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  vendorId!: string;

  @Property({ type: 'date' })
  @Field()
  periodStart!: string;

  @Property({ type: 'date' })
  @Field()
  periodEnd!: string;

  @Enum({ items: () => SettlementStatus, nativeEnumName: 'settlement_status' })
  @Field(() => SettlementStatus)
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
  @Field(() => String, { nullable: true })
  bankReference: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  paidAt: Date | null = null;

  @Property({ type: 'timestamptz' })
  @Field(() => Date)
  createdAt: Date & Opt = new Date();
}

export enum SettlementLineKind {
  ORDER = 'ORDER',
  REFUND_ADJUSTMENT = 'REFUND_ADJUSTMENT',
}
registerEnumType(SettlementLineKind, {
  name: 'SettlementLineKind',
  description: 'ORDER: a completed order, net of refunds made before it was settled. REFUND_ADJUSTMENT: a refund made after its order was settled (negative amounts).',
});

@Entity({ tableName: 'settlement_lines' })
/** An order is settled once, ever, and a refund adjusted once: enforced here, not only in code. */
@Unique({
  name: 'settlement_lines_order_unique',
  expression: `create unique index "settlement_lines_order_unique" on "settlement_lines" ("order_id") where "kind" = 'ORDER'`,
})
@ObjectType()
export class SettlementLineRow {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id: string = randomUUID();

  @ManyToOne(() => Settlement, { mapToPk: true, fieldName: 'settlement_id', deleteRule: 'cascade' })
  settlementId!: string;

  @Enum({ items: () => SettlementLineKind, nativeEnumName: 'settlement_line_kind' })
  @Field(() => SettlementLineKind)
  kind: SettlementLineKind & Opt = SettlementLineKind.ORDER;

  @Property({ type: 'uuid' })
  @Field(() => ID)
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
  @Field()
  orderNumber!: string;

  @Property({ type: 'date' })
  @Field()
  completedOn!: string;

  @Property({ type: 'text' })
  @Field()
  paymentMethod!: string;

  @Property({ type: 'json' })
  amounts!: Record<string, number>;
}
