import { INDIAN_MOBILE } from '@realserv/platform';
import { Field, Float, InputType } from 'type-graphql';
import { IsLatitude, IsLongitude, IsOptional, Length, Matches } from 'class-validator';

const PINCODE = /^[1-9][0-9]{5}$/;

@InputType({ description: 'A new delivery address of the signed-in buyer.' })
export class AddAddressInput {
  @Field({ description: 'The buyer’s name for it, 1–50 characters, e.g. "Site office".' })
  @Length(1, 50)
  label!: string;

  @Field({ description: 'Who receives the delivery, 2–100 characters.' })
  @Length(2, 100)
  contactName!: string;

  @Field({ description: 'Indian mobile in E.164, e.g. +919876543210.' })
  @Matches(INDIAN_MOBILE, { message: 'contactPhone must be an Indian mobile number like +919876543210' })
  contactPhone!: string;

  @Field({ description: 'First address line, 3–200 characters.' })
  @Length(3, 200)
  line1!: string;

  @Field({ nullable: true, description: 'Second address line, up to 200 characters.' })
  @IsOptional()
  @Length(0, 200)
  line2?: string;

  @Field({ nullable: true, description: 'A landmark to find the site, up to 200 characters.' })
  @IsOptional()
  @Length(0, 200)
  landmark?: string;

  @Field({ description: 'City or town, 2–100 characters.' })
  @Length(2, 100)
  city!: string;

  @Field({ description: 'Indian state or union territory, 2–100 characters.' })
  @Length(2, 100)
  state!: string;

  @Field({ description: 'Six-digit India Post PIN code (first digit 1–9).' })
  @Matches(PINCODE, { message: 'pincode must be a 6-digit Indian PIN code' })
  pincode!: string;

  @Field(() => Float, { nullable: true, description: 'Latitude in decimal degrees (−90 to 90). Give latitude and longitude together, or neither (else BAD_USER_INPUT).' })
  @IsOptional()
  @IsLatitude()
  latitude?: number;

  @Field(() => Float, { nullable: true, description: 'Longitude in decimal degrees (−180 to 180); together with latitude.' })
  @IsOptional()
  @IsLongitude()
  longitude?: number;

  @Field({ defaultValue: false, description: 'Make this the buyer’s default address (the first address always is).' })
  isDefault: boolean = false;
}

@InputType({ description: 'Fields to change; omitted fields stay as they are.' })
export class UpdateAddressInput {
  @Field({ nullable: true, description: 'The buyer’s name for it, 1–50 characters.' })
  @IsOptional()
  @Length(1, 50)
  label?: string;

  @Field({ nullable: true, description: 'Who receives the delivery, 2–100 characters.' })
  @IsOptional()
  @Length(2, 100)
  contactName?: string;

  @Field({ nullable: true, description: 'Indian mobile in E.164, e.g. +919876543210.' })
  @IsOptional()
  @Matches(INDIAN_MOBILE, { message: 'contactPhone must be an Indian mobile number like +919876543210' })
  contactPhone?: string;

  @Field({ nullable: true, description: 'First address line, 3–200 characters.' })
  @IsOptional()
  @Length(3, 200)
  line1?: string;

  @Field({ nullable: true, description: 'Second address line, up to 200 characters; empty string clears it.' })
  @IsOptional()
  @Length(0, 200)
  line2?: string;

  @Field({ nullable: true, description: 'A landmark, up to 200 characters; empty string clears it.' })
  @IsOptional()
  @Length(0, 200)
  landmark?: string;

  @Field({ nullable: true, description: 'City or town, 2–100 characters.' })
  @IsOptional()
  @Length(2, 100)
  city?: string;

  @Field({ nullable: true, description: 'Indian state or union territory, 2–100 characters.' })
  @IsOptional()
  @Length(2, 100)
  state?: string;

  @Field({ nullable: true, description: 'Six-digit India Post PIN code.' })
  @IsOptional()
  @Matches(PINCODE, { message: 'pincode must be a 6-digit Indian PIN code' })
  pincode?: string;

  @Field(() => Float, { nullable: true, description: 'Latitude in decimal degrees; the result must have both coordinates or neither.' })
  @IsOptional()
  @IsLatitude()
  latitude?: number;

  @Field(() => Float, { nullable: true, description: 'Longitude in decimal degrees; the result must have both coordinates or neither.' })
  @IsOptional()
  @IsLongitude()
  longitude?: number;
}
