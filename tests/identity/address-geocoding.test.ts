import { newBuyer } from '../harness/actors.js';
import { errorCodes } from '../harness/graphql-client.js';

const FIELDS = 'id line1 city state pincode latitude longitude formattedAddress locationSource';
const ADD = `mutation Add($input: AddAddressInput!) { addAddress(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation Update($id: ID!, $input: UpdateAddressInput!) { updateAddress(id: $id, input: $input) { ${FIELDS} } }`;
const MY_ADDRESSES = `{ myAddresses { ${FIELDS} } }`;

interface Address { id: string; city: string; state: string; pincode: string; latitude: number; longitude: number; formattedAddress: string; locationSource: string }

const site = (overrides: Record<string, unknown> = {}) => ({
  label: 'Tower B site',
  contactName: 'Ravi',
  contactPhone: '+919845012345',
  line1: 'Plot 19, EPIP Zone',
  city: 'Bengaluru',
  state: 'Karnataka',
  pincode: '560066',
  ...overrides,
});

/** Great-circle distance, km (to check a point lands in the right neighbourhood). */
function km(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lng - a.lng) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}
const WHITEFIELD = { lat: 12.9698, lng: 77.75 };
const BANDRA_WEST = { lat: 19.0596, lng: 72.8295 };

describe('delivery addresses are geocoded when saved', () => {
  it('an address without coordinates gets geocoded coordinates in its pincode and a formatted address', async () => {
    const buyer = await newBuyer();
    const { addAddress } = await buyer.ok<{ addAddress: Address }>(ADD, { input: site() });
    expect(['PROVIDER', 'FALLBACK']).toContain(addAddress.locationSource);
    expect(km({ lat: addAddress.latitude, lng: addAddress.longitude }, WHITEFIELD)).toBeLessThan(5);
    expect(addAddress.formattedAddress).toContain('560066');
    expect((await buyer.ok<{ myAddresses: Address[] }>(MY_ADDRESSES)).myAddresses).toEqual([addAddress]);
  });

  it('a GPS pin wins over geocoding and is kept as given (source CLIENT), also when other fields change', async () => {
    const buyer = await newBuyer();
    const pin = { latitude: 12.98123, longitude: 77.72345 };
    const { addAddress } = await buyer.ok<{ addAddress: Address }>(ADD, { input: site(pin) });
    expect(addAddress).toMatchObject({ ...pin, locationSource: 'CLIENT' });
    expect(addAddress.formattedAddress).toContain('560066');
    // Editing the text keeps the pin (it marks the site); a new pin replaces it.
    const edited = (await buyer.ok<{ updateAddress: Address }>(UPDATE, { id: addAddress.id, input: { line1: 'Plot 19A, EPIP Zone' } })).updateAddress;
    expect(edited).toMatchObject({ ...pin, locationSource: 'CLIENT' });
    const moved = (await buyer.ok<{ updateAddress: Address }>(UPDATE, { id: addAddress.id, input: { latitude: 12.99, longitude: 77.71 } })).updateAddress;
    expect(moved).toMatchObject({ latitude: 12.99, longitude: 77.71, locationSource: 'CLIENT' });
    // Clearing the pin geocodes the address instead.
    const cleared = (await buyer.ok<{ updateAddress: Address }>(UPDATE, { id: addAddress.id, input: { latitude: null, longitude: null } })).updateAddress;
    expect(['PROVIDER', 'FALLBACK']).toContain(cleared.locationSource);
    expect(cleared.latitude).not.toBe(12.99);
  });

  it('a pincode outside the state is refused (PINCODE_STATE_MISMATCH) and nothing is stored', async () => {
    const buyer = await newBuyer();
    const refused = await buyer.run(ADD, { input: site({ state: 'Maharashtra' }) });
    expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(refused.errors?.[0]?.extensions?.reason).toBe('PINCODE_STATE_MISMATCH');
    // With a GPS pin too: the pin does not excuse a wrong state.
    const pinned = await buyer.run(ADD, { input: site({ state: 'Maharashtra', latitude: 12.98, longitude: 77.72 }) });
    expect(pinned.errors?.[0]?.extensions?.reason).toBe('PINCODE_STATE_MISMATCH');
    expect((await buyer.ok<{ myAddresses: Address[] }>(MY_ADDRESSES)).myAddresses).toEqual([]);
  });

  it('changing the pincode and state moves a geocoded address; a mismatched edit changes nothing', async () => {
    const buyer = await newBuyer();
    const { addAddress } = await buyer.ok<{ addAddress: Address }>(ADD, { input: site() });
    const refused = await buyer.run(UPDATE, { id: addAddress.id, input: { pincode: '400050' } });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PINCODE_STATE_MISMATCH' });
    expect((await buyer.ok<{ myAddresses: Address[] }>(MY_ADDRESSES)).myAddresses).toEqual([addAddress]);

    const { updateAddress } = await buyer.ok<{ updateAddress: Address }>(UPDATE, {
      id: addAddress.id,
      input: { line1: '14th Road, Khar', city: 'Mumbai', state: 'Maharashtra', pincode: '400050' },
    });
    expect(updateAddress).toMatchObject({ city: 'Mumbai', state: 'Maharashtra', pincode: '400050' });
    expect(km({ lat: updateAddress.latitude, lng: updateAddress.longitude }, BANDRA_WEST)).toBeLessThan(5);
    expect(updateAddress.formattedAddress).toContain('400050');
  });
});
