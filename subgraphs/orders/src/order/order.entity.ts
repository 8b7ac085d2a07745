import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';
import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { LocationSourceEnum, OrderActor, OrderItemKind, OrderPaymentStatus, OrderStatusEnum, PaymentMethodEnum } from './order-enums.js';

/** The delivery address as it was when the order was placed (addresses change; orders must not). */
@ObjectType({ description: 'The delivery address as it was when the order was placed; later edits of the buyer’s address do not change it.' })
export class OrderAddress {
  @Field({ description: 'The buyer’s name for the address, e.g. "Site office".' }) label!: string;
  @Field({ description: 'Who receives the delivery.' }) contactName!: string;
  @Field(() => String, { nullable: true, description: 'E.164 mobile number for the delivery driver; null once the buyer deleted their account (erased).' }) contactPhone!: string | null;
  @Field({ description: 'First address line.' }) line1!: string;
  @Field(() => String, { nullable: true, description: 'Second address line.' }) line2!: string | null;
  @Field(() => String, { nullable: true, description: 'A landmark to find the site.' }) landmark!: string | null;
  @Field({ description: 'City or town.' }) city!: string;
  @Field({ description: 'Indian state or union territory.' }) state!: string;
  @Field({ description: 'Six-digit India Post PIN code.' }) pincode!: string;
  @Field(() => Float, { nullable: true, description: 'Latitude in decimal degrees; null when the address had none.' }) latitude!: number | null;
  @Field(() => Float, { nullable: true, description: 'Longitude in decimal degrees; null when the address had none.' }) longitude!: number | null;
}

@Entity({ tableName: 'orders' })
@Unique({ name: 'orders_buyer_idempotency_unique', properties: ['buyerId', 'idempotencyKey'] })
@Index({ name: 'orders_buyer_created_idx', properties: ['buyerId', 'createdAt'] })
@Index({ name: 'orders_vendor_created_idx', properties: ['vendorId', 'createdAt'] })
@Index({ name: 'orders_status_created_idx', properties: ['status', 'createdAt'] })
// An erased delivery phone is null, never "" (deleted-buyer.events.ts).
@Check({ name: 'orders_delivery_phone_not_empty', expression: "(delivery_address->>'contactPhone') <> ''" })
@Check({ name: 'orders_money_non_negative', expression: 'subtotal_paise >= 0 and delivery_charge_paise >= 0 and tax_paise >= 0 and total_paise >= 0' })
@Check({ name: 'orders_replacement_no_charge', expression: 'replacement_for_order_id is null or (total_paise = 0 and tax_paise = 0)' })
@ObjectType({ description: 'An order of materials and/or labour from one vendor.' })
@Directive('@key(fields: "id")')
export class Order {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'The order id.' })
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
  @Field(() => OrderStatusEnum, { description: 'Where the order is in its life.' })
  status!: OrderStatusEnum;

  @Enum({ items: () => PaymentMethodEnum, nativeEnumName: 'payment_method' })
  @Field(() => PaymentMethodEnum, { description: 'Online (Razorpay) or cash on delivery; chosen at placeOrder.' })
  paymentMethod!: PaymentMethodEnum;

  /** Changed with a status (applyOrderTransition) or alone through changePaymentStatus, so live subscribers hear of it. */
  @Enum({ items: () => OrderPaymentStatus, nativeEnumName: 'order_payment_status' })
  @Field(() => OrderPaymentStatus, { description: 'The order’s view of its money (the Payment has the details).' })
  paymentStatus!: OrderPaymentStatus;

  @Property({ type: 'json' })
  @Field(() => OrderAddress, { description: 'The delivery address copied when the order was placed.' })
  deliveryAddress!: OrderAddress;

  @Property({ type: 'double', nullable: true })
  @Field(() => Float, { nullable: true, description: 'Road distance from the vendor, km to two decimals (deliveryDistanceMeters / 1000); null when the address had no coordinates.' })
  distanceKm: number | null = null;

  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: 'Road distance from the vendor’s business address to the site that priced the delivery, metres; null when the address had no coordinates (base fare charged).' })
  deliveryDistanceMeters: number | null = null;

  @Enum({ items: () => LocationSourceEnum, nativeEnumName: 'location_source', nullable: true })
  @Field(() => LocationSourceEnum, { nullable: true, description: 'Which source priced the distance: PROVIDER (the maps provider, live or cached) or FALLBACK (the offline estimate while the provider was down); null when there was no distance.' })
  distanceSource: LocationSourceEnum | null = null;

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
  @Field({ description: 'India calendar day (YYYY-MM-DD) the order was priced and taxed on (GST rates in force that day).' })
  pricingDate!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Why it was cancelled or rejected; null otherwise.' })
  closingReason: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: 'Cash on delivery: when the vendor recorded the cash; null until then.' })
  cashCollectedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  cashProofMediaId: string | null = null;

  /** A dispute's replacement (no charge, every amount 0): the order it replaces. Exposed as `replacementFor`. */
  @Property({ type: 'uuid', nullable: true })
  replacementForOrderId: string | null = null;

  @Property({ type: 'timestamptz' })
  @Field(() => Date, { description: 'When the order was placed.' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  @Field(() => Date, { description: 'When the order last changed.' })
  updatedAt: Date & Opt = new Date();
}

@Entity({ tableName: 'order_items' })
@Index({ name: 'order_items_order_idx', properties: ['orderId'] })
// A replacement's lines are free (unit price 0); the orders_replacement_no_charge check keeps that to replacements' totals.
@Check({ name: 'order_items_quantity_positive', expression: 'quantity > 0 and unit_price_paise >= 0' })
@ObjectType({ description: 'A line of an order, with the name, unit and price it had when ordered.' })
export class OrderItem {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'The line id.' })
  id: string = randomUUID();

  @ManyToOne(() => Order, { mapToPk: true, fieldName: 'order_id', deleteRule: 'cascade' })
  orderId!: string;

  @Property({ type: 'integer' })
  position!: number;

  @Enum({ items: () => OrderItemKind, nativeEnumName: 'order_item_kind' })
  @Field(() => OrderItemKind, { description: 'Material or labour.' })
  kind!: OrderItemKind;

  /** Material id or labour category id (catalog). */
  @Property({ type: 'uuid' })
  refId!: string;

  @Property({ type: 'text' })
  @Field({ description: 'Material or trade name when ordered.' })
  name!: string;

  @Property({ type: 'text' })
  @Field({ description: 'Unit of sale, or WORKER_DAY for labour.' })
  unit!: string;

  @Property({ type: 'text' })
  @Field({ description: 'The pack or measure when ordered, e.g. "50 kg bag".' })
  unitDescription!: string;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Units of sale, or worker-days for labour.' })
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
  @Field(() => ID, { description: 'The history entry id.' })
  id: string = randomUUID();

  @ManyToOne(() => Order, { mapToPk: true, fieldName: 'order_id', deleteRule: 'cascade' })
  orderId!: string;

  @Enum({ items: () => OrderStatusEnum, nativeEnumName: 'order_status', nullable: true })
  @Field(() => OrderStatusEnum, { nullable: true, description: 'The status before; null for the order’s first status.' })
  fromStatus: OrderStatusEnum | null = null;

  @Enum({ items: () => OrderStatusEnum, nativeEnumName: 'order_status' })
  @Field(() => OrderStatusEnum, { description: 'The status after.' })
  toStatus!: OrderStatusEnum;

  @Enum({ items: () => OrderActor, nativeEnumName: 'order_actor' })
  @Field(() => OrderActor, { description: 'Who made the move.' })
  actor!: OrderActor;

  @Property({ type: 'uuid', nullable: true })
  actorUserId: string | null = null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'The reason or an explanation, e.g. "Payment captured".' })
  note: string | null = null;

  @Property({ type: 'timestamptz' })
  @Field(() => Date, { description: 'When the move happened.' })
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
