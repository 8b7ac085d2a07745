import { IsE164Phone, OptionalNotNull } from '@realserv/platform';
import { Field, ID, InputType, Int, Float } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsLatitude, IsLongitude, IsOptional, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { GraphQLJSON } from 'graphql-scalars';
import { KycDocumentType } from './vendor.entity.js';
import { MAX_SERVICE_AREA_VERTICES } from './service-area.js';

@InputType({ description: 'The business address of a vendor; its depot location is the GPS pin when given, else the geocoded address.' })
export class BusinessAddressInput {
  @Field({ description: 'First address line, 3–200 characters.' }) @Length(3, 200) line1!: string;
  @Field({ nullable: true, description: 'Second address line, up to 200 characters.' }) @IsOptional() @Length(0, 200) line2?: string;
  @Field({ description: 'City or town, 2–100 characters.' }) @Length(2, 100) city!: string;
  @Field({ description: 'Indian state or union territory, 2–100 characters.' }) @Length(2, 100) state!: string;
  @Field({ description: 'Six-digit India Post PIN code.' }) @Matches(/^[1-9][0-9]{5}$/, { message: 'pincode must be a 6-digit Indian PIN code' }) pincode!: string;
  @Field(() => Float, { nullable: true, description: 'GPS pin of the depot, latitude in decimal degrees (−90 to 90); with longitude, or neither (then the address is geocoded).' }) @IsOptional() @IsLatitude() latitude?: number;
  @Field(() => Float, { nullable: true, description: 'GPS pin of the depot, longitude in decimal degrees (−180 to 180); with latitude.' }) @IsOptional() @IsLongitude() longitude?: number;
}

@InputType({ description: 'The business a vendor user registers.' })
export class OnboardVendorInput {
  @Field({ description: 'Trading name, 2–150 characters.' }) @Length(2, 150) businessName!: string;
  @Field({ description: '15-character GSTIN (format and check character verified); its PAN (characters 3–12) must equal `pan`. Must not belong to another vendor.' }) @Length(15, 15) gstin!: string;
  @Field({ description: '10-character PAN of the business.' }) @Length(10, 10) pan!: string;
  @Field(() => BusinessAddressInput, { description: 'Business address and depot location.' }) @ValidateNested() businessAddress!: BusinessAddressInput;
  @Field(() => Int, { defaultValue: 25, description: 'How far the vendor delivers, 1–200 km (default 25).' }) @Min(1) @Max(200) serviceRadiusKm: number = 25;
}

@InputType({ description: 'One KYC document: an uploaded, confirmed KYC_DOCUMENT file of the caller.' })
export class KycDocumentInput {
  @Field(() => KycDocumentType, { description: 'Which document it is.' }) type!: KycDocumentType;
  @Field(() => ID, { description: 'Media id from requestUpload/confirmUpload (purpose KYC_DOCUMENT).' }) @Length(1, 100) mediaId!: string;
}

@InputType({ description: 'The KYC documents of the signed-in vendor.' })
export class SubmitKycInput {
  @Field(() => [KycDocumentInput], { description: '1 to 10 documents including a GSTIN certificate, a PAN card and a bank proof; they replace any submitted before.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  documents!: KycDocumentInput[];
}

@InputType({ description: 'Changes to the signed-in vendor’s profile; omitted fields stay as they are.' })
export class UpdateMyVendorInput {
  @Field({ nullable: true, description: 'Trading name, 2–150 characters.' }) @OptionalNotNull() @Length(2, 150) businessName?: string;
  @Field(() => Int, { nullable: true, description: 'How far the vendor delivers, 1–200 km.' }) @OptionalNotNull() @Min(1) @Max(200) serviceRadiusKm?: number;
  @Field(() => BusinessAddressInput, { nullable: true, description: 'A new business address, geocoded like at onboarding (a GPS pin wins).' }) @OptionalNotNull() @ValidateNested() businessAddress?: BusinessAddressInput;
  @Field({ nullable: true, description: 'Who to call about orders, 2–100 characters.' }) @OptionalNotNull() @Length(2, 100) contactName?: string;
  @Field({ nullable: true, description: 'Contact phone in E.164, e.g. +919876543210.' }) @OptionalNotNull() @IsE164Phone() contactPhone?: string;
}

@InputType({ description: 'Where a vendor delivers: a radius around its depot and, optionally, polygons that replace the circle (docs/location.md, "Service areas").' })
export class ServiceAreaInput {
  @Field(() => Int, { description: 'Delivery range from the depot, 1–200 km. The whole area when there are no polygons; with polygons it still caps distance-based delivery pricing.' })
  @Min(1)
  @Max(200)
  radiusKm!: number;

  @Field(() => GraphQLJSON, {
    nullable: true,
    description: `A GeoJSON MultiPolygon (or Polygon) of [longitude, latitude] positions: closed rings of at least 4 positions, no self-intersection, holes inside their outer ring, at most ${MAX_SERVICE_AREA_VERTICES} vertices in all; ring orientation is free. When set, a site is served if it is inside some polygon (edges included, holes excluded) whatever the radius. Null or omitted removes the polygons.`,
  })
  @IsOptional()
  polygons?: unknown;
}

// Not named GeoPointInput: that input is public in integrations, and a type only internal fields use here is marked @inaccessible.
@InputType({ description: 'A point on the map (WGS 84).' })
export class ServiceCheckPointInput {
  @Field(() => Float, { description: 'Latitude in decimal degrees (−90 to 90).' }) @IsLatitude() lat!: number;
  @Field(() => Float, { description: 'Longitude in decimal degrees (−180 to 180).' }) @IsLongitude() lng!: number;
}
