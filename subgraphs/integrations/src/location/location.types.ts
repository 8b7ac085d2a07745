import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsOptional, Length, Matches, Max, Min } from 'class-validator';

export enum LocationSourceEnum {
  PROVIDER = 'PROVIDER',
  FALLBACK = 'FALLBACK',
  CLIENT = 'CLIENT',
}
registerEnumType(LocationSourceEnum, {
  name: 'LocationSource',
  description: 'Where a location or distance came from.',
  valuesConfig: {
    PROVIDER: { description: 'Google Maps (Geocoding or the Distance Matrix), possibly from the 30-day cache.' },
    FALLBACK: { description: 'The offline estimate while the maps provider is unavailable: the pincode centroid, or the straight line × 1.4.' },
    CLIENT: { description: 'A GPS pin the client supplied (kept as given; used by addresses).' },
  },
});

@ObjectType({ description: 'A point on Earth (WGS 84 degrees).' })
export class GeoPoint {
  @Field(() => Float, { description: 'Latitude, degrees north.' }) lat!: number;
  @Field(() => Float, { description: 'Longitude, degrees east.' }) lng!: number;
}

@ObjectType({ description: 'A geocoded address.' })
export class GeocodeResult {
  @Field(() => GeoPoint, { description: 'Where the address is.' }) point!: GeoPoint;
  @Field({ description: 'The address as the maps provider writes it (or as given, on FALLBACK).' }) formattedAddress!: string;
  @Field(() => String, { nullable: true, description: 'Its pincode, when known.' }) pincode!: string | null;
  @Field(() => String, { nullable: true, description: 'Its city, when known.' }) city!: string | null;
  @Field(() => String, { nullable: true, description: 'Its state or union territory, when known.' }) state!: string | null;
  @Field(() => String, { nullable: true, description: 'Google place id (PROVIDER only); may be stored indefinitely.' }) placeId!: string | null;
  @Field(() => LocationSourceEnum, { description: 'PROVIDER, or FALLBACK (the pincode centroid) while the provider is unavailable.' }) source!: LocationSourceEnum;
  @Field({ description: 'Whether this came from the cache (no provider call).' }) cached!: boolean;
}

@InputType({ description: 'An Indian address to geocode.' })
export class AddressToGeocode {
  @Field({ description: 'House, building, street; 2–200 characters.' }) @Length(2, 200) line1!: string;
  @Field(() => String, { nullable: true, description: 'Area, landmark; up to 200 characters.' }) @IsOptional() @Length(0, 200) line2?: string | null;
  @Field({ description: 'City or town; 2–100 characters.' }) @Length(2, 100) city!: string;
  @Field({ description: 'State or union territory (name or two-letter code); must be the pincode’s.' }) @Length(2, 100) state!: string;
  @Field({ description: 'Six-digit Indian pincode.' }) @Matches(/^\d{6}$/, { message: 'pincode must be 6 digits' }) pincode!: string;
}

@InputType({ description: 'A point (WGS 84 degrees).' })
export class GeoPointInput {
  @Field(() => Float, { description: 'Latitude, -90…90.' }) @Min(-90) @Max(90) lat!: number;
  @Field(() => Float, { description: 'Longitude, -180…180.' }) @Min(-180) @Max(180) lng!: number;
}

@ObjectType({ description: 'The driving distance from one origin to the destination.' })
export class RoadDistance {
  @Field(() => Int, { description: 'The origin’s index in the request.' }) originIndex!: number;
  @Field(() => Int, { description: 'Road distance in metres.' }) distanceMeters!: number;
  @Field(() => Int, { description: 'Driving time in seconds.' }) durationSeconds!: number;
  @Field(() => LocationSourceEnum, { description: 'PROVIDER (Distance Matrix) or FALLBACK (straight line × 1.4).' }) source!: LocationSourceEnum;
  @Field({ description: 'Whether this came from the cache (no provider call).' }) cached!: boolean;
}
