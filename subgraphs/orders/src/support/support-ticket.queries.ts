import DataLoader from 'dataloader';
import { NotFoundError, PageInput, assertId, requireUserId, toPage, type Page, type RequestContext } from '@realserv/platform';
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
  const { offset, limit } = page ?? new PageInput();
  const [items, total] = await ctx.em.findAndCount(SupportTicket, where, { orderBy: { createdAt: 'desc', id: 'asc' }, offset, limit });
  return toPage(items, total, page);
}

/**
 * One page of one ticket's messages: which ticket, and the window of its messages (oldest first).
 * A window of limit 0 (COUNT_ONLY) asks only for the total.
 */
export interface MessageWindow {
  ticketId: string;
  offset: number;
  limit: number;
}

/** The window `messageCount` asks for: no messages, only how many the reader can see. */
export const COUNT_ONLY = { offset: 0, limit: 0 } as const;

/** One window of a ticket's messages, and how many messages the same reader can see in all. */
export interface MessageWindowPage {
  items: TicketMessage[];
  total: number;
}

/**
 * Pages of messages per ticket, each with the ticket's total, for every ticket of a request in
 * one statement per page window: a queue of 20 tickets reading their first messages costs one
 * statement, and a ticket's page is read through its (ticket_id, created_at) index without
 * loading the rest of a long ticket.
 *
 * The total is counted in the statement that reads the page, so a page and its count always
 * agree; and a count asked for in the same request as a page of that ticket (`messageCount` with
 * `messages` or `messagesPage`: resolved in the same tick, so in the same batch) is taken from
 * that page's statement. Read apart, a reply committed between the two reads showed in one and
 * not the other (a live update listed 4 messages and counted 3). Counts with no page of their
 * ticket in the batch cost one grouped count for all of them.
 */
function messagePages(ctx: RequestContext, withInternal: boolean) {
  const visible = withInternal ? '' : 'and not internal';
  const keyOf = (w: MessageWindow) => `${w.ticketId}@${w.offset}:${w.limit}`;
  return new DataLoader<MessageWindow, MessageWindowPage, string>(
    async (windows) => {
      const byWindow = new Map<string, { offset: number; limit: number; ids: Set<string> }>();
      for (const w of windows) {
        if (w.limit === 0) continue;
        const key = `${w.offset}:${w.limit}`;
        const group = byWindow.get(key) ?? { offset: w.offset, limit: w.limit, ids: new Set<string>() };
        group.ids.add(w.ticketId);
        byWindow.set(key, group);
      }
      const pages = new Map<string, MessageWindowPage>();
      const totals = new Map<string, number>();
      for (const [key, group] of byWindow) {
        const rows = await ctx.em.getConnection().execute<Array<Record<string, unknown> & { page_ticket_id: string; page_total: number }>>(
          `select t.id as page_ticket_id, c.total as page_total, m.* from unnest(string_to_array(?, ',')::uuid[]) as t(id)
           cross join lateral (select count(*)::int as total from ticket_messages where ticket_id = t.id ${visible}) c
           left join lateral (
             select * from ticket_messages where ticket_id = t.id ${visible}
             order by created_at, id offset ? limit ?
           ) m on true`,
          [[...group.ids].join(','), group.offset, group.limit],
        );
        for (const { page_ticket_id: ticketId, page_total: total, ...row } of rows) {
          const pageKey = `${ticketId}@${key}`;
          const page = pages.get(pageKey) ?? { items: [], total: Number(total) };
          // A ticket without a message in the window still has its row (left join), with no message.
          if (row.id != null) page.items.push(ctx.em.map(TicketMessage, row));
          pages.set(pageKey, page);
          totals.set(ticketId, Number(total));
        }
      }
      const uncounted = [...new Set(windows.filter((w) => w.limit === 0 && !totals.has(w.ticketId)).map((w) => w.ticketId))];
      if (uncounted.length) {
        const rows = await ctx.em.getConnection().execute<Array<{ ticket_id: string; total: number }>>(
          `select ticket_id, count(*)::int as total from ticket_messages
           where ticket_id = any(string_to_array(?, ',')::uuid[]) ${visible} group by ticket_id`,
          [uncounted.join(',')],
        );
        for (const id of uncounted) totals.set(id, 0);
        for (const row of rows) totals.set(row.ticket_id, Number(row.total));
      }
      // Each page in the ticket's order (oldest first), whatever order the rows came back in.
      const order = (a: TicketMessage, b: TicketMessage) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id);
      return windows.map((w) => {
        if (w.limit === 0) return { items: [], total: totals.get(w.ticketId) ?? 0 };
        const page = pages.get(keyOf(w)) ?? { items: [], total: 0 };
        return { items: [...page.items].sort(order), total: page.total };
      });
    },
    { cacheKeyFn: keyOf },
  );
}

/** Pages of messages with internal notes: for admins only. */
export const allMessagePages = (ctx: RequestContext) => messagePages(ctx, true);

/** Pages of the messages a buyer or vendor may read: internal notes are left out in SQL, never filtered later. */
export const publicMessagePages = (ctx: RequestContext) => messagePages(ctx, false);

