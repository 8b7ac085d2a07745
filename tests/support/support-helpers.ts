import { randomUUID } from 'node:crypto';
import type { Actor } from '../harness/actors.js';
import { rowCountOf } from '../harness/subgraph-db.js';
import { uploadPdf } from '../harness/vendors.js';

export const TICKET_FIELDS = `id ticketNumber subject category priority status openerRole firstResponseAt resolvedAt reopenableUntil
  firstResponseDueAt resolutionDueAt overdue assignee { id } order { id }
  messageCount messages { id authorRole body internal attachments { mediaId contentType url } }`;

export interface TicketView {
  id: string;
  ticketNumber: string;
  subject: string;
  category: string;
  priority: string;
  status: string;
  openerRole: string;
  firstResponseAt: string | null;
  resolvedAt: string | null;
  reopenableUntil: string | null;
  firstResponseDueAt: string | null;
  resolutionDueAt: string | null;
  overdue: boolean | null;
  assignee: { id: string } | null;
  order: { id: string } | null;
  messageCount: number;
  messages: Array<{ id: string; authorRole: string; body: string; internal: boolean; attachments: Array<{ mediaId: string; contentType: string; url: string | null }> }>;
}

export const OPEN_TICKET = `mutation Open($input: OpenSupportTicketInput!) { openSupportTicket(input: $input) { ${TICKET_FIELDS} } }`;
export const TICKET = `query T($id: ID!) { supportTicket(id: $id) { ${TICKET_FIELDS} } }`;
export const REPLY = `mutation Reply($input: ReplyToTicketInput!) { replyToTicket(input: $input) { id authorRole internal } }`;
export const ASSIGN = `mutation A($id: ID!, $to: ID) { assignTicket(ticketId: $id, assigneeId: $to) { id assignee { id } } }`;
export const SET_STATUS = `mutation S($input: SetTicketStatusInput!) { setTicketStatus(input: $input) { id status resolvedAt } }`;
export const SET_PRIORITY = `mutation P($input: SetTicketPriorityInput!) { setTicketPriority(input: $input) { id priority overdue firstResponseDueAt } }`;
export const RESOLVE_MINE = `mutation R($id: ID!) { resolveMyTicket(ticketId: $id) { id status resolvedAt reopenableUntil } }`;
export const REOPEN = `mutation O($id: ID!) { reopenTicket(ticketId: $id) { id status resolvedAt } }`;
export const MY_TICKETS = `query Mine($status: TicketStatus) { mySupportTickets(status: $status) { pageInfo { totalCount } items { id messageCount messages { body internal } } } }`;
export const QUEUE = `query Q($filter: SupportTicketsFilter) { supportTickets(filter: $filter, page: { limit: 100 }) { pageInfo { totalCount } items { id overdue priority } } }`;

export function openInput(overrides: Record<string, unknown> = {}) {
  return {
    input: {
      category: 'DELIVERY',
      subject: 'Cement bags arrived wet',
      body: 'Three of the bags were soaked through when they arrived.',
      idempotencyKey: randomUUID(),
      ...overrides,
    },
  };
}

export const uploadAttachment = (actor: Actor) => uploadPdf(actor, 'SUPPORT_ATTACHMENT');

/** Requested but never uploaded or confirmed. */
export async function unconfirmedAttachment(actor: Actor): Promise<string> {
  const { requestUpload } = await actor.ok<{ requestUpload: { media: { id: string } } }>(
    'mutation R($input: RequestUploadInput!) { requestUpload(input: $input) { media { id } } }',
    { input: { purpose: 'SUPPORT_ATTACHMENT', contentType: 'application/pdf', sizeBytes: 512 } },
  );
  return requestUpload.media.id;
}

export async function myUserId(actor: Actor): Promise<string> {
  return (await actor.ok<{ me: { id: string } }>('{ me { id } }')).me.id;
}

/**
 * Moves a ticket's resolution `days` into the past, as if that much time had passed since: the
 * reopen window is a rule about elapsed time, and the test cannot wait a week.
 */
export async function ageResolution(ticketId: string, days: number): Promise<void> {
  await rowCountOf('orders', `update support_tickets set resolved_at = resolved_at - make_interval(days => $2) where id = $1`, [ticketId, days]);
}
