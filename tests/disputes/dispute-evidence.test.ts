import { errorCodes } from '../harness/graphql-client.js';
import { callSubgraph } from '../harness/subgraph-direct.js';
import { newVendor } from '../harness/vendors.js';
import { OPEN, RESPOND, paidFor, uploadPhoto, vendorAndBuyer } from './dispute-helpers.js';

const EVIDENCE = `query D($id: ID!) { dispute(id: $id) { id evidence { mediaId providedBy url } } }`;
const MEDIA = `query M($id: ID!) { media(id: $id) { id url } }`;

type Evidence = { dispute: { id: string; evidence: Array<{ mediaId: string; providedBy: 'BUYER' | 'VENDOR'; url: string | null }> } };

const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47];
async function downloads(url: string | null): Promise<boolean> {
  if (!url) return false;
  const response = await fetch(url);
  const bytes = new Uint8Array(await response.arrayBuffer());
  return response.status === 200 && PNG_MAGIC.every((b, i) => bytes[i] === b);
}

describe('dispute evidence for both sides of the dispute', () => {
  it('the order’s vendor downloads the buyer’s photos and the buyer the vendor’s; an unrelated vendor gets NOT_FOUND; the links cost one call to integrations', async () => {
    const { vendor, buyer, order } = await vendorAndBuyer('Evidence Traders');
    const a = await order(2, 'COD');
    const photos = [await uploadPhoto(buyer), await uploadPhoto(buyer)];
    const { openDispute } = await buyer.ok<{ openDispute: { id: string } }>(OPEN, {
      input: { orderId: a.id, type: 'DAMAGED', lines: [{ orderItemId: a.lineId, quantity: 1 }], amountClaimedPaise: paidFor(a, 1), description: 'Two bags split open on unloading.', evidenceMediaIds: photos },
    });

    // The vendor may not read the buyer's files from integrations directly, only through the dispute.
    expect(errorCodes(await vendor.run(MEDIA, { id: photos[0] }))).toEqual(['NOT_FOUND']);
    const seenByVendor = (await vendor.ok<Evidence>(EVIDENCE, { id: openDispute.id })).dispute.evidence;
    expect(seenByVendor.map((e) => [e.mediaId, e.providedBy])).toEqual(photos.map((p) => [p, 'BUYER']));
    for (const file of seenByVendor) expect(await downloads(file.url)).toBe(true);

    const stranger = await newVendor('Unrelated Evidence Traders');
    expect(errorCodes(await stranger.run(EVIDENCE, { id: openDispute.id }))).toEqual(['NOT_FOUND']);

    const challan = await uploadPhoto(vendor);
    await vendor.ok(RESPOND, { id: openDispute.id, input: { response: 'CONTESTED', message: 'Bags left the depot intact; see the signed challan.', evidenceMediaIds: [challan] } });
    expect(errorCodes(await buyer.run(MEDIA, { id: challan }))).toEqual(['NOT_FOUND']);
    const seenByBuyer = (await buyer.ok<Evidence>(EVIDENCE, { id: openDispute.id })).dispute.evidence;
    expect(seenByBuyer.map((e) => [e.mediaId, e.providedBy])).toEqual([...photos.map((p) => [p, 'BUYER']), [challan, 'VENDOR']]);
    for (const file of seenByBuyer) expect(await downloads(file.url)).toBe(true);

    // Three files, one batched peer call.
    const caller = { firebaseUid: buyer.session.firebaseUid, userId: buyer.userId, roles: ['BUYER' as const], vendorId: null, email: buyer.session.email, phone: null };
    const direct = await callSubgraph('orders', EVIDENCE, { id: openDispute.id }, caller);
    expect(direct.body.errors).toBeUndefined();
    expect((direct.body.data as Evidence).dispute.evidence).toHaveLength(3);
    expect(direct.peerCalls).toBe(1);
  });
});
