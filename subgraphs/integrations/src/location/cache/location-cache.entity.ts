import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';

export enum GeocodeKind {
  ADDRESS = 'ADDRESS',
  REVERSE = 'REVERSE',
}

/**
 * A provider geocode kept for reuse: an address (by its normalised key) or a reverse geocode (by
 * the rounded point). Google's terms let lat/lng be cached for up to 30 days (place IDs without
 * limit): `expiresAt` is 30 days after the lookup, and an expired row is looked up again.
 */
@Entity({ tableName: 'location_geocode_cache' })
@Index({ name: 'location_geocode_cache_expires_idx', properties: ['expiresAt'] })
export class GeocodeCacheEntry {
  @Enum({ items: () => GeocodeKind, nativeEnumName: 'location_geocode_kind', primary: true })
  kind!: GeocodeKind;

  @PrimaryKey({ type: 'text' })
  lookupKey!: string;

  @Property({ type: 'double' })
  lat!: number;

  @Property({ type: 'double' })
  lng!: number;

  @Property({ type: 'text' })
  formattedAddress!: string;

  @Property({ type: 'text', nullable: true })
  pincode: string | null = null;

  @Property({ type: 'text', nullable: true })
  city: string | null = null;

  @Property({ type: 'text', nullable: true })
  state: string | null = null;

  @Property({ type: 'text', nullable: true })
  placeId: string | null = null;

  @Property({ type: 'timestamptz' })
  fetchedAt: Date & Opt = new Date();

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;
}

/** A provider road distance (driving) between two rounded points, kept 30 days like geocodes. */
@Entity({ tableName: 'location_distance_cache' })
@Index({ name: 'location_distance_cache_expires_idx', properties: ['expiresAt'] })
export class DistanceCacheEntry {
  @PrimaryKey({ type: 'text' })
  originKey!: string;

  @PrimaryKey({ type: 'text' })
  destinationKey!: string;

  @Property({ type: 'integer' })
  distanceMeters!: number;

  @Property({ type: 'integer' })
  durationSeconds!: number;

  @Property({ type: 'timestamptz' })
  fetchedAt: Date & Opt = new Date();

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;
}
