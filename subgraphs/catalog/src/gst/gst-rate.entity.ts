import { randomUUID } from 'node:crypto';
import { Check, Entity, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';
import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { CATALOG_HINT } from '../cache-hints.js';

/**
 * GST rate for an HSN/SAC code from a date on. Rates change by notification (cement went from
 * 28 % to 18 % on 22 September 2025), so an order is taxed at the rate in force on its date.
 */
@Entity({ tableName: 'gst_rates' })
@Check({ name: 'gst_rates_rate_range', expression: 'rate_basis_points >= 0 and rate_basis_points <= 4000' })
@Unique({ name: 'gst_rates_code_from_unique', properties: ['hsnCode', 'effectiveFrom'] })
@ObjectType({ description: 'The GST rate for an HSN or SAC code from a date until the next rate.' })
@Directive(CATALOG_HINT)
export class GstRate {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  @Field({ description: 'HSN (goods) or SAC (services) code.' })
  hsnCode!: string;

  @Property({ type: 'text' })
  @Field({ description: 'What the code covers, e.g. "Portland cement".' })
  description!: string;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Rate in basis points: 18 % = 1800.' })
  rateBasisPoints!: number;

  @Property({ type: 'date' })
  @Field({ description: 'First day (YYYY-MM-DD, India time) the rate applies.' })
  effectiveFrom!: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date & Opt = new Date();

}
