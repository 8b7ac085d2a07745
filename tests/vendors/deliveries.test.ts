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

/** A proof-of-delivery photo uploaded through the media API. */
async function uploadProof(vendor: Awaited<ReturnType<typeof newVendor>>): Promise<string> {
  const body = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(996, 7)]);
  const { requestUpload } = await vendor.ok<{ requestUpload: { uploadUrl: string; media: { id: string } } }>(
    'mutation R($input: RequestUploadInput!) { requestUpload(input: $input) { uploadUrl media { id } } }',
    { input: { purpose: 'DELIVERY_PROOF', contentType: 'image/jpeg', sizeBytes: body.length } },
  );
  await fetch(requestUpload.uploadUrl, { method: 'PUT', headers: { 'content-type': 'image/jpeg' }, body });
  await vendor.ok('mutation C($id: ID!) { confirmUpload(mediaId: $id) { id } }', { id: requestUpload.media.id });
  return requestUpload.media.id;
}

describe('delivery with a 6-digit OTP and proof', () => {
  it('an expired code is refused (the test stack makes codes live 6 s)', async () => {
    const { vendor, buyer, order } = await dispatchedCodOrder();
    await vendor.ok(GENERATE, { id: order.id });
    const code = (await buyer.ok<DeliveryView>(DELIVERY, { id: order.id })).order.deliveryOtp!;
    // The buyer's app stops showing a code once it expires: wait for that, then try it.
    await eventually(async () => (await buyer.ok<DeliveryView>(DELIVERY, { id: order.id })).order.deliveryOtp === null, { timeoutMs: 15_000, intervalMs: 250, what: 'the code to expire' });
    expect((await vendor.run(VERIFY, { id: order.id, code })).errors?.[0]?.extensions?.reason).toBe('OTP_EXPIRED');
  });

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
    const photo = await uploadProof(vendor);
    expect(errorCodes(await vendor.run(PROOF, { id: order.id, media: '00000000-0000-4000-8000-000000000000' }))).toEqual(['BAD_USER_INPUT']);
    await vendor.ok(PROOF, { id: order.id, media: photo });

    await eventually(async () => (await buyer.ok<DeliveryView>(DELIVERY, { id: order.id })).order.status === 'DELIVERED', { what: 'the order to be DELIVERED' });
    const final = (await buyer.ok<DeliveryView>(DELIVERY, { id: order.id })).order;
    expect(final.delivery?.proofMediaIds).toEqual([photo]);
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
