import { newBuyer, newVendorUser, seededAdmin, type Actor } from '../harness/actors.js';
import { errorCodes, graphql } from '../harness/graphql-client.js';
import { TEST_DEPOT, businessIds, uploadPdf } from '../harness/vendors.js';
import { placedOrder } from '../orders/order-helpers.js';
import { OPEN_TICKET, openInput, uploadAttachment } from '../support/support-helpers.js';

const DELETE = `mutation D($id: ID!) { deleteMedia(id: $id) { id status } }`;
const MEDIA = `query M($id: ID!) { media(id: $id) { id status url } }`;
const SUBMIT_KYC = `mutation K($input: SubmitKycInput!) { submitKyc(input: $input) { id kycStatus } }`;
const REQUEST = `mutation R($input: RequestUploadInput!) { requestUpload(input: $input) { uploadUrl media { id } } }`;
const CONFIRM = `mutation C($id: ID!) { confirmUpload(mediaId: $id) { id status url } }`;

type Failure = { errors?: Array<{ extensions?: Record<string, unknown> }> };
const extensionsOf = (response: Failure) => response.errors?.[0]?.extensions;
const urlOf = async (actor: Actor, id: string) => (await actor.ok<{ media: { url: string } }>(MEDIA, { id })).media.url;

const png = (size: number) => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(size - 8, 7)]);

describe('deleting media', () => {
  it('the owner deletes an unused upload: its bytes leave storage, its URL stops working, it is gone for everyone, and a second delete answers the same', async () => {
    const buyer = await newBuyer();
    const id = await uploadPdf(buyer, 'DISPUTE_EVIDENCE');
    const url = await urlOf(buyer, id);
    expect((await fetch(url)).status).toBe(200);

    // Others cannot delete it (nor learn it exists); anonymous callers must sign in.
    expect(errorCodes(await (await newBuyer()).run(DELETE, { id }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await (await newVendorUser()).run(DELETE, { id }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await graphql(DELETE, { id }))).toEqual(['UNAUTHENTICATED']);
    expect((await fetch(url)).status).toBe(200);

    expect((await buyer.ok<{ deleteMedia: { status: string } }>(DELETE, { id })).deleteMedia.status).toBe('DELETED');
    // The still-valid signed URL finds nothing: the object was removed from storage.
    expect((await fetch(url)).status).toBe(404);
    expect(errorCodes(await buyer.run(MEDIA, { id }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await (await seededAdmin()).run(MEDIA, { id }))).toEqual(['NOT_FOUND']);
    expect((await buyer.ok<{ deleteMedia: { status: string } }>(DELETE, { id })).deleteMedia.status).toBe('DELETED');
  });

  it('a KYC document used in a KYC submission cannot be deleted, by its owner or an admin, and stays downloadable; a deleted one cannot be submitted', async () => {
    const vendor = await newVendorUser('Kyc Vendor');
    await vendor.ok('mutation O($input: OnboardVendorInput!) { onboardVendor(input: $input) { id } }', {
      input: { businessName: 'Media Traders', ...businessIds(), businessAddress: TEST_DEPOT, serviceRadiusKm: 30 },
    });
    await vendor.refreshToken();
    const [inUse, pan, bank, spare] = await Promise.all([uploadPdf(vendor), uploadPdf(vendor), uploadPdf(vendor), uploadPdf(vendor)]);
    const documents = (gst: string) => [
      { type: 'GSTIN_CERTIFICATE', mediaId: gst },
      { type: 'PAN_CARD', mediaId: pan },
      { type: 'BANK_PROOF', mediaId: bank },
    ];
    expect((await vendor.ok<{ submitKyc: { kycStatus: string } }>(SUBMIT_KYC, { input: { documents: documents(inUse!) } })).submitKyc.kycStatus).toBe('SUBMITTED');

    const refused = await vendor.run(DELETE, { id: inUse });
    expect(errorCodes(refused)).toEqual(['CONFLICT']);
    expect(extensionsOf(refused)).toMatchObject({ reason: 'MEDIA_IN_USE', holders: ['vendors:KYC_DOCUMENT'] });
    expect(errorCodes(await (await seededAdmin()).run(DELETE, { id: inUse }))).toEqual(['CONFLICT']);
    expect((await fetch(await urlOf(vendor, inUse))).status).toBe(200);

    // Deleted first, then offered to vendors: refused as unknown, so nothing refers to missing bytes.
    await vendor.ok(DELETE, { id: spare });
    const late = await vendor.run(SUBMIT_KYC, { input: { documents: documents(spare!) } });
    expect(errorCodes(late)).toEqual(['BAD_USER_INPUT']);
    expect(extensionsOf(late)?.reason).toBe('UNKNOWN_MEDIA');
  });

  it('a support attachment on a ticket cannot be deleted; an admin may delete another user’s unused upload', async () => {
    const { buyer, order } = await placedOrder(1, 'COD');
    const photo = await uploadAttachment(buyer);
    await buyer.ok(OPEN_TICKET, openInput({ orderId: order.id, attachmentIds: [photo] }));
    const refused = await buyer.run(DELETE, { id: photo });
    expect(errorCodes(refused)).toEqual(['CONFLICT']);
    expect(extensionsOf(refused)?.holders).toEqual(['orders:SUPPORT_ATTACHMENT']);

    const unused = await uploadAttachment(buyer);
    const admin = await seededAdmin();
    expect((await admin.ok<{ deleteMedia: { status: string } }>(DELETE, { id: unused })).deleteMedia.status).toBe('DELETED');
    expect(errorCodes(await buyer.run(MEDIA, { id: unused }))).toEqual(['NOT_FOUND']);
  });
});

describe('public and private download URLs', () => {
  it('catalog images get a stable unsigned URL under the public base that anyone can fetch; private purposes only short-lived signed URLs', async () => {
    const admin = await seededAdmin();
    const body = png(600);
    const { requestUpload } = await admin.ok<{ requestUpload: { uploadUrl: string; media: { id: string } } }>(REQUEST, { input: { purpose: 'CATALOG_IMAGE', contentType: 'image/png', sizeBytes: body.length } });
    expect((await fetch(requestUpload.uploadUrl, { method: 'PUT', headers: { 'content-type': 'image/png' }, body })).status).toBe(200);
    const { confirmUpload } = await admin.ok<{ confirmUpload: { url: string } }>(CONFIRM, { id: requestUpload.media.id });
    expect(confirmUpload.url).toMatch(/\/media\/public\/catalog_image\/[0-9a-f-]{36}$/);
    expect(confirmUpload.url).not.toMatch(/sig=|exp=/);
    // Anonymous readers: the same URL through the API and from the public route, with its type.
    expect((await graphql<{ media: { url: string } }>(MEDIA, { id: requestUpload.media.id })).data?.media.url).toBe(confirmUpload.url);
    const fetched = await fetch(confirmUpload.url);
    expect(fetched.status).toBe(200);
    expect(fetched.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await fetched.arrayBuffer()).equals(body)).toBe(true);

    // A private file: signed and expiring; its key is never served from the public route.
    const vendor = await newVendorUser();
    const kyc = await uploadPdf(vendor);
    const signed = await urlOf(vendor, kyc);
    expect(signed).toMatch(/\/media\/object\?.*sig=/);
    expect(signed).toMatch(/exp=\d+/);
    const key = new URL(signed).searchParams.get('key')!;
    expect(key).toMatch(/^kyc_document\//);
    const base = confirmUpload.url.replace(/catalog_image\/[0-9a-f-]{36}$/, '');
    expect((await fetch(`${base}${key}`)).status).toBe(404);
    expect((await fetch(signed.replace(/sig=[^&]+/, 'sig=AAAA'))).status).toBe(403);
  });
});
