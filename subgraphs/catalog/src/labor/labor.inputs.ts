import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, ValidateNested, IsOptional, Length, Matches, Max, Min } from 'class-validator';
import { SafeIntResolver } from 'graphql-scalars';
import { IsSearchText, OptionalNotNull } from '@realserv/platform';
import { SLUG, SLUG_MESSAGE } from '../category/category.inputs.js';

export const MAX_DAILY_RATE_PAISE = 10_000_00; // ₹10,000 a day per worker: anything above is a typo

@InputType({ description: 'A new trade of skilled labour.' })
export class CreateLaborCategoryInput {
  @Field(() => ID, { description: 'An active LABOUR category. Errors: BAD_USER_INPUT otherwise.' })
  categoryId!: string;

  @Field({ description: 'Display name, 2–80 characters.' })
  @Length(2, 80)
  name!: string;

  @Field({ description: 'URL-safe unique name, 2–80 lowercase letters and digits joined by single hyphens.' })
  @Length(2, 80)
  @Matches(SLUG, { message: SLUG_MESSAGE })
  slug!: string;

  @Field({ description: 'What workers of this trade do, 1–1,000 characters.' })
  @Length(1, 1000)
  skillDescription!: string;

  @Field(() => SafeIntResolver, { description: 'Reference hourly rate per worker in integer paise, GST exclusive, 1 to ₹10,000; not above the daily rate.' })
  @Min(1)
  @Max(MAX_DAILY_RATE_PAISE)
  hourlyRatePaise!: number;

  @Field(() => SafeIntResolver, { description: 'Reference daily rate per worker (8 hours) in integer paise, GST exclusive, 1 to ₹10,000.' })
  @Min(1)
  @Max(MAX_DAILY_RATE_PAISE)
  dailyRatePaise!: number;

  @Field({ description: 'SAC code: 6 digits starting with 99, present in the GST rate table.' })
  @Matches(/^99\d{4}$/, { message: 'sacCode must be a 6-digit SAC code starting with 99' })
  sacCode!: string;
}

@InputType({ description: 'Changes to a trade; omitted fields stay as they are.' })
export class UpdateLaborCategoryInput {
  @Field(() => ID, { nullable: true, description: 'Move to another active LABOUR category.' })
  @OptionalNotNull()
  categoryId?: string;

  @Field({ nullable: true, description: 'Display name, 2–80 characters.' })
  @OptionalNotNull()
  @Length(2, 80)
  name?: string;

  @Field({ nullable: true, description: 'New unique slug, 2–80 lowercase letters and digits joined by single hyphens.' })
  @OptionalNotNull()
  @Length(2, 80)
  @Matches(SLUG, { message: SLUG_MESSAGE })
  slug?: string;

  @Field({ nullable: true, description: 'What workers of this trade do, 1–1,000 characters.' })
  @OptionalNotNull()
  @Length(1, 1000)
  skillDescription?: string;

  @Field(() => SafeIntResolver, { nullable: true, description: 'Reference hourly rate in integer paise, 1 to ₹10,000; not above the daily rate.' })
  @OptionalNotNull()
  @Min(1)
  @Max(MAX_DAILY_RATE_PAISE)
  hourlyRatePaise?: number;

  @Field(() => SafeIntResolver, { nullable: true, description: 'Reference daily rate (8 hours) in integer paise, 1 to ₹10,000.' })
  @OptionalNotNull()
  @Min(1)
  @Max(MAX_DAILY_RATE_PAISE)
  dailyRatePaise?: number;

  @Field({ nullable: true, description: 'SAC code: 6 digits starting with 99, present in the GST rate table.' })
  @OptionalNotNull()
  @Matches(/^99\d{4}$/, { message: 'sacCode must be a 6-digit SAC code starting with 99' })
  sacCode?: string;

  @Field({ nullable: true, description: 'True restores an archived trade.' })
  @OptionalNotNull()
  isActive?: boolean;
}

@InputType({ description: 'Narrows the trade list; all given conditions must match.' })
export class LaborCategoryFilter {
  @Field(() => ID, { nullable: true, description: 'This LABOUR category and all its sub-categories.' })
  @IsOptional()
  categoryId?: string;

  @Field({ nullable: true, description: 'Words to find in the trade’s name, description and category, 1–100 characters; forgives small typos.' })
  @IsOptional()
  @Length(1, 100)
  @IsSearchText()
  search?: string;

  @Field(() => SafeIntResolver, { nullable: true, description: 'Lowest reference daily rate, integer paise.' })
  @IsOptional()
  @Min(0)
  @Max(MAX_DAILY_RATE_PAISE)
  minDailyRatePaise?: number;

  @Field(() => SafeIntResolver, { nullable: true, description: 'Highest reference daily rate, integer paise; not below minDailyRatePaise (else BAD_USER_INPUT).' })
  @IsOptional()
  @Min(0)
  @Max(MAX_DAILY_RATE_PAISE)
  maxDailyRatePaise?: number;

  @Field(() => ID, { nullable: true, description: 'Only trades this vendor has workers available for.' })
  @IsOptional()
  vendorId?: string;

  @Field({ nullable: true, description: 'Only trades some vendor has workers available for.' })
  @IsOptional()
  available?: boolean;

  @Field({ nullable: true, description: 'Admins only: include archived trades (FORBIDDEN for others).' })
  @IsOptional()
  includeArchived?: boolean;
}

@InputType({ description: 'One labour offer of the signed-in vendor.' })
export class LaborOfferInput {
  @Field(() => ID, { description: 'An active trade (each at most once per request). Errors: BAD_USER_INPUT when unknown or archived.' })
  laborCategoryId!: string;

  @Field(() => Int, { description: 'Workers the vendor can send, 0–10,000.' })
  @Min(0)
  @Max(10_000)
  workersAvailable!: number;

  @Field(() => SafeIntResolver, { nullable: true, description: 'Daily rate per worker in integer paise, GST exclusive, 1 to ₹10,000; omit to charge the trade’s reference daily rate.' })
  @IsOptional()
  @Min(1)
  @Max(MAX_DAILY_RATE_PAISE)
  dailyRatePaise?: number;

  @Field({ defaultValue: true, description: 'Offer it to buyers now (default true).' })
  isAvailable: boolean = true;
}

@InputType({ description: 'Labour offers of the signed-in vendor to create or update.' })
export class UpdateLaborOffersInput {
  @Field(() => [LaborOfferInput], { description: '1 to 100 offers, one per trade, applied all or nothing.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  offers!: LaborOfferInput[];
}
