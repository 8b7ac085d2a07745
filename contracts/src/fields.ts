import { z } from 'zod';

/** Field builders shared by the contracts, so the same field reads the same in every event. */
export const id = (what: string) => z.guid().describe(what);
export const paise = (what: string) => z.number().int().describe(`${what}, in paise.`);
export const orderFields = {
  orderId: id('The order.'),
  orderNumber: z.string().min(1).describe('The order number the buyer and vendor see.'),
  buyerId: id('The buyer (RealServ user id).'),
  vendorId: id('The vendor selling the order.'),
};
export const ORDER_STATUSES = ['PENDING_PAYMENT', 'PAID', 'PLACED', 'CONFIRMED', 'REJECTED', 'OUT_FOR_DELIVERY', 'DELIVERED', 'COMPLETED', 'CANCELLED'] as const;
export const ORDER_PAYMENT_STATUSES = ['PENDING', 'PAID', 'FAILED', 'COD_PENDING', 'COD_COLLECTED', 'REFUND_PENDING', 'REFUNDED', 'NOT_REQUIRED'] as const;
export const paymentMethod = z.enum(['ONLINE', 'COD']).describe('ONLINE through Razorpay, or COD (cash on delivery).');

/** Order events that change what an order looks like: the gateway pushes the order to its three topics. */
export const ORDER_FEED = { feed: 'order', keys: ['orderId', 'buyerId', 'vendorId'] } as const;
