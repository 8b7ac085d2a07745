import type { EventSubscription } from '@realserv/platform';
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
export function paymentSubscriptions(payments: PaymentService): EventSubscription[] {
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
        await payments.refund(em, {
          orderId: event.payload.orderId,
          reason: event.payload.reason ?? `Order ${type.replace('Order', '').toLowerCase()}`,
          idempotencyKey: `order-closed-${event.payload.orderId}`,
          source: 'SYSTEM',
        });
      }) as EventSubscription['run'],
    })),
  ];
}
