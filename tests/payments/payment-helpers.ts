// Online payment setup shared by the payments tests (orders come from tests/orders/order-helpers.ts).
import { placedOrder } from '../orders/order-helpers.js';

export const START = `mutation S($id: ID!) { startOnlinePayment(orderId: $id) { razorpayOrderId keyId orderNumber amount { paise } } }`;

/** A placed ONLINE order whose buyer has started paying: the Razorpay order to pay in checkout. */
export async function onlineOrder(quantity = 3) {
  const { material, vendor, buyer, order } = await placedOrder(quantity, 'ONLINE');
  const { startOnlinePayment } = await buyer.ok<{ startOnlinePayment: { razorpayOrderId: string; amount: { paise: number } } }>(START, { id: order.id });
  return { material, vendor, buyer, order, razorpayOrderId: startOnlinePayment.razorpayOrderId, amountPaise: startOnlinePayment.amount.paise };
}
