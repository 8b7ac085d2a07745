import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { SafeIntResolver } from 'graphql-scalars';
import { SLUG, SLUG_MESSAGE } from '../category/category.inputs.js';
import { SaleUnit } from './sale-unit.js';
import { IsSearchText, MAX_UNIT_PRICE_PAISE, OptionalNotNull } from '@realserv/platform';

/** The unit-price cap (₹1 crore) from platform/src/validation/limits.ts. */
export const MAX_PRICE_PAISE = MAX_UNIT_PRICE_PAISE;

@InputType()
export class MaterialSpecificationInput {
  @Field()
  @Matches(/^[a-zA-Z][a-zA-Z0-9]{0,39}$/, { message: 'key must be a short camelCase word' })
  key!: string;

  @Field()
  @Length(1, 60)
  label!: string;

  @Field()
  @Length(1, 100)
  value!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 20)
  unit?: string;
}

@InputType()
export class CreateMaterialInput {
  @Field(() => ID)
  categoryId!: string;

  @Field()
  @Length(2, 150)
  name!: string;

  @Field()
  @Length(2, 120)
  @Matches(SLUG, { message: SLUG_MESSAGE })
  slug!: string;

  @Field()
  @Length(1, 2000)
  description!: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 80)
  brand?: string;

  @Field(() => [MaterialSpecificationInput], { defaultValue: [] })
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  specifications!: MaterialSpecificationInput[];

  @Field(() => SaleUnit)
  unit!: SaleUnit;

  @Field()
  @Length(1, 80)
  unitDescription!: string;

  @Field(() => SafeIntResolver, { description: 'Base price per unit in paise, GST exclusive.' })
  @Min(1)
  @Max(MAX_PRICE_PAISE)
  basePricePaise!: number;

  @Field()
  @Matches(/^\d{4}(\d{2}){0,2}$/, { message: 'hsnCode must be 4, 6 or 8 digits' })
  hsnCode!: string;

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(10)
  imageMediaIds!: string[];
}

@InputType()
export class UpdateMaterialInput {
  @Field(() => ID, { nullable: true })
  @OptionalNotNull()
  categoryId?: string;

  @Field({ nullable: true })
  @OptionalNotNull()
  @Length(2, 150)
  name?: string;

  @Field({ nullable: true })
  @OptionalNotNull()
  @Length(2, 120)
  @Matches(SLUG, { message: SLUG_MESSAGE })
  slug?: string;

  @Field({ nullable: true })
  @OptionalNotNull()
  @Length(1, 2000)
  description?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(0, 80)
  brand?: string;

  @Field(() => [MaterialSpecificationInput], { nullable: true })
  @OptionalNotNull()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  specifications?: MaterialSpecificationInput[];

  @Field(() => SaleUnit, { nullable: true })
  @OptionalNotNull()
  unit?: SaleUnit;

  @Field({ nullable: true })
  @OptionalNotNull()
  @Length(1, 80)
  unitDescription?: string;

  @Field(() => SafeIntResolver, { nullable: true })
  @OptionalNotNull()
  @Min(1)
  @Max(MAX_PRICE_PAISE)
  basePricePaise?: number;

  @Field({ nullable: true })
  @OptionalNotNull()
  @Matches(/^\d{4}(\d{2}){0,2}$/, { message: 'hsnCode must be 4, 6 or 8 digits' })
  hsnCode?: string;

  @Field(() => [String], { nullable: true })
  @OptionalNotNull()
  @ArrayMaxSize(10)
  imageMediaIds?: string[];

  @Field({ nullable: true, description: 'Restore an archived material.' })
  @OptionalNotNull()
  isActive?: boolean;
}

export enum CatalogSort {
  RELEVANCE = 'RELEVANCE',
  NAME_ASC = 'NAME_ASC',
  NAME_DESC = 'NAME_DESC',
  PRICE_ASC = 'PRICE_ASC',
  PRICE_DESC = 'PRICE_DESC',
  NEWEST = 'NEWEST',
}
registerEnumType(CatalogSort, {
  name: 'CatalogSort',
  description: 'RELEVANCE orders by text match when searching and by name otherwise.',
});

@InputType()
export class MaterialFilter {
  @Field(() => ID, { nullable: true, description: 'This category and all its sub-categories.' })
  @IsOptional()
  categoryId?: string;

  @Field({ nullable: true, description: 'Words to find, e.g. "tmt 12mm" or "ultratech 53"; forgives small typos.' })
  @IsOptional()
  @Length(1, 100)
  @IsSearchText()
  search?: string;

  @Field(() => SafeIntResolver, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(MAX_PRICE_PAISE)
  minPricePaise?: number;

  @Field(() => SafeIntResolver, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(MAX_PRICE_PAISE)
  maxPricePaise?: number;

  @Field(() => [String], { nullable: true, description: 'Any of these brands (case-insensitive).' })
  @IsOptional()
  @ArrayMaxSize(20)
  brands?: string[];

  @Field(() => ID, { nullable: true, description: 'Only materials this vendor has available and in stock.' })
  @IsOptional()
  vendorId?: string;

  @Field({ nullable: true, description: 'Only materials some vendor has available and in stock.' })
  @IsOptional()
  inStock?: boolean;

  @Field({ nullable: true, description: 'Admins only: include archived materials.' })
  @IsOptional()
  includeArchived?: boolean;
}
