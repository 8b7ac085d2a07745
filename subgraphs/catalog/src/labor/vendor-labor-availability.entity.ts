import { randomUUID } from 'node:crypto';
import { Check, Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { OFFER_HINT } from '../cache-hints.js';
import { LaborCategory } from './labor-category.entity.js';

/** A vendor's labour offer: how many workers of a trade, at what daily rate. */
@Entity({ tableName: 'vendor_labor_availabilities' })
@Check({ name: 'vendor_labor_workers_non_negative', expression: 'workers_available >= 0' })
@Check({ name: 'vendor_labor_rate_positive', expression: 'daily_rate_paise is null or daily_rate_paise > 0' })
@Unique({ name: 'vendor_labor_vendor_category_unique', properties: ['vendorId', 'laborCategoryId'] })
@Index({ name: 'vendor_labor_category_idx', properties: ['laborCategoryId', 'isAvailable'] })
@ObjectType({ description: 'A vendor offering workers of one trade.' })
@Directive(OFFER_HINT)
export class VendorLaborAvailability {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'The offer id.' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  vendorId!: string;

  @ManyToOne(() => LaborCategory, { mapToPk: true, fieldName: 'labor_category_id', deleteRule: 'cascade' })
  laborCategoryId!: string;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Workers of this trade the vendor can send, 0–10,000.' })
  workersAvailable!: number;

  @Property({ type: 'bigint', runtimeType: 'number', nullable: true })
  dailyRatePaise: number | null = null;

  @Property({ type: 'boolean' })
  @Field(() => Boolean, { description: 'False when the vendor has paused the offer; buyers see only available offers.' })
  isAvailable: boolean & Opt = true;

  @Property({ type: 'timestamptz' })
  @Field(() => Date, { description: 'When the offer was created.' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  @Field(() => Date, { description: 'When the offer last changed.' })
  updatedAt: Date & Opt = new Date();
}
