import { newBuyer, newVendorUser, seededAdmin, type Actor } from '../harness/actors.js';
import { errorCodes, graphql } from '../harness/graphql-client.js';
import { TEST_DEPOT, businessIds, uploadKycDocuments, uploadPdf } from '../harness/vendors.js';

const ONBOARD = `mutation O($input: OnboardVendorInput!) { onboardVendor(input: $input) { id } }`;
const SUBMIT = `mutation K($input: SubmitKycInput!) { submitKyc(input: $input) { id kycStatus kycDocuments { type mediaId } } }`;
const REJECT = `mutation R($input: RejectKycInput!) { rejectKyc(input: $input) { id kycStatus } }`;
const DELETE = `mutation D($id: ID!) { deleteMedia(id: $id) { id status } }`;
const MEDIA = `query M($id: ID!) { media(id: $id) { id status url } }`;

type Failure = { errors?: Array<{ extensions?: Record<string, unknown> }> };
type Documents = Array<{ type: string; mediaId: string }>;
const extensionsOf = (response: Failure) => response.errors?.[0]?.extensions;
const urlOf = async (actor: Actor, id: string) => (await actor.ok<{ media: { url: string } }>(MEDIA, { id })).media.url;
const withDocument = (documents: Documents, type: string, mediaId: string): Documents => documents.map((d) => (d.type === type ? { type, mediaId } : d));

async function onboardedVendor(name: string): Promise<Actor & { vendorId: string }> {
  const actor = await newVendorUser(name);
  const { onboardVendor } = await actor.ok<{ onboardVendor: { id: string } }>(ONBOARD, { input: { businessName: name, ...businessIds(), businessAddress: TEST_DEPOT, serviceRadiusKm: 30 } });
  await actor.refreshToken();
  return Object.assign(actor, { vendorId: onboardVendor.id });
}

describe('KYC documents in the media reference registry', () => {
  it('a resubmission releases the replaced document: its owner deletes it and its bytes leave storage; the current one is refused naming the KYC record; others cannot delete either', async () => {
    const vendor = await onboardedVendor('Resubmitting Traders');
    const first = await uploadKycDocuments(vendor);
    await vendor.ok(SUBMIT, { input: { documents: first } });
    const admin = await seededAdmin();
    await admin.ok(REJECT, { input: { vendorId: vendor.vendorId, reason: 'PAN card image unreadable' } });

    const replaced = first.find((d) => d.type === 'PAN_CARD')!.mediaId;
    const current = await uploadPdf(vendor);
    const { submitKyc } = await vendor.ok<{ submitKyc: { kycStatus: string; kycDocuments: Documents } }>(SUBMIT, { input: { documents: withDocument(first, 'PAN_CARD', current) } });
    expect(submitKyc.kycStatus).toBe('SUBMITTED');
    expect(submitKyc.kycDocuments.map((d) => d.mediaId).sort()).toEqual(withDocument(first, 'PAN_CARD', current).map((d) => d.mediaId).sort());

    // The current document: refused for its owner and an admin, naming the holder and the vendor's KYC record.
    const refused = await vendor.run(DELETE, { id: current });
    expect(errorCodes(refused)).toEqual(['CONFLICT']);
    expect(extensionsOf(refused)).toMatchObject({ reason: 'MEDIA_IN_USE', holders: ['vendors:KYC_DOCUMENT'], records: [{ holder: 'vendors:KYC_DOCUMENT', recordId: vendor.vendorId }] });
    expect(errorCodes(await admin.run(DELETE, { id: current }))).toEqual(['CONFLICT']);
    // The documents the resubmission kept stay in use too.
    expect(errorCodes(await vendor.run(DELETE, { id: first.find((d) => d.type === 'GSTIN_CERTIFICATE')!.mediaId }))).toEqual(['CONFLICT']);

    // Nobody else may delete the replaced one (nor learn it exists); it stays in storage.
    const replacedUrl = await urlOf(vendor, replaced);
    const otherVendor = await onboardedVendor('Other Traders');
    for (const other of [otherVendor, await newBuyer()]) {
      expect(errorCodes(await other.run(DELETE, { id: replaced }))).toEqual(['NOT_FOUND']);
      expect(errorCodes(await other.run(DELETE, { id: current }))).toEqual(['NOT_FOUND']);
    }
    expect(errorCodes(await graphql(DELETE, { id: replaced }))).toEqual(['UNAUTHENTICATED']);
    expect((await fetch(replacedUrl)).status).toBe(200);

    // Its owner deletes it: the signed URL, still within its 5 minutes, finds no object.
    expect((await vendor.ok<{ deleteMedia: { status: string } }>(DELETE, { id: replaced })).deleteMedia.status).toBe('DELETED');
    expect((await fetch(replacedUrl)).status).toBe(404);
    expect((await fetch(await urlOf(vendor, current))).status).toBe(200);
  });

  it('submitting the same documents again keeps them in use; a refused resubmission changes nothing and releases nothing', async () => {
    const vendor = await onboardedVendor('Steady Traders');
    const documents = await uploadKycDocuments(vendor);
    await vendor.ok(SUBMIT, { input: { documents } });
    await vendor.ok(SUBMIT, { input: { documents } });
    const gst = documents.find((d) => d.type === 'GSTIN_CERTIFICATE')!.mediaId;
    expect(errorCodes(await vendor.run(DELETE, { id: gst }))).toEqual(['CONFLICT']);

    // A file integrations refuses (not a KYC upload): the submission fails and the old one stays in use.
    const wrong = await uploadPdf(vendor, 'DISPUTE_EVIDENCE');
    const refused = await vendor.run(SUBMIT, { input: { documents: withDocument(documents, 'GSTIN_CERTIFICATE', wrong) } });
    expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(extensionsOf(refused)).toMatchObject({ field: 'mediaId', reason: 'WRONG_MEDIA_PURPOSE' });
    const mine = await vendor.ok<{ myVendor: { kycDocuments: Documents } }>(`{ myVendor { kycDocuments { type mediaId } } }`);
    expect(mine.myVendor.kycDocuments.map((d) => d.mediaId).sort()).toEqual(documents.map((d) => d.mediaId).sort());
    expect(errorCodes(await vendor.run(DELETE, { id: gst }))).toEqual(['CONFLICT']);

    // Another vendor's file cannot be submitted (and so is not pinned by them).
    const stranger = await onboardedVendor('Stranger Traders');
    const theirs = await uploadPdf(stranger);
    const foreign = await vendor.run(SUBMIT, { input: { documents: withDocument(documents, 'BANK_PROOF', theirs) } });
    expect(extensionsOf(foreign)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_YOUR_MEDIA' });
    expect((await stranger.ok<{ deleteMedia: { status: string } }>(DELETE, { id: theirs })).deleteMedia.status).toBe('DELETED');
  });
});
