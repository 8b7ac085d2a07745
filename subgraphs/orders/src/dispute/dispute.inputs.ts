import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { SafeIntResolver } from 'graphql-scalars';
import { MAX_LINE_QUANTITY, MAX_ORDER_TOTAL_PAISE } from '@realserv/platform';
import { DisputeOutcome, DisputeStatus, DisputeType, VendorDisputeResponse } from './dispute-enums.js';

/** The same rule as payments' refund keys, since the decision's refund is made with a key derived from it. */
export const RESOLUTION_KEY_PATTERN = /^[A-Za-z0-9_-]{10,64}$/;

@InputType({ description: 'A line of the order and how many of its units.' })
export class DisputeLineInput {
  @Field(() => ID, { description: 'The order line (OrderItem.id).' })
  orderItemId!: string;

  @Field(() => Int, { description: 'Units, 1 to what was ordered.' })
  @Min(1)
  @Max(MAX_LINE_QUANTITY)
  quantity!: number;
}

@InputType({ description: 'A buyer’s dispute about a delivered order.' })
export class OpenDisputeInput {
  @Field(() => ID, { description: 'The buyer’s own DELIVERED or COMPLETED order, delivered at most 7 days ago.' })
  orderId!: string;

  @Field(() => DisputeType, { description: 'What went wrong.' })
  type!: DisputeType;

  @Field(() => [DisputeLineInput], { description: 'The affected lines, each once, 1–100 of them.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  lines!: DisputeLineInput[];

  @Field(() => SafeIntResolver, { description: 'What the buyer asks back, integer paise: never above what was paid for those quantities (GST included) less refunds.' })
  @Min(0)
  @Max(MAX_ORDER_TOTAL_PAISE)
  amountClaimedPaise!: number;

  @Field({ description: 'What happened, 10–2000 characters.' })
  @Length(10, 2000)
  description!: string;

  @Field(() => [ID], { nullable: true, description: 'Up to 10 of the buyer’s confirmed uploads with purpose DISPUTE_EVIDENCE (photos or PDFs).' })
  @IsOptional()
  @ArrayMaxSize(10)
  evidenceMediaIds?: string[];
}

@InputType({ description: 'The vendor’s answer: accept or contest, with a message and its own evidence.' })
export class RespondToDisputeInput {
  @Field(() => VendorDisputeResponse, { description: 'ACCEPTED or CONTESTED.' })
  response!: VendorDisputeResponse;

  @Field({ description: 'The vendor’s message, 3–2000 characters.' })
  @Length(3, 2000)
  message!: string;

  @Field(() => [ID], { nullable: true, description: 'Up to 10 of the vendor user’s confirmed uploads with purpose DISPUTE_EVIDENCE.' })
  @IsOptional()
  @ArrayMaxSize(10)
  evidenceMediaIds?: string[];
}

@InputType({ description: 'An admin’s decision on a dispute.' })
export class ResolveDisputeInput {
  @Field(() => DisputeOutcome, { description: 'FULL_REFUND, PARTIAL_REFUND, REPLACEMENT or REJECTED.' })
  outcome!: DisputeOutcome;

  @Field(() => [DisputeLineInput], { nullable: true, description: 'PARTIAL_REFUND (required) and REPLACEMENT (default: the disputed lines): the lines it is for. A replacement orders these quantities again at no charge.' })
  @IsOptional()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  lines?: DisputeLineInput[];

  @Field(() => SafeIntResolver, { nullable: true, description: 'PARTIAL_REFUND: the amount, integer paise, at least 100 and never above what those lines were paid less refunds. FULL_REFUND: leave out (everything not refunded yet).' })
  @IsOptional()
  @Min(1)
  @Max(MAX_ORDER_TOTAL_PAISE)
  amountPaise?: number;

  @Field({ description: 'The written reason, 3–250 characters (shown on the refund).' })
  @Length(3, 250)
  reason!: string;

  @Field({ nullable: true, description: 'Cash-on-delivery refunds (required): the UPI/bank reference of the manual payout to the buyer, 3–100 characters.' })
  @IsOptional()
  @Length(3, 100)
  @Matches(/^[A-Za-z0-9 /_.:-]+$/, { message: 'payoutReference may hold letters, digits, spaces and / _ . : -' })
  payoutReference?: string;

  @Field({ description: 'Client-chosen, 10–64 letters, digits, - or _: the same key with the same decision returns the resolved dispute; with another decision, CONFLICT IDEMPOTENCY_KEY_REUSED.' })
  @Matches(RESOLUTION_KEY_PATTERN, { message: 'idempotencyKey must be 10–64 letters, digits, - or _' })
  idempotencyKey!: string;
}

@InputType({ description: 'A manual UPI/bank payout to the buyer in place of a dispute refund Razorpay refused.' })
export class RecordDisputePayoutInput {
  @Field({ description: 'The UPI/bank reference of the payout, 3–100 characters; the same reference again returns the dispute unchanged.' })
  @Length(3, 100)
  @Matches(/^[A-Za-z0-9 /_.:-]+$/, { message: 'payoutReference may hold letters, digits, spaces and / _ . : -' })
  payoutReference!: string;
}

@InputType({ description: 'Filters of the admin dispute queue.' })
export class DisputesFilter {
  @Field(() => DisputeStatus, { nullable: true, description: 'Only this status.' })
  @IsOptional()
  status?: DisputeStatus;

  @Field(() => DisputeType, { nullable: true, description: 'Only this type.' })
  @IsOptional()
  type?: DisputeType;

  @Field(() => ID, { nullable: true, description: 'Only this vendor’s.' })
  @IsOptional()
  vendorId?: string;
}
