import { randomUUID } from 'node:crypto';
import { newBuyer, newVendorUser, seededAdmin } from '../harness/actors.js';
import { dataOf, errorCodes, graphql } from '../harness/graphql-client.js';
import { DEMO_VENDOR_IDS, businessIds, uploadKycDocuments, uploadPdf } from '../harness/vendors.js';

const ONBOARD = `mutation O($input: OnboardVendorInput!) { onboardVendor(input: $input) { id businessName status gstin pan kycStatus city } }`;
const MY_VENDOR = `{ myVendor { id status kycStatus acceptingOrders gstin kycDocuments { type mediaId } } }`;
const SUBMIT = `mutation K($input: SubmitKycInput!) { submitKyc(input: $input) { id kycStatus } }`;
const APPROVE = `mutation A($id: ID!) { approveKyc(vendorId: $id) { id status kycStatus acceptingOrders } }`;
const REJECT = `mutation R($input: RejectKycInput!) { rejectKyc(input: $input) { id kycStatus kycRejectionReason } }`;
const AVAILABILITY = `mutation S($on: Boolean!) { setVendorAvailability(acceptingOrders: $on) { id acceptingOrders } }`;
const PUBLIC_VENDOR = `query V($id: ID!) { vendor(id: $id) { id businessName city status gstin pan kycStatus businessAddress { line1 } kycDocuments { mediaId } } }`;

function onboardInput(overrides: Record<string, unknown> = {}) {
  const { pan, gstin } = businessIds();
  return {
    input: {
      businessName: 'Ganesh Cement Agencies',
      gstin,
      pan,
      businessAddress: { line1: '45 Old Madras Road', city: 'Bengaluru', state: 'Karnataka', pincode: '560016', latitude: 12.99, longitude: 77.66 },
      serviceRadiusKm: 20,
      ...overrides,
    },
  };
}


describe('vendor onboarding and KYC', () => {
  it('onboard → vendorId claim → submit KYC → admin approves → active and accepting orders; then stocks inventory', async () => {
    const owner = await newVendorUser('Ganesh Owner');
    const input = onboardInput();
    const { onboardVendor } = await owner.ok<{ onboardVendor: { id: string; status: string; gstin: string; kycStatus: string; city: string } }>(ONBOARD, input);
    expect(onboardVendor).toMatchObject({ status: 'PENDING_KYC', kycStatus: 'NOT_SUBMITTED', gstin: input.input.gstin, city: 'Bengaluru' });
    // A retry returns the same business.
    expect((await owner.ok<{ onboardVendor: { id: string } }>(ONBOARD, input)).onboardVendor.id).toBe(onboardVendor.id);

    await owner.refreshToken();
    expect((await owner.ok<{ myVendor: { id: string } }>(MY_VENDOR)).myVendor.id).toBe(onboardVendor.id);
    expect(errorCodes(await owner.run(AVAILABILITY, { on: true }))).toEqual(['CONFLICT']);

    const KYC_DOCS = await uploadKycDocuments(owner);
    expect(errorCodes(await owner.run(SUBMIT, { input: { documents: KYC_DOCS.slice(0, 2) } }))).toEqual(['BAD_USER_INPUT']);
    // Media ids must be this vendor's confirmed KYC uploads.
    const fake = KYC_DOCS.map((d, i) => (i === 0 ? { ...d, mediaId: '00000000-0000-4000-8000-000000000000' } : d));
    expect((await owner.run(SUBMIT, { input: { documents: fake } })).errors?.[0]?.extensions?.reason).toBe('UNKNOWN_MEDIA');
    const stranger = await newVendorUser('Stranger');
    const othersFile = await uploadPdf(stranger);
    expect((await owner.run(SUBMIT, { input: { documents: KYC_DOCS.map((d, i) => (i === 0 ? { ...d, mediaId: othersFile } : d)) } })).errors?.[0]?.extensions?.reason).toBe('NOT_YOUR_MEDIA');
    expect((await owner.ok<{ submitKyc: { kycStatus: string } }>(SUBMIT, { input: { documents: KYC_DOCS } })).submitKyc.kycStatus).toBe('SUBMITTED');

    const buyer = await newBuyer();
    expect(errorCodes(await buyer.run(APPROVE, { id: onboardVendor.id }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await owner.run(APPROVE, { id: onboardVendor.id }))).toEqual(['FORBIDDEN']);

    const admin = await seededAdmin();
    const { approveKyc } = await admin.ok<{ approveKyc: { status: string; kycStatus: string; acceptingOrders: boolean } }>(APPROVE, { id: onboardVendor.id });
    expect(approveKyc).toEqual({ id: onboardVendor.id, status: 'ACTIVE', kycStatus: 'APPROVED', acceptingOrders: true });
    expect((await owner.ok<{ setVendorAvailability: { acceptingOrders: boolean } }>(AVAILABILITY, { on: false })).setVendorAvailability.acceptingOrders).toBe(false);

    // The claim from onboarding is what catalog trusts for "my inventory".
    const { materials } = dataOf(await graphql<{ materials: { items: Array<{ id: string }> } }>('{ materials(page: { limit: 1 }) { items { id } } }'));
    const { updateMyInventory } = await owner.ok<{ updateMyInventory: Array<{ vendor: { id: string; businessName: string } }> }>(
      'mutation I($input: UpdateInventoryInput!) { updateMyInventory(input: $input) { vendor { id businessName } } }',
      { input: { items: [{ materialId: materials.items[0]!.id, stockQuantity: 10 }] } },
    );
    // Vendor fields from the vendors subgraph resolve on catalog's rows.
    expect(updateMyInventory[0]!.vendor).toEqual({ id: onboardVendor.id, businessName: 'Ganesh Cement Agencies' });
  });

  it('admins reject KYC with a reason; the vendor can resubmit', async () => {
    const owner = await newVendorUser('Reject Me');
    const { onboardVendor } = await owner.ok<{ onboardVendor: { id: string } }>(ONBOARD, onboardInput());
    await owner.refreshToken();
    const KYC_DOCS = await uploadKycDocuments(owner);
    await owner.ok(SUBMIT, { input: { documents: KYC_DOCS } });
    const admin = await seededAdmin();
    const { rejectKyc } = await admin.ok<{ rejectKyc: { kycStatus: string; kycRejectionReason: string } }>(REJECT, {
      input: { vendorId: onboardVendor.id, reason: 'PAN card image unreadable' },
    });
    expect(rejectKyc).toMatchObject({ kycStatus: 'REJECTED', kycRejectionReason: 'PAN card image unreadable' });
    expect(errorCodes(await admin.run(APPROVE, { id: onboardVendor.id }))).toEqual(['CONFLICT']);
    expect((await owner.ok<{ submitKyc: { kycStatus: string } }>(SUBMIT, { input: { documents: KYC_DOCS } })).submitKyc.kycStatus).toBe('SUBMITTED');
  });

  it.each([
    ['a GSTIN with a wrong check character', (i: ReturnType<typeof onboardInput>) => ({ gstin: `${i.input.gstin.slice(0, 14)}${i.input.gstin.endsWith('A') ? 'B' : 'A'}` })],
    ['a PAN that is not the GSTIN’s', () => ({ pan: 'ZZZFZ9999Z' })],
    ['a malformed PAN', () => ({ pan: 'ABC123' })],
    ['a bad PIN code', (i: ReturnType<typeof onboardInput>) => ({ businessAddress: { ...i.input.businessAddress, pincode: '012345' } })],
  ])('rejects %s and creates nothing', async (_label, change) => {
    const owner = await newVendorUser('Bad Input');
    const base = onboardInput();
    const input = { input: { ...base.input, ...change(base) } };
    expect(errorCodes(await owner.run(ONBOARD, input))).toEqual(['BAD_USER_INPUT']);
    expect((await owner.ok<{ myVendor: unknown }>(MY_VENDOR)).myVendor).toBeNull();
  });

  it('buyers cannot onboard; a GSTIN registered by another vendor is a conflict', async () => {
    const buyer = await newBuyer();
    expect(errorCodes(await buyer.run(ONBOARD, onboardInput()))).toEqual(['FORBIDDEN']);
    const first = await newVendorUser('First');
    const input = onboardInput();
    await first.ok(ONBOARD, input);
    const second = await newVendorUser('Second');
    expect(errorCodes(await second.run(ONBOARD, input))).toEqual(['CONFLICT']);
  });
});

describe('vendor profile and commission', () => {
  it('a vendor edits only their own profile; admins override the commission (0–50 %)', async () => {
    const owner = await newVendorUser('Editor');
    const { onboardVendor } = await owner.ok<{ onboardVendor: { id: string } }>(ONBOARD, onboardInput());
    await owner.refreshToken();
    const { updateMyVendor } = await owner.ok<{ updateMyVendor: { businessName: string; serviceRadiusKm: number } }>(
      'mutation U($input: UpdateMyVendorInput!) { updateMyVendor(input: $input) { businessName serviceRadiusKm } }',
      { input: { businessName: 'Ganesh Cement & Steel', serviceRadiusKm: 40 } },
    );
    expect(updateMyVendor).toEqual({ businessName: 'Ganesh Cement & Steel', serviceRadiusKm: 40 });

    // The contact phone is E.164 (the platform validator identity's admin edit uses too); a bad one changes nothing.
    const CONTACT = 'mutation U($input: UpdateMyVendorInput!) { updateMyVendor(input: $input) { contactPhone } }';
    expect((await owner.ok<{ updateMyVendor: { contactPhone: string } }>(CONTACT, { input: { contactPhone: '+919845012345' } })).updateMyVendor.contactPhone).toBe('+919845012345');
    for (const bad of ['9845012345', '+0912345678', '+91 98450 12345', '+1234567', '+91987654321012345']) {
      const refused = await owner.run(CONTACT, { input: { contactPhone: bad, businessName: 'Should Not Stick' } });
      expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
      expect(refused.errors?.[0]?.extensions?.fields).toEqual([{ field: 'contactPhone', messages: ['contactPhone must be E.164: + and 8–15 digits, e.g. +919876543210'] }]);
    }
    expect((await owner.ok<{ myVendor: { businessName: string; contactPhone: string } }>('{ myVendor { businessName contactPhone } }')).myVendor).toEqual({ businessName: 'Ganesh Cement & Steel', contactPhone: '+919845012345' });

    const SET = 'mutation C($id: ID!, $bp: Int!) { setVendorCommission(vendorId: $id, basisPoints: $bp) { id commissionRateBasisPoints } }';
    const admin = await seededAdmin();
    expect((await admin.ok<{ setVendorCommission: { commissionRateBasisPoints: number } }>(SET, { id: onboardVendor.id, bp: 750 })).setVendorCommission.commissionRateBasisPoints).toBe(750);
    expect(errorCodes(await admin.run(SET, { id: onboardVendor.id, bp: 6000 }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await owner.run(SET, { id: onboardVendor.id, bp: 0 }))).toEqual(['FORBIDDEN']);
    expect((await owner.ok<{ myVendor: { id: string } }>(MY_VENDOR)).myVendor.id).toBe(onboardVendor.id);
  });
});

describe('vendor privacy', () => {
  it('anyone sees the public profile; GSTIN, PAN, address and KYC documents only the vendor and admins', async () => {
    const owner = await newVendorUser('Private Vendor');
    const { onboardVendor } = await owner.ok<{ onboardVendor: { id: string } }>(ONBOARD, onboardInput());
    await owner.refreshToken();
    await owner.ok(SUBMIT, { input: { documents: await uploadKycDocuments(owner) } });

    const other = await newVendorUser('Nosy Vendor');
    await other.ok(ONBOARD, onboardInput());
    await other.refreshToken();
    for (const viewer of [other.token, (await newBuyer()).token, null]) {
      const { vendor } = dataOf(await graphql<{ vendor: Record<string, unknown> }>(PUBLIC_VENDOR, { id: onboardVendor.id }, viewer ? { token: viewer } : {}));
      expect(vendor).toMatchObject({ businessName: 'Ganesh Cement Agencies', city: 'Bengaluru', gstin: null, pan: null, kycStatus: null, businessAddress: null, kycDocuments: [] });
    }
    const ownView = dataOf(await graphql<{ vendor: { kycDocuments: unknown[]; gstin: string } }>(PUBLIC_VENDOR, { id: onboardVendor.id }, { token: owner.token }));
    expect(ownView.vendor.kycDocuments).toHaveLength(3);
    const admin = await seededAdmin();
    const adminView = await admin.ok<{ vendor: { kycDocuments: unknown[]; gstin: string } }>(PUBLIC_VENDOR, { id: onboardVendor.id });
    expect(adminView.vendor.gstin).toMatch(/^29/);
  });

  it('the demo vendors are active; admins list vendors by status; others cannot', async () => {
    const admin = await seededAdmin();
    // Every test onboards vendors, so the demo ones may be past the first page: walk them all.
    const active: string[] = [];
    for (let offset = 0; ; offset += 100) {
      const { vendors } = await admin.ok<{ vendors: { items: Array<{ id: string; status: string }>; pageInfo: { hasNextPage: boolean } } }>(
        'query V($offset: Int!) { vendors(status: ACTIVE, page: { offset: $offset, limit: 100 }) { items { id status } pageInfo { hasNextPage } } }',
        { offset },
      );
      expect(vendors.items.every((v) => v.status === 'ACTIVE')).toBe(true);
      active.push(...vendors.items.map((v) => v.id));
      if (!vendors.pageInfo.hasNextPage) break;
    }
    expect(active).toEqual(expect.arrayContaining(Object.values(DEMO_VENDOR_IDS)));
    expect(errorCodes(await (await newBuyer()).run('{ vendors { items { id } } }'))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graphql('query V($id: ID!) { vendor(id: $id) { id } }', { id: randomUUID() }))).toEqual(['NOT_FOUND']);
  });
});
