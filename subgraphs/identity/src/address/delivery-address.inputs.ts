import { Field, Float, InputType } from 'type-graphql';
import { IsLatitude, IsLongitude, IsOptional, Length, Matches } from 'class-validator';

const PINCODE = /^[1-9][0-9]{5}$/;
const MOBILE = /^\+91[6-9][0-9]{9}$/;

@InputType()
export class AddAddressInput {
  @Field()
  @Length(1, 50)
  label!: string;

  @Field()
  @Length(2, 100)
  contactName!: string;

  @Field({ description: 'Indian mobile in E.164, e.g. +919876543210.' })
  @Matches(MOBILE, { message: 'contactPhone must be an Indian mobile number like +919876543210' })
  contactPhone!: string;

  @Field()
  @Length(3, 200)
  line1!: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(0, 200)
  line2?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(0, 200)
  landmark?: string;

  @Field()
  @Length(2, 100)
  city!: string;

  @Field()
  @Length(2, 100)
  state!: string;

  @Field()
  @Matches(PINCODE, { message: 'pincode must be a 6-digit Indian PIN code' })
  pincode!: string;

  @Field(() => Float, { nullable: true, description: 'Give latitude and longitude together, or neither.' })
  @IsOptional()
  @IsLatitude()
  latitude?: number;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsLongitude()
  longitude?: number;

  @Field({ defaultValue: false, description: "Make this the buyer's default address." })
  isDefault: boolean = false;
}

@InputType({ description: 'Fields to change; omitted fields stay as they are.' })
export class UpdateAddressInput {
  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 50)
  label?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(2, 100)
  contactName?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(MOBILE, { message: 'contactPhone must be an Indian mobile number like +919876543210' })
  contactPhone?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(3, 200)
  line1?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(0, 200)
  line2?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(0, 200)
  landmark?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(2, 100)
  city?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(2, 100)
  state?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(PINCODE, { message: 'pincode must be a 6-digit Indian PIN code' })
  pincode?: string;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsLatitude()
  latitude?: number;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsLongitude()
  longitude?: number;
}
