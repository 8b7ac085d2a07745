import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, ValidateNested, IsOptional, Max, Min } from 'class-validator';
import { SafeIntResolver } from 'graphql-scalars';
import { MAX_LINE_QUANTITY } from '@realserv/platform';
import { MAX_PRICE_PAISE } from '../material/material.inputs.js';

@InputType({ description: 'One row of a vendor\'s inventory; the vendor is always the caller.' })
export class InventoryItemInput {
  @Field(() => ID, { description: 'An active material (each material at most once per request). Errors: BAD_USER_INPUT when unknown or archived.' })
  materialId!: string;

  @Field(() => SafeIntResolver, { nullable: true, description: 'Price per unit in integer paise, GST exclusive, 1 to ₹10 crore; omit to sell at the catalog base price.' })
  @IsOptional()
  @Min(1)
  @Max(MAX_PRICE_PAISE)
  pricePaise?: number;

  @Field(() => Int, { description: 'Units of sale in stock, 0–100,000,000.' })
  @Min(0)
  @Max(100_000_000)
  stockQuantity!: number;

  @Field(() => Int, { defaultValue: 1, description: 'Smallest quantity one order may contain, in units of sale, 1–1,000,000 (default 1).' })
  @Min(1)
  @Max(MAX_LINE_QUANTITY)
  minOrderQuantity: number = 1;

  @Field(() => Int, { defaultValue: 1, description: 'Days needed before delivery, 0–90 (default 1).' })
  @Min(0)
  @Max(90)
  leadTimeDays: number = 1;

  @Field({ defaultValue: true, description: 'Offer it to buyers now (default true).' })
  isAvailable: boolean = true;
}

@InputType({ description: 'Rows of the signed-in vendor’s inventory to create or update.' })
export class UpdateInventoryInput {
  @Field(() => [InventoryItemInput], { description: '1 to 200 rows, one per material, applied all or nothing.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  items!: InventoryItemInput[];
}
