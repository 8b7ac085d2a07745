import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { TicketAuthorRole, TicketCategoryEnum, TicketPriorityEnum, TicketStatusEnum } from './support-enums.js';

/**
 * A support ticket. Not every column is API: who may see the SLA, the assignee and the messages
 * is decided in support-ticket.resolver.ts (ticket-access.ts), so those are field resolvers.
 */
@Entity({ tableName: 'support_tickets' })
@Unique({ name: 'support_tickets_opener_idempotency_unique', properties: ['openerUserId', 'idempotencyKey'] })
@Index({ name: 'support_tickets_opener_created_idx', properties: ['openerUserId', 'createdAt'] })
@Index({ name: 'support_tickets_order_vendor_created_idx', properties: ['orderVendorId', 'createdAt'] })
@Index({ name: 'support_tickets_opener_vendor_created_idx', properties: ['openerVendorId', 'createdAt'] })
@Index({ name: 'support_tickets_status_created_idx', properties: ['status', 'createdAt'] })
@Index({ name: 'support_tickets_order_idx', properties: ['orderId'] })
@Index({ name: 'support_tickets_assignee_idx', properties: ['assigneeId', 'createdAt'] })
// The admin queue's `overdue: true` is `sla_due_at <= now`: a range scan of this index.
@Index({ name: 'support_tickets_sla_due_idx', properties: ['slaDueAt'] })
// The auto-close job's `status = 'RESOLVED' and resolved_at < cutoff`.
@Index({ name: 'support_tickets_status_resolved_idx', properties: ['status', 'resolvedAt'] })
@ObjectType({ description: 'A support ticket: a buyer’s or vendor’s question or problem, optionally about one of their orders.' })
export class SupportTicket {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'The ticket id.' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  @Unique({ name: 'support_tickets_number_unique' })
  @Field({ description: 'Human-friendly number, e.g. TKT-2612-000042.' })
  ticketNumber!: string;

  @Property({ type: 'uuid' })
  openerUserId!: string;

  @Enum({ items: () => TicketAuthorRole, nativeEnumName: 'ticket_author_role' })
  @Field(() => TicketAuthorRole, { description: 'Whether a buyer or a vendor opened it.' })
  openerRole!: TicketAuthorRole;

  @Property({ type: 'uuid', nullable: true })
  openerVendorId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  orderId: string | null = null;

  /** The vendor of the order (copied when opened): it may read and reply. Null without an order or when the vendor opened it. */
  @Property({ type: 'uuid', nullable: true })
  orderVendorId: string | null = null;

  @Property({ type: 'text' })
  idempotencyKey!: string;

  @Property({ type: 'text' })
  requestFingerprint!: string;

  @Property({ type: 'text' })
  @Check({ name: 'support_tickets_subject_length', expression: 'char_length(subject) >= 3 and char_length(subject) <= 140' })
  @Field({ description: 'One line saying what it is about.' })
  subject!: string;

  @Enum({ items: () => TicketCategoryEnum, nativeEnumName: 'ticket_category' })
  @Field(() => TicketCategoryEnum, { description: 'What it is about.' })
  category!: TicketCategoryEnum;

  @Enum({ items: () => TicketPriorityEnum, nativeEnumName: 'ticket_priority' })
  @Field(() => TicketPriorityEnum, { description: 'How fast support answers; starts from the category, admins change it.' })
  priority!: TicketPriorityEnum;

  @Enum({ items: () => TicketStatusEnum, nativeEnumName: 'ticket_status' })
  @Field(() => TicketStatusEnum, { description: 'Where it is in its life.' })
  status: TicketStatusEnum & Opt = TicketStatusEnum.OPEN;

  @Property({ type: 'uuid', nullable: true })
  assigneeId: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When support first replied publicly; null until then.' })
  firstResponseAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When it was last resolved; null while open or after reopening.' })
  resolvedAt: Date | null = null;

  @Property({ type: 'timestamptz' })
  firstResponseDueAt!: Date;

  @Property({ type: 'timestamptz' })
  resolutionDueAt!: Date;

  /** The next due time while active (ticket-sla.ts nextDueAt); null once resolved or closed. */
  @Property({ type: 'timestamptz', nullable: true })
  slaDueAt: Date | null = null;

  /** Since when the resolution clock stands still (AWAITING_CUSTOMER); null while it runs (ticket-sla.ts slaAfterMove). */
  @Property({ type: 'timestamptz', nullable: true })
  slaPausedSince: Date | null = null;

  /** Whole seconds the resolution clock spent paused in waits that have ended (already added to resolutionDueAt). */
  @Property({ type: 'integer' })
  slaPausedSeconds: number & Opt = 0;

  @Property({ type: 'timestamptz' })
  @Field(() => Date, { description: 'When it was opened.' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  @Field(() => Date, { description: 'When it last changed.' })
  updatedAt: Date & Opt = new Date();
}

/** A file attached to a message: a confirmed SUPPORT_ATTACHMENT upload of its author (integrations). */
@ObjectType({ description: 'A file attached to a ticket message (a confirmed upload of its author).' })
export class TicketAttachment {
  @Field(() => ID, { description: 'The media id (integrations).' }) mediaId!: string;
  @Field({ description: 'MIME type, e.g. image/jpeg or application/pdf.' }) contentType!: string;
  @Field(() => Int, { description: 'Size in bytes.' }) sizeBytes!: number;
}

@Entity({ tableName: 'ticket_messages' })
@Index({ name: 'ticket_messages_ticket_created_idx', properties: ['ticketId', 'createdAt'] })
@Check({ name: 'ticket_messages_body_length', expression: 'char_length(body) >= 1 and char_length(body) <= 4000' })
@ObjectType({ description: 'A message on a support ticket.' })
export class TicketMessage {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'The message id.' })
  id: string = randomUUID();

  @ManyToOne(() => SupportTicket, { mapToPk: true, fieldName: 'ticket_id', deleteRule: 'cascade' })
  ticketId!: string;

  @Property({ type: 'uuid' })
  authorUserId!: string;

  @Enum({ items: () => TicketAuthorRole, nativeEnumName: 'ticket_author_role' })
  @Field(() => TicketAuthorRole, { description: 'Who wrote it: the buyer, the vendor or support.' })
  authorRole!: TicketAuthorRole;

  @Property({ type: 'text' })
  @Field({ description: 'The text, 1–4000 characters.' })
  body!: string;

  /** Support's internal note: only admins ever read it (ticket-access.ts). */
  @Property({ type: 'boolean' })
  internal: boolean & Opt = false;

  @Property({ type: 'json' })
  @Field(() => [TicketAttachment], { description: 'Attached files, in the order given.' })
  attachments: TicketAttachment[] & Opt = [];

  @Property({ type: 'timestamptz' })
  @Field(() => Date, { description: 'When it was written.' })
  createdAt: Date & Opt = new Date();
}

/** Per-month counters behind ticket numbers (TKT-YYMM-NNNNNN). */
@Entity({ tableName: 'ticket_number_counters' })
export class TicketNumberCounter {
  @PrimaryKey({ type: 'text' })
  month!: string;

  @Property({ type: 'integer' })
  last!: number;
}
