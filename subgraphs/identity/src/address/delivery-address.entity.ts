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
@ObjectType({ description: 'A buyer’s saved delivery address; only that buyer sees it. Orders copy it when placed, so later edits never change an order.' })
export class DeliveryAddress {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'The address id, given to placeOrder as deliveryAddressId.' })
  id: string = randomUUID();

  @ManyToOne(() => User, { mapToPk: true, fieldName: 'user_id', deleteRule: 'cascade' })
  userId!: string;

  @Property({ type: 'text' })
  @Field({ description: 'The buyer’s name for it, e.g. "Site office", "Home".' })
  label!: string;

  @Property({ type: 'text' })
  @Field({ description: 'Who receives the delivery.' })
  contactName!: string;

  @Property({ type: 'text' })
  @Field({ description: 'E.164 mobile number for the delivery driver.' })
  contactPhone!: string;

  @Property({ type: 'text' })
  @Field({ description: 'First address line (building, street).' })
  line1!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Second address line.' })
  line2: string | null = null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'A landmark to find the site, e.g. "Opp. bus depot".' })
  landmark: string | null = null;

  @Property({ type: 'text' })
  @Field({ description: 'City or town.' })
  city!: string;

  @Property({ type: 'text' })
  @Field({ description: 'Indian state or union territory.' })
  state!: string;

  @Property({ type: 'string', columnType: 'char(6)' })
  @Field({ description: 'Six-digit India Post PIN code.' })
  pincode!: string;

  @Property({ type: 'double', nullable: true })
  @Field(() => Float, { nullable: true, description: 'Latitude in decimal degrees (WGS 84); used for the vendor’s service radius and delivery distance.' })
  latitude: number | null = null;

  @Property({ type: 'double', nullable: true })
  @Field(() => Float, { nullable: true, description: 'Longitude in decimal degrees (WGS 84).' })
  longitude: number | null = null;

  @Property({ type: 'boolean' })
  @Field(() => Boolean, { description: 'The buyer’s default address; exactly one of their addresses is default.' })
  isDefault: boolean & Opt = false;

  @Property({ type: 'timestamptz' })
  @Field(() => Date, { description: 'When the address was added.' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  @Field(() => Date, { description: 'When the address last changed.' })
  updatedAt: Date & Opt = new Date();
}
