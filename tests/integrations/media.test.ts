import { createHash } from 'node:crypto';
import { newBuyer, seededAdmin } from '../harness/actors.js';
import { errorCodes } from '../harness/graphql-client.js';
import { newVendor } from '../harness/vendors.js';

const REQUEST = `mutation R($input: RequestUploadInput!) { requestUpload(input: $input) { uploadUrl expiresAt media { id status purpose sizeBytes } } }`;
const CONFIRM = `mutation C($id: ID!) { confirmUpload(mediaId: $id) { id status checksumSha256 url } }`;
const MEDIA = `query M($id: ID!) { media(id: $id) { id contentType url } }`;

const pdf = (size: number) => Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(size - 9, 0x20)]);
const png = (size: number) => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(size - 8, 1)]);

interface Ticket {
  requestUpload: { uploadUrl: string; media: { id: string; status: string } };
}

async function put(url: string, body: Buffer, contentType: string): Promise<number> {
  return (await fetch(url, { method: 'PUT', headers: { 'content-type': contentType }, body })).status;
}

describe('media uploads with signed URLs', () => {
  it('a vendor uploads a KYC PDF: request → PUT → confirm → READY with checksum and a signed download URL', async () => {
    const vendor = await newVendor();
    const body = pdf(2048);
    const { requestUpload } = await vendor.ok<Ticket>(REQUEST, { input: { purpose: 'KYC_DOCUMENT', contentType: 'application/pdf', sizeBytes: body.length } });
    expect(requestUpload.media.status).toBe('PENDING_UPLOAD');
    expect(await put(requestUpload.uploadUrl, body, 'application/pdf')).toBe(200);
    const { confirmUpload } = await vendor.ok<{ confirmUpload: { status: string; checksumSha256: string; url: string } }>(CONFIRM, { id: requestUpload.media.id });
    expect(confirmUpload.status).toBe('READY');
    expect(confirmUpload.checksumSha256).toMatch(/^[0-9a-f]{64}$/);
    const downloaded = Buffer.from(await (await fetch(confirmUpload.url)).arrayBuffer());
    expect(downloaded.equals(body)).toBe(true);

    // KYC files: the owner and admins only.
    const admin = await seededAdmin();
    expect((await admin.ok<{ media: { id: string } }>(MEDIA, { id: requestUpload.media.id })).media.id).toBe(requestUpload.media.id);
    expect(errorCodes(await (await newVendor()).run(MEDIA, { id: requestUpload.media.id }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await (await newBuyer()).run(MEDIA, { id: requestUpload.media.id }))).toEqual(['NOT_FOUND']);
  });

  it('refuses oversize or wrong-type requests, and buyers uploading KYC documents', async () => {
    const vendor = await newVendor();
    expect(errorCodes(await vendor.run(REQUEST, { input: { purpose: 'KYC_DOCUMENT', contentType: 'application/pdf', sizeBytes: 6 * 1024 * 1024 } }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await vendor.run(REQUEST, { input: { purpose: 'DELIVERY_PROOF', contentType: 'application/pdf', sizeBytes: 100 } }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await (await newBuyer()).run(REQUEST, { input: { purpose: 'KYC_DOCUMENT', contentType: 'application/pdf', sizeBytes: 100 } }))).toEqual(['FORBIDDEN']);
  });

  it('an upload that does not match its declaration, or never happened, is not accepted', async () => {
    const vendor = await newVendor();
    const ticket = (await vendor.ok<Ticket>(REQUEST, { input: { purpose: 'KYC_DOCUMENT', contentType: 'application/pdf', sizeBytes: 1000 } })).requestUpload;
    // Never uploaded.
    expect((await vendor.run(CONFIRM, { id: ticket.media.id })).errors?.[0]?.extensions?.reason).toBe('NOT_UPLOADED');
    // More bytes than signed, or another content type: the storage refuses the PUT.
    expect(await put(ticket.uploadUrl, pdf(1500), 'application/pdf')).toBe(400);
    expect(await put(ticket.uploadUrl, pdf(1000), 'image/png')).toBe(400);
    // A tampered signature or an altered size in the URL is refused.
    expect(await put(ticket.uploadUrl.replace(/sig=[^&]+/, 'sig=AAAA'), pdf(1000), 'application/pdf')).toBe(403);
    expect(await put(ticket.uploadUrl.replace(/size=\d+/, 'size=1500'), pdf(1500), 'application/pdf')).toBe(403);
    // Right size and header but a PNG inside a "PDF": confirmation checks the real bytes.
    expect(await put(ticket.uploadUrl, png(1000), 'application/pdf')).toBe(200);
    expect((await vendor.run(CONFIRM, { id: ticket.media.id })).errors?.[0]?.extensions?.reason).toBe('TYPE_MISMATCH');
    // Someone else cannot confirm it.
    expect(errorCodes(await (await newVendor()).run(CONFIRM, { id: ticket.media.id }))).toEqual(['NOT_FOUND']);
  });

  it('a confirmed KYC PDF cannot be replaced through its still-valid upload URL: the admin downloads exactly the confirmed bytes', async () => {
    const vendor = await newVendor();
    const original = pdf(1200);
    const forged = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(1200 - 9, 0x41)]);
    const ticket = (await vendor.ok<Ticket>(REQUEST, { input: { purpose: 'KYC_DOCUMENT', contentType: 'application/pdf', sizeBytes: original.length } })).requestUpload;
    expect(await put(ticket.uploadUrl, original, 'application/pdf')).toBe(200);
    const { confirmUpload } = await vendor.ok<{ confirmUpload: { checksumSha256: string } }>(CONFIRM, { id: ticket.media.id });
    expect(confirmUpload.checksumSha256).toBe(createHash('sha256').update(original).digest('hex'));

    // The URL has not expired: a second PUT may be accepted into staging but never reaches the confirmed file.
    await put(ticket.uploadUrl, forged, 'application/pdf');
    const admin = await seededAdmin();
    const { media } = await admin.ok<{ media: { url: string } }>(MEDIA, { id: ticket.media.id });
    const downloaded = Buffer.from(await (await fetch(media.url)).arrayBuffer());
    expect(createHash('sha256').update(downloaded).digest('hex')).toBe(confirmUpload.checksumSha256);
    expect(downloaded.equals(original)).toBe(true);
    // Confirming again changes nothing either.
    const again = await vendor.ok<{ confirmUpload: { checksumSha256: string } }>(CONFIRM, { id: ticket.media.id });
    expect(again.confirmUpload.checksumSha256).toBe(confirmUpload.checksumSha256);
  });
});
