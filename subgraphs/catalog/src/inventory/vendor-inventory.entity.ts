import { randomUUID } from 'node:crypto';
import { Check, Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { OFFER_HINT } from '../cache-hints.js';
import { Material } from '../material/material.entity.js';

/**
 * What one vendor sells of one material. `vendorId` references the vendors subgraph's Vendor
 * (no foreign key across databases). A null price means "at the catalog base price".
 */
@Entity({ tableName: 'vendor_inventories' })
@Check({ name: 'vendor_inventories_stock_non_negative', expression: 'stock_quantity >= 0' })
@Check({ name: 'vendor_inventories_moq_positive', expression: 'min_order_quantity >= 1' })
@Check({ name: 'vendor_inventories_lead_time_non_negative', expression: 'lead_time_days >= 0' })
@Check({ name: 'vendor_inventories_price_positive', expression: 'price_paise is null or price_paise > 0' })
@Unique({ name: 'vendor_inventories_vendor_material_unique', properties: ['vendorId', 'materialId'] })
@Index({ name: 'vendor_inventories_material_idx', properties: ['materialId', 'isAvailable', 'stockQuantity'] })
@ObjectType({ description: "A vendor's offer of a material: price, stock, minimum order and lead time." })
@Directive(OFFER_HINT)
export class VendorInventory {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'The inventory row id.' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  vendorId!: string;

  @ManyToOne(() => Material, { mapToPk: true, fieldName: 'material_id', deleteRule: 'cascade' })
  materialId!: string;

  @Property({ type: 'bigint', runtimeType: 'number', nullable: true })
  pricePaise: number | null = null;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Units of sale in stock.' })
  stockQuantity!: number;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Smallest quantity one order may contain, in units of sale.' })
  minOrderQuantity!: number;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Days the vendor needs before delivering, 0–90.' })
  leadTimeDays!: number;

  @Property({ type: 'boolean' })
  @Field(() => Boolean, { description: 'False when the vendor has paused this row; buyers see only available rows.' })
  isAvailable: boolean & Opt = true;

  @Property({ type: 'timestamptz' })
  @Field(() => Date, { description: 'When the row was created.' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  @Field(() => Date, { description: 'When the row last changed (price, stock, availability).' })
  updatedAt: Date & Opt = new Date();
}
