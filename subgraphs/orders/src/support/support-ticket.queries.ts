import DataLoader from 'dataloader';
import { NotFoundError, assertId, manyByKey, requireUserId, toPage, type Page, type PageInput, type RequestContext } from '@realserv/platform';
import { ticketRoleOf } from './ticket-access.js';
import { SupportTicket, TicketMessage } from './support-ticket.entity.js';
import type { SupportTicketsFilter } from './support.inputs.js';
import type { TicketStatusEnum } from './support-enums.js';

/** Reading tickets: one for its participants, a participant's own list, and the admin queue. */

export async function findVisibleTicket(ctx: RequestContext, id: string): Promise<SupportTicket> {
  const ticket = await ctx.em.findOne(SupportTicket, { id: assertId(id) });
  if (!ticket || !ticketRoleOf(ctx.caller, ticket)) throw new NotFoundError('SupportTicket', id);
  return ticket;
}

/** The caller's tickets: those it opened and, for a vendor, those about its orders or opened for it. */
export async function listMyTickets(ctx: RequestContext, status: TicketStatusEnum | undefined, page: PageInput | undefined): Promise<Page<SupportTicket>> {
  const userId = requireUserId(ctx);
  const vendorId = ctx.caller?.roles.includes('VENDOR') ? ctx.caller.vendorId : null;
  const mine: Array<Record<string, unknown>> = [{ openerUserId: userId }];
  if (vendorId) mine.push({ orderVendorId: vendorId }, { openerVendorId: vendorId });
  return list(ctx, { $or: mine, ...(status ? { status } : {}) }, page);
}

/** Admins: the queue. `overdue` is a range predicate on the indexed sla_due_at column, evaluated at `now`. */
export async function listSupportQueue(ctx: RequestContext, filter: SupportTicketsFilter | undefined, page: PageInput | undefined, now: Date): Promise<Page<SupportTicket>> {
  const where: Record<string, unknown> = {};
  if (filter?.status) where.status = filter.status;
  if (filter?.category) where.category = filter.category;
  if (filter?.assigneeId != null) where.assigneeId = assertId(filter.assigneeId, 'assigneeId');
  if (filter?.orderId != null) where.orderId = assertId(filter.orderId, 'orderId');
  if (filter?.overdue === true) where.slaDueAt = { $lte: now };
  if (filter?.overdue === false) where.$or = [{ slaDueAt: null }, { slaDueAt: { $gt: now } }];
  return list(ctx, where, page);
}

async function list(ctx: RequestContext, where: Record<string, unknown>, page: PageInput | undefined): Promise<Page<SupportTicket>> {
  const [items, total] = await ctx.em.findAndCount(SupportTicket, where, {
    orderBy: { createdAt: 'desc', id: 'asc' },
    offset: page?.offset ?? 0,
    limit: page?.limit ?? 20,
  });
  return toPage(items, total, page);
}

/** Every message of the tickets, internal notes included: for admins only. */
export const allMessagesByTicketId = (ctx: RequestContext) =>
  new DataLoader<string, TicketMessage[]>(async (ids) =>
    manyByKey(ids, await ctx.em.find(TicketMessage, { ticketId: { $in: [...ids] } }, { orderBy: { createdAt: 'asc', id: 'asc' } }), (m) => m.ticketId),
  );

/** The messages a buyer or vendor may read: internal notes are left out in SQL, never filtered later. */
export const publicMessagesByTicketId = (ctx: RequestContext) =>
  new DataLoader<string, TicketMessage[]>(async (ids) =>
    manyByKey(ids, await ctx.em.find(TicketMessage, { ticketId: { $in: [...ids] }, internal: false }, { orderBy: { createdAt: 'asc', id: 'asc' } }), (m) => m.ticketId),
  );
