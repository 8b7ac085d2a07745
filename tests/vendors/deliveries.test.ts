import { seededAdmin } from '../harness/actors.js';
import { eventually } from '../harness/eventually.js';
import { errorCodes } from '../harness/graphql-client.js';
import { newVendor } from '../harness/vendors.js';

import { CONFIRM, DISPATCH, FORCE, deliverWithOtp, placedOrder } from '../orders/order-helpers.js';

const DELIVERY = `query D($id: ID!) { order(id: $id) { id status paymentStatus deliveryOtp delivery { id status proofMediaIds history { step note } } } }`;
const GENERATE = `mutation G($id: ID!) { generateDeliveryOtp(orderId: $id) { id status } }`;
const VERIFY = `mutation V($id: ID!, $code: String!) { verifyDeliveryOtp(orderId: $id, code: $code) { id status } }`;
const FORCE_DELIVERY = `mutation F($input: ForceCompleteDeliveryInput!) { forceCompleteDelivery(input: $input) { id status history { step note } } }`;
const HISTORY = `query H($id: ID!) { order(id: $id) { status statusHistory { fromStatus toStatus actor note } delivery { status } } }`;
const PROOF = `mutation P($id: ID!, $media: String!) { uploadDeliveryProof(orderId: $id, mediaId: $media) { id proofMediaIds } }`;

interface DeliveryView {
  order: { id: string; status: string; deliveryOtp: string | null; delivery: null | { id: string; status: string; proofMediaIds: string[]; history: Array<{ step: string; note: string | null }> } };
}

/** A COD order the vendor confirmed, and its delivery (PENDING). */
async function confirmedCodOrder(quantity: number) {
  const placed = await placedOrder(quantity);
  const { vendor, buyer, order } = placed;
  await vendor.ok(CONFIRM, { id: order.id });
  await eventually(async () => (await buyer.ok<DeliveryView>(DELIVERY, { id: order.id })).order.delivery?.status === 'PENDING', { what: 'the delivery' });
  return placed;
}

async function dispatchedCodOrder() {
  const { vendor, buyer, order: placeOrder } = await confirmedCodOrder(2);
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
    // Proofs are never replaced: the photo stays in use, and deleteMedia names the delivery.
    const refused = await vendor.run(`mutation M($id: ID!) { deleteMedia(id: $id) { id } }`, { id: photo });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'MEDIA_IN_USE', records: [{ holder: 'vendors:DELIVERY_PROOF', recordId: final.delivery!.id }] });
  });

  it('regeneration is rate-limited and only for deliveries on their way', async () => {
    const { vendor, order: placeOrder } = await confirmedCodOrder(1);
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

describe('a delivery completes only with the OTP (or an admin, with a reason)', () => {
  it('the vendor has no way to mark the order delivered without the code; an admin cannot force the order status either', async () => {
    const { vendor, buyer, order } = await dispatchedCodOrder();
    // The old shortcut is gone from the API.
    expect((await vendor.run('mutation M($id: ID!) { markOrderDelivered(orderId: $id) { id status } }', { id: order.id })).errors?.length).toBeGreaterThan(0);
    const admin = await seededAdmin();
    const forced = await admin.run(FORCE, { input: { orderId: order.id, status: 'DELIVERED', reason: 'Driver says it was delivered' } });
    expect(errorCodes(forced)).toEqual(['CONFLICT']);
    expect(forced.errors?.[0]?.extensions?.reason).toBe('DELIVERY_NOT_VERIFIED');
    const view = (await buyer.ok<DeliveryView>(DELIVERY, { id: order.id })).order;
    expect([view.status, view.delivery?.status]).toEqual(['OUT_FOR_DELIVERY', 'OUT_FOR_DELIVERY']);
  });

  it('after the OTP, the order and the delivery agree it was delivered and no new code can be issued', async () => {
    const { vendor, buyer, order } = await dispatchedCodOrder();
    expect(await deliverWithOtp(vendor, buyer, order.id)).toBe('DELIVERED');
    const view = (await buyer.ok<DeliveryView>(DELIVERY, { id: order.id })).order;
    expect([view.status, view.delivery?.status, view.deliveryOtp]).toEqual(['DELIVERED', 'DELIVERED', null]);
    const again = await vendor.run(GENERATE, { id: order.id });
    expect(errorCodes(again)).toEqual(['CONFLICT']);
    expect(again.errors?.[0]?.extensions?.reason).toBe('NOT_OUT_FOR_DELIVERY');
  });

  it('an admin forces a delivery with a recorded reason; the vendor and the buyer cannot', async () => {
    const { vendor, buyer, order } = await dispatchedCodOrder();
    const input = { orderId: order.id, reason: "Buyer's phone is dead; site engineer signed the challan" };
    expect(errorCodes(await vendor.run(FORCE_DELIVERY, { input }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await buyer.run(FORCE_DELIVERY, { input }))).toEqual(['FORBIDDEN']);
    const admin = await seededAdmin();
    expect(errorCodes(await admin.run(FORCE_DELIVERY, { input: { orderId: order.id, reason: '' } }))).toEqual(['BAD_USER_INPUT']);

    const { forceCompleteDelivery } = await admin.ok<{ forceCompleteDelivery: { status: string; history: Array<{ step: string; note: string | null }> } }>(FORCE_DELIVERY, { input });
    expect(forceCompleteDelivery.status).toBe('DELIVERED');
    expect(forceCompleteDelivery.history.at(-1)).toEqual({ step: 'DELIVERED_BY_ADMIN', note: input.reason });
    // Retrying is harmless.
    expect((await admin.ok<{ forceCompleteDelivery: { status: string } }>(FORCE_DELIVERY, { input })).forceCompleteDelivery.status).toBe('DELIVERED');

    type History = { order: { status: string; statusHistory: Array<{ fromStatus: string; toStatus: string; actor: string; note: string | null }>; delivery: { status: string } } };
    await eventually(async () => (await buyer.ok<History>(HISTORY, { id: order.id })).order.status === 'DELIVERED', { what: 'the order to follow the delivery' });
    const { order: final } = await buyer.ok<History>(HISTORY, { id: order.id });
    expect(final.delivery.status).toBe('DELIVERED');
    expect(final.statusHistory.at(-1)).toMatchObject({ fromStatus: 'OUT_FOR_DELIVERY', toStatus: 'DELIVERED', actor: 'ADMIN' });
    expect(final.statusHistory.at(-1)?.note).toContain(input.reason);
    expect(errorCodes(await vendor.run(GENERATE, { id: order.id }))).toEqual(['CONFLICT']);
  });

  it('an admin cannot force a delivery that has not left', async () => {
    const { order: placeOrder } = await confirmedCodOrder(1);
    const refused = await (await seededAdmin()).run(FORCE_DELIVERY, { input: { orderId: placeOrder.id, reason: 'Ops ticket 1234' } });
    expect(refused.errors?.[0]?.extensions?.reason).toBe('NOT_OUT_FOR_DELIVERY');
  });
});
