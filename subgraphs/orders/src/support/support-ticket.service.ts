import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
  assertId,
  recordEvent,
  requestFingerprint,
  requireCaller,
  requireUserId,
  type RequestContext,
} from '@realserv/platform';
import { TicketNoteAdded, TicketOpened, TicketReplied, TicketStatusChanged, TicketTriaged } from '@realserv/contracts';
import { Order } from '../order/order.entity.js';
import type { SupportMedia } from '../ports/support-media.js';
import type { SupportAssignees } from '../ports/support-assignees.js';
import { autoCloseCutoff, closesAutomatically, decide, type TicketAction } from './ticket-lifecycle.js';
import { DEFAULT_PRIORITY, nextDueAt, slaAfterMove, slaDueDates, type SlaTargets } from './ticket-sla.js';
import { formatTicketNumber, ticketMonth } from './ticket-number.js';
import { ticketRoleOf, type TicketRole } from './ticket-access.js';
import { TicketAuthorRole, TicketPriorityEnum, TicketStatusEnum } from './support-enums.js';
import { SupportTicket, TicketMessage } from './support-ticket.entity.js';
import type { OpenSupportTicketInput, ReplyToTicketInput } from './support.inputs.js';

/** Tickets the auto-close takes per transaction. */
const AUTO_CLOSE_BATCH = 100;

export interface SupportDeps {
  media: SupportMedia;
  assignees: SupportAssignees;
  sla: SlaTargets;
  /** The clock the SLA, the reopen window and the auto-close read (tests pass their own). */
  now?: () => Date;
}

/** Support tickets: opening, replies, status, triage. Every change is one transaction with its event, under the ticket's row lock. */
export class SupportTicketService {
  private readonly now: () => Date;

  constructor(private readonly deps: SupportDeps) {
    this.now = deps.now ?? (() => new Date());
  }

  /**
   * Opens a ticket with its first message. The idempotency key is bound to the request: a retry
   * returns the ticket, the same key with another request is CONFLICT. The order and the
   * attachments are checked before anything is written.
   */
  async open(ctx: RequestContext, input: OpenSupportTicketInput): Promise<SupportTicket> {
    const caller = requireCaller(ctx);
    const userId = requireUserId(ctx);
    const orderId = input.orderId != null ? assertId(input.orderId, 'orderId') : null;
    const attachmentIds = (input.attachmentIds ?? []).map((id) => assertId(id, 'attachmentIds'));
    const subject = input.subject.trim();
    assertTextLength(subject, 'subject', 3, 140);
    assertTextLength(input.body, 'body', 1, 4000);
    const fingerprint = requestFingerprint({
      operation: 'openSupportTicket',
      orderId,
      category: input.category,
      subject: input.subject,
      body: input.body,
      attachmentIds: [...attachmentIds].sort(),
    });
    const retried = await this.byKey(ctx.em, userId, input.idempotencyKey);
    if (retried) return sameRequestOrConflict(retried, fingerprint);

    // The opener's side: on an order, the side the caller is on (a vendor who also buys is the
    // vendor on its own shop's orders); without one, a vendor user speaks for its vendor.
    let openerRole: TicketAuthorRole;
    let orderVendorId: string | null = null;
    if (orderId) {
      const order = await ctx.em.findOne(Order, { id: orderId });
      const asVendor = order && caller.roles.includes('VENDOR') && caller.vendorId === order.vendorId;
      const asBuyer = order && caller.roles.includes('BUYER') && order.buyerId === userId;
      if (!order || (!asVendor && !asBuyer)) throw new NotFoundError('Order', orderId);
      openerRole = asVendor ? TicketAuthorRole.VENDOR : TicketAuthorRole.BUYER;
      orderVendorId = asVendor ? null : order.vendorId;
    } else if (caller.roles.includes('VENDOR') && caller.vendorId) {
      openerRole = TicketAuthorRole.VENDOR;
    } else if (caller.roles.includes('BUYER')) {
      openerRole = TicketAuthorRole.BUYER;
    } else {
      throw new ForbiddenError('Buyers and vendors open support tickets.');
    }
    const openerVendorId = openerRole === TicketAuthorRole.VENDOR ? caller.vendorId : null;
    const attachments = await this.deps.media.usableAttachments(attachmentIds, userId, ctx.requestId);

    try {
      return await ctx.em.transactional(async (em) => {
        const now = this.now();
        const priority = DEFAULT_PRIORITY[input.category] as TicketPriorityEnum;
        const due = slaDueDates(now, priority, this.deps.sla);
        const ticket = em.create(SupportTicket, {
          ticketNumber: formatTicketNumber(now, await nextSequence(em, now)),
          openerUserId: userId,
          openerRole,
          openerVendorId,
          orderId,
          orderVendorId,
          idempotencyKey: input.idempotencyKey,
          requestFingerprint: fingerprint,
          subject,
          category: input.category,
          priority,
          ...due,
          slaDueAt: nextDueAt({ status: TicketStatusEnum.OPEN, firstResponseAt: null, ...due }),
          createdAt: now,
          updatedAt: now,
        });
        em.create(TicketMessage, { ticketId: ticket.id, authorUserId: userId, authorRole: openerRole, body: input.body, attachments, createdAt: now });
        recordEvent(em, TicketOpened, { ...eventFields(ticket), category: input.category, priority });
        return ticket;
      });
    } catch (error) {
      // A concurrent retry with the same key inserted first (the unique index): answer with its ticket.
      ctx.em.clear();
      const winner = await this.byKey(ctx.em, userId, input.idempotencyKey);
      if (winner) return sameRequestOrConflict(winner, fingerprint);
      throw error;
    }
  }

  /** A message from a participant; admins may add internal notes. Moves the status (ticket-lifecycle.ts) and records the first response. */
  async reply(ctx: RequestContext, input: ReplyToTicketInput): Promise<TicketMessage> {
    const userId = requireUserId(ctx);
    const ticketId = assertId(input.ticketId, 'ticketId');
    const attachmentIds = (input.attachmentIds ?? []).map((id) => assertId(id, 'attachmentIds'));
    assertTextLength(input.body, 'body', 1, 4000);
    const role = ticketRoleOf(ctx.caller, await this.visibleTicket(ctx, ctx.em, ticketId));
    if (input.internal && role !== 'ADMIN') throw new ForbiddenError('Only support adds internal notes.');
    const attachments = await this.deps.media.usableAttachments(attachmentIds, userId, ctx.requestId);
    return ctx.em.transactional(async (em) => {
      const ticket = await this.lockVisibleTicket(ctx, em, ticketId);
      const now = this.now();
      const next = this.decideOrThrow(ticket, { kind: 'REPLY', side: role === 'ADMIN' ? 'ADMIN' : 'CUSTOMER', internal: input.internal }, now);
      const message = em.create(TicketMessage, { ticketId, authorUserId: userId, authorRole: role as TicketAuthorRole, body: input.body, internal: input.internal, attachments, createdAt: now });
      if (!input.internal && role === 'ADMIN' && !ticket.firstResponseAt) ticket.firstResponseAt = now;
      Object.assign(ticket, slaAfterMove(ticket, next, now));
      ticket.status = next;
      ticket.slaDueAt = nextDueAt(ticket);
      ticket.updatedAt = now;
      if (input.internal) {
        // Its own event on the admins-only live feed: a buyer's or vendor's subscription is not even woken.
        recordEvent(em, TicketNoteAdded, { ticketId, ticketNumber: ticket.ticketNumber, messageId: message.id, authorUserId: userId });
      } else {
        recordEvent(em, TicketReplied, { ...eventFields(ticket), messageId: message.id, authorUserId: userId, authorRole: role!, status: ticket.status });
      }
      return message;
    });
  }

  /** Admins: any move of the lifecycle (CLOSED only after RESOLVED). */
  setStatus(ctx: RequestContext, ticketId: string, to: TicketStatusEnum): Promise<SupportTicket> {
    return this.changeStatus(ctx, ticketId, (role) => (role === 'ADMIN' ? { kind: 'SET_STATUS', side: 'ADMIN', to } : null));
  }

  /** The opener marks its own ticket resolved. */
  resolveMine(ctx: RequestContext, ticketId: string): Promise<SupportTicket> {
    return this.changeStatus(ctx, ticketId, (role, ticket) => (role !== 'ADMIN' && ticket.openerUserId === ctx.caller?.userId ? { kind: 'SET_STATUS', side: 'CUSTOMER', to: 'RESOLVED' } : null));
  }

  /** The opener (or an admin) reopens a resolved ticket within 7 days of its resolution. */
  reopen(ctx: RequestContext, ticketId: string): Promise<SupportTicket> {
    return this.changeStatus(ctx, ticketId, (role, ticket) =>
      role === 'ADMIN' || ticket.openerUserId === ctx.caller?.userId ? { kind: 'REOPEN', side: role === 'ADMIN' ? 'ADMIN' : 'CUSTOMER' } : null,
    );
  }

  /** Admins: assign to an active admin, or unassign (null). */
  async assign(ctx: RequestContext, ticketId: string, assigneeId: string | null): Promise<SupportTicket> {
    const id = assertId(ticketId, 'ticketId');
    const assignee = assigneeId != null ? assertId(assigneeId, 'assigneeId') : null;
    if (assignee && !(await this.deps.assignees.isActiveAdmin(assignee, ctx.requestId))) {
      throw new ValidationError('Tickets are assigned to active admins.', { field: 'assigneeId', reason: 'NOT_AN_ADMIN' });
    }
    return ctx.em.transactional(async (em) => {
      const ticket = await this.lockVisibleTicket(ctx, em, id);
      if (ticket.assigneeId === assignee) return ticket;
      ticket.assigneeId = assignee;
      recordEvent(em, TicketTriaged, { ticketId: ticket.id, ticketNumber: ticket.ticketNumber, assigneeId: assignee, priority: ticket.priority });
      return ticket;
    });
  }

  /** Admins: change the priority; both SLA due times are re-timed from when the ticket was opened (keeping the time paused so far). */
  async setPriority(ctx: RequestContext, ticketId: string, priority: TicketPriorityEnum): Promise<SupportTicket> {
    const id = assertId(ticketId, 'ticketId');
    return ctx.em.transactional(async (em) => {
      const ticket = await this.lockVisibleTicket(ctx, em, id);
      if (ticket.priority === priority) return ticket;
      Object.assign(ticket, { priority }, slaDueDates(ticket.createdAt, priority, this.deps.sla, ticket.slaPausedSeconds));
      ticket.slaDueAt = nextDueAt(ticket);
      recordEvent(em, TicketTriaged, { ticketId: ticket.id, ticketNumber: ticket.ticketNumber, assigneeId: ticket.assigneeId, priority });
      return ticket;
    });
  }

  private async changeStatus(
    ctx: RequestContext,
    ticketId: string,
    actionFor: (role: TicketRole, ticket: SupportTicket) => TicketAction | null,
  ): Promise<SupportTicket> {
    const id = assertId(ticketId, 'ticketId');
    return ctx.em.transactional(async (em) => {
      const ticket = await this.lockVisibleTicket(ctx, em, id);
      const role = ticketRoleOf(ctx.caller, ticket)!;
      const action = actionFor(role, ticket);
      if (!action) throw new ForbiddenError('Only the one who opened the ticket (or support) may do this.');
      this.move(em, ticket, action, role, this.now());
      return ticket;
    });
  }

  /**
   * The scheduled auto-close (support-auto-close.ts): every ticket RESOLVED longer than the reopen
   * window becomes CLOSED, with the same TicketStatusChanged (actor ADMIN: support's rule) and so
   * the same notifications and live updates as support closing it by hand. Rows are taken with
   * SKIP LOCKED in batches, so instances running at once share the work and a ticket an admin is
   * changing meanwhile is left to the admin (and to the next run). Repeating it closes nothing twice.
   */
  async closeResolvedPastReopenWindow(em: EntityManager): Promise<string[]> {
    const now = this.now();
    const closed: string[] = [];
    for (;;) {
      const batch = await em.fork().transactional(async (tx) => {
        const due = await tx.find(
          SupportTicket,
          { status: TicketStatusEnum.RESOLVED, resolvedAt: { $lt: autoCloseCutoff(now) } },
          { lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE, limit: AUTO_CLOSE_BATCH, orderBy: { resolvedAt: 'asc', id: 'asc' } },
        );
        for (const ticket of due) {
          if (closesAutomatically(ticket.status, ticket.resolvedAt, now)) this.move(tx, ticket, { kind: 'SET_STATUS', side: 'ADMIN', to: 'CLOSED' }, 'ADMIN', now);
        }
        return due;
      });
      closed.push(...batch.map((t) => t.id));
      if (batch.length < AUTO_CLOSE_BATCH) break;
    }
    return closed;
  }

  /** One status move under the ticket's lock: the lifecycle's decision, resolution time, SLA clock, event. */
  private move(em: EntityManager, ticket: SupportTicket, action: TicketAction, role: TicketRole, now: Date): void {
    const from = ticket.status;
    const to = this.decideOrThrow(ticket, action, now);
    Object.assign(ticket, slaAfterMove(ticket, to, now));
    ticket.status = to;
    if (to === TicketStatusEnum.RESOLVED && from !== TicketStatusEnum.RESOLVED) ticket.resolvedAt = now;
    if (action.kind === 'REOPEN' || (from === TicketStatusEnum.RESOLVED && to === TicketStatusEnum.AWAITING_SUPPORT)) ticket.resolvedAt = null;
    ticket.slaDueAt = nextDueAt(ticket);
    ticket.updatedAt = now;
    recordEvent(em, TicketStatusChanged, { ...eventFields(ticket), from, to, actorRole: role });
  }

  private decideOrThrow(ticket: SupportTicket, action: TicketAction, now: Date): TicketStatusEnum {
    const decision = decide(ticket.status, action, ticket.resolvedAt, now);
    if (!decision.ok) {
      if (decision.reason === 'NOT_ALLOWED') throw new ForbiddenError(decision.message);
      throw new ConflictError(decision.message, { reason: decision.reason });
    }
    return decision.to as TicketStatusEnum;
  }

  private async visibleTicket(ctx: RequestContext, em: EntityManager, id: string): Promise<SupportTicket> {
    const ticket = await em.findOne(SupportTicket, { id });
    if (!ticket || !ticketRoleOf(ctx.caller, ticket)) throw new NotFoundError('SupportTicket', id);
    return ticket;
  }

  private async lockVisibleTicket(ctx: RequestContext, em: EntityManager, id: string): Promise<SupportTicket> {
    const ticket = await em.findOne(SupportTicket, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (!ticket || !ticketRoleOf(ctx.caller, ticket)) throw new NotFoundError('SupportTicket', id);
    return ticket;
  }

  private byKey(em: EntityManager, openerUserId: string, idempotencyKey: string): Promise<SupportTicket | null> {
    return em.findOne(SupportTicket, { openerUserId, idempotencyKey });
  }
}

/** The database counts characters (code points); the input's @Length counts UTF-16 units, and does not see a trimmed subject. */
function assertTextLength(text: string, field: string, min: number, max: number): void {
  const length = [...text].length;
  if (length < min || length > max) throw new ValidationError(`${field} must be ${min}–${max} characters.`, { field });
}

function sameRequestOrConflict(ticket: SupportTicket, fingerprint: string): SupportTicket {
  if (ticket.requestFingerprint !== fingerprint) {
    throw new ConflictError('This idempotency key was already used for a different ticket.', { reason: 'IDEMPOTENCY_KEY_REUSED' });
  }
  return ticket;
}

function eventFields(ticket: SupportTicket) {
  return {
    ticketId: ticket.id,
    ticketNumber: ticket.ticketNumber,
    openerUserId: ticket.openerUserId,
    openerRole: ticket.openerRole as 'BUYER' | 'VENDOR',
    vendorId: ticket.orderVendorId ?? ticket.openerVendorId,
    orderId: ticket.orderId,
  };
}

async function nextSequence(em: EntityManager, at: Date): Promise<number> {
  const rows = await em.getConnection().execute<Array<{ last: number }>>(
    `insert into ticket_number_counters (month, last) values (?, 1)
     on conflict (month) do update set last = ticket_number_counters.last + 1
     returning last`,
    [ticketMonth(at)],
    'all',
    em.getTransactionContext(),
  );
  return Number(rows[0]!.last);
}
