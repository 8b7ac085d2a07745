import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';
import { User } from '../user/user.entity.js';
import { Field, Float, ID, ObjectType } from 'type-graphql';

/**
 * Where a buyer wants materials delivered. Orders copy the address when placed, so editing or
 * deleting one never changes an order. At most one default per buyer is enforced by a partial
 * unique index (see the migration), not only by the service.
 */
@Entity({ tableName: 'delivery_addresses' })
@Index({ name: 'delivery_addresses_user_idx', properties: ['userId', 'createdAt'] })
@Index({
  name: 'delivery_addresses_one_default',
  expression: 'create unique index "delivery_addresses_one_default" on "delivery_addresses" ("user_id") where "is_default"',
})
@ObjectType({ description: 'A saved delivery address of a buyer.' })
export class DeliveryAddress {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id: string = randomUUID();

  @ManyToOne(() => User, { mapToPk: true, fieldName: 'user_id', deleteRule: 'cascade' })
  userId!: string;

  @Property({ type: 'text' })
  @Field({ description: 'e.g. "Site office", "Home".' })
  label!: string;

  @Property({ type: 'text' })
  @Field()
  contactName!: string;

  @Property({ type: 'text' })
  @Field({ description: 'E.164 mobile number for the delivery driver.' })
  contactPhone!: string;

  @Property({ type: 'text' })
  @Field()
  line1!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  line2: string | null = null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  landmark: string | null = null;

  @Property({ type: 'text' })
  @Field()
  city!: string;

  @Property({ type: 'text' })
  @Field()
  state!: string;

  @Property({ type: 'string', columnType: 'char(6)' })
  @Field({ description: 'Six-digit India Post PIN code.' })
  pincode!: string;

  @Property({ type: 'double', nullable: true })
  @Field(() => Float, { nullable: true })
  latitude: number | null = null;

  @Property({ type: 'double', nullable: true })
  @Field(() => Float, { nullable: true })
  longitude: number | null = null;

  @Property({ type: 'boolean' })
  @Field(() => Boolean)
  isDefault: boolean & Opt = false;

  @Property({ type: 'timestamptz' })
  @Field(() => Date)
  createdAt: Date & Opt = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  @Field(() => Date)
  updatedAt: Date & Opt = new Date();
}
