import { callSubgraph } from '../harness/subgraph-direct.js';
import { placedOrder } from '../orders/order-helpers.js';
import { OPEN_TICKET, openInput, uploadAttachment, type TicketView } from './support-helpers.js';

const TICKET_LINKS = `query T($id: ID!) { supportTicket(id: $id) { id messages { attachments { mediaId url } } } }`;

type Links = { supportTicket: { id: string; messages: Array<{ attachments: Array<{ mediaId: string; url: string | null }> }> } };

describe('support attachment links', () => {
  it('a ticket with 1 attachment and one with 3 each cost one call to integrations, and every link downloads its file', async () => {
    const { buyer, order } = await placedOrder(1, 'COD');
    const caller = { firebaseUid: buyer.session.firebaseUid, userId: buyer.userId, roles: ['BUYER' as const], vendorId: null, email: buyer.session.email, phone: null };
    const ticketWith = async (n: number) => {
      const files = await Promise.all(Array.from({ length: n }, () => uploadAttachment(buyer)));
      const { openSupportTicket } = await buyer.ok<{ openSupportTicket: TicketView }>(OPEN_TICKET, openInput({ orderId: order.id, attachmentIds: files }));
      return { id: openSupportTicket.id, files };
    };
    const one = await ticketWith(1);
    const three = await ticketWith(3);

    const readOne = await callSubgraph('orders', TICKET_LINKS, { id: one.id }, caller);
    const readThree = await callSubgraph('orders', TICKET_LINKS, { id: three.id }, caller);
    expect(readOne.body.errors).toBeUndefined();
    expect(readThree.body.errors).toBeUndefined();
    const linksOf = (r: typeof readOne) => (r.body.data as Links).supportTicket.messages.flatMap((m) => m.attachments);
    expect(linksOf(readOne).map((a) => a.mediaId)).toEqual(one.files);
    expect(linksOf(readThree).map((a) => a.mediaId).sort()).toEqual([...three.files].sort());
    // The N attachments' links are one batched peer call, not one each.
    expect(readOne.peerCalls).toBe(1);
    expect(readThree.peerCalls).toBe(readOne.peerCalls);

    for (const link of linksOf(readThree)) {
      const file = await fetch(link.url!);
      expect(file.status).toBe(200);
      expect((await file.text()).startsWith('%PDF')).toBe(true);
    }
  });
});
