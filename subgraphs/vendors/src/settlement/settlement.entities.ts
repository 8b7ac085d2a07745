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

@Entity({ tableName: 'settlement_lines' })
@ObjectType()
export class SettlementLineRow {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id: string = randomUUID();

  @ManyToOne(() => Settlement, { mapToPk: true, fieldName: 'settlement_id', deleteRule: 'cascade' })
  settlementId!: string;

  /** An order is settled once, ever: enforced here, not only in code. */
  @Property({ type: 'uuid' })
  @Unique({ name: 'settlement_lines_order_unique' })
  @Field(() => ID)
  orderId!: string;

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
