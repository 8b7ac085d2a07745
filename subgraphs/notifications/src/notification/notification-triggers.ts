import type { EntityManager } from '@mikro-orm/postgresql';
import { formatPaise, on, type DomainEvent, type EventSubscription } from '@realserv/platform';
import {
  DeliveryAttemptFailed,
  DeliveryOtpIssued,
  DisputeEscalated,
  DisputeOpened,
  DisputeResolved,
  DisputeResponded,
  OrderCancelled,
  OrderCompleted,
  OrderConfirmed,
  OrderDelivered,
  OrderDispatched,
  OrderPlaced,
  OrderRejected,
  PaymentCaptured,
  PaymentFailed,
  RefundProcessed,
  SettlementGenerated,
  SettlementPaid,
  TicketReplied,
  TicketStatusChanged,
  VendorKycApproved,
  VendorKycRejected,
} from '@realserv/contracts';
import type { NotificationKind } from './notification-kinds.js';
import type { NotificationDispatcher, NotificationIntent } from './notification-dispatcher.js';
import type { RecipientDirectory, VendorContact } from '../recipient/recipient-directory.js';

/** Who a message is for, before the directory resolves them: a user, or a vendor (its owner). */
type To = { userId: string } | { vendor: VendorContact };

interface Draft {
  kind: NotificationKind;
  to: To;
  variables: Record<string, string>;
  data: Record<string, string>;
}

const amount = (paise: number) => formatPaise(paise);

/**
 * The triggers: which domain events notify whom, with what (NOTIFICATION_KINDS). Each handler
 * runs once per event (the event bus's inbox, in the same transaction as the notifications it
 * creates); the facts events do not carry (names, numbers, contacts, the vendor's owner) come
 * from the peers over SERVICE calls.
 */
export function notificationTriggers(dispatcher: NotificationDispatcher, directory: RecipientDirectory): EventSubscription[] {
  /** Resolves drafts' recipients in one identity call, fills recipientName, and dispatches. */
  const send = async (event: DomainEvent<unknown>, em: EntityManager, drafts: Draft[]) => {
    const userIdOf = (to: To) => ('userId' in to ? to.userId : to.vendor.ownerUserId);
    const recipients = await directory.recipients(drafts.map((d) => userIdOf(d.to)));
    const intents: NotificationIntent[] = [];
    for (const draft of drafts) {
      const recipient = recipients.get(userIdOf(draft.to));
      if (!recipient) continue;
      intents.push({ kind: draft.kind, recipient, variables: { recipientName: recipient.fullName, ...draft.variables }, data: draft.data });
    }
    await dispatcher.dispatch(em, event, intents);
  };
  const vendorOrThrow = async (vendorId: string) => {
    const vendor = await directory.vendor(vendorId);
    if (!vendor) throw new Error(`vendor ${vendorId} not found`);
    return vendor;
  };

  const ticketDrafts = async (
    p: { ticketId: string; openerUserId: string; openerRole: 'BUYER' | 'VENDOR'; vendorId: string | null },
    actor: 'BUYER' | 'VENDOR' | 'ADMIN',
    buyerKind: NotificationKind,
    vendorKind: NotificationKind,
    variables: Record<string, string>,
  ): Promise<Draft[]> => {
    const data = { ticketId: p.ticketId };
    const drafts: Draft[] = [];
    if (p.openerRole === 'BUYER' && actor !== 'BUYER') drafts.push({ kind: buyerKind, to: { userId: p.openerUserId }, variables, data });
    if (p.vendorId && actor !== 'VENDOR') drafts.push({ kind: vendorKind, to: { vendor: await vendorOrThrow(p.vendorId) }, variables, data });
    return drafts;
  };

  return [
    // From the second failed attempt on, every active admin hears of it (identity lists them).
    on(DeliveryAttemptFailed, 'notify-admins-delivery-attempts-failed', async (event, em) => {
      const p = event.payload;
      if (p.attemptNumber < 2) return;
      const [order, vendor, admins] = await Promise.all([directory.order(p.orderId), vendorOrThrow(p.vendorId), directory.adminIds()]);
      // The reason is a code, worded in each template's language, followed by the vendor's note (template-words.ts).
      const variables = { orderNumber: order.orderNumber, vendorName: vendor.businessName, attemptNumber: String(p.attemptNumber), reason: p.reason, note: p.note ?? '' };
      const data = { orderId: p.orderId, deliveryId: p.deliveryId, vendorId: p.vendorId };
      await send(event, em, admins.map((userId) => ({ kind: 'DELIVERY_ATTEMPTS_FAILED_ADMIN' as const, to: { userId }, variables, data })));
    }),
    on(OrderPlaced, 'notify-order-placed', async (event, em) => {
      const p = event.payload;
      const vendor = await vendorOrThrow(p.vendorId);
      // A dispute's replacement (orders) is not paid online or in cash: it is free. A code, worded per language (template-words.ts).
      const common = { orderNumber: p.orderNumber, amount: amount(p.totalPaise), paymentMethod: p.replacementForOrderId ? 'REPLACEMENT' : p.paymentMethod };
      const data = { orderId: p.orderId, vendorId: p.vendorId };
      await send(event, em, [
        { kind: 'ORDER_PLACED_BUYER', to: { userId: p.buyerId }, variables: { ...common, vendorName: vendor.businessName }, data },
        { kind: 'ORDER_PLACED_VENDOR', to: { vendor }, variables: common, data },
      ]);
    }),
    on(OrderConfirmed, 'notify-order-confirmed', async (event, em) => {
      const p = event.payload;
      const vendor = await vendorOrThrow(p.vendorId);
      await send(event, em, [{ kind: 'ORDER_CONFIRMED', to: { userId: p.buyerId }, variables: { orderNumber: p.orderNumber, vendorName: vendor.businessName }, data: { orderId: p.orderId } }]);
    }),
    on(OrderRejected, 'notify-order-rejected', async (event, em) => {
      const p = event.payload;
      const vendor = await vendorOrThrow(p.vendorId);
      await send(event, em, [
        { kind: 'ORDER_REJECTED', to: { userId: p.buyerId }, variables: { orderNumber: p.orderNumber, vendorName: vendor.businessName, reason: p.reason ?? '' }, data: { orderId: p.orderId } },
      ]);
    }),
    on(OrderDispatched, 'notify-order-dispatched', async (event, em) => {
      const p = event.payload;
      const vendor = await vendorOrThrow(p.vendorId);
      await send(event, em, [{ kind: 'ORDER_DISPATCHED', to: { userId: p.buyerId }, variables: { orderNumber: p.orderNumber, vendorName: vendor.businessName }, data: { orderId: p.orderId } }]);
    }),
    on(OrderDelivered, 'notify-order-delivered', async (event, em) => {
      const p = event.payload;
      await send(event, em, [{ kind: 'ORDER_DELIVERED', to: { userId: p.buyerId }, variables: { orderNumber: p.orderNumber }, data: { orderId: p.orderId } }]);
    }),
    on(OrderCompleted, 'notify-order-completed', async (event, em) => {
      const p = event.payload;
      await send(event, em, [{ kind: 'ORDER_COMPLETED', to: { userId: p.buyerId }, variables: { orderNumber: p.orderNumber, amount: amount(p.totalPaise) }, data: { orderId: p.orderId } }]);
    }),
    on(OrderCancelled, 'notify-order-cancelled', async (event, em) => {
      const p = event.payload;
      const vendor = await vendorOrThrow(p.vendorId);
      const variables = { orderNumber: p.orderNumber, reason: p.reason ?? '' };
      const data = { orderId: p.orderId };
      await send(event, em, [
        { kind: 'ORDER_CANCELLED_BUYER', to: { userId: p.buyerId }, variables, data },
        { kind: 'ORDER_CANCELLED_VENDOR', to: { vendor }, variables, data },
      ]);
    }),
    on(PaymentCaptured, 'notify-payment-captured', async (event, em) => {
      const p = event.payload;
      const order = await directory.order(p.orderId);
      const variables = { orderNumber: order.orderNumber, amount: amount(p.amountPaise) };
      const data = { orderId: p.orderId };
      const drafts: Draft[] = [{ kind: 'PAYMENT_RECEIPT', to: { userId: order.buyerId }, variables, data }];
      // COD: the vendor collected the cash itself; "buyer paid" is news only for online payments.
      if (p.method === 'ONLINE') drafts.push({ kind: 'PAYMENT_RECEIVED_VENDOR', to: { vendor: await vendorOrThrow(order.vendorId) }, variables, data });
      await send(event, em, drafts);
    }),
    on(PaymentFailed, 'notify-payment-failed', async (event, em) => {
      const p = event.payload;
      const order = await directory.order(p.orderId);
      await send(event, em, [{ kind: 'PAYMENT_FAILED', to: { userId: order.buyerId }, variables: { orderNumber: order.orderNumber, reason: p.reason }, data: { orderId: p.orderId } }]);
    }),
    on(RefundProcessed, 'notify-refund-processed', async (event, em) => {
      const p = event.payload;
      const order = await directory.order(p.orderId);
      await send(event, em, [{ kind: 'REFUND_PROCESSED', to: { userId: order.buyerId }, variables: { orderNumber: order.orderNumber, amount: amount(p.amountPaise) }, data: { orderId: p.orderId } }]);
    }),
    on(DeliveryOtpIssued, 'notify-delivery-otp', async (event, em) => {
      const p = event.payload;
      const order = await directory.order(p.orderId);
      // The code itself is fetched from vendors when each message is sent, never carried here.
      await send(event, em, [{ kind: 'DELIVERY_OTP', to: { userId: p.buyerId }, variables: { orderNumber: order.orderNumber }, data: { orderId: p.orderId, deliveryId: p.deliveryId } }]);
    }),
    on(VendorKycApproved, 'notify-kyc-approved', async (event, em) => {
      const vendor = await vendorOrThrow(event.payload.vendorId);
      await send(event, em, [{ kind: 'KYC_APPROVED', to: { vendor }, variables: { vendorName: vendor.businessName }, data: { vendorId: vendor.id } }]);
    }),
    on(VendorKycRejected, 'notify-kyc-rejected', async (event, em) => {
      const vendor = await vendorOrThrow(event.payload.vendorId);
      await send(event, em, [
        { kind: 'KYC_REJECTED', to: { vendor }, variables: { vendorName: vendor.businessName, reason: event.payload.reason ?? '' }, data: { vendorId: vendor.id } },
      ]);
    }),
    // Support tickets: the participants other than the one who acted (the buyer who opened it, the
    // vendor taking part). Internal notes are another event (TicketNoteAdded), never notified.
    on(TicketReplied, 'notify-ticket-replied', async (event, em) => {
      const p = event.payload;
      // Codes: each template's language words them (template-words.ts).
      const variables = { ticketNumber: p.ticketNumber, from: p.authorRole };
      await send(event, em, await ticketDrafts(p, p.authorRole, 'TICKET_REPLY_BUYER', 'TICKET_REPLY_VENDOR', variables));
    }),
    on(TicketStatusChanged, 'notify-ticket-status', async (event, em) => {
      const p = event.payload;
      const variables = { ticketNumber: p.ticketNumber, status: p.to };
      await send(event, em, await ticketDrafts(p, p.actorRole, 'TICKET_STATUS_BUYER', 'TICKET_STATUS_VENDOR', variables));
    }),
    on(SettlementGenerated, 'notify-settlement-generated', async (event, em) => {
      const p = event.payload;
      const vendor = await vendorOrThrow(p.vendorId);
      const settlement = await directory.settlement(p.settlementId);
      const periodLabel = settlement ? `${settlement.periodStart} to ${settlement.periodEnd}` : '';
      await send(event, em, [
        { kind: 'SETTLEMENT_GENERATED', to: { vendor }, variables: { amount: amount(p.netPayoutPaise), periodLabel }, data: { settlementId: p.settlementId, vendorId: vendor.id } },
      ]);
    }),
    on(SettlementPaid, 'notify-settlement-paid', async (event, em) => {
      const p = event.payload;
      const vendor = await vendorOrThrow(p.vendorId);
      const settlement = await directory.settlement(p.settlementId);
      if (!settlement) throw new Error(`settlement ${p.settlementId} not found`);
      await send(event, em, [
        {
          kind: 'SETTLEMENT_PAID',
          to: { vendor },
          variables: { amount: amount(settlement.netPayoutPaise), bankReference: p.bankReference },
          data: { settlementId: p.settlementId, vendorId: vendor.id },
        },
      ]);
    }),
    // Disputes (orders): both parties hear of every step; the events carry the order number and parties.
    // Type, response, outcome and the due time go as codes (ISO time); each template's language words them (template-words.ts).
    on(DisputeOpened, 'notify-dispute-opened', async (event, em) => {
      const p = event.payload;
      const vendor = await vendorOrThrow(p.vendorId);
      const data = { orderId: p.orderId, disputeId: p.disputeId };
      const variables = { orderNumber: p.orderNumber, amount: amount(p.amountClaimedPaise), disputeType: p.type };
      await send(event, em, [
        { kind: 'DISPUTE_OPENED_BUYER', to: { userId: p.buyerId }, variables, data },
        { kind: 'DISPUTE_OPENED_VENDOR', to: { vendor }, variables: { ...variables, respondBy: p.respondBy }, data },
      ]);
    }),
    on(DisputeResponded, 'notify-dispute-responded', async (event, em) => {
      const p = event.payload;
      await send(event, em, [
        { kind: 'DISPUTE_RESPONDED', to: { userId: p.buyerId }, variables: { orderNumber: p.orderNumber, response: p.response }, data: { orderId: p.orderId, disputeId: p.disputeId } },
      ]);
    }),
    on(DisputeEscalated, 'notify-dispute-escalated', async (event, em) => {
      const p = event.payload;
      const vendor = await vendorOrThrow(p.vendorId);
      const data = { orderId: p.orderId, disputeId: p.disputeId };
      await send(event, em, [
        { kind: 'DISPUTE_ESCALATED_BUYER', to: { userId: p.buyerId }, variables: { orderNumber: p.orderNumber }, data },
        { kind: 'DISPUTE_ESCALATED_VENDOR', to: { vendor }, variables: { orderNumber: p.orderNumber }, data },
      ]);
    }),
    on(DisputeResolved, 'notify-dispute-resolved', async (event, em) => {
      const p = event.payload;
      const vendor = await vendorOrThrow(p.vendorId);
      const variables = { orderNumber: p.orderNumber, outcome: p.outcome, amount: amount(p.refundPaise), reason: p.reason };
      const data = { orderId: p.orderId, disputeId: p.disputeId };
      await send(event, em, [
        { kind: 'DISPUTE_RESOLVED_BUYER', to: { userId: p.buyerId }, variables, data },
        { kind: 'DISPUTE_RESOLVED_VENDOR', to: { vendor }, variables, data },
      ]);
    }),
  ];
}
