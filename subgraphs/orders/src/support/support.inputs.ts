import { ArrayMaxSize, IsOptional, Length, Matches } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { TicketCategoryEnum, TicketPriorityEnum, TicketStatusEnum } from './support-enums.js';

/** At most this many files per message. */
export const MAX_ATTACHMENTS = 5;

@InputType({ description: 'A new support ticket and its first message.' })
export class OpenSupportTicketInput {
  @Field(() => ID, { nullable: true, description: 'The order it is about: the buyer’s own order, or the vendor’s own. NOT_FOUND for any other.' })
  @IsOptional()
  orderId?: string | null;

  @Field(() => TicketCategoryEnum, { description: 'What it is about; decides the starting priority.' })
  category!: TicketCategoryEnum;

  @Field({ description: 'One line, 3–140 characters.' })
  @Length(3, 140)
  subject!: string;

  @Field({ description: 'The first message, 1–4000 characters.' })
  @Length(1, 4000)
  body!: string;

  @Field(() => [ID], { nullable: true, description: 'Up to 5 confirmed SUPPORT_ATTACHMENT uploads of the caller.' })
  @IsOptional()
  @ArrayMaxSize(MAX_ATTACHMENTS)
  attachmentIds?: string[] | null;

  @Field({ description: 'Client-generated key, 8–64 letters, digits, - or _; a retry with the same key and request returns the same ticket.' })
  @Matches(/^[A-Za-z0-9_-]{8,64}$/, { message: 'idempotencyKey must be 8–64 letters, digits, - or _' })
  idempotencyKey!: string;
}

@InputType({ description: 'A message on a ticket.' })
export class ReplyToTicketInput {
  @Field(() => ID, { description: 'The ticket.' })
  ticketId!: string;

  @Field({ description: 'The text, 1–4000 characters.' })
  @Length(1, 4000)
  body!: string;

  @Field(() => [ID], { nullable: true, description: 'Up to 5 confirmed SUPPORT_ATTACHMENT uploads of the caller.' })
  @IsOptional()
  @ArrayMaxSize(MAX_ATTACHMENTS)
  attachmentIds?: string[] | null;

  @Field({ defaultValue: false, description: 'Admins only: an internal note, never shown to the buyer or vendor.' })
  internal: boolean = false;
}

@InputType({ description: 'Admins: narrow the support queue. Omitted fields do not filter.' })
export class SupportTicketsFilter {
  @Field(() => TicketStatusEnum, { nullable: true, description: 'Only this status.' })
  @IsOptional()
  status?: TicketStatusEnum | null;

  @Field(() => TicketCategoryEnum, { nullable: true, description: 'Only this category.' })
  @IsOptional()
  category?: TicketCategoryEnum | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only tickets past their SLA due time; false: only those that are not (tickets waiting for the customer are never overdue).' })
  @IsOptional()
  overdue?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'Only tickets assigned to this admin.' })
  @IsOptional()
  assigneeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only tickets about this order.' })
  @IsOptional()
  orderId?: string | null;
}

@InputType({ description: 'Admins: move a ticket along its lifecycle.' })
export class SetTicketStatusInput {
  @Field(() => ID, { description: 'The ticket.' }) ticketId!: string;
  @Field(() => TicketStatusEnum, { description: 'The status to move to.' }) status!: TicketStatusEnum;
}

@InputType({ description: 'Admins: change a ticket’s priority (its SLA due times follow).' })
export class SetTicketPriorityInput {
  @Field(() => ID, { description: 'The ticket.' }) ticketId!: string;
  @Field(() => TicketPriorityEnum, { description: 'The new priority.' }) priority!: TicketPriorityEnum;
}
