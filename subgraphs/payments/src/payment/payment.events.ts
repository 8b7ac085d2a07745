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
    on(DisputeRefundApproved, 'refund-on-DisputeRefundApproved', (event, em) =>
      // Refused by Razorpay (FAILED, RefundFailed raised) or nothing left to refund: an admin acts on it.
      refundDispute(payments, em, event.payload, log, {
        idempotencyKey: `dispute-${event.payload.disputeId}`,
        manualPayout: false,
        notMade: { level: 'warn', message: 'dispute refund not made; an admin must act' },
      }),
    ),
    // Razorpay refused that refund (FAILED, its amount free again) and the admin paid the buyer by
    // UPI/bank: the COD payout path, under its own key (the refused refund keeps `dispute-<id>`).
    on(DisputePayoutRecorded, 'record-dispute-manual-payout', (event, em) =>
      // Nothing left to refund (an admin refunded the order meanwhile): a retry fails the same way.
      refundDispute(payments, em, event.payload, log, {
        idempotencyKey: `dispute-payout-${event.payload.disputeId}`,
        manualPayout: true,
        notMade: { level: 'error', message: 'dispute payout not booked; an admin must reconcile it' },
      }),
    ),
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

/** What a dispute's refund and its manual payout share (DisputeRefundApproved, DisputePayoutRecorded). */
interface DisputeRefund {
  disputeId: string;
  orderId: string;
  amountPaise: number;
  reason: string;
  payoutReference: string | null;
}

/**
 * Refunds a dispute as an admin's (source ADMIN) under a key derived from the dispute, so a
 * redelivered event never refunds twice. A refusal (ConflictError, ValidationError) would only
 * fail the same way on a retry: it is logged for an admin instead of retried.
 */
async function refundDispute(
  payments: PaymentService,
  em: EntityManager,
  dispute: DisputeRefund,
  log: Logger | undefined,
  how: { idempotencyKey: string; manualPayout: boolean; notMade: { level: 'warn' | 'error'; message: string } },
): Promise<void> {
  try {
    await payments.refund(em, {
      orderId: dispute.orderId,
      amountPaise: dispute.amountPaise,
      reason: dispute.reason,
      idempotencyKey: how.idempotencyKey,
      source: 'ADMIN',
      disputeId: dispute.disputeId,
      payoutReference: dispute.payoutReference,
      manualPayout: how.manualPayout,
    });
  } catch (error) {
    if (!(error instanceof ConflictError || error instanceof ValidationError)) throw error;
    log?.[how.notMade.level]({ err: error, orderId: dispute.orderId, disputeId: dispute.disputeId }, how.notMade.message);
  }
}
