import { newBuyer, newSignedInUser, newVendorUser, type Actor } from '../harness/actors.js';
import { errorCodes, graphql } from '../harness/graphql-client.js';

const ADDRESS_FIELDS = 'id label contactName contactPhone line1 line2 landmark city state pincode latitude longitude isDefault';
const MY_ADDRESSES = `{ myAddresses { ${ADDRESS_FIELDS} } }`;
const ADD = `mutation Add($input: AddAddressInput!) { addAddress(input: $input) { ${ADDRESS_FIELDS} } }`;
const UPDATE = `mutation Update($id: ID!, $input: UpdateAddressInput!) { updateAddress(id: $id, input: $input) { ${ADDRESS_FIELDS} } }`;
const SET_DEFAULT = `mutation SetDefault($id: ID!) { setDefaultAddress(id: $id) { id isDefault } }`;
const DELETE = `mutation Delete($id: ID!) { deleteAddress(id: $id) }`;

interface Address {
  id: string;
  label: string;
  pincode: string;
  isDefault: boolean;
  latitude: number | null;
  longitude: number | null;
  line2: string | null;
  city: string;
}

const site = (overrides: Record<string, unknown> = {}) => ({
  label: 'Site office',
  contactName: 'Meera',
  contactPhone: '+919845012345',
  line1: 'Plot 42, 3rd Cross, Whitefield',
  city: 'Bengaluru',
  state: 'Karnataka',
  pincode: '560066',
  ...overrides,
});

async function add(buyer: Actor, overrides: Record<string, unknown> = {}): Promise<Address> {
  return (await buyer.ok<{ addAddress: Address }>(ADD, { input: site(overrides) })).addAddress;
}
async function list(buyer: Actor): Promise<Address[]> {
  return (await buyer.ok<{ myAddresses: Address[] }>(MY_ADDRESSES)).myAddresses;
}

describe('a buyer managing delivery addresses', () => {
  it('the first address becomes the default; later ones do not unless asked', async () => {
    const buyer = await newBuyer();
    const first = await add(buyer, { latitude: 12.9698, longitude: 77.75 });
    expect(first).toMatchObject({ isDefault: true, pincode: '560066', latitude: 12.9698, longitude: 77.75 });
    const second = await add(buyer, { label: 'Home', pincode: '560034' });
    expect(second.isDefault).toBe(false);

    const third = await add(buyer, { label: 'Godown', isDefault: true });
    const all = await list(buyer);
    expect(all.map((a) => a.id)).toEqual([third.id, first.id, second.id]);
    expect(all.filter((a) => a.isDefault).map((a) => a.id)).toEqual([third.id]);
  });

  it('setting the default moves it, and exactly one stays default under concurrent changes', async () => {
    const buyer = await newBuyer();
    const a = await add(buyer);
    const b = await add(buyer, { label: 'B' });
    const c = await add(buyer, { label: 'C' });
    await Promise.all([b, c, a, b, c].map((x) => buyer.ok(SET_DEFAULT, { id: x.id })));
    const defaults = (await list(buyer)).filter((x) => x.isDefault);
    expect(defaults).toHaveLength(1);

    const { setDefaultAddress } = await buyer.ok<{ setDefaultAddress: Address }>(SET_DEFAULT, { id: b.id });
    expect(setDefaultAddress).toEqual({ id: b.id, isDefault: true });
    expect((await list(buyer)).find((x) => x.isDefault)?.id).toBe(b.id);
  });

  it('updates only the given fields', async () => {
    const buyer = await newBuyer();
    const address = await add(buyer, { line2: 'Near water tank' });
    const { updateAddress } = await buyer.ok<{ updateAddress: Address }>(UPDATE, {
      id: address.id,
      input: { city: 'Bangalore', latitude: 12.97, longitude: 77.59 },
    });
    expect(updateAddress).toMatchObject({ city: 'Bangalore', line2: 'Near water tank', pincode: '560066', latitude: 12.97 });
  });

  it('deleting the default promotes the oldest remaining address', async () => {
    const buyer = await newBuyer();
    const first = await add(buyer);
    const second = await add(buyer, { label: 'Second' });
    const third = await add(buyer, { label: 'Third' });
    expect((await buyer.ok<{ deleteAddress: string }>(DELETE, { id: first.id })).deleteAddress).toBe(first.id);
    const remaining = await list(buyer);
    expect(remaining.map((a) => [a.id, a.isDefault])).toEqual([
      [second.id, true],
      [third.id, false],
    ]);
  });

  it.each([
    ['a 5-digit PIN code', { pincode: '56006' }],
    ['a PIN code starting with 0', { pincode: '060066' }],
    ['a landline-looking phone', { contactPhone: '08022334455' }],
    ['latitude without longitude', { latitude: 12.9 }],
    ['an impossible latitude', { latitude: 123.4, longitude: 77.5 }],
    ['an empty first line', { line1: '' }],
  ])('rejects %s with BAD_USER_INPUT and saves nothing', async (_label, overrides) => {
    const buyer = await newBuyer();
    const response = await buyer.run(ADD, { input: site(overrides) });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(await list(buyer)).toEqual([]);
  });

  it('rejects a bad update and leaves the address unchanged', async () => {
    const buyer = await newBuyer();
    const address = await add(buyer);
    expect(errorCodes(await buyer.run(UPDATE, { id: address.id, input: { pincode: 'ABCDEF' } }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await buyer.run(UPDATE, { id: 'not-a-uuid', input: { city: 'Pune' } }))).toEqual(['BAD_USER_INPUT']);
    expect((await list(buyer))[0]?.pincode).toBe('560066');
  });
});

describe('address privacy and roles', () => {
  it("another buyer's address is NOT_FOUND for update, set-default and delete, and stays intact", async () => {
    const owner = await newBuyer('Owner');
    const intruder = await newBuyer('Intruder');
    const address = await add(owner);
    for (const [doc, vars] of [
      [UPDATE, { id: address.id, input: { city: 'Elsewhere' } }],
      [SET_DEFAULT, { id: address.id }],
      [DELETE, { id: address.id }],
    ] as const) {
      expect(errorCodes(await intruder.run(doc, vars))).toEqual(['NOT_FOUND']);
    }
    expect(await list(intruder)).toEqual([]);
    expect((await list(owner)).map((a) => [a.id, a.city])).toEqual([[address.id, 'Bengaluru']]);
  });

  it('vendors, unregistered users and anonymous callers cannot use buyer addresses', async () => {
    const vendor = await newVendorUser();
    expect(errorCodes(await vendor.run(MY_ADDRESSES))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await vendor.run(ADD, { input: site() }))).toEqual(['FORBIDDEN']);

    const unregistered = await newSignedInUser();
    expect(errorCodes(await unregistered.run(ADD, { input: site() }))).toEqual(['FORBIDDEN']);

    expect(errorCodes(await graphql(MY_ADDRESSES))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await graphql(ADD, { input: site() }))).toEqual(['UNAUTHENTICATED']);
  });
});

describe('buyer profile', () => {
  const UPDATE_PROFILE = `mutation P($input: UpdateBuyerProfileInput!) { updateBuyerProfile(input: $input) { companyName gstin } }`;
  const PROFILE = '{ me { buyerProfile { companyName gstin } } }';

  it('a buyer sets company and GSTIN for invoices, and can clear them', async () => {
    const buyer = await newBuyer();
    const { updateBuyerProfile } = await buyer.ok<{ updateBuyerProfile: { companyName: string; gstin: string } }>(
      UPDATE_PROFILE,
      { input: { companyName: 'Nair Constructions', gstin: '29aaacr5055k1z3' } },
    );
    expect(updateBuyerProfile).toEqual({ companyName: 'Nair Constructions', gstin: '29AAACR5055K1Z3' });
    await buyer.ok(UPDATE_PROFILE, { input: { gstin: '' } });
    expect((await buyer.ok<{ me: { buyerProfile: unknown } }>(PROFILE)).me.buyerProfile).toEqual({
      companyName: 'Nair Constructions',
      gstin: null,
    });
  });

  it('rejects a GSTIN with a wrong check digit and keeps the old one', async () => {
    const buyer = await newBuyer();
    await buyer.ok(UPDATE_PROFILE, { input: { gstin: '29AAACR5055K1Z3' } });
    expect(errorCodes(await buyer.run(UPDATE_PROFILE, { input: { gstin: '29AAACR5055K1Z5' } }))).toEqual(['BAD_USER_INPUT']);
    expect((await buyer.ok<{ me: { buyerProfile: { gstin: string } } }>(PROFILE)).me.buyerProfile.gstin).toBe('29AAACR5055K1Z3');
  });

  it('vendors have no buyer profile to update', async () => {
    const vendor = await newVendorUser();
    expect(errorCodes(await vendor.run(UPDATE_PROFILE, { input: { companyName: 'X' } }))).toEqual(['FORBIDDEN']);
  });
});
