import { Field, InputType } from 'type-graphql';
import { IsOptional, Length, Matches } from 'class-validator';

@InputType({ description: 'Changes to the signed-in buyer’s profile; omitted fields stay as they are.' })
export class UpdateBuyerProfileInput {
  @Field(() => String, { nullable: true, description: 'Company or firm name, up to 150 characters; empty string clears it.' })
  @IsOptional()
  @Length(0, 150)
  companyName?: string;

  @Field(() => String, { nullable: true, description: '15-character GSTIN (format and check digit verified, stored upper-case); empty string clears it. Errors: BAD_USER_INPUT when invalid.' })
  @IsOptional()
  @Matches(/^$|^[0-9A-Za-z]{15}$/, { message: 'gstin must be 15 letters and digits' })
  gstin?: string;
}
