import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, ValidateNested, IsOptional, Max, Min } from 'class-validator';
import { SafeIntResolver } from 'graphql-scalars';
import { MAX_LINE_QUANTITY } from '@realserv/platform';
import { MAX_PRICE_PAISE } from '../material/material.inputs.js';

@InputType({ description: 'One row of a vendor\'s inventory; the vendor is always the caller.' })
export class InventoryItemInput {
  @Field(() => ID)
  materialId!: string;

  @Field(() => SafeIntResolver, { nullable: true, description: 'Price per unit in paise; omit to sell at the base price.' })
  @IsOptional()
  @Min(1)
  @Max(MAX_PRICE_PAISE)
  pricePaise?: number;

  @Field(() => Int)
  @Min(0)
  @Max(100_000_000)
  stockQuantity!: number;

  @Field(() => Int, { defaultValue: 1 })
  @Min(1)
  @Max(MAX_LINE_QUANTITY)
  minOrderQuantity: number = 1;

  @Field(() => Int, { defaultValue: 1 })
  @Min(0)
  @Max(90)
  leadTimeDays: number = 1;

  @Field({ defaultValue: true })
  isAvailable: boolean = true;
}

@InputType()
export class UpdateInventoryInput {
  @Field(() => [InventoryItemInput], { description: 'Up to 200 rows, applied all or nothing.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  items!: InventoryItemInput[];
}
