import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, ValidateNested, IsOptional, Length, Matches, Max, Min } from 'class-validator';
import { SafeIntResolver } from 'graphql-scalars';
import { IsSearchText, OptionalNotNull } from '@realserv/platform';
import { SLUG, SLUG_MESSAGE } from '../category/category.inputs.js';

export const MAX_DAILY_RATE_PAISE = 10_000_00; // ₹10,000 a day per worker: anything above is a typo

@InputType()
export class CreateLaborCategoryInput {
  @Field(() => ID, { description: 'A LABOUR category.' })
  categoryId!: string;

  @Field()
  @Length(2, 80)
  name!: string;

  @Field()
  @Length(2, 80)
  @Matches(SLUG, { message: SLUG_MESSAGE })
  slug!: string;

  @Field()
  @Length(1, 1000)
  skillDescription!: string;

  @Field(() => SafeIntResolver)
  @Min(1)
  @Max(MAX_DAILY_RATE_PAISE)
  hourlyRatePaise!: number;

  @Field(() => SafeIntResolver)
  @Min(1)
  @Max(MAX_DAILY_RATE_PAISE)
  dailyRatePaise!: number;

  @Field({ description: 'SAC code (6 digits), known to the GST rate table.' })
  @Matches(/^99\d{4}$/, { message: 'sacCode must be a 6-digit SAC code starting with 99' })
  sacCode!: string;
}

@InputType()
export class UpdateLaborCategoryInput {
  @Field(() => ID, { nullable: true })
  @OptionalNotNull()
  categoryId?: string;

  @Field({ nullable: true })
  @OptionalNotNull()
  @Length(2, 80)
  name?: string;

  @Field({ nullable: true })
  @OptionalNotNull()
  @Length(2, 80)
  @Matches(SLUG, { message: SLUG_MESSAGE })
  slug?: string;

  @Field({ nullable: true })
  @OptionalNotNull()
  @Length(1, 1000)
  skillDescription?: string;

  @Field(() => SafeIntResolver, { nullable: true })
  @OptionalNotNull()
  @Min(1)
  @Max(MAX_DAILY_RATE_PAISE)
  hourlyRatePaise?: number;

  @Field(() => SafeIntResolver, { nullable: true })
  @OptionalNotNull()
  @Min(1)
  @Max(MAX_DAILY_RATE_PAISE)
  dailyRatePaise?: number;

  @Field({ nullable: true })
  @OptionalNotNull()
  @Matches(/^99\d{4}$/, { message: 'sacCode must be a 6-digit SAC code starting with 99' })
  sacCode?: string;

  @Field({ nullable: true })
  @OptionalNotNull()
  isActive?: boolean;
}

@InputType()
export class LaborCategoryFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  categoryId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 100)
  @IsSearchText()
  search?: string;

  @Field(() => SafeIntResolver, { nullable: true, description: 'Minimum reference daily rate, paise.' })
  @IsOptional()
  @Min(0)
  @Max(MAX_DAILY_RATE_PAISE)
  minDailyRatePaise?: number;

  @Field(() => SafeIntResolver, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(MAX_DAILY_RATE_PAISE)
  maxDailyRatePaise?: number;

  @Field(() => ID, { nullable: true, description: 'Only trades this vendor offers workers for.' })
  @IsOptional()
  vendorId?: string;

  @Field({ nullable: true, description: 'Only trades some vendor has workers available for.' })
  @IsOptional()
  available?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  includeArchived?: boolean;
}

@InputType()
export class LaborOfferInput {
  @Field(() => ID)
  laborCategoryId!: string;

  @Field(() => Int)
  @Min(0)
  @Max(10_000)
  workersAvailable!: number;

  @Field(() => SafeIntResolver, { nullable: true, description: "Omit to charge the trade's reference daily rate." })
  @IsOptional()
  @Min(1)
  @Max(MAX_DAILY_RATE_PAISE)
  dailyRatePaise?: number;

  @Field({ defaultValue: true })
  isAvailable: boolean = true;
}

@InputType()
export class UpdateLaborOffersInput {
  @Field(() => [LaborOfferInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  offers!: LaborOfferInput[];
}
