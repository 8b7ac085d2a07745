import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';
import { User } from '../user/user.entity.js';
import { Field, ID, ObjectType } from 'type-graphql';

/** Created with every buyer; business buyers add a company and GSTIN for tax invoices. */
@Entity({ tableName: 'buyer_profiles' })
@ObjectType({ description: 'A buyer’s business details for tax invoices; visible to the buyer and admins.' })
export class BuyerProfile {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'The profile’s id.' })
  id: string = randomUUID();

  @ManyToOne(() => User, { mapToPk: true, fieldName: 'user_id', deleteRule: 'cascade' })
  @Unique({ name: 'buyer_profiles_user_unique' })
  userId!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Company or firm name on invoices.' })
  companyName: string | null = null;

  @Property({ type: 'string', columnType: 'char(15)', nullable: true })
  @Field(() => String, { nullable: true, description: 'GSTIN for input-tax credit on invoices.' })
  gstin: string | null = null;

  @Property({ type: 'timestamptz' })
  @Field(() => Date, { description: 'When the profile was created (at registration).' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  @Field(() => Date, { description: 'When the profile last changed.' })
  updatedAt: Date & Opt = new Date();
}
