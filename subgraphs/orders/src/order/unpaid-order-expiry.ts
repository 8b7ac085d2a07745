import type { BackgroundJob, Logger } from '@realserv/platform';
import type { OrderService } from './order.service.js';

/**
 * Online orders hold stock from the moment they are placed; one the buyer never pays would hold
 * it for good. After the payment window (ONLINE_PAYMENT_WINDOW_SECONDS, 30 minutes by default)
 * an order still PENDING_PAYMENT is cancelled by the system, and its OrderCancelled event gives
 * the stock back (catalog). A payment captured after that is refunded (OrderRefundRequested).
 */
export const DEFAULT_ONLINE_PAYMENT_WINDOW_SECONDS = 30 * 60;

/** Orders placed before this instant and still unpaid are past their payment window. */
export function unpaidOrderCutoff(now: Date, windowSeconds: number): Date {
  if (!Number.isInteger(windowSeconds) || windowSeconds <= 0) throw new RangeError(`windowSeconds must be a positive integer, got ${windowSeconds}`);
  return new Date(now.getTime() - windowSeconds * 1000);
}

export function isPastPaymentWindow(order: { status: string; paymentMethod: string; createdAt: Date }, now: Date, windowSeconds: number): boolean {
  return order.paymentMethod === 'ONLINE' && order.status === 'PENDING_PAYMENT' && order.createdAt < unpaidOrderCutoff(now, windowSeconds);
}

/**
 * Runs the expiry every `everySeconds` (0: never; admins can still run it with
 * `expireUnpaidOrders`). Safe on every instance at once: each order is re-checked under its row
 * lock before it is cancelled.
 */
export function unpaidOrderExpiryJob(orders: OrderService, everySeconds: number, log: Logger): BackgroundJob {
  return {
    name: 'unpaid order expiry',
    everySeconds,
    run: async (em) => {
      const cancelled = await orders.expireUnpaidOrders(em);
      if (cancelled.length) log.info({ cancelled: cancelled.length }, 'cancelled online orders left unpaid past the payment window');
    },
  };
}
