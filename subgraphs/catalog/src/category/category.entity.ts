import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CATALOG_HINT } from '../cache-hints.js';

export enum CategoryKind {
  MATERIAL = 'MATERIAL',
  LABOUR = 'LABOUR',
}
registerEnumType(CategoryKind, {
  name: 'CategoryKind',
  description: 'Whether a category groups materials or labour.',
  valuesConfig: {
    MATERIAL: { description: 'Groups materials (cement, steel, sand, …).' },
    LABOUR: { description: 'Groups trades of skilled labour (masons, plumbers, …).' },
  },
});

/** A node of the catalog tree (e.g. Steel › TMT Bars). Archived categories are hidden from browse. */
@Entity({ tableName: 'categories' })
@Index({ name: 'categories_parent_idx', properties: ['parentId', 'sortOrder'] })
@ObjectType({ description: 'A catalog category; categories form a tree.' })
@Directive('@key(fields: "id")')
@Directive(CATALOG_HINT)
export class Category {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'The category id.' })
  id: string = randomUUID();

  @ManyToOne(() => Category, { mapToPk: true, nullable: true, fieldName: 'parent_id', deleteRule: 'restrict' })
  parentId: string | null = null;

  @Enum({ items: () => CategoryKind, nativeEnumName: 'category_kind' })
  @Field(() => CategoryKind, { description: 'Whether it groups materials or labour; sub-categories have their parent’s kind.' })
  kind!: CategoryKind;

  @Property({ type: 'text' })
  @Field({ description: 'Display name, e.g. "TMT Bars".' })
  name!: string;

  @Property({ type: 'text' })
  @Unique({ name: 'categories_slug_unique' })
  @Field({ description: 'URL-safe unique name, e.g. "tmt-bars".' })
  slug!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Longer text for the category page.' })
  description: string | null = null;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Display position among its siblings, ascending.' })
  sortOrder: number & Opt = 0;

  @Property({ type: 'boolean' })
  @Field(() => Boolean, { description: 'False once archived: hidden from browse.' })
  isActive: boolean & Opt = true;

  @Property({ type: 'timestamptz' })
  @Field(() => Date, { description: 'When the category was created.' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  @Field(() => Date, { description: 'When the category last changed.' })
  updatedAt: Date & Opt = new Date();
}
