import type { EntityManager } from '@mikro-orm/postgresql';
import { ConflictError, ValidationError, on, type EventSubscription, type Logger } from '@realserv/platform';
import { CashCollected, DisputePayoutRecorded, DisputeRefundApproved, OrderCancelled, OrderPlaced, OrderRefundRequested, OrderRejected, RazorpayWebhookReceived } from '@realserv/contracts';
import { Payment, PaymentMethodKind } from './payment.entities.js';
import type { PaymentService } from './payment.service.js';
import { processWebhook } from '../webhook/razorpay-webhook.js';

/** What payments does when orders (and Razorpay, via its own webhook queue) say something. */
export function paymentSubscriptions(payments: PaymentService, log?: Logger): EventSubscription[] {
  return [
    on(RazorpayWebhookReceived, 'process-razorpay-webhook', processWebhook(payments)),
    on(OrderPlaced, 'open-cod-payment', async (event, em) => {
      const order = event.payload;
      if (order.paymentMethod !== 'COD') return;
      // One statement, no count first: an order has one payment (payments_order_unique), so an
      // existing one makes this a no-op.
      const payment = em.create(
        Payment,
        {
          orderId: order.orderId,
          orderNumber: order.orderNumber,
          buyerId: order.buyerId,
          vendorId: order.vendorId,
          method: PaymentMethodKind.COD,
          amountPaise: order.totalPaise,
        },
        { persist: false },
      );
      await em.createQueryBuilder(Payment).insert(payment).onConflict(['orderId']).ignore().execute();
    }),
    on(CashCollected, 'capture-cod-payment', async (event, em) => {
      const payment = await em.findOne(Payment, { orderId: event.payload.orderId });
      if (payment) await payments.capture(em, payment.id, null, event.payload.amountPaise, 'SYSTEM', event.payload.proofMediaId ?? null);
    }),
    // Handler names (queues, inbox keys) are `refund-on-<event>` as before contracts.
    on(OrderCancelled, 'refund-on-OrderCancelled', async (event, em) => {
      if (event.payload.refundRequired) await refundClosedOrder(payments, em, event.payload.orderId, event.payload.reason, 'Order cancelled', log);
    }),
    on(OrderRejected, 'refund-on-OrderRejected', async (event, em) => {
      if (event.payload.refundRequired) await refundClosedOrder(payments, em, event.payload.orderId, event.payload.reason, 'Order rejected', log);
    }),
    on(OrderRefundRequested, 'refund-on-OrderRefundRequested', (event, em) =>
      refundClosedOrder(payments, em, event.payload.orderId, event.payload.reason, 'Order refund requested', log),
    ),
    // An admin resolved a dispute with a refund (orders). Made through the same refund service as
    // refundPayment, with a key derived from the dispute, so a redelivered event never refunds twice;
    // COD cash is a manual payout recorded PROCESSED with the admin's reference (source ADMIN).
    on(DisputeRefundApproved, 'refund-on-DisputeRefundApproved', async (event, em) => {
      const p = event.payload;
      try {
        await payments.refund(em, {
          orderId: p.orderId,
          amountPaise: p.amountPaise,
          reason: p.reason,
          idempotencyKey: `dispute-${p.disputeId}`,
          source: 'ADMIN',
          disputeId: p.disputeId,
          payoutReference: p.payoutReference,
        });
      } catch (error) {
        // Refused by Razorpay (FAILED, RefundFailed raised) or nothing left to refund: an admin acts on it.
        if (!(error instanceof ConflictError || error instanceof ValidationError)) throw error;
        log?.warn({ err: error, orderId: p.orderId, disputeId: p.disputeId }, 'dispute refund not made; an admin must act');
      }
    }),
    // Razorpay refused that refund (FAILED, its amount free again) and the admin paid the buyer by
    // UPI/bank: the COD payout path, under its own key (the refused refund keeps `dispute-<id>`).
    on(DisputePayoutRecorded, 'record-dispute-manual-payout', async (event, em) => {
      const p = event.payload;
      try {
        await payments.refund(em, {
          orderId: p.orderId,
          amountPaise: p.amountPaise,
          reason: p.reason,
          idempotencyKey: `dispute-payout-${p.disputeId}`,
          source: 'ADMIN',
          disputeId: p.disputeId,
          payoutReference: p.payoutReference,
          manualPayout: true,
        });
      } catch (error) {
        // Nothing left to refund (an admin refunded the order meanwhile): a retry fails the same way.
        if (!(error instanceof ConflictError || error instanceof ValidationError)) throw error;
        log?.error({ err: error, orderId: p.orderId, disputeId: p.disputeId }, 'dispute payout not booked; an admin must reconcile it');
      }
    }),
  ];
}

/** Refunds what is left of a closed order's payment, once per order (the idempotency key). */
async function refundClosedOrder(payments: PaymentService, em: EntityManager, orderId: string, givenReason: string | null, fallback: string, log?: Logger): Promise<void> {
  const reason = (givenReason ?? '').trim().slice(0, 250);
  try {
    await payments.refund(em, {
      orderId,
      reason: reason.length >= 3 ? reason : fallback,
      idempotencyKey: `order-closed-${orderId}`,
      source: 'SYSTEM',
    });
  } catch (error) {
    // Refused by Razorpay (recorded FAILED, amount freed) or nothing left to refund: an
    // admin acts on it; retrying the event would only fail the same way.
    if (!(error instanceof ConflictError || error instanceof ValidationError)) throw error;
    log?.warn({ err: error, orderId }, 'automatic refund not made; an admin must act');
  }
}
