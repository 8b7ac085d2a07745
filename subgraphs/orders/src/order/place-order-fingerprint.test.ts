import { placeOrderFingerprint, type PlaceOrderRequest } from './place-order-fingerprint.js';

const A = '0b6e1d43-8d1c-4b8e-9a55-3f3c1e1f0a01';
const B = '0b6e1d43-8d1c-4b8e-9a55-3f3c1e1f0a02';
const request: PlaceOrderRequest = {
  vendorId: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
  deliveryAddressId: 'f47ac10b-58cc-4372-a567-0e02b2c3d479',
  paymentMethod: 'ONLINE',
  items: [
    { kind: 'MATERIAL', refId: A, quantity: 3 },
    { kind: 'LABOUR', refId: B, quantity: 2 },
  ],
};

describe('placeOrderFingerprint', () => {
  it('is the same for a retry that lists the items in another order or spells ids in upper case', () => {
    const retry = { ...request, vendorId: request.vendorId.toUpperCase(), items: [...request.items].reverse() };
    expect(placeOrderFingerprint(retry)).toBe(placeOrderFingerprint(request));
  });

  it.each([
    ['quantity', { items: [{ ...request.items[0]!, quantity: 4 }, request.items[1]!] }],
    ['material', { items: [{ ...request.items[0]!, refId: B }, request.items[1]!] }],
    ['item list', { items: [request.items[0]!] }],
    ['address', { deliveryAddressId: 'a47ac10b-58cc-4372-a567-0e02b2c3d479' }],
    ['payment method', { paymentMethod: 'COD' }],
    ['vendor', { vendorId: '8c9e6679-7425-40de-944b-e07fc1f90ae7' }],
  ])('differs when the %s differs', (_what, change) => {
    expect(placeOrderFingerprint({ ...request, ...change })).not.toBe(placeOrderFingerprint(request));
  });
});
