import { seededAdmin } from '../harness/actors.js';
import { liveClient, subscribe, type LiveNudge } from '../harness/live-client.js';
import { newBuyer } from '../harness/actors.js';
import { placedOrder } from '../orders/order-helpers.js';
import { OPEN_TICKET, REPLY, openInput, type TicketView } from './support-helpers.js';

const TICKET_LIVE = `subscription Live($id: ID!) { ticketUpdated(ticketId: $id) { id status messageCount messages { body internal authorRole } } }`;
const QUEUE_LIVE = `subscription Queue { supportQueueUpdated { id status messageCount messages { body internal } } }`;

type LiveTicket = { ticketUpdated: { id: string; status: string; messageCount: number; messages: Array<{ body: string; internal: boolean; authorRole: string }> } };
type QueueUpdate = { supportQueueUpdated: { id: string; messageCount: number; messages: Array<{ body: string; internal: boolean }> } };

const NOTE = 'Internal: refund likely, do not promise yet';
const nudge = (ticketId: string): LiveNudge => ({ type: 'TicketReplied', keys: { ticketId } });

describe('live support tickets over graphql-ws through the gateway', () => {
  it('the buyer and the vendor see public replies live but never an internal note; admins see both', async () => {
    const { buyer, vendor, order } = await placedOrder(1, 'COD');
    const admin = await seededAdmin();
    const { openSupportTicket: ticket } = await buyer.ok<{ openSupportTicket: TicketView }>(OPEN_TICKET, openInput({ orderId: order.id }));
    const clients = [liveClient(buyer.token), liveClient(vendor.token), liveClient(admin.token), liveClient(admin.token)];
    const [buyerClient, vendorClient, adminClient, queueClient] = clients;
    try {
      const buyerSub = subscribe<LiveTicket>(buyerClient!, TICKET_LIVE, { id: ticket.id });
      const vendorSub = subscribe<LiveTicket>(vendorClient!, TICKET_LIVE, { id: ticket.id });
      const adminSub = subscribe<LiveTicket>(adminClient!, TICKET_LIVE, { id: ticket.id });
      const queueSub = subscribe<QueueUpdate>(queueClient!, QUEUE_LIVE);
      for (const sub of [buyerSub, vendorSub, adminSub]) await sub.untilLive(nudge(ticket.id));
      await queueSub.untilLive(nudge(ticket.id));

      await admin.ok(REPLY, { input: { ticketId: ticket.id, body: NOTE, internal: true } });
      await adminSub.waitFor((u) => u.ticketUpdated.messages.some((m) => m.body === NOTE && m.internal));
      await queueSub.waitFor((u) => u.supportQueueUpdated.id === ticket.id && u.supportQueueUpdated.messages.some((m) => m.body === NOTE));

      await admin.ok(REPLY, { input: { ticketId: ticket.id, body: 'We are on it.' } });
      const buyerSaw = await buyerSub.waitFor((u) => u.ticketUpdated.messages.some((m) => m.body === 'We are on it.'));
      expect(buyerSaw.ticketUpdated).toMatchObject({ status: 'AWAITING_CUSTOMER', messageCount: 2 });
      await vendorSub.waitFor((u) => u.ticketUpdated.messages.some((m) => m.body === 'We are on it.'));

      await vendor.ok(REPLY, { input: { ticketId: ticket.id, body: 'Replacement goes out today.' } });
      await buyerSub.waitFor((u) => u.ticketUpdated.messages.some((m) => m.body === 'Replacement goes out today.'));
      const adminSaw = await adminSub.waitFor((u) => u.ticketUpdated.messages.some((m) => m.body === 'Replacement goes out today.'));
      expect(adminSaw.ticketUpdated.messageCount).toBe(4);

      // Not one update to the buyer or the vendor carried the note, in messages or in the count.
      for (const sub of [buyerSub, vendorSub]) {
        expect(sub.updates.length).toBeGreaterThan(0);
        for (const update of sub.updates) {
          expect(update.ticketUpdated.messages.map((m) => m.body)).not.toContain(NOTE);
          expect(update.ticketUpdated.messages.every((m) => !m.internal)).toBe(true);
          expect(update.ticketUpdated.messageCount).toBe(update.ticketUpdated.messages.length);
        }
        expect(sub.errors).toEqual([]);
      }
    } finally {
      await Promise.all(clients.map((c) => c!.dispose()));
    }
  });

  it('a stranger cannot subscribe to a ticket, and only admins to the queue', async () => {
    const { buyer, order } = await placedOrder(1, 'COD');
    const { openSupportTicket: ticket } = await buyer.ok<{ openSupportTicket: TicketView }>(OPEN_TICKET, openInput({ orderId: order.id }));
    const stranger = await newBuyer();
    const client = liveClient(stranger.token);
    const ownClient = liveClient(buyer.token);
    try {
      const sub = subscribe<LiveTicket>(client, TICKET_LIVE, { id: ticket.id });
      await sub.closed;
      expect(JSON.stringify(sub.errors)).toMatch(/NOT_FOUND/);
      expect(sub.updates).toEqual([]);

      const queue = subscribe<QueueUpdate>(ownClient, QUEUE_LIVE);
      await queue.closed;
      expect(JSON.stringify(queue.errors)).toMatch(/FORBIDDEN/);
    } finally {
      await client.dispose();
      await ownClient.dispose();
    }
  });
});
