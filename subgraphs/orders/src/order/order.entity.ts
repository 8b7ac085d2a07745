import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';
import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { OrderActor, OrderItemKind, OrderPaymentStatus, OrderStatusEnum, PaymentMethodEnum } from './order-enums.js';

/** The delivery address as it was when the order was placed (addresses change; orders must not). */
@ObjectType()
export class OrderAddress {
  @Field() label!: string;
  @Field() contactName!: string;
  @Field() contactPhone!: string;
  @Field() line1!: string;
  @Field(() => String, { nullable: true }) line2!: string | null;
  @Field(() => String, { nullable: true }) landmark!: string | null;
  @Field() city!: string;
  @Field() state!: string;
  @Field() pincode!: string;
  @Field(() => Float, { nullable: true }) latitude!: number | null;
  @Field(() => Float, { nullable: true }) longitude!: number | null;
}

@Entity({ tableName: 'orders' })
@Unique({ name: 'orders_buyer_idempotency_unique', properties: ['buyerId', 'idempotencyKey'] })
@Index({ name: 'orders_buyer_created_idx', properties: ['buyerId', 'createdAt'] })
@Index({ name: 'orders_vendor_created_idx', properties: ['vendorId', 'createdAt'] })
@Index({ name: 'orders_status_created_idx', properties: ['status', 'createdAt'] })
@Check({ name: 'orders_money_non_negative', expression: 'subtotal_paise >= 0 and delivery_charge_paise >= 0 and tax_paise >= 0 and total_paise >= 0' })
@ObjectType({ description: 'An order of materials and/or labour from one vendor.' })
@Directive('@key(fields: "id")')
export class Order {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id: string = randomUUID();

  @Property({ type: 'text' })
  @Unique({ name: 'orders_number_unique' })
  @Field({ description: 'Human-friendly number, e.g. RS-2611-000123.' })
  orderNumber!: string;

  @Property({ type: 'uuid' })
  buyerId!: string;

  @Property({ type: 'uuid' })
  vendorId!: string;

  /** Client-chosen key making a retried placeOrder return the same order. */
  @Property({ type: 'text' })
  idempotencyKey!: string;

  /** SHA-256 of the normalised request the key was first used with (null: placed before it was stored). */
  @Property({ type: 'text', nullable: true })
  requestFingerprint: string | null = null;

  @Enum({ items: () => OrderStatusEnum, nativeEnumName: 'order_status' })
  @Field(() => OrderStatusEnum)
  status!: OrderStatusEnum;

  @Enum({ items: () => PaymentMethodEnum, nativeEnumName: 'payment_method' })
  @Field(() => PaymentMethodEnum)
  paymentMethod!: PaymentMethodEnum;

  /** Changed with a status (applyOrderTransition) or alone through changePaymentStatus, so live subscribers hear of it. */
  @Enum({ items: () => OrderPaymentStatus, nativeEnumName: 'order_payment_status' })
  @Field(() => OrderPaymentStatus)
  paymentStatus!: OrderPaymentStatus;

  @Property({ type: 'json' })
  @Field(() => OrderAddress)
  deliveryAddress!: OrderAddress;

  @Property({ type: 'double', nullable: true })
  @Field(() => Float, { nullable: true, description: 'Estimated road distance from the vendor, km.' })
  distanceKm: number | null = null;

  @Property({ type: 'bigint', runtimeType: 'number' })
  subtotalPaise!: number;

  @Property({ type: 'bigint', runtimeType: 'number' })
  deliveryChargePaise!: number;

  @Property({ type: 'bigint', runtimeType: 'number' })
  deliveryTaxPaise!: number;

  @Property({ type: 'bigint', runtimeType: 'number' })
  taxPaise!: number;

  @Property({ type: 'bigint', runtimeType: 'number' })
  totalPaise!: number;

  @Property({ type: 'date' })
  @Field({ description: 'Indian calendar date the order was priced and taxed on.' })
  pricingDate!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  closingReason: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  cashCollectedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  cashProofMediaId: string | null = null;

  @Property({ type: 'timestamptz' })
  @Field(() => Date)
  createdAt: Date & Opt = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  @Field(() => Date)
  updatedAt: Date & Opt = new Date();
}

@Entity({ tableName: 'order_items' })
@Index({ name: 'order_items_order_idx', properties: ['orderId'] })
@Check({ name: 'order_items_quantity_positive', expression: 'quantity > 0 and unit_price_paise > 0' })
@ObjectType({ description: 'A line of an order, with the name, unit and price it had when ordered.' })
export class OrderItem {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id: string = randomUUID();

  @ManyToOne(() => Order, { mapToPk: true, fieldName: 'order_id', deleteRule: 'cascade' })
  orderId!: string;

  @Property({ type: 'integer' })
  position!: number;

  @Enum({ items: () => OrderItemKind, nativeEnumName: 'order_item_kind' })
  @Field(() => OrderItemKind)
  kind!: OrderItemKind;

  /** Material id or labour category id (catalog). */
  @Property({ type: 'uuid' })
  refId!: string;

  @Property({ type: 'text' })
  @Field()
  name!: string;

  @Property({ type: 'text' })
  @Field({ description: 'Unit of sale, or WORKER_DAY for labour.' })
  unit!: string;

  @Property({ type: 'text' })
  @Field()
  unitDescription!: string;

  @Property({ type: 'integer' })
  @Field(() => Int)
  quantity!: number;

  @Property({ type: 'bigint', runtimeType: 'number' })
  unitPricePaise!: number;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'GST rate applied, basis points (1800 = 18 %).' })
  gstRateBasisPoints!: number;

  @Property({ type: 'text' })
  @Field({ description: 'HSN or SAC code.' })
  taxCode!: string;

  @Property({ type: 'bigint', runtimeType: 'number' })
  lineSubtotalPaise!: number;

  @Property({ type: 'bigint', runtimeType: 'number' })
  lineTaxPaise!: number;

  @Property({ type: 'bigint', runtimeType: 'number' })
  lineTotalPaise!: number;
}

@Entity({ tableName: 'order_status_history' })
@Index({ name: 'order_status_history_order_idx', properties: ['orderId', 'createdAt'] })
@ObjectType({ description: 'One step of an order’s life: who moved it, from what, to what, why.' })
export class OrderStatusHistory {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id: string = randomUUID();

  @ManyToOne(() => Order, { mapToPk: true, fieldName: 'order_id', deleteRule: 'cascade' })
  orderId!: string;

  @Enum({ items: () => OrderStatusEnum, nativeEnumName: 'order_status', nullable: true })
  @Field(() => OrderStatusEnum, { nullable: true })
  fromStatus: OrderStatusEnum | null = null;

  @Enum({ items: () => OrderStatusEnum, nativeEnumName: 'order_status' })
  @Field(() => OrderStatusEnum)
  toStatus!: OrderStatusEnum;

  @Enum({ items: () => OrderActor, nativeEnumName: 'order_actor' })
  @Field(() => OrderActor)
  actor!: OrderActor;

  @Property({ type: 'uuid', nullable: true })
  actorUserId: string | null = null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  note: string | null = null;

  @Property({ type: 'timestamptz' })
  @Field(() => Date)
  createdAt: Date & Opt = new Date();
}

/** Per-month counters behind order numbers (RS-YYMM-NNNNNN). */
@Entity({ tableName: 'order_number_counters' })
export class OrderNumberCounter {
  @PrimaryKey({ type: 'text' })
  month!: string;

  @Property({ type: 'integer' })
  last!: number;
}

export { OrderItemKind };
