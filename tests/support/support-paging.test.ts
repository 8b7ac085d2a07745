import { seededAdmin } from '../harness/actors.js';
import { callSubgraph } from '../harness/subgraph-direct.js';
import { placedOrder } from '../orders/order-helpers.js';
import { OPEN_TICKET, REPLY, myUserId, openInput, type TicketView } from './support-helpers.js';

type Opened = { openSupportTicket: TicketView };
type MessagePage = { items: Array<{ body: string; internal: boolean }>; pageInfo: { totalCount: number; offset: number; limit: number; hasNextPage: boolean } };

const PAGE = `query P($id: ID!, $page: PageInput) { supportTicket(id: $id) { messageCount messages { body } messagesPage(page: $page) { items { body internal } pageInfo { totalCount offset limit hasNextPage } } } }`;
const QUEUE_PAGES = `query Q($orderId: ID!) { supportTickets(filter: { orderId: $orderId }) { items { id messageCount messagesPage(page: { limit: 2 }) { items { body } pageInfo { totalCount } } } } }`;

describe('support ticket messages, a page at a time', () => {
  it('a long ticket is read in pages, oldest first; buyers never see or count internal notes; the old list is the first 100', async () => {
    const { buyer, order } = await placedOrder(1, 'COD');
    const admin = await seededAdmin();
    const { openSupportTicket: ticket } = await buyer.ok<Opened>(OPEN_TICKET, openInput({ orderId: order.id, body: 'message 0' }));
    // 24 public replies, taking turns, and 2 internal notes: 25 public messages, 27 for support.
    for (let i = 1; i <= 24; i += 1) {
      await (i % 2 ? admin : buyer).ok(REPLY, { input: { ticketId: ticket.id, body: `message ${i}` } });
      if (i === 5 || i === 17) await admin.ok(REPLY, { input: { ticketId: ticket.id, body: `note after ${i}`, internal: true } });
    }
    const page = async (actor: typeof buyer, p?: { offset?: number; limit?: number }) =>
      (await actor.ok<{ supportTicket: { messageCount: number; messages: Array<{ body: string }>; messagesPage: MessagePage } }>(PAGE, { id: ticket.id, page: p })).supportTicket;

    const first = await page(buyer);
    expect(first.messagesPage.items.map((m) => m.body)).toEqual(Array.from({ length: 20 }, (_, i) => `message ${i}`));
    expect(first.messagesPage.pageInfo).toEqual({ totalCount: 25, offset: 0, limit: 20, hasNextPage: true });
    expect(first.messageCount).toBe(25);
    expect(first.messages).toHaveLength(25);

    const last = await page(buyer, { offset: 20, limit: 10 });
    expect(last.messagesPage.items.map((m) => m.body)).toEqual(['message 20', 'message 21', 'message 22', 'message 23', 'message 24']);
    expect(last.messagesPage.pageInfo).toMatchObject({ totalCount: 25, hasNextPage: false });

    const support = await page(admin, { offset: 5, limit: 3 });
    expect(support.messagesPage.items.map((m) => m.body)).toEqual(['message 5', 'note after 5', 'message 6']);
    expect(support.messagesPage.pageInfo).toMatchObject({ totalCount: 27, hasNextPage: true });
    expect(support.messageCount).toBe(27);

    const tooLarge = await buyer.run(PAGE, { id: ticket.id, page: { limit: 101 } });
    expect(tooLarge.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('the admin queue reads every ticket’s first messages and counts in the same few statements, however many tickets', async () => {
    const admin = await seededAdmin();
    const caller = { firebaseUid: admin.session.firebaseUid, userId: await myUserId(admin), roles: ['ADMIN' as const], vendorId: null, email: admin.session.email, phone: null };
    const queueOf = async (tickets: number) => {
      const { buyer, order } = await placedOrder(1, 'COD');
      for (let n = 0; n < tickets; n += 1) {
        const { openSupportTicket } = await buyer.ok<Opened>(OPEN_TICKET, openInput({ orderId: order.id, body: `ticket ${n} opens` }));
        await buyer.ok(REPLY, { input: { ticketId: openSupportTicket.id, body: 'more' } });
        await buyer.ok(REPLY, { input: { ticketId: openSupportTicket.id, body: 'and more' } });
      }
      const read = await callSubgraph('orders', QUEUE_PAGES, { orderId: order.id }, caller);
      expect(read.body.errors).toBeUndefined();
      const items = (read.body.data as { supportTickets: { items: Array<{ messageCount: number; messagesPage: MessagePage }> } }).supportTickets.items;
      expect(items).toHaveLength(tickets);
      for (const item of items) {
        expect(item.messageCount).toBe(3);
        expect(item.messagesPage.pageInfo.totalCount).toBe(3);
        expect(item.messagesPage.items.map((m) => m.body)).toEqual([expect.stringMatching(/^ticket \d opens$/), 'more']);
      }
      return read.sqlStatements;
    };
    const one = await queueOf(1);
    const four = await queueOf(4);
    expect(four).toBe(one);
  });

  it('a ticket’s messages and its count are read in one statement, so a live update never lists a reply it does not count', async () => {
    const admin = await seededAdmin();
    const caller = { firebaseUid: admin.session.firebaseUid, userId: await myUserId(admin), roles: ['ADMIN' as const], vendorId: null, email: admin.session.email, phone: null };
    const { buyer, order } = await placedOrder(1, 'COD');
    const { openSupportTicket: ticket } = await buyer.ok<Opened>(OPEN_TICKET, openInput({ orderId: order.id, body: 'opens' }));
    await admin.ok(REPLY, { input: { ticketId: ticket.id, body: 'a note', internal: true } });
    await buyer.ok(REPLY, { input: { ticketId: ticket.id, body: 'more' } });
    const read = (fields: string) => callSubgraph('orders', `query T($id: ID!) { supportTicket(id: $id) { id ${fields} } }`, { id: ticket.id }, caller);
    const listed = await read('messages { body }');
    const listedAndCounted = await read('messages { body } messageCount');
    expect(listedAndCounted.body.errors).toBeUndefined();
    expect(listedAndCounted.body.data).toEqual({ supportTicket: { id: ticket.id, messages: [{ body: 'opens' }, { body: 'a note' }, { body: 'more' }], messageCount: 3 } });
    // The count costs no statement of its own: it comes with the list, from the same snapshot.
    expect(listedAndCounted.sqlStatements).toBe(listed.sqlStatements);
    // Asked alone, the count reads no message (one grouped count); the buyer's leaves the note out.
    const buyerCount = await buyer.ok<{ supportTicket: { messageCount: number } }>(`query C($id: ID!) { supportTicket(id: $id) { messageCount } }`, { id: ticket.id });
    expect(buyerCount.supportTicket.messageCount).toBe(2);
    const adminCountOnly = await read('messageCount');
    expect(adminCountOnly.body.data).toEqual({ supportTicket: { id: ticket.id, messageCount: 3 } });
  });
});
