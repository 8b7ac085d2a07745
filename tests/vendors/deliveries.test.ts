import { newBuyer, seededAdmin } from '../harness/actors.js';
import { eventually } from '../harness/eventually.js';
import { errorCodes } from '../harness/graphql-client.js';
import { newVendor } from '../harness/vendors.js';
import { CONFIRM, DISPATCH, PLACE_ORDER, addAddress, cement, placeInput, vendorStocking, type OrderView } from '../orders/order-helpers.js';

const DELIVERY = `query D($id: ID!) { order(id: $id) { id status paymentStatus deliveryOtp delivery { id status proofMediaIds history { step note } } } }`;
const GENERATE = `mutation G($id: ID!) { generateDeliveryOtp(orderId: $id) { id status } }`;
const VERIFY = `mutation V($id: ID!, $code: String!) { verifyDeliveryOtp(orderId: $id, code: $code) { id status } }`;
const PROOF = `mutation P($id: ID!, $media: String!) { uploadDeliveryProof(orderId: $id, mediaId: $media) { id proofMediaIds } }`;

interface DeliveryView {
  order: { id: string; status: string; deliveryOtp: string | null; delivery: null | { status: string; proofMediaIds: string[]; history: Array<{ step: string; note: string | null }> } };
}

async function dispatchedCodOrder() {
  const material = await cement();
  const vendor = await vendorStocking(material, 100, 40_000);
  const buyer = await newBuyer();
  const addressId = await addAddress(buyer);
  const { placeOrder } = await buyer.ok<{ placeOrder: OrderView }>(PLACE_ORDER, placeInput(vendor.vendorId, addressId, material.id, 2));
  await vendor.ok(CONFIRM, { id: placeOrder.id });
  await eventually(async () => (await buyer.ok<DeliveryView>(DELIVERY, { id: placeOrder.id })).order.delivery?.status === 'PENDING', { what: 'the delivery' });
  await vendor.ok(DISPATCH, { id: placeOrder.id });
  await eventually(async () => (await buyer.ok<DeliveryView>(DELIVERY, { id: placeOrder.id })).order.delivery?.status === 'OUT_FOR_DELIVERY', { what: 'dispatch' });
  return { vendor, buyer, order: placeOrder };
}

describe('delivery with a 6-digit OTP and proof', () => {
  it('only the buyer sees the code; 5 wrong codes lock it; a new code verifies and delivers the order', async () => {
    const { vendor, buyer, order } = await dispatchedCodOrder();
    expect(errorCodes(await vendor.run(VERIFY, { id: order.id, code: '000000' }))).toEqual(['CONFLICT']); // no code yet
    await vendor.ok(GENERATE, { id: order.id });

    const code = (await buyer.ok<DeliveryView>(DELIVERY, { id: order.id })).order.deliveryOtp!;
    expect(code).toMatch(/^\d{6}$/);
    expect((await vendor.ok<DeliveryView>(DELIVERY, { id: order.id })).order.deliveryOtp).toBeNull();
    expect((await (await seededAdmin()).ok<DeliveryView>(DELIVERY, { id: order.id })).order.deliveryOtp).toBeNull();

    const wrong = code === '999999' ? '999998' : '999999';
    const outcomes: Array<string | undefined> = [];
    for (let i = 0; i < 5; i++) {
      const response = await vendor.run(VERIFY, { id: order.id, code: wrong });
      outcomes.push(String(response.errors?.[0]?.extensions?.reason));
    }
    expect(outcomes).toEqual(['OTP_WRONG', 'OTP_WRONG', 'OTP_WRONG', 'OTP_WRONG', 'OTP_LOCKED']);
    // Locked: even the right code fails now, and the buyer no longer sees it.
    expect((await vendor.run(VERIFY, { id: order.id, code })).errors?.[0]?.extensions?.reason).toBe('OTP_LOCKED');
    expect((await buyer.ok<DeliveryView>(DELIVERY, { id: order.id })).order.deliveryOtp).toBeNull();

    // A new code (regeneration is rate-limited; the test stack allows one per second).
    await eventually(async () => !(await vendor.run(GENERATE, { id: order.id })).errors?.length, { what: 'a new code' });
    const fresh = (await buyer.ok<DeliveryView>(DELIVERY, { id: order.id })).order.deliveryOtp!;
    expect((await vendor.ok<{ verifyDeliveryOtp: { status: string } }>(VERIFY, { id: order.id, code: fresh })).verifyDeliveryOtp.status).toBe('DELIVERED');
    await vendor.ok(PROOF, { id: order.id, media: 'media-proof-photo-1' });

    await eventually(async () => (await buyer.ok<DeliveryView>(DELIVERY, { id: order.id })).order.status === 'DELIVERED', { what: 'the order to be DELIVERED' });
    const final = (await buyer.ok<DeliveryView>(DELIVERY, { id: order.id })).order;
    expect(final.delivery?.proofMediaIds).toEqual(['media-proof-photo-1']);
    expect(final.delivery?.history.map((h) => h.step)).toEqual([
      'CREATED', 'DISPATCHED', 'OTP_ISSUED', 'OTP_WRONG', 'OTP_WRONG', 'OTP_WRONG', 'OTP_WRONG', 'OTP_LOCKED', 'OTP_LOCKED', 'OTP_ISSUED', 'DELIVERED', 'PROOF_ADDED',
    ]);
    expect(final.deliveryOtp).toBeNull();
  });

  it('regeneration is rate-limited and only for deliveries on their way', async () => {
    const material = await cement();
    const vendor = await vendorStocking(material, 100, 40_000);
    const buyer = await newBuyer();
    const addressId = await addAddress(buyer);
    const { placeOrder } = await buyer.ok<{ placeOrder: OrderView }>(PLACE_ORDER, placeInput(vendor.vendorId, addressId, material.id, 1));
    await vendor.ok(CONFIRM, { id: placeOrder.id });
    await eventually(async () => (await buyer.ok<DeliveryView>(DELIVERY, { id: placeOrder.id })).order.delivery !== null, { what: 'the delivery' });
    expect(errorCodes(await vendor.run(GENERATE, { id: placeOrder.id }))).toEqual(['CONFLICT']);
    await vendor.ok(DISPATCH, { id: placeOrder.id });
    await eventually(async () => !(await vendor.run(GENERATE, { id: placeOrder.id })).errors?.length, { what: 'the first code' });
    expect(errorCodes(await vendor.run(GENERATE, { id: placeOrder.id }))).toEqual(['RATE_LIMITED']);
  });

  it("another vendor cannot see or act on the delivery; a buyer cannot verify codes", async () => {
    const { buyer, order } = await dispatchedCodOrder();
    const other = await newVendor();
    expect(errorCodes(await other.run(GENERATE, { id: order.id }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await other.run(VERIFY, { id: order.id, code: '123456' }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await other.run(PROOF, { id: order.id, media: 'x' }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await buyer.run(VERIFY, { id: order.id, code: '123456' }))).toEqual(['FORBIDDEN']);
  });
});
