import { OptionalNotNull } from '@realserv/platform';
import { Field, ID, InputType, Int, Float } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsLatitude, IsLongitude, IsOptional, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { KycDocumentType } from './vendor.entity.js';

@InputType()
export class BusinessAddressInput {
  @Field() @Length(3, 200) line1!: string;
  @Field({ nullable: true }) @IsOptional() @Length(0, 200) line2?: string;
  @Field() @Length(2, 100) city!: string;
  @Field() @Length(2, 100) state!: string;
  @Field() @Matches(/^[1-9][0-9]{5}$/, { message: 'pincode must be a 6-digit Indian PIN code' }) pincode!: string;
  @Field(() => Float) @IsLatitude() latitude!: number;
  @Field(() => Float) @IsLongitude() longitude!: number;
}

@InputType()
export class OnboardVendorInput {
  @Field() @Length(2, 150) businessName!: string;
  @Field({ description: '15-character GSTIN; its PAN (characters 3–12) must equal `pan`.' }) @Length(15, 15) gstin!: string;
  @Field() @Length(10, 10) pan!: string;
  @Field(() => BusinessAddressInput) @ValidateNested() businessAddress!: BusinessAddressInput;
  @Field(() => Int, { defaultValue: 25 }) @Min(1) @Max(200) serviceRadiusKm: number = 25;
}

@InputType()
export class KycDocumentInput {
  @Field(() => KycDocumentType) type!: KycDocumentType;
  @Field(() => ID) @Length(1, 100) mediaId!: string;
}

@InputType()
export class SubmitKycInput {
  @Field(() => [KycDocumentInput], { description: 'GSTIN certificate, PAN card and bank proof.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  documents!: KycDocumentInput[];
}

@InputType()
export class UpdateMyVendorInput {
  @Field({ nullable: true }) @OptionalNotNull() @Length(2, 150) businessName?: string;
  @Field(() => Int, { nullable: true }) @OptionalNotNull() @Min(1) @Max(200) serviceRadiusKm?: number;
}
