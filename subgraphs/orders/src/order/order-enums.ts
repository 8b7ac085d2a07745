import { registerEnumType } from 'type-graphql';

/** Mirrors order-lifecycle.ts's statuses as a GraphQL and database enum. */
export enum OrderStatusEnum {
  PENDING_PAYMENT = 'PENDING_PAYMENT',
  PAID = 'PAID',
  PLACED = 'PLACED',
  CONFIRMED = 'CONFIRMED',
  REJECTED = 'REJECTED',
  OUT_FOR_DELIVERY = 'OUT_FOR_DELIVERY',
  DELIVERED = 'DELIVERED',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(OrderStatusEnum, { name: 'OrderStatus' });

export enum PaymentMethodEnum {
  ONLINE = 'ONLINE',
  COD = 'COD',
}
registerEnumType(PaymentMethodEnum, { name: 'PaymentMethod', description: 'ONLINE through Razorpay, or cash on delivery.' });

export enum OrderPaymentStatus {
  PENDING = 'PENDING',
  PAID = 'PAID',
  FAILED = 'FAILED',
  COD_PENDING = 'COD_PENDING',
  COD_COLLECTED = 'COD_COLLECTED',
  REFUND_PENDING = 'REFUND_PENDING',
  REFUNDED = 'REFUNDED',
  NOT_REQUIRED = 'NOT_REQUIRED',
}
registerEnumType(OrderPaymentStatus, { name: 'OrderPaymentStatus', description: "The order's view of its money; payments owns the details." });

export enum OrderItemKind {
  MATERIAL = 'MATERIAL',
  LABOUR = 'LABOUR',
}
registerEnumType(OrderItemKind, { name: 'OrderItemKind' });

export enum OrderActor {
  BUYER = 'BUYER',
  VENDOR = 'VENDOR',
  ADMIN = 'ADMIN',
  SYSTEM = 'SYSTEM',
}
registerEnumType(OrderActor, { name: 'OrderActor' });
