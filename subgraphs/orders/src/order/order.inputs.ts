import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { SafeIntResolver } from 'graphql-scalars';
import { OrderItemKind, OrderStatusEnum, PaymentMethodEnum } from './order-enums.js';
import { MAX_LINE_QUANTITY, MAX_ORDER_TOTAL_PAISE, PageInput } from '@realserv/platform';

@InputType()
export class PlaceOrderItemInput {
  @Field(() => OrderItemKind)
  kind!: OrderItemKind;

  @Field(() => ID, { description: 'Material id (MATERIAL) or labour category id (LABOUR).' })
  refId!: string;

  @Field(() => Int, { description: 'Units of sale, or worker-days for labour.' })
  @Min(1)
  @Max(MAX_LINE_QUANTITY)
  quantity!: number;
}

@InputType({ description: 'Prices are never sent: the server prices from the vendor’s inventory.' })
export class PlaceOrderInput {
  @Field(() => ID)
  vendorId!: string;

  @Field(() => ID, { description: 'One of the buyer’s saved addresses; it is copied into the order.' })
  deliveryAddressId!: string;

  @Field(() => [PlaceOrderItemInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  items!: PlaceOrderItemInput[];

  @Field(() => PaymentMethodEnum)
  paymentMethod!: PaymentMethodEnum;

  @Field({ description: 'Client-generated key (e.g. a UUID per checkout); a retry with the same key returns the same order.' })
  @Matches(/^[A-Za-z0-9_-]{8,64}$/, { message: 'idempotencyKey must be 8–64 letters, digits, - or _' })
  idempotencyKey!: string;
}

@InputType()
export class OrderReasonInput {
  @Field(() => ID)
  orderId!: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(3, 500)
  reason?: string;
}

@InputType()
export class MarkCashCollectedInput {
  @Field(() => ID)
  orderId!: string;

  @Field(() => SafeIntResolver, { description: 'Cash received, paise; must equal the order total.' })
  @Min(1)
  @Max(MAX_ORDER_TOTAL_PAISE)
  amountPaise!: number;

  @Field(() => ID, { nullable: true, description: 'Optional media id of a photo of the receipt.' })
  @IsOptional()
  proofMediaId?: string;
}

@InputType()
export class ForceOrderStatusInput {
  @Field(() => ID)
  orderId!: string;

  @Field(() => OrderStatusEnum)
  status!: OrderStatusEnum;

  @Field()
  @Length(3, 500)
  reason!: string;
}

@InputType()
export class OrdersFilter {
  @Field(() => OrderStatusEnum, { nullable: true })
  @IsOptional()
  status?: OrderStatusEnum;

  @Field(() => ID, { nullable: true, description: 'Admins only.' })
  @IsOptional()
  vendorId?: string;

  @Field(() => ID, { nullable: true, description: 'Admins only.' })
  @IsOptional()
  buyerId?: string;

  @Field({ nullable: true, description: 'Order number or its prefix, e.g. RS-2611-0001.' })
  @IsOptional()
  @Length(2, 20)
  @Matches(/^[A-Za-z0-9][A-Za-z0-9-]+$/, { message: 'orderNumber must be letters, digits and -' })
  orderNumber?: string;
}

export { PageInput };
