import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { SafeIntResolver } from 'graphql-scalars';
import { SLUG, SLUG_MESSAGE } from '../category/category.inputs.js';
import { SaleUnit } from './sale-unit.js';
import { IsSearchText, MAX_UNIT_PRICE_PAISE, OptionalNotNull } from '@realserv/platform';

/** The unit-price cap (₹1 crore) from platform/src/validation/limits.ts. */
export const MAX_PRICE_PAISE = MAX_UNIT_PRICE_PAISE;

@InputType({ description: 'One specification of a material; keys are unique within a material.' })
export class MaterialSpecificationInput {
  @Field({ description: 'Machine key, a short camelCase word (letter first, up to 40 characters), e.g. "grade".' })
  @Matches(/^[a-zA-Z][a-zA-Z0-9]{0,39}$/, { message: 'key must be a short camelCase word' })
  key!: string;

  @Field({ description: 'Label for people, 1–60 characters, e.g. "Grade".' })
  @Length(1, 60)
  label!: string;

  @Field({ description: 'The value, 1–100 characters, e.g. "53".' })
  @Length(1, 100)
  value!: string;

  @Field(() => String, { nullable: true, description: 'Unit of the value, 1–20 characters, e.g. "mm".' })
  @IsOptional()
  @Length(1, 20)
  unit?: string;
}

@InputType({ description: 'A new catalog material.' })
export class CreateMaterialInput {
  @Field(() => ID, { description: 'An active MATERIAL category. Errors: BAD_USER_INPUT otherwise.' })
  categoryId!: string;

  @Field({ description: 'Display name, 2–150 characters.' })
  @Length(2, 150)
  name!: string;

  @Field({ description: 'URL-safe unique name, 2–120 lowercase letters and digits joined by single hyphens.' })
  @Length(2, 120)
  @Matches(SLUG, { message: SLUG_MESSAGE })
  slug!: string;

  @Field({ description: 'Description, 1–2,000 characters.' })
  @Length(1, 2000)
  description!: string;

  @Field({ nullable: true, description: 'Brand or manufacturer, 1–80 characters.' })
  @IsOptional()
  @Length(1, 80)
  brand?: string;

  @Field(() => [MaterialSpecificationInput], { defaultValue: [], description: 'Up to 30 specifications with distinct keys (default none).' })
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  specifications!: MaterialSpecificationInput[];

  @Field(() => SaleUnit, { description: 'The unit it is priced and ordered in.' })
  unit!: SaleUnit;

  @Field({ description: 'The pack or measure, 1–80 characters, e.g. "50 kg bag".' })
  @Length(1, 80)
  unitDescription!: string;

  @Field(() => SafeIntResolver, { description: 'Catalog price per unit in integer paise, GST exclusive, 1 to ₹10 crore.' })
  @Min(1)
  @Max(MAX_PRICE_PAISE)
  basePricePaise!: number;

  @Field({ description: 'HSN code, 4, 6 or 8 digits, present in the GST rate table.' })
  @Matches(/^\d{4}(\d{2}){0,2}$/, { message: 'hsnCode must be 4, 6 or 8 digits' })
  hsnCode!: string;

  @Field(() => [String], { defaultValue: [], description: 'Up to 10 media ids of product images (default none).' })
  @ArrayMaxSize(10)
  imageMediaIds!: string[];
}

@InputType({ description: 'Changes to a material; omitted fields stay as they are.' })
export class UpdateMaterialInput {
  @Field(() => ID, { nullable: true, description: 'Move to another active MATERIAL category.' })
  @OptionalNotNull()
  categoryId?: string;

  @Field({ nullable: true, description: 'Display name, 2–150 characters.' })
  @OptionalNotNull()
  @Length(2, 150)
  name?: string;

  @Field({ nullable: true, description: 'New unique slug, 2–120 lowercase letters and digits joined by single hyphens.' })
  @OptionalNotNull()
  @Length(2, 120)
  @Matches(SLUG, { message: SLUG_MESSAGE })
  slug?: string;

  @Field({ nullable: true, description: 'Description, 1–2,000 characters.' })
  @OptionalNotNull()
  @Length(1, 2000)
  description?: string;

  @Field({ nullable: true, description: 'Brand, up to 80 characters; empty string clears it.' })
  @IsOptional()
  @Length(0, 80)
  brand?: string;

  @Field(() => [MaterialSpecificationInput], { nullable: true, description: 'Replaces all specifications: up to 30, distinct keys.' })
  @OptionalNotNull()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  specifications?: MaterialSpecificationInput[];

  @Field(() => SaleUnit, { nullable: true, description: 'The unit it is priced and ordered in.' })
  @OptionalNotNull()
  unit?: SaleUnit;

  @Field({ nullable: true, description: 'The pack or measure, 1–80 characters.' })
  @OptionalNotNull()
  @Length(1, 80)
  unitDescription?: string;

  @Field(() => SafeIntResolver, { nullable: true, description: 'Catalog price per unit in integer paise, GST exclusive, 1 to ₹10 crore.' })
  @OptionalNotNull()
  @Min(1)
  @Max(MAX_PRICE_PAISE)
  basePricePaise?: number;

  @Field({ nullable: true, description: 'HSN code, 4, 6 or 8 digits, present in the GST rate table.' })
  @OptionalNotNull()
  @Matches(/^\d{4}(\d{2}){0,2}$/, { message: 'hsnCode must be 4, 6 or 8 digits' })
  hsnCode?: string;

  @Field(() => [String], { nullable: true, description: 'Replaces the image media ids: up to 10.' })
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
  valuesConfig: {
    RELEVANCE: { description: 'Best text match first when searching; by name otherwise (the default).' },
    NAME_ASC: { description: 'By name, A to Z.' },
    NAME_DESC: { description: 'By name, Z to A.' },
    PRICE_ASC: { description: 'Cheapest first (base price, or reference daily rate for trades).' },
    PRICE_DESC: { description: 'Most expensive first.' },
    NEWEST: { description: 'Most recently added first.' },
  },
});

@InputType({ description: 'Narrows the material list; all given conditions must match.' })
export class MaterialFilter {
  @Field(() => ID, { nullable: true, description: 'This category and all its sub-categories.' })
  @IsOptional()
  categoryId?: string;

  @Field({ nullable: true, description: 'Words to find in name, brand, category and specifications, 1–100 characters, e.g. "tmt 12mm" or "ultratech 53"; forgives small typos.' })
  @IsOptional()
  @Length(1, 100)
  @IsSearchText()
  search?: string;

  @Field(() => SafeIntResolver, { nullable: true, description: 'Lowest catalog base price per unit, integer paise.' })
  @IsOptional()
  @Min(0)
  @Max(MAX_PRICE_PAISE)
  minPricePaise?: number;

  @Field(() => SafeIntResolver, { nullable: true, description: 'Highest catalog base price per unit, integer paise; not below minPricePaise (else BAD_USER_INPUT).' })
  @IsOptional()
  @Min(0)
  @Max(MAX_PRICE_PAISE)
  maxPricePaise?: number;

  @Field(() => [String], { nullable: true, description: 'Any of these brands (case-insensitive), up to 20.' })
  @IsOptional()
  @ArrayMaxSize(20)
  brands?: string[];

  @Field(() => ID, { nullable: true, description: 'Only materials this vendor has available and in stock.' })
  @IsOptional()
  vendorId?: string;

  @Field({ nullable: true, description: 'Only materials some vendor has available and in stock.' })
  @IsOptional()
  inStock?: boolean;

  @Field({ nullable: true, description: 'Admins only: include archived materials (FORBIDDEN for others).' })
  @IsOptional()
  includeArchived?: boolean;
}
