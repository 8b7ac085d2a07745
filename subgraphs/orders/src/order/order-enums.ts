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
registerEnumType(OrderStatusEnum, {
  name: 'OrderStatus',
  description: 'Where an order is in its life. Online: PENDING_PAYMENT → PAID → CONFIRMED → OUT_FOR_DELIVERY → DELIVERED → COMPLETED. Cash on delivery: PLACED → CONFIRMED → OUT_FOR_DELIVERY → DELIVERED → COMPLETED (once the cash is collected). COMPLETED, CANCELLED and REJECTED are final.',
  valuesConfig: {
    PENDING_PAYMENT: { description: 'Online order placed, stock reserved, waiting for the buyer’s payment (cancelled by the system when the payment window passes).' },
    PAID: { description: 'Online order paid; waiting for the vendor to confirm or reject it.' },
    PLACED: { description: 'Cash-on-delivery order placed and stock reserved; waiting for the vendor to confirm or reject it.' },
    CONFIRMED: { description: 'The vendor accepted the order and is preparing it.' },
    REJECTED: { description: 'The vendor declined the order (with a reason); stock released and any payment refunded. Final.' },
    OUT_FOR_DELIVERY: { description: 'The vendor dispatched the order; a delivery OTP completes it.' },
    DELIVERED: { description: 'The delivery was completed (buyer’s OTP, or an admin’s forceCompleteDelivery).' },
    COMPLETED: { description: 'Done: online orders right after delivery, cash-on-delivery orders once the cash is recorded. Final.' },
    CANCELLED: { description: 'Cancelled before dispatch by the buyer, an admin or the system (unpaid in time); stock released and any payment refunded. Final.' },
  },
});

export enum PaymentMethodEnum {
  ONLINE = 'ONLINE',
  COD = 'COD',
}
registerEnumType(PaymentMethodEnum, {
  name: 'PaymentMethod',
  description: 'ONLINE through Razorpay, or cash on delivery.',
  valuesConfig: {
    ONLINE: { description: 'Paid before the vendor confirms, through Razorpay Checkout (startOnlinePayment).' },
    COD: { description: 'Cash on delivery: the vendor collects the total at the door and records it (markCashCollected).' },
  },
});

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
registerEnumType(OrderPaymentStatus, {
  name: 'OrderPaymentStatus',
  description: "The order's view of its money; payments owns the details.",
  valuesConfig: {
    PENDING: { description: 'Online order waiting for its payment.' },
    PAID: { description: 'Online payment captured.' },
    FAILED: { description: 'The last online payment attempt failed; the buyer may retry until the payment window passes.' },
    COD_PENDING: { description: 'Cash on delivery, not collected yet.' },
    COD_COLLECTED: { description: 'Cash on delivery, collected and recorded by the vendor.' },
    REFUND_PENDING: { description: 'The order was cancelled or rejected after payment (or paid after it closed); the refund is under way.' },
    REFUNDED: { description: 'The payment was refunded in full.' },
    NOT_REQUIRED: { description: 'Nothing to collect: the order closed before any money was taken, or it is a dispute’s replacement at no charge (replacementFor).' },
  },
});

export enum OrderItemKind {
  MATERIAL = 'MATERIAL',
  LABOUR = 'LABOUR',
}
registerEnumType(OrderItemKind, {
  name: 'OrderItemKind',
  description: 'What an order line buys.',
  valuesConfig: {
    MATERIAL: { description: 'A material from the vendor’s inventory, in its unit of sale.' },
    LABOUR: { description: 'Workers of a trade, in worker-days.' },
  },
});

export enum OrderActor {
  BUYER = 'BUYER',
  VENDOR = 'VENDOR',
  ADMIN = 'ADMIN',
  SYSTEM = 'SYSTEM',
}
registerEnumType(OrderActor, {
  name: 'OrderActor',
  description: 'Who moved an order to a status.',
  valuesConfig: {
    BUYER: { description: 'The order’s buyer.' },
    VENDOR: { description: 'The order’s vendor.' },
    ADMIN: { description: 'A RealServ admin (always with a reason).' },
    SYSTEM: { description: 'RealServ itself: payment capture, delivery completion, unpaid-order expiry.' },
  },
});

/** Where a road distance came from; the same values as the maps port's (integrations) enum of that name. */
export enum LocationSourceEnum {
  PROVIDER = 'PROVIDER',
  FALLBACK = 'FALLBACK',
  CLIENT = 'CLIENT',
}
registerEnumType(LocationSourceEnum, {
  name: 'LocationSource',
  description: 'Where a location or distance came from.',
  valuesConfig: {
    PROVIDER: { description: 'The maps provider (Google Maps), live or from the cache.' },
    FALLBACK: { description: 'The offline estimate used while the provider was down or over quota: straight line × the road factor, or a PIN code centroid.' },
    CLIENT: { description: 'Supplied by the client, e.g. a GPS pin.' },
  },
});
