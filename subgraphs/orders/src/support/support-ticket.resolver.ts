import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { PageInput, Paginated, toPage, type Page, type RequestContext } from '@realserv/platform';
import { User, ref } from '../references/references.js';
import { Order } from '../order/order.entity.js';
import { ordersById } from '../order/order.loaders.js';
import { canSeeOrder } from '../order/order-access.js';
import type { MediaDownloads } from '../ports/media-downloads.js';
import { reopenableUntil } from './ticket-lifecycle.js';
import { isOverdue } from './ticket-sla.js';
import { seesInternalNotes, ticketRoleOf } from './ticket-access.js';
import { TicketStatusEnum } from './support-enums.js';
import { SupportTicket, TicketAttachment, TicketMessage } from './support-ticket.entity.js';
import { OpenSupportTicketInput, ReplyToTicketInput, SetTicketPriorityInput, SetTicketStatusInput, SupportTicketsFilter } from './support.inputs.js';
import { COUNT_ONLY, allMessagePages, findVisibleTicket, type MessageWindowPage, listMyTickets, listSupportQueue, publicMessagePages } from './support-ticket.queries.js';
import type { SupportTicketService } from './support-ticket.service.js';

@ObjectType({ description: 'One page of support tickets, newest first.' })
export class SupportTicketPage extends Paginated(SupportTicket) {}

@ObjectType({ description: 'One page of a ticket’s messages, oldest first.' })
export class TicketMessagePage extends Paginated(TicketMessage) {}

/** What the deprecated `messages` list returns: the first page, as large as a page may be. */
const LEGACY_MESSAGES_LIMIT = 100;

const isAdminOf = (ctx: RequestContext, ticket: SupportTicket) => ticketRoleOf(ctx.caller, ticket) === 'ADMIN';

@Resolver(() => SupportTicket)
export class SupportTicketResolver {
  constructor(
    private readonly tickets: SupportTicketService,
    private readonly now: () => Date,
  ) {}

  @Authorized('BUYER', 'VENDOR')
  @Mutation(() => SupportTicket, {
    description: 'Buyers and vendors: opens a support ticket with its first message, optionally about one of their own orders; a retry with the same idempotencyKey returns the same ticket. Errors: NOT_FOUND for an order that is not the caller’s; BAD_USER_INPUT (reason MEDIA_NOT_CONFIRMED, WRONG_MEDIA_PURPOSE, NOT_YOUR_MEDIA or UNKNOWN_MEDIA) for an attachment that is not a confirmed SUPPORT_ATTACHMENT upload of the caller; CONFLICT (reason IDEMPOTENCY_KEY_REUSED).',
  })
  openSupportTicket(@Arg('input', { description: 'Order, category, subject, first message, attachments and idempotency key.' }) input: OpenSupportTicketInput, @Ctx() ctx: RequestContext): Promise<SupportTicket> {
    return this.tickets.open(ctx, input);
  }

  @Authorized()
  @Mutation(() => TicketMessage, {
    description: 'The opener, the vendor of the ticket’s order, and admins: adds a message. A customer’s reply makes it AWAITING_SUPPORT; an admin’s public reply AWAITING_CUSTOMER (and records the first response); internal notes (admins only) change nothing the customer sees. Errors: NOT_FOUND; FORBIDDEN (internal from a non-admin); CONFLICT (reason TICKET_RESOLVED or TICKET_CLOSED); BAD_USER_INPUT for attachments as in openSupportTicket.',
  })
  replyToTicket(@Arg('input', { description: 'Ticket, text, attachments, internal.' }) input: ReplyToTicketInput, @Ctx() ctx: RequestContext): Promise<TicketMessage> {
    return this.tickets.reply(ctx, input);
  }

  @Authorized('BUYER', 'VENDOR')
  @Mutation(() => SupportTicket, { description: 'The opener marks its ticket RESOLVED. Errors: NOT_FOUND; FORBIDDEN for the order’s vendor (not the opener); CONFLICT (reason NOT_A_TRANSITION or TICKET_CLOSED).' })
  resolveMyTicket(@Arg('ticketId', () => ID, { description: 'The ticket.' }) ticketId: string, @Ctx() ctx: RequestContext): Promise<SupportTicket> {
    return this.tickets.resolveMine(ctx, ticketId);
  }

  @Authorized()
  @Mutation(() => SupportTicket, { description: 'The opener or an admin reopens a RESOLVED ticket within 7 days of its resolution: it becomes AWAITING_SUPPORT. Errors: NOT_FOUND; FORBIDDEN for the order’s vendor; CONFLICT (reason REOPEN_WINDOW_PASSED, NOT_A_TRANSITION or TICKET_CLOSED).' })
  reopenTicket(@Arg('ticketId', () => ID, { description: 'The ticket.' }) ticketId: string, @Ctx() ctx: RequestContext): Promise<SupportTicket> {
    return this.tickets.reopen(ctx, ticketId);
  }

  @Authorized('ADMIN')
  @Mutation(() => SupportTicket, { description: 'Admins only: moves a ticket (OPEN → AWAITING_SUPPORT / AWAITING_CUSTOMER → RESOLVED → CLOSED; RESOLVED → AWAITING_SUPPORT reopens within 7 days). Errors: NOT_FOUND; CONFLICT (reason NOT_A_TRANSITION, REOPEN_WINDOW_PASSED or TICKET_CLOSED).' })
  setTicketStatus(@Arg('input', { description: 'Ticket and status.' }) input: SetTicketStatusInput, @Ctx() ctx: RequestContext): Promise<SupportTicket> {
    return this.tickets.setStatus(ctx, input.ticketId, input.status);
  }

  @Authorized('ADMIN')
  @Mutation(() => SupportTicket, { description: 'Admins only: sets the priority; the SLA due times are re-timed from when the ticket was opened. Errors: NOT_FOUND.' })
  setTicketPriority(@Arg('input', { description: 'Ticket and priority.' }) input: SetTicketPriorityInput, @Ctx() ctx: RequestContext): Promise<SupportTicket> {
    return this.tickets.setPriority(ctx, input.ticketId, input.priority);
  }

  @Authorized('ADMIN')
  @Mutation(() => SupportTicket, { description: 'Admins only: assigns the ticket to an active admin, or unassigns it (assigneeId null). Errors: NOT_FOUND; BAD_USER_INPUT (reason NOT_AN_ADMIN).' })
  assignTicket(
    @Arg('ticketId', () => ID, { description: 'The ticket.' }) ticketId: string,
    @Arg('assigneeId', () => ID, { nullable: true, description: 'An admin’s user id; null unassigns.' }) assigneeId: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<SupportTicket> {
    return this.tickets.assign(ctx, ticketId, assigneeId ?? null);
  }

  @Authorized()
  @Query(() => SupportTicket, { description: 'A ticket: its opener, the vendor of its order, and admins may read it. Errors: NOT_FOUND for anyone else.' })
  supportTicket(@Arg('id', () => ID, { description: 'The ticket id.' }) id: string, @Ctx() ctx: RequestContext): Promise<SupportTicket> {
    return findVisibleTicket(ctx, id);
  }

  @Authorized('BUYER', 'VENDOR')
  @Query(() => SupportTicketPage, { description: 'Buyers and vendors: the tickets they opened and, for a vendor, buyers’ tickets about its orders; newest first.' })
  mySupportTickets(
    @Ctx() ctx: RequestContext,
    @Arg('status', () => TicketStatusEnum, { nullable: true, description: 'Only this status.' }) status?: TicketStatusEnum,
    @Arg('page', () => PageInput, { nullable: true, description: 'Offset and limit (default the first 20).' }) page?: PageInput,
  ) {
    return listMyTickets(ctx, status, page);
  }

  @Authorized('ADMIN')
  @Query(() => SupportTicketPage, { description: 'Admins only: the support queue, newest first, by status, category, overdue (past the SLA due time now; a ticket waiting for the customer never is), assignee or order.' })
  supportTickets(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => SupportTicketsFilter, { nullable: true, description: 'Status, category, overdue, assignee, order.' }) filter?: SupportTicketsFilter,
    @Arg('page', () => PageInput, { nullable: true, description: 'Offset and limit (default the first 20).' }) page?: PageInput,
  ) {
    return listSupportQueue(ctx, filter, page, this.now());
  }

  @FieldResolver(() => Order, { nullable: true, description: 'The order it is about, if any (null also when the caller may not see the order).' })
  async order(@Root() ticket: SupportTicket, @Ctx() ctx: RequestContext): Promise<Order | null> {
    if (!ticket.orderId) return null;
    const order = await ctx.loaders.get(ordersById).load(ticket.orderId);
    return order && canSeeOrder(ctx, order) ? order : null;
  }

  @FieldResolver(() => User, { description: 'Who opened it.' })
  opener(@Root() ticket: SupportTicket): User {
    return ref(User, ticket.openerUserId);
  }

  @FieldResolver(() => [TicketMessage], {
    deprecationReason: 'Use messagesPage: this is only its first 100 messages.',
    description: 'The first 100 messages, oldest first, the first being the opener’s (messagesPage reads any page). Buyers and vendors never see support’s internal notes.',
  })
  async messages(@Root() ticket: SupportTicket, @Ctx() ctx: RequestContext): Promise<TicketMessage[]> {
    return (await this.messageWindow(ctx, ticket, 0, LEGACY_MESSAGES_LIMIT)).items;
  }

  @FieldResolver(() => TicketMessagePage, { description: 'A page of the messages, oldest first, the first being the opener’s (default the first 20). Buyers and vendors never see support’s internal notes, nor count them.' })
  async messagesPage(
    @Root() ticket: SupportTicket,
    @Ctx() ctx: RequestContext,
    @Arg('page', () => PageInput, { nullable: true, description: 'Offset and limit (default the first 20).' }) page?: PageInput,
  ): Promise<Page<TicketMessage>> {
    const { offset, limit } = page ?? new PageInput();
    const { items, total } = await this.messageWindow(ctx, ticket, offset, limit);
    return toPage(items, total, page);
  }

  @FieldResolver(() => Int, { description: 'How many messages the caller can read (internal notes count for admins only).' })
  async messageCount(@Root() ticket: SupportTicket, @Ctx() ctx: RequestContext): Promise<number> {
    // With `messages` or `messagesPage` in the same request, counted by the statement that reads
    // that page (support-ticket.queries.ts): a count read apart could miss a reply the list shows.
    return (await this.messageWindow(ctx, ticket, COUNT_ONLY.offset, COUNT_ONLY.limit)).total;
  }

  @FieldResolver(() => Date, { nullable: true, description: 'Until when the opener may reopen it; null unless RESOLVED.' })
  reopenableUntil(@Root() ticket: SupportTicket): Date | null {
    return ticket.status === TicketStatusEnum.RESOLVED ? reopenableUntil(ticket.resolvedAt) : null;
  }

  @FieldResolver(() => User, { nullable: true, description: 'Admins only (null for others): the admin it is assigned to.' })
  assignee(@Root() ticket: SupportTicket, @Ctx() ctx: RequestContext): User | null {
    return isAdminOf(ctx, ticket) && ticket.assigneeId ? ref(User, ticket.assigneeId) : null;
  }

  @FieldResolver(() => Date, { nullable: true, description: 'Admins only (null for others): when the first response is due by the SLA.' })
  firstResponseDueAt(@Root() ticket: SupportTicket, @Ctx() ctx: RequestContext): Date | null {
    return isAdminOf(ctx, ticket) ? ticket.firstResponseDueAt : null;
  }

  @FieldResolver(() => Date, { nullable: true, description: 'Admins only (null for others): when the resolution is due by the SLA, pushed back by the time the ticket has waited for the customer (AWAITING_CUSTOMER pauses the clock).' })
  resolutionDueAt(@Root() ticket: SupportTicket, @Ctx() ctx: RequestContext): Date | null {
    return isAdminOf(ctx, ticket) ? ticket.resolutionDueAt : null;
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'Admins only (null for others): past its next SLA due time (first response while unanswered, then resolution), not yet resolved and not waiting for the customer.' })
  overdue(@Root() ticket: SupportTicket, @Ctx() ctx: RequestContext): boolean | null {
    return isAdminOf(ctx, ticket) ? isOverdue(ticket.slaDueAt, this.now()) : null;
  }

  @FieldResolver(() => Date, { nullable: true, description: 'Admins only (null for others): since when the resolution SLA is paused because the ticket waits for the customer; null while the clock runs.' })
  slaPausedSince(@Root() ticket: SupportTicket, @Ctx() ctx: RequestContext): Date | null {
    return isAdminOf(ctx, ticket) ? ticket.slaPausedSince : null;
  }

  /** One window of the ticket's messages as the caller may read them, batched across the request's tickets. */
  private messageWindow(ctx: RequestContext, ticket: SupportTicket, offset: number, limit: number): Promise<MessageWindowPage> {
    const loader = seesInternalNotes(ticketRoleOf(ctx.caller, ticket)) ? allMessagePages : publicMessagePages;
    return ctx.loaders.get(loader).load({ ticketId: ticket.id, offset, limit });
  }
}

@Resolver(() => TicketMessage)
export class TicketMessageResolver {
  @FieldResolver(() => User, { description: 'Who wrote it.' })
  author(@Root() message: TicketMessage): User {
    return ref(User, message.authorUserId);
  }

  @FieldResolver(() => Boolean, { description: 'An internal note of support (only admins ever see these).' })
  internal(@Root() message: TicketMessage): boolean {
    return message.internal;
  }
}

@Resolver(() => TicketAttachment)
export class TicketAttachmentResolver {
  constructor(private readonly downloads: MediaDownloads) {}

  @FieldResolver(() => String, { nullable: true, description: 'A download link valid for 5 minutes (for everyone who can read the message).' })
  url(@Root() attachment: TicketAttachment, @Ctx() ctx: RequestContext): Promise<string | null> {
    // Only reached through a message the caller may read; integrations signs the links, all of a request's in one call.
    return this.downloads.url(ctx, attachment.mediaId, 'SUPPORT_ATTACHMENT');
  }
}
