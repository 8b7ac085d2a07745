import { on, type EventSubscription } from '@realserv/platform';
import { UserDeleted } from '@realserv/contracts';
import { Order } from './order.entity.js';

/**
 * A buyer deleted their account (identity): their orders stay, because invoices and GST records
 * are kept for 72 months (CGST Act s.36, Rule 56), but the contact name and phone copied onto
 * each order's delivery address are personal data the records do not need, so they are erased.
 * The address lines stay: they are the place of supply on the invoice. docs/account-deletion.md.
 */
export const deletedBuyerSubscriptions: EventSubscription[] = [
  on(UserDeleted, 'anonymise-deleted-buyer-orders', async (event, em) => {
    if (event.payload.userType !== 'BUYER') return;
    const orders = await em.find(Order, { buyerId: event.payload.userId });
    for (const order of orders) {
      // Same values on a redelivered event: idempotent.
      order.deliveryAddress = { ...order.deliveryAddress, contactName: 'Deleted user', contactPhone: null };
    }
  }),
];
