import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';
import { User } from '../user/user.entity.js';
import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum LocationSource {
  PROVIDER = 'PROVIDER',
  FALLBACK = 'FALLBACK',
  CLIENT = 'CLIENT',
}
// The same enum as integrations' (composition merges them): where a saved location came from.
registerEnumType(LocationSource, {
  name: 'LocationSource',
  description: 'Where a location or distance came from.',
  valuesConfig: {
    PROVIDER: { description: 'Google Maps (Geocoding or the Distance Matrix), possibly from the 30-day cache.' },
    FALLBACK: { description: 'The offline estimate while the maps provider is unavailable: the pincode centroid, or the straight line × 1.4.' },
    CLIENT: { description: 'A GPS pin the client supplied (kept as given; used by addresses).' },
  },
});

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
  @Field(() => Float, { nullable: true, description: 'Latitude in decimal degrees (WGS 84): the GPS pin given, else the geocoded address (docs/location.md); used for the vendor’s service area and delivery distance. Null only for addresses saved before geocoding, until first used.' })
  latitude: number | null = null;

  @Property({ type: 'double', nullable: true })
  @Field(() => Float, { nullable: true, description: 'Longitude in decimal degrees (WGS 84); see latitude.' })
  longitude: number | null = null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'The address as the maps provider writes it (as typed, for a GPS pin the provider cannot name, or on FALLBACK).' })
  formattedAddress: string | null = null;

  @Enum({ items: () => LocationSource, nativeEnumName: 'location_source', nullable: true })
  @Field(() => LocationSource, { nullable: true, description: 'CLIENT: the GPS pin given, kept; PROVIDER: geocoded; FALLBACK: the pincode’s centroid while the provider was unavailable.' })
  locationSource: LocationSource | null = null;

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
