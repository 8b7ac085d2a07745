// The subpath keeps this pure module (and its unit test) free of the platform's server code.
import { requestFingerprint } from '@realserv/platform/idempotency';

export interface PlaceOrderRequest {
  vendorId: string;
  deliveryAddressId: string;
  paymentMethod: string;
  items: ReadonlyArray<{ kind: string; refId: string; quantity: number }>;
}

/**
 * What a placeOrder idempotency key is bound to: vendor, address, payment method and the items
 * (sorted by kind and id, ids lower-cased), so listing the same items in another order is the
 * same request and changing a quantity, material, address or method is another one.
 */
export function placeOrderFingerprint(request: PlaceOrderRequest): string {
  const items = request.items
    .map((item) => ({ kind: item.kind, refId: item.refId.toLowerCase(), quantity: item.quantity }))
    .sort((a, b) => (a.kind + a.refId < b.kind + b.refId ? -1 : a.kind + a.refId > b.kind + b.refId ? 1 : 0));
  return requestFingerprint({
    operation: 'placeOrder',
    vendorId: request.vendorId.toLowerCase(),
    deliveryAddressId: request.deliveryAddressId.toLowerCase(),
    paymentMethod: request.paymentMethod,
    items,
  });
}
