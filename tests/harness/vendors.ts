import { newVendorUser, seededAdmin, type Actor } from './actors.js';

const CHARS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const letter = () => CHARS[10 + Math.floor(Math.random() * 26)]!;

/** A random valid PAN (a firm) and the matching Karnataka GSTIN with the GSTN check character. */
export function businessIds(): { pan: string; gstin: string } {
  const pan = `${letter()}${letter()}${letter()}F${letter()}${String(Math.floor(Math.random() * 9000) + 1000)}${letter()}`;
  const first14 = `29${pan}1Z`;
  let sum = 0;
  for (let i = 0; i < 14; i++) {
    const product = CHARS.indexOf(first14[i]!) * (i % 2 === 0 ? 1 : 2);
    sum += Math.floor(product / 36) + (product % 36);
  }
  return { pan, gstin: first14 + CHARS[(36 - (sum % 36)) % 36] };
}

/** Depot next to the e2e buyers' default site (order tests then pay the base delivery charge). */
export const TEST_DEPOT = { line1: '3 ITPL Main Road', city: 'Bengaluru', state: 'Karnataka', pincode: '560066', latitude: 12.9856, longitude: 77.7362 };

/** A Karnataka business address (the GSTINs `businessIds` makes are Karnataka's). */
export type BusinessAddress = typeof TEST_DEPOT;

/** Uploads one small PDF through the media API (request → PUT → confirm) and returns its id. */
export async function uploadPdf(actor: Actor, purpose = 'KYC_DOCUMENT'): Promise<string> {
  const body = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(503, 0x20)]);
  const { requestUpload } = await actor.ok<{ requestUpload: { uploadUrl: string; media: { id: string } } }>(
    'mutation R($input: RequestUploadInput!) { requestUpload(input: $input) { uploadUrl media { id } } }',
    { input: { purpose, contentType: 'application/pdf', sizeBytes: body.length } },
  );
  const put = await fetch(requestUpload.uploadUrl, { method: 'PUT', headers: { 'content-type': 'application/pdf' }, body });
  if (put.status !== 200) throw new Error(`upload failed: ${put.status}`);
  await actor.ok('mutation C($id: ID!) { confirmUpload(mediaId: $id) { id } }', { id: requestUpload.media.id });
  return requestUpload.media.id;
}

/** The three KYC documents, uploaded for real. */
export async function uploadKycDocuments(actor: Actor): Promise<Array<{ type: string; mediaId: string }>> {
  const [gst, pan, bank] = await Promise.all([uploadPdf(actor), uploadPdf(actor), uploadPdf(actor)]);
  return [
    { type: 'GSTIN_CERTIFICATE', mediaId: gst! },
    { type: 'PAN_CARD', mediaId: pan! },
    { type: 'BANK_PROOF', mediaId: bank! },
  ];
}

/**
 * A vendor as the product makes one: a vendor user onboards a business (which sets the
 * vendorId claim), uploads and submits its KYC documents, and an admin approves it, so it is ACTIVE and accepting orders.
 */
export async function newVendor(businessName = 'Test Traders', owner?: Actor, businessAddress: BusinessAddress = TEST_DEPOT): Promise<Actor & { vendorId: string }> {
  const actor = owner ?? (await newVendorUser('Vendor Staff'));
  const { pan, gstin } = businessIds();
  const { onboardVendor } = await actor.ok<{ onboardVendor: { id: string } }>(
    'mutation O($input: OnboardVendorInput!) { onboardVendor(input: $input) { id } }',
    { input: { businessName, gstin, pan, businessAddress, serviceRadiusKm: 30 } },
  );
  await actor.refreshToken();
  await actor.ok('mutation K($input: SubmitKycInput!) { submitKyc(input: $input) { id } }', {
    input: { documents: await uploadKycDocuments(actor) },
  });
  const admin = await seededAdmin();
  await admin.ok('mutation A($id: ID!) { approveKyc(vendorId: $id) { id } }', { id: onboardVendor.id });
  return Object.assign(actor, { vendorId: onboardVendor.id });
}

/** The demo vendors' ids from the seed. */
export const DEMO_VENDOR_IDS = {
  balaji: '6f1f5a3e-2c0b-4c8e-9a51-1d1c9e6b7a01',
  lakshmi: '6f1f5a3e-2c0b-4c8e-9a51-1d1c9e6b7a02',
  modern: '6f1f5a3e-2c0b-4c8e-9a51-1d1c9e6b7a03',
} as const;
