import { randomUUID } from 'node:crypto';
import { Check, Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Category } from '../category/category.entity.js';
import { CATALOG_HINT } from '../cache-hints.js';

/** A skilled trade buyers can hire: mason, carpenter, electrician, plumber, painter, … */
@Entity({ tableName: 'labor_categories' })
@Check({ name: 'labor_categories_rates_positive', expression: 'hourly_rate_paise > 0 and daily_rate_paise > 0' })
@Index({ name: 'labor_categories_category_idx', properties: ['categoryId', 'isActive'] })
@Index({
  name: 'labor_categories_search_trgm_idx',
  expression: 'create index "labor_categories_search_trgm_idx" on "labor_categories" using gin ("search_text" gin_trgm_ops)',
})
@Index({
  name: 'labor_categories_search_fts_idx',
  expression: `create index "labor_categories_search_fts_idx" on "labor_categories" using gin (to_tsvector('simple', "search_text"))`,
})
@ObjectType({ description: 'A kind of skilled labour with reference rates.' })
@Directive('@key(fields: "id")')
@Directive(CATALOG_HINT)
export class LaborCategory {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'The trade id.' })
  id: string = randomUUID();

  @ManyToOne(() => Category, { mapToPk: true, fieldName: 'category_id', deleteRule: 'restrict' })
  categoryId!: string;

  @Property({ type: 'text' })
  @Field({ description: 'Display name, e.g. "Mason".' })
  name!: string;

  @Property({ type: 'text' })
  @Unique({ name: 'labor_categories_slug_unique' })
  @Field({ description: 'URL-safe unique name, e.g. "mason".' })
  slug!: string;

  @Property({ type: 'text' })
  @Field({ description: 'What workers of this trade do.' })
  skillDescription!: string;

  @Property({ type: 'bigint', runtimeType: 'number' })
  hourlyRatePaise!: number;

  @Property({ type: 'bigint', runtimeType: 'number' })
  dailyRatePaise!: number;

  @Property({ type: 'text' })
  @Field({ description: 'SAC code of the service; decides its GST treatment.' })
  sacCode!: string;

  @Property({ type: 'boolean' })
  @Field(() => Boolean, { description: 'False once archived: hidden from browse.' })
  isActive: boolean & Opt = true;

  @Property({ type: 'text' })
  searchText!: string;

  @Property({ type: 'timestamptz' })
  @Field(() => Date, { description: 'When the trade was added.' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  @Field(() => Date, { description: 'When the trade last changed.' })
  updatedAt: Date & Opt = new Date();
}
