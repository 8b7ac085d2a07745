import { on, type EventSubscription } from '@realserv/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
import { OrderCancelled, OrderCompleted, OrderConfirmed, OrderDelivered, OrderDispatched, OrderPaid, OrderRejected, UserDeleted } from '@realserv/contracts';
import { Dispute, DisputeEvent } from '../dispute/dispute.entity.js';
import { SupportTicket, TicketMessage } from '../support/support-ticket.entity.js';
import { Order, OrderStatusHistory } from './order.entity.js';

/** What a deleted buyer's own words become in tickets and disputes (docs/account-deletion.md). */
export const ERASED_TEXT = '[erased: the buyer deleted their account]';

/**
 * A buyer deleted their account (identity): their orders stay, because invoices and GST records
 * are kept for 72 months (CGST Act s.36, Rule 56), but the contact name and phone copied onto
 * each order's delivery address are personal data the records do not need, so they are erased.
 * The address lines stay: they are the place of supply on the invoice. docs/account-deletion.md.
 *
 * What the buyer wrote in support tickets and disputes is erased too (eraseBuyerWords); their
 * uploads are integrations' (it consumes UserDeleted itself). One queue for all of it: the
 * handler name predates the tickets and disputes and is kept so no queue is orphaned.
 */
export const deletedBuyerSubscriptions: EventSubscription[] = [
  on(UserDeleted, 'anonymise-deleted-buyer-orders', async (event, em) => {
    if (event.payload.userType !== 'BUYER') return;
    const orders = await em.find(Order, { buyerId: event.payload.userId });
    for (const order of orders) {
      // Same values on a redelivered event: idempotent.
      order.deliveryAddress = { ...order.deliveryAddress, contactName: 'Deleted user', contactPhone: null };
    }
    await eraseBuyerWords(em, event.payload.userId);
  }),
];

/**
 * The buyer's free text becomes ERASED_TEXT: subjects of tickets they opened, their ticket
 * messages, their disputes' descriptions and the notes of dispute steps they took, and the reason
 * they gave when they cancelled an order (its history note and closingReason). Amounts,
 * statuses, times, lines, attachments' and evidence ids and the history's shape stay (they back
 * refunds, settlements and SLA figures); the copies of that reason in the orders' published
 * status events (outbox) go the same way; the files themselves are deleted by integrations, so
 * their links read as null. Set-based statements, the same result however often it runs.
 */
export async function eraseBuyerWords(em: EntityManager, buyerId: string): Promise<void> {
  await em.nativeUpdate(SupportTicket, { openerUserId: buyerId }, { subject: ERASED_TEXT });
  await em.nativeUpdate(TicketMessage, { authorUserId: buyerId }, { body: ERASED_TEXT });
  await em.nativeUpdate(Dispute, { buyerId }, { description: ERASED_TEXT });
  await em.nativeUpdate(DisputeEvent, { actorUserId: buyerId, note: { $ne: null } }, { note: ERASED_TEXT });
  // closingReason repeats the note of the move that closed the order: erased when the buyer made that move.
  await em.execute(
    `update orders o set closing_reason = ? where o.buyer_id = ? and o.closing_reason is not null
       and exists (select 1 from order_status_history h where h.order_id = o.id and h.to_status = o.status and h.actor_user_id = ?)`,
    [ERASED_TEXT, buyerId, buyerId],
  );
  await em.nativeUpdate(OrderStatusHistory, { actorUserId: buyerId, note: { $ne: null } }, { note: ERASED_TEXT });
  // Published events stay in the outbox (docs/events.md): the reason of the buyer's own status changes
  // (a cancellation: OrderCancelled and the other status events share the payload) is erased there too.
  await em.execute(
    `update outbox_events set payload = jsonb_set(payload, '{reason}', to_jsonb(?::text))
      where type = any(string_to_array(?, ',')) and payload->>'buyerId' = ? and payload->>'actor' = 'BUYER'
        and payload->>'reason' is not null and payload->>'reason' <> ?`,
    [ERASED_TEXT, ORDER_STATUS_EVENTS.join(','), buyerId, ERASED_TEXT],
  );
}

/** The status events (one payload shape: contracts' statusEvent) whose `reason` a buyer may have typed. */
const ORDER_STATUS_EVENTS = [OrderPaid, OrderConfirmed, OrderRejected, OrderCancelled, OrderDispatched, OrderDelivered, OrderCompleted].map((c) => c.name);
