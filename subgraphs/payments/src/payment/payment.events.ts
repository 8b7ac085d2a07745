import { ConflictError, ValidationError, type EventSubscription, type Logger } from '@realserv/platform';
import { Payment, PaymentMethodKind } from './payment.entities.js';
import type { PaymentService } from './payment.service.js';
import { processWebhook } from '../webhook/razorpay-webhook.js';

interface OrderEventPayload {
  orderId: string;
  orderNumber: string;
  buyerId: string;
  vendorId: string;
  paymentMethod: 'ONLINE' | 'COD';
  totalPaise: number;
  refundRequired?: boolean;
  reason?: string | null;
}

/** What payments does when orders (and Razorpay, via its own webhook queue) say something. */
export function paymentSubscriptions(payments: PaymentService, log?: Logger): EventSubscription[] {
  return [
    { type: 'RazorpayWebhookReceived', handler: 'process-razorpay-webhook', run: processWebhook(payments) as EventSubscription['run'] },
    {
      type: 'OrderPlaced',
      handler: 'open-cod-payment',
      run: (async (event: { payload: OrderEventPayload }, em) => {
        const order = event.payload;
        if (order.paymentMethod !== 'COD' || (await em.count(Payment, { orderId: order.orderId }))) return;
        em.create(Payment, {
          orderId: order.orderId,
          orderNumber: order.orderNumber,
          buyerId: order.buyerId,
          vendorId: order.vendorId,
          method: PaymentMethodKind.COD,
          amountPaise: order.totalPaise,
        });
      }) as EventSubscription['run'],
    },
    {
      type: 'CashCollected',
      handler: 'capture-cod-payment',
      run: (async (event: { payload: { orderId: string; amountPaise: number } }, em) => {
        const payment = await em.findOne(Payment, { orderId: event.payload.orderId });
        if (payment) await payments.capture(em, payment.id, null, event.payload.amountPaise, 'SYSTEM');
      }) as EventSubscription['run'],
    },
    ...(['OrderCancelled', 'OrderRejected', 'OrderRefundRequested'] as const).map((type) => ({
      type,
      handler: `refund-on-${type}`,
      run: (async (event: { payload: OrderEventPayload }, em) => {
        if (type !== 'OrderRefundRequested' && !event.payload.refundRequired) return;
        const reason = (event.payload.reason ?? '').trim().slice(0, 250);
        try {
          await payments.refund(em, {
            orderId: event.payload.orderId,
            reason: reason.length >= 3 ? reason : `Order ${type.replace('Order', '').toLowerCase()}`,
            idempotencyKey: `order-closed-${event.payload.orderId}`,
            source: 'SYSTEM',
          });
        } catch (error) {
          // Refused by Razorpay (recorded FAILED, amount freed) or nothing left to refund: an
          // admin acts on it; retrying the event would only fail the same way.
          if (!(error instanceof ConflictError || error instanceof ValidationError)) throw error;
          log?.warn({ err: error, orderId: event.payload.orderId }, 'automatic refund not made; an admin must act');
        }
      }) as EventSubscription['run'],
    })),
  ];
}
