import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { on, recordEvent, type EventSubscription } from '@realserv/platform';
import { DeliveryCompleted, OrderPaid, OrderRefundRequested, PaymentCaptured, PaymentFailed, RefundProcessed } from '@realserv/contracts';
import { OrderActor, OrderPaymentStatus, OrderStatusEnum } from './order-enums.js';
import { Order, OrderStatusHistory } from './order.entity.js';
import { applyOrderTransition, changePaymentStatus } from './order.service.js';

async function lockOrder(em: EntityManager, orderId: string): Promise<Order | null> {
  return em.findOne(Order, { id: orderId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
}

/** Orders listens to payments: captured → PAID, failed → may retry, refunded → REFUNDED. */
export const orderSubscriptions: EventSubscription[] = [
  on(PaymentCaptured, 'mark-order-paid', async (event, em) => {
      const order = await lockOrder(em, event.payload.orderId);
      if (!order || event.payload.method !== 'ONLINE') return;
      if (order.status === OrderStatusEnum.PENDING_PAYMENT) {
        order.status = OrderStatusEnum.PAID;
        order.paymentStatus = OrderPaymentStatus.PAID;
        em.create(OrderStatusHistory, { orderId: order.id, fromStatus: OrderStatusEnum.PENDING_PAYMENT, toStatus: OrderStatusEnum.PAID, actor: OrderActor.SYSTEM, note: 'Payment captured' });
        recordEvent(em, OrderPaid, {
          orderId: order.id,
          orderNumber: order.orderNumber,
          buyerId: order.buyerId,
          vendorId: order.vendorId,
          from: 'PENDING_PAYMENT',
          to: 'PAID',
          actor: 'SYSTEM',
          reason: 'Payment captured',
          paymentMethod: order.paymentMethod,
          totalPaise: order.totalPaise,
          taxPaise: order.taxPaise,
          refundRequired: false,
        });
      } else if (order.status === OrderStatusEnum.CANCELLED || order.status === OrderStatusEnum.REJECTED) {
        // Paid after it was closed (the buyer cancelled while Checkout was open): give it back.
        changePaymentStatus(em, order, OrderPaymentStatus.REFUND_PENDING, 'Paid after the order was closed');
        recordEvent(em, OrderRefundRequested, { orderId: order.id, reason: 'Paid after the order was closed' });
      }
  }),
  // The delivery completed (vendors subgraph): the vendor verified the buyer's OTP, or an admin
  // forced it with a reason. The only way an order becomes DELIVERED; a prepaid order is then complete.
  on(DeliveryCompleted, 'mark-order-delivered', async (event, em) => {
      const order = await lockOrder(em, event.payload.orderId);
      if (!order || order.status !== OrderStatusEnum.OUT_FOR_DELIVERY) return;
      const forced = event.payload.forced === true;
      const deliveredAt = new Date();
      applyOrderTransition(
        em,
        order,
        OrderStatusEnum.DELIVERED,
        forced ? 'ADMIN' : 'SYSTEM',
        forced ? (event.payload.forcedByUserId ?? null) : null,
        forced ? `Delivery forced by an admin: ${event.payload.reason ?? ''}`.trim() : 'Delivery OTP verified',
        deliveredAt,
      );
      // Same transaction, so a strictly later timestamp keeps the history in lifecycle order.
      if (order.paymentMethod === 'ONLINE') {
        applyOrderTransition(em, order, OrderStatusEnum.COMPLETED, 'SYSTEM', null, null, new Date(deliveredAt.getTime() + 1));
      }
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
