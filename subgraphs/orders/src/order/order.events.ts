import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { on, recordEvent, type EventSubscription } from '@realserv/platform';
import { DeliveryCompleted, OrderRefundRequested, PaymentCaptured, PaymentFailed, RefundProcessed } from '@realserv/contracts';
import { OrderPaymentStatus, OrderStatusEnum } from './order-enums.js';
import { Order } from './order.entity.js';
import { changePaymentStatus, followOrderTransition, markOrderDelivered } from './order-transitions.js';

async function lockOrder(em: EntityManager, orderId: string): Promise<Order | null> {
  return em.findOne(Order, { id: orderId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
}

/** Orders follows payments (captured → PAID, failed → may retry, refunded → REFUNDED) and the delivery (completed → DELIVERED). */
export const orderSubscriptions: EventSubscription[] = [
  on(PaymentCaptured, 'mark-order-paid', async (event, em) => {
    const order = await lockOrder(em, event.payload.orderId);
    if (!order || event.payload.method !== 'ONLINE') return;
    if (followOrderTransition(em, order, OrderStatusEnum.PAID, { actor: 'SYSTEM', reason: 'Payment captured' })) return;
    if (order.status === OrderStatusEnum.CANCELLED || order.status === OrderStatusEnum.REJECTED) {
      // Paid after it was closed (the buyer cancelled while Checkout was open): give it back.
      changePaymentStatus(em, order, OrderPaymentStatus.REFUND_PENDING, 'Paid after the order was closed');
      recordEvent(em, OrderRefundRequested, { orderId: order.id, reason: 'Paid after the order was closed' });
    }
  }),
  // The delivery completed (vendors subgraph): the vendor verified the buyer's OTP, or an admin
  // forced it with a reason. The only way an order becomes DELIVERED; a prepaid order is then complete.
  on(DeliveryCompleted, 'mark-order-delivered', async (event, em) => {
    const order = await lockOrder(em, event.payload.orderId);
    if (!order) return;
    // Through the lifecycle: an order that is not out for delivery (a replayed event) is left as it is.
    const { forced, forcedByUserId, reason } = event.payload;
    markOrderDelivered(em, order, forced === true ? { forcedByUserId, forcedReason: reason } : null);
  }),
  on(PaymentFailed, 'note-payment-failed', async (event, em) => {
    const order = await lockOrder(em, event.payload.orderId);
    if (order?.status === OrderStatusEnum.PENDING_PAYMENT) changePaymentStatus(em, order, OrderPaymentStatus.FAILED, 'Payment failed');
  }),
  on(RefundProcessed, 'mark-order-refunded', async (event, em) => {
    const order = await lockOrder(em, event.payload.orderId);
    if (order && event.payload.fullyRefunded) changePaymentStatus(em, order, OrderPaymentStatus.REFUNDED, 'Refunded');
  }),
];
