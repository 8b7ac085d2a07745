import { randomUUID } from 'node:crypto';
import { newBuyer, seededAdmin, type Actor } from '../harness/actors.js';
import { errorCodes } from '../harness/graphql-client.js';
import { eventually } from '../harness/eventually.js';
import { newVendor } from '../harness/vendors.js';
import { placedOrder } from '../orders/order-helpers.js';
import {
  ASSIGN,
  MY_TICKETS,
  OPEN_TICKET,
  QUEUE,
  REOPEN,
  REPLY,
  RESOLVE_MINE,
  SET_PRIORITY,
  SET_STATUS,
  TICKET,
  ageResolution,
  myUserId,
  openInput,
  unconfirmedAttachment,
  uploadAttachment,
  type TicketView,
} from './support-helpers.js';

type Opened = { openSupportTicket: TicketView };
type Read = { supportTicket: TicketView };
type Mine = { mySupportTickets: { pageInfo: { totalCount: number }; items: Array<{ id: string; messageCount: number; messages: Array<{ body: string; internal: boolean }> }> } };
type Queue = { supportTickets: { pageInfo: { totalCount: number }; items: Array<{ id: string; overdue: boolean; priority: string }> } };

const INTERNAL_NOTE = 'Internal: this vendor had two wet-stock complaints last month';
const SLA = `query S($id: ID!) { supportTicket(id: $id) { overdue slaPausedSince } }`;
const FEED = `query { myNotifications(page: { limit: 50 }) { items { kind body } } }`;

const read = async (actor: Actor, id: string) => (await actor.ok<Read>(TICKET, { id })).supportTicket;
const reasonOf = (response: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => response.errors?.[0]?.extensions?.reason;

async function buyersTicketOnOrder() {
  const { buyer, vendor, order } = await placedOrder(2, 'COD');
  const { openSupportTicket: ticket } = await buyer.ok<Opened>(OPEN_TICKET, openInput({ orderId: order.id }));
  return { buyer, vendor, order, ticket };
}

describe('support tickets through the gateway', () => {
  it('a buyer opens a ticket about their order with a photo; support assigns and answers; the vendor of the order replies; internal notes stay with support', async () => {
    const { buyer, vendor, order } = await placedOrder(2, 'COD');
    const admin = await seededAdmin();
    const adminId = await myUserId(admin);
    const photo = await uploadAttachment(buyer);
    const input = openInput({ orderId: order.id, attachmentIds: [photo] });

    const { openSupportTicket: opened } = await buyer.ok<Opened>(OPEN_TICKET, input);
    expect(opened).toMatchObject({ status: 'OPEN', category: 'DELIVERY', priority: 'HIGH', openerRole: 'BUYER', order: { id: order.id }, firstResponseAt: null, messageCount: 1 });
    expect(opened.ticketNumber).toMatch(/^TKT-\d{4}-\d{6}$/);
    expect(opened.messages[0]).toMatchObject({ authorRole: 'BUYER', body: input.input.body, attachments: [{ mediaId: photo, contentType: 'application/pdf' }] });
    expect(opened.messages[0]!.attachments[0]!.url).toMatch(/^http/);
    // SLA and assignment are support's view.
    expect(opened).toMatchObject({ firstResponseDueAt: null, resolutionDueAt: null, overdue: null, assignee: null });

    // A retried open is the same ticket; the same key for another request is refused.
    expect((await buyer.ok<Opened>(OPEN_TICKET, input)).openSupportTicket.id).toBe(opened.id);
    const reused = await buyer.run(OPEN_TICKET, { input: { ...input.input, subject: 'Something else entirely' } });
    expect(errorCodes(reused)).toEqual(['CONFLICT']);
    expect(reasonOf(reused)).toBe('IDEMPOTENCY_KEY_REUSED');

    // Support: assign (to an admin only), an internal note, then the first public answer.
    expect((await admin.ok<{ assignTicket: { assignee: { id: string } } }>(ASSIGN, { id: opened.id, to: adminId })).assignTicket.assignee.id).toBe(adminId);
    const notAdmin = await admin.run(ASSIGN, { id: opened.id, to: buyer.userId });
    expect(reasonOf(notAdmin)).toBe('NOT_AN_ADMIN');
    await admin.ok(REPLY, { input: { ticketId: opened.id, body: INTERNAL_NOTE, internal: true } });
    const afterNote = await read(admin, opened.id);
    expect(afterNote).toMatchObject({ status: 'OPEN', firstResponseAt: null, messageCount: 2 });
    expect(afterNote.firstResponseDueAt).not.toBeNull();

    await admin.ok(REPLY, { input: { ticketId: opened.id, body: 'Sorry about that: we are checking with the vendor.' } });
    const answered = await read(admin, opened.id);
    expect(answered.status).toBe('AWAITING_CUSTOMER');
    expect(answered.firstResponseAt).not.toBeNull();
    await admin.ok(REPLY, { input: { ticketId: opened.id, body: 'The vendor has been asked to replace the bags.' } });
    expect((await read(admin, opened.id)).firstResponseAt).toBe(answered.firstResponseAt);

    // The vendor of the order sees the ticket and replies; it is support's turn again.
    expect((await vendor.ok<Mine>(MY_TICKETS)).mySupportTickets.items.map((t) => t.id)).toContain(opened.id);
    expect((await vendor.ok<{ replyToTicket: { authorRole: string } }>(REPLY, { input: { ticketId: opened.id, body: 'We will replace three bags tomorrow.' } })).replyToTicket.authorRole).toBe('VENDOR');
    expect((await read(buyer, opened.id)).status).toBe('AWAITING_SUPPORT');

    // Neither the buyer nor the vendor sees the internal note: not in messages, counts or lists.
    for (const party of [buyer, vendor]) {
      const seen = await read(party, opened.id);
      expect(seen.messages.map((m) => m.body)).not.toContain(INTERNAL_NOTE);
      expect(seen.messages.every((m) => !m.internal)).toBe(true);
      expect(seen.messages).toHaveLength(4);
      expect(seen.messageCount).toBe(4);
      const listed = (await party.ok<Mine>(MY_TICKETS)).mySupportTickets.items.find((t) => t.id === opened.id)!;
      expect(listed.messageCount).toBe(4);
      expect(listed.messages.map((m) => m.body)).not.toContain(INTERNAL_NOTE);
    }
    const seenBySupport = await read(admin, opened.id);
    expect(seenBySupport.messageCount).toBe(5);
    expect(seenBySupport.messages.filter((m) => m.internal).map((m) => m.body)).toEqual([INTERNAL_NOTE]);

    // Only support writes internal notes.
    expect(errorCodes(await buyer.run(REPLY, { input: { ticketId: opened.id, body: 'psst', internal: true } }))).toEqual(['FORBIDDEN']);

    // The other side is told of public replies: the buyer of support's and the vendor's, the vendor of support's.
    await eventually(async () => {
      const items = (await buyer.ok<{ myNotifications: { items: Array<{ kind: string; body: string }> } }>(FEED)).myNotifications.items;
      return items.some((n) => n.kind === 'TICKET_REPLY_BUYER' && n.body.includes(opened.ticketNumber) && n.body.includes('The vendor')) &&
        items.some((n) => n.kind === 'TICKET_REPLY_BUYER' && n.body.includes('RealServ support'));
    }, { what: 'the buyer to be told of the replies' });
    await eventually(async () => {
      const items = (await vendor.ok<{ myNotifications: { items: Array<{ kind: string; body: string }> } }>(FEED)).myNotifications.items;
      return items.some((n) => n.kind === 'TICKET_REPLY_VENDOR' && n.body.includes(opened.ticketNumber));
    }, { what: 'the vendor to be told of support’s reply' });
  });

  it('another buyer and an unrelated vendor see nothing (NOT_FOUND), and cannot open tickets on the order', async () => {
    const { order, ticket } = await buyersTicketOnOrder();
    const otherBuyer = await newBuyer();
    const otherVendor = await newVendor('Unrelated Traders');
    for (const stranger of [otherBuyer, otherVendor]) {
      expect(errorCodes(await stranger.run(TICKET, { id: ticket.id }))).toEqual(['NOT_FOUND']);
      expect(errorCodes(await stranger.run(REPLY, { input: { ticketId: ticket.id, body: 'hello?' } }))).toEqual(['NOT_FOUND']);
      expect(errorCodes(await stranger.run(RESOLVE_MINE, { id: ticket.id }))).toEqual(['NOT_FOUND']);
      expect(errorCodes(await stranger.run(REOPEN, { id: ticket.id }))).toEqual(['NOT_FOUND']);
      expect(errorCodes(await stranger.run(OPEN_TICKET, openInput({ orderId: order.id })))).toEqual(['NOT_FOUND']);
      expect((await stranger.ok<Mine>(MY_TICKETS)).mySupportTickets.pageInfo.totalCount).toBe(0);
    }
    // The queue is support's.
    expect(errorCodes(await otherBuyer.run(QUEUE, {}))).toEqual(['FORBIDDEN']);
  });

  it('attachments must be confirmed SUPPORT_ATTACHMENT uploads of the author; a refused message writes nothing', async () => {
    const buyer = await newBuyer();
    const someoneElse = await newBuyer();
    const unconfirmed = await unconfirmedAttachment(buyer);
    const notMine = await uploadAttachment(someoneElse);
    const input = openInput({ category: 'OTHER' });

    const refusedUnconfirmed = await buyer.run(OPEN_TICKET, { input: { ...input.input, attachmentIds: [unconfirmed] } });
    expect(errorCodes(refusedUnconfirmed)).toEqual(['BAD_USER_INPUT']);
    expect(reasonOf(refusedUnconfirmed)).toBe('MEDIA_NOT_CONFIRMED');
    const refusedNotMine = await buyer.run(OPEN_TICKET, { input: { ...input.input, attachmentIds: [notMine] } });
    expect(reasonOf(refusedNotMine)).toBe('NOT_YOUR_MEDIA');
    expect(reasonOf(await buyer.run(OPEN_TICKET, { input: { ...input.input, attachmentIds: [randomUUID()] } }))).toBe('UNKNOWN_MEDIA');
    // Blank after trimming, or past the database's limit in characters (emoji are two UTF-16 units).
    expect(errorCodes(await buyer.run(OPEN_TICKET, { input: { ...input.input, subject: '      ' } }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await buyer.run(OPEN_TICKET, { input: { ...input.input, subject: '🧱🧱' } }))).toEqual(['BAD_USER_INPUT']);
    expect((await buyer.ok<Mine>(MY_TICKETS)).mySupportTickets.pageInfo.totalCount).toBe(0);

    // Nothing was bound to the key either: the same key with a good attachment opens the ticket.
    const mine = await uploadAttachment(buyer);
    const { openSupportTicket: ticket } = await buyer.ok<Opened>(OPEN_TICKET, { input: { ...input.input, attachmentIds: [mine] } });
    expect(ticket).toMatchObject({ priority: 'LOW', order: null, messageCount: 1 });

    expect(reasonOf(await buyer.run(REPLY, { input: { ticketId: ticket.id, body: 'and this', attachmentIds: [notMine] } }))).toBe('NOT_YOUR_MEDIA');
    expect(reasonOf(await buyer.run(REPLY, { input: { ticketId: ticket.id, body: 'and this', attachmentIds: [unconfirmed] } }))).toBe('MEDIA_NOT_CONFIRMED');
    const after = await read(buyer, ticket.id);
    expect(after).toMatchObject({ status: 'OPEN', messageCount: 1 });
    expect(after.messages).toHaveLength(1);
  });

  it('the admin queue filters overdue tickets in SQL at the SLA due time, and a first response takes a ticket off it', async () => {
    const { buyer, order, ticket: urgent } = await buyersTicketOnOrder();
    const admin = await seededAdmin();
    const { openSupportTicket: calm } = await buyer.ok<Opened>(OPEN_TICKET, openInput({ orderId: order.id, category: 'ORDER' }));

    // The test stack makes an URGENT first response due at once (SUPPORT_FIRST_RESPONSE_MINUTES=URGENT=0).
    const { setTicketPriority } = await admin.ok<{ setTicketPriority: { priority: string; overdue: boolean } }>(SET_PRIORITY, { input: { ticketId: urgent.id, priority: 'URGENT' } });
    expect(setTicketPriority).toMatchObject({ priority: 'URGENT', overdue: true });

    const queue = async (filter: Record<string, unknown>) => (await admin.ok<Queue>(QUEUE, { filter: { orderId: order.id, ...filter } })).supportTickets;
    const overdue = await queue({ overdue: true });
    expect(overdue.items.map((t) => t.id)).toEqual([urgent.id]);
    expect(overdue.pageInfo.totalCount).toBe(1);
    expect((await queue({ overdue: false })).items.map((t) => t.id)).toEqual([calm.id]);
    expect((await queue({ category: 'ORDER' })).items.map((t) => t.id)).toEqual([calm.id]);
    expect((await queue({ status: 'OPEN' })).pageInfo.totalCount).toBe(2);

    await admin.ok(REPLY, { input: { ticketId: urgent.id, body: 'Looking into it now.' } });
    expect((await queue({ overdue: true })).items).toEqual([]);
    expect((await queue({ status: 'AWAITING_CUSTOMER' })).items.map((t) => t.id)).toEqual([urgent.id]);

    const adminId = await myUserId(admin);
    await admin.ok(ASSIGN, { id: calm.id, to: adminId });
    expect((await queue({ assigneeId: adminId })).items.map((t) => t.id)).toEqual([calm.id]);
  });

  it('a ticket waiting for the customer is never overdue: its SLA pauses until the customer answers', async () => {
    const { buyer, order, ticket } = await buyersTicketOnOrder();
    const admin = await seededAdmin();
    const queue = async (overdue: boolean) => (await admin.ok<Queue>(QUEUE, { filter: { orderId: order.id, overdue } })).supportTickets.items.map((t) => t.id);
    const pause = async () => (await admin.ok<{ supportTicket: { overdue: boolean; slaPausedSince: string | null } }>(SLA, { id: ticket.id })).supportTicket;

    // URGENT with a first response due at once (the test stack's SUPPORT_FIRST_RESPONSE_MINUTES=URGENT=0): overdue.
    await admin.ok(SET_PRIORITY, { input: { ticketId: ticket.id, priority: 'URGENT' } });
    expect(await queue(true)).toEqual([ticket.id]);
    expect(await pause()).toEqual({ overdue: true, slaPausedSince: null });

    // Support asks the customer for photos: the customer's turn, nothing is due from support.
    await admin.ok(SET_STATUS, { input: { ticketId: ticket.id, status: 'AWAITING_CUSTOMER' } });
    expect(await queue(true)).toEqual([]);
    expect(await queue(false)).toEqual([ticket.id]);
    const waiting = await pause();
    expect(waiting.overdue).toBe(false);
    expect(waiting.slaPausedSince).not.toBeNull();
    // Buyers never see SLA bookkeeping.
    expect((await buyer.ok<{ supportTicket: { slaPausedSince: string | null } }>(SLA, { id: ticket.id })).supportTicket.slaPausedSince).toBeNull();

    // The customer answers: the clock runs again, and the unanswered first response is still late.
    await buyer.ok(REPLY, { input: { ticketId: ticket.id, body: 'Photos attached in the next message.' } });
    expect(await queue(true)).toEqual([ticket.id]);
    expect(await pause()).toEqual({ overdue: true, slaPausedSince: null });
  });

  it('the opener resolves and reopens within 7 days; after that reopening is refused; closed is final', async () => {
    const { buyer, vendor, ticket } = await buyersTicketOnOrder();
    const admin = await seededAdmin();

    // The order's vendor takes part but does not own the ticket.
    expect(errorCodes(await vendor.run(RESOLVE_MINE, { id: ticket.id }))).toEqual(['FORBIDDEN']);

    const { resolveMyTicket: resolved } = await buyer.ok<{ resolveMyTicket: { status: string; resolvedAt: string; reopenableUntil: string } }>(RESOLVE_MINE, { id: ticket.id });
    expect(resolved.status).toBe('RESOLVED');
    expect(Date.parse(resolved.reopenableUntil) - Date.parse(resolved.resolvedAt)).toBe(7 * 24 * 3600 * 1000);
    expect(reasonOf(await buyer.run(REPLY, { input: { ticketId: ticket.id, body: 'one more thing' } }))).toBe('TICKET_RESOLVED');

    expect((await buyer.ok<{ reopenTicket: { status: string; resolvedAt: string | null } }>(REOPEN, { id: ticket.id })).reopenTicket).toEqual({ id: ticket.id, status: 'AWAITING_SUPPORT', resolvedAt: null });

    await admin.ok(SET_STATUS, { input: { ticketId: ticket.id, status: 'RESOLVED' } });
    await ageResolution(ticket.id, 8);
    const late = await buyer.run(REOPEN, { id: ticket.id });
    expect(errorCodes(late)).toEqual(['CONFLICT']);
    expect(reasonOf(late)).toBe('REOPEN_WINDOW_PASSED');
    expect((await read(buyer, ticket.id)).status).toBe('RESOLVED');

    await admin.ok(SET_STATUS, { input: { ticketId: ticket.id, status: 'CLOSED' } });
    expect(reasonOf(await admin.run(SET_STATUS, { input: { ticketId: ticket.id, status: 'AWAITING_SUPPORT' } }))).toBe('TICKET_CLOSED');
    expect(reasonOf(await admin.run(REPLY, { input: { ticketId: ticket.id, body: 'note', internal: true } }))).toBe('TICKET_CLOSED');

    // The buyer is told of the status changes support made.
    await eventually(async () => {
      const items = (await buyer.ok<{ myNotifications: { items: Array<{ kind: string; body: string }> } }>(FEED)).myNotifications.items;
      return items.some((n) => n.kind === 'TICKET_STATUS_BUYER' && n.body.includes(ticket.ticketNumber) && n.body.includes('closed'));
    }, { what: 'the buyer to be told the ticket was closed' });
  });

  it('support may only make moves of the lifecycle', async () => {
    const { ticket } = await buyersTicketOnOrder();
    const admin = await seededAdmin();
    const closing = await admin.run(SET_STATUS, { input: { ticketId: ticket.id, status: 'CLOSED' } });
    expect(errorCodes(closing)).toEqual(['CONFLICT']);
    expect(reasonOf(closing)).toBe('NOT_A_TRANSITION');
    expect((await read(admin, ticket.id)).status).toBe('OPEN');
  });
});
