import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { SafeIntResolver } from 'graphql-scalars';
import { OrderItemKind, OrderStatusEnum, PaymentMethodEnum } from './order-enums.js';
import { MAX_LINE_QUANTITY, MAX_ORDER_TOTAL_PAISE, PageInput } from '@realserv/platform';

@InputType({ description: 'One line of a new order.' })
export class PlaceOrderItemInput {
  @Field(() => OrderItemKind, { description: 'MATERIAL or LABOUR; each kind and refId at most once per order.' })
  kind!: OrderItemKind;

  @Field(() => ID, { description: 'Material id (MATERIAL) or labour category id (LABOUR).' })
  refId!: string;

  @Field(() => Int, { description: 'Units of sale, or worker-days for labour: 1 to 1,000,000, and at least the vendor’s minimum order quantity for a material.' })
  @Min(1)
  @Max(MAX_LINE_QUANTITY)
  quantity!: number;
}

@InputType({ description: 'Prices are never sent: the server prices from the vendor’s inventory.' })
export class PlaceOrderInput {
  @Field(() => ID, { description: 'The vendor to order from; it must be ACTIVE and accepting orders.' })
  vendorId!: string;

  @Field(() => ID, { description: 'One of the buyer’s saved addresses; it is copied into the order.' })
  deliveryAddressId!: string;

  @Field(() => [PlaceOrderItemInput], { description: '1 to 100 lines, each material or trade once.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  items!: PlaceOrderItemInput[];

  @Field(() => PaymentMethodEnum, { description: 'ONLINE (pay with Razorpay before the vendor confirms) or COD.' })
  paymentMethod!: PaymentMethodEnum;

  @Field({ description: 'Client-generated key, 8–64 letters, digits, - or _ (e.g. a UUID per checkout); a retry with the same key and request returns the same order.' })
  @Matches(/^[A-Za-z0-9_-]{8,64}$/, { message: 'idempotencyKey must be 8–64 letters, digits, - or _' })
  idempotencyKey!: string;
}

@InputType({ description: 'An order and an optional reason for a status change.' })
export class OrderReasonInput {
  @Field(() => ID, { description: 'The order.' })
  orderId!: string;

  @Field({ nullable: true, description: '3–500 characters; required to reject, and for admins. Kept as the order’s closingReason and in its history.' })
  @IsOptional()
  @Length(3, 500)
  reason?: string;
}

@InputType({ description: 'Cash collected at the door for a cash-on-delivery order.' })
export class MarkCashCollectedInput {
  @Field(() => ID, { description: 'The cash-on-delivery order, DELIVERED.' })
  orderId!: string;

  @Field(() => SafeIntResolver, { description: 'Cash received, integer paise; must equal the order total.' })
  @Min(1)
  @Max(MAX_ORDER_TOTAL_PAISE)
  amountPaise!: number;

  @Field(() => ID, {
    nullable: true,
    description: 'The photo of the cash receipt: the vendor’s own confirmed upload of purpose COD_PROOF. Required when a vendor records the cash (BAD_USER_INPUT reason PROOF_REQUIRED); an admin may omit it.',
  })
  @IsOptional()
  proofMediaId?: string;
}

@InputType({ description: 'An admin’s move of an order to another status.' })
export class ForceOrderStatusInput {
  @Field(() => ID, { description: 'The order.' })
  orderId!: string;

  @Field(() => OrderStatusEnum, { description: 'The status to move to; must be a transition of the lifecycle (not OUT_FOR_DELIVERY → DELIVERED, which follows the delivery).' })
  status!: OrderStatusEnum;

  @Field({ description: 'Why, 3–500 characters; kept in the order’s history.' })
  @Length(3, 500)
  reason!: string;
}

@InputType({ description: 'Narrows an order list; all given conditions must match.' })
export class OrdersFilter {
  @Field(() => OrderStatusEnum, { nullable: true, description: 'Only orders in this status.' })
  @IsOptional()
  status?: OrderStatusEnum;

  @Field(() => ID, { nullable: true, description: 'Only this vendor’s orders (admin search only; ignored elsewhere).' })
  @IsOptional()
  vendorId?: string;

  @Field(() => ID, { nullable: true, description: 'Only this buyer’s orders (admin search only; ignored elsewhere).' })
  @IsOptional()
  buyerId?: string;

  @Field({ nullable: true, description: 'Order number or its prefix, 2–20 characters, e.g. RS-2611-0001.' })
  @IsOptional()
  @Length(2, 20)
  @Matches(/^[A-Za-z0-9][A-Za-z0-9-]+$/, { message: 'orderNumber must be letters, digits and -' })
  orderNumber?: string;
}

export { PageInput };
