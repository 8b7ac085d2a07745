import { seededAdmin, type Actor } from '../harness/actors.js';
import { errorCodes, type GraphQLResponse } from '../harness/graphql-client.js';
import { eventually } from '../harness/eventually.js';
import { newVendor } from '../harness/vendors.js';
import { CASH, CONFIRM, DISPATCH, collectCash, deliverWithOtp, placedOrder, uploadImage } from '../orders/order-helpers.js';

/**
 * Cash on delivery with a receipt photo (docs/payments.md, "COD proof"): markCashCollected takes
 * the vendor's own confirmed COD_PROOF upload, refuses anything else without changing the order,
 * and the proof travels on CashCollected to the COD payment, where admins and the order's vendor
 * see it (with a signed link) and the buyer does not.
 */

const PAYMENT = `query P($id: ID!) { order(id: $id) { id status paymentStatus payment { method status codProof { mediaId url } } } }`;
interface PaymentView {
  order: {
    id: string;
    status: string;
    paymentStatus: string;
    payment: { method: string; status: string; codProof: { mediaId: string; url: string | null } | null } | null;
  } | null;
}
const reasons = (response: GraphQLResponse<unknown>) => (response.errors ?? []).map((e) => e.extensions?.reason);

async function deliveredCodOrder() {
  const placed = await placedOrder(2, 'COD');
  const { vendor, buyer, order } = placed;
  for (const step of [CONFIRM, DISPATCH]) await vendor.ok(step, { id: order.id });
  expect(await deliverWithOtp(vendor, buyer, order.id)).toBe('DELIVERED');
  return placed;
}

const cash = (vendor: Actor, order: { id: string; total: { paise: number } }, proofMediaId?: string) =>
  vendor.run(CASH, { input: { orderId: order.id, amountPaise: order.total.paise, ...(proofMediaId ? { proofMediaId } : {}) } });

describe('cash on delivery proof', () => {
  it('refuses a missing, unconfirmed, wrong-purpose or someone else’s photo and changes nothing', async () => {
    const { vendor, buyer, order } = await deliveredCodOrder();
    const otherVendor = await newVendor('Other Traders');

    const missing = await cash(vendor, order);
    expect(errorCodes(missing)).toEqual(['BAD_USER_INPUT']);
    expect(reasons(missing)).toEqual(['PROOF_REQUIRED']);

    const someoneElses = await cash(vendor, order, await uploadImage(otherVendor, 'COD_PROOF'));
    expect(errorCodes(someoneElses)).toEqual(['BAD_USER_INPUT']);
    expect(reasons(someoneElses)).toEqual(['NOT_YOUR_MEDIA']);

    const unconfirmed = await cash(vendor, order, await uploadImage(vendor, 'COD_PROOF', false));
    expect(errorCodes(unconfirmed)).toEqual(['BAD_USER_INPUT']);
    expect(reasons(unconfirmed)).toEqual(['MEDIA_NOT_CONFIRMED']);

    const wrongPurpose = await cash(vendor, order, await uploadImage(vendor, 'DELIVERY_PROOF'));
    expect(errorCodes(wrongPurpose)).toEqual(['BAD_USER_INPUT']);
    expect(reasons(wrongPurpose)).toEqual(['WRONG_MEDIA_PURPOSE']);

    const unknown = await cash(vendor, order, '00000000-0000-4000-8000-000000000000');
    expect(errorCodes(unknown)).toEqual(['BAD_USER_INPUT']);
    expect(reasons(unknown)).toEqual(['UNKNOWN_MEDIA']);

    // Nothing changed: still delivered, cash not collected, the COD payment still open.
    const { order: after } = await buyer.ok<PaymentView>(PAYMENT, { id: order.id });
    expect(after).toMatchObject({ status: 'DELIVERED', payment: { method: 'COD', status: 'CREATED', codProof: null } });
    expect(after!.paymentStatus).not.toBe('COD_COLLECTED');
  });

  it('stores the proof on the COD payment: admins and the order’s vendor see it with a signed link, the buyer does not, other vendors see no order', async () => {
    const { vendor, buyer, order } = await deliveredCodOrder();
    const { markCashCollected, proofMediaId } = await collectCash(vendor, order);
    expect(markCashCollected).toMatchObject({ status: 'COMPLETED', paymentStatus: 'COD_COLLECTED' });

    const admin = await seededAdmin();
    const seen = await eventually(
      async () => {
        const { order: o } = await admin.ok<PaymentView>(PAYMENT, { id: order.id });
        return o?.payment?.status === 'CAPTURED' && o.payment.codProof ? o.payment.codProof : null;
      },
      { what: 'the COD payment captured with its proof' },
    );
    expect(seen.mediaId).toBe(proofMediaId);
    expect(seen.url).toEqual(expect.any(String));
    const download = await fetch(seen.url!);
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).subarray(0, 4)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47]));

    const { order: vendorView } = await vendor.ok<PaymentView>(PAYMENT, { id: order.id });
    expect(vendorView!.payment!.codProof).toMatchObject({ mediaId: proofMediaId, url: expect.any(String) });

    const { order: buyerView } = await buyer.ok<PaymentView>(PAYMENT, { id: order.id });
    expect(buyerView!.payment).toMatchObject({ method: 'COD', status: 'CAPTURED', codProof: null });

    const otherVendor = await newVendor('Nosy Traders');
    expect(errorCodes(await otherVendor.run(PAYMENT, { id: order.id }))).toEqual(['NOT_FOUND']);
  });
});
