import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { recordEvent, type EventSubscription } from '@realserv/platform';
import { OrderPaymentStatus, OrderStatusEnum } from './order-enums.js';
import { Order } from './order.entity.js';
import { changePaymentStatus, followOrderTransition, markOrderDelivered } from './order-transitions.js';

async function lockOrder(em: EntityManager, orderId: string): Promise<Order | null> {
  return em.findOne(Order, { id: orderId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
}

/** Orders listens to payments: captured → PAID, failed → may retry, refunded → REFUNDED. */
export const orderSubscriptions: EventSubscription[] = [
  {
    type: 'PaymentCaptured',
    handler: 'mark-order-paid',
    run: (async (event: { payload: { orderId: string; method: string } }, em: EntityManager) => {
      const order = await lockOrder(em, event.payload.orderId);
      if (!order || event.payload.method !== 'ONLINE') return;
      if (followOrderTransition(em, order, OrderStatusEnum.PAID, { actor: 'SYSTEM', reason: 'Payment captured' })) return;
      if (order.status === OrderStatusEnum.CANCELLED || order.status === OrderStatusEnum.REJECTED) {
        // Paid after it was closed (the buyer cancelled while Checkout was open): give it back.
        changePaymentStatus(em, order, OrderPaymentStatus.REFUND_PENDING, 'Paid after the order was closed');
        recordEvent(em, 'OrderRefundRequested', { orderId: order.id, reason: 'Paid after the order was closed' });
      }
    }) as EventSubscription['run'],
  },
  {
    // The delivery completed (vendors subgraph): the vendor verified the buyer's OTP, or an admin
    // forced it with a reason. The only way an order becomes DELIVERED; a prepaid order is then complete.
    type: 'DeliveryCompleted',
    handler: 'mark-order-delivered',
    run: (async (event: { payload: { orderId: string; forced?: boolean; forcedByUserId?: string | null; reason?: string | null } }, em: EntityManager) => {
      const order = await lockOrder(em, event.payload.orderId);
      if (!order) return;
      // Through the lifecycle: an order that is not out for delivery (a replayed event) is left as it is.
      const { forced, forcedByUserId, reason } = event.payload;
      markOrderDelivered(em, order, forced === true ? { forcedByUserId, forcedReason: reason } : null);
    }) as EventSubscription['run'],
  },
  {
    type: 'PaymentFailed',
    handler: 'note-payment-failed',
    run: (async (event: { payload: { orderId: string } }, em: EntityManager) => {
      const order = await lockOrder(em, event.payload.orderId);
      if (order?.status === OrderStatusEnum.PENDING_PAYMENT) changePaymentStatus(em, order, OrderPaymentStatus.FAILED, 'Payment failed');
    }) as EventSubscription['run'],
  },
  {
    type: 'RefundProcessed',
    handler: 'mark-order-refunded',
    run: (async (event: { payload: { orderId: string; fullyRefunded: boolean } }, em: EntityManager) => {
      const order = await lockOrder(em, event.payload.orderId);
      if (order && event.payload.fullyRefunded) changePaymentStatus(em, order, OrderPaymentStatus.REFUNDED, 'Refunded');
    }) as EventSubscription['run'],
  },
];
