import { Field, InputType } from 'type-graphql';
import { IsOptional, Length, Matches } from 'class-validator';

@InputType()
export class UpdateBuyerProfileInput {
  @Field(() => String, { nullable: true, description: 'Empty string clears it.' })
  @IsOptional()
  @Length(0, 150)
  companyName?: string;

  @Field(() => String, { nullable: true, description: '15-character GSTIN; empty string clears it.' })
  @IsOptional()
  @Matches(/^$|^[0-9A-Za-z]{15}$/, { message: 'gstin must be 15 letters and digits' })
  gstin?: string;
}
