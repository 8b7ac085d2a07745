import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { INHERIT_MAX_AGE } from '@realserv/platform';
import { Category } from '../category/category.entity.js';
import { SaleUnit } from './sale-unit.js';
import { CATALOG_HINT } from '../cache-hints.js';

@ObjectType({ description: 'A specification builders search and compare by, e.g. Grade 53 or Diameter 12 mm.' })
@Directive(INHERIT_MAX_AGE)
export class MaterialSpecification {
  @Field({ description: 'Machine key, e.g. "grade", "diameter".' })
  key!: string;

  @Field({ description: 'Label for people, e.g. "Grade".' })
  label!: string;

  @Field({ description: 'The value, e.g. "53" or "12".' })
  value!: string;

  @Field(() => String, { nullable: true, description: 'Unit of the value, e.g. "mm"; null when it has none.' })
  unit?: string | null;
}

/**
 * A material in the catalog. `searchText` is derived by the service from name, brand, category
 * and specifications and indexed for full-text and trigram search; it is not API.
 */
@Entity({ tableName: 'materials' })
@Check({ name: 'materials_base_price_positive', expression: 'base_price_paise > 0' })
@Index({ name: 'materials_category_idx', properties: ['categoryId', 'isActive'] })
@Index({ name: 'materials_price_idx', properties: ['basePricePaise'] })
@Index({ name: 'materials_brand_idx', expression: 'create index "materials_brand_idx" on "materials" (lower("brand"))' })
@Index({
  name: 'materials_search_fts_idx',
  expression: `create index "materials_search_fts_idx" on "materials" using gin (to_tsvector('simple', "search_text"))`,
})
@Index({
  name: 'materials_search_trgm_idx',
  expression: 'create index "materials_search_trgm_idx" on "materials" using gin ("search_text" gin_trgm_ops)',
})
@ObjectType({ description: 'A construction material sold on RealServ.' })
@Directive('@key(fields: "id")')
@Directive(CATALOG_HINT)
export class Material {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'The material id.' })
  id: string = randomUUID();

  @ManyToOne(() => Category, { mapToPk: true, fieldName: 'category_id', deleteRule: 'restrict' })
  categoryId!: string;

  @Property({ type: 'text' })
  @Field({ description: 'Display name, e.g. "UltraTech OPC 53 Grade Cement".' })
  name!: string;

  @Property({ type: 'text' })
  @Unique({ name: 'materials_slug_unique' })
  @Field({ description: 'URL-safe unique name.' })
  slug!: string;

  @Property({ type: 'text' })
  @Field({ description: 'Description for the product page.' })
  description!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Brand or manufacturer; null for unbranded materials.' })
  brand: string | null = null;

  @Property({ type: 'json' })
  @Field(() => [MaterialSpecification], { description: 'Specifications to compare by, in display order.' })
  specifications: MaterialSpecification[] & Opt = [];

  @Enum({ items: () => SaleUnit, nativeEnumName: 'sale_unit' })
  @Field(() => SaleUnit, { description: 'The unit it is priced and ordered in.' })
  unit!: SaleUnit;

  @Property({ type: 'text' })
  @Field({ description: 'The pack or measure, e.g. "50 kg bag", "1 brass = 100 cubic feet".' })
  unitDescription!: string;

  @Property({ type: 'bigint', runtimeType: 'number' })
  basePricePaise!: number;

  @Property({ type: 'text' })
  @Field({ description: 'HSN code; decides the GST rate.' })
  hsnCode!: string;

  @Property({ type: 'text[]' })
  @Field(() => [String], { description: 'Media ids of product images (served by the media service).' })
  imageMediaIds: string[] & Opt = [];

  @Property({ type: 'boolean' })
  @Field(() => Boolean, { description: 'False once archived: hidden from browse; orders keep referring to it.' })
  isActive: boolean & Opt = true;

  @Property({ type: 'text' })
  searchText!: string;

  @Property({ type: 'timestamptz' })
  @Field(() => Date, { description: 'When the material was added.' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  @Field(() => Date, { description: 'When the material last changed.' })
  updatedAt: Date & Opt = new Date();
}
