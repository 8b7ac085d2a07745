import { newVendorUser } from '../harness/actors.js';
import { errorCodes } from '../harness/graphql-client.js';
import { businessIds } from '../harness/vendors.js';

const ADDRESS = 'businessAddress { line1 city state pincode latitude longitude formattedAddress locationSource }';
const ONBOARD = `mutation O($input: OnboardVendorInput!) { onboardVendor(input: $input) { id ${ADDRESS} } }`;
const UPDATE = `mutation U($input: UpdateMyVendorInput!) { updateMyVendor(input: $input) { id ${ADDRESS} } }`;
const MY_VENDOR = `{ myVendor { id ${ADDRESS} } }`;

interface BusinessAddress { latitude: number; longitude: number; formattedAddress: string; locationSource: string; pincode: string }

const RAMAMURTHY_NAGAR = { lat: 13.0122, lng: 77.6784 };
const depot = (overrides: Record<string, unknown> = {}) => ({ line1: '45 Old Madras Road', city: 'Bengaluru', state: 'Karnataka', pincode: '560016', ...overrides });
function onboardInput(businessAddress: Record<string, unknown>) {
  return { input: { businessName: 'Geo Cement Agencies', ...businessIds(), businessAddress, serviceRadiusKm: 20 } };
}
function km(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lng - a.lng) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

describe('the vendor’s business address is geocoded when saved', () => {
  it('onboarding without a pin stores the geocoded depot and formatted address', async () => {
    const owner = await newVendorUser('Geo Owner');
    const { onboardVendor } = await owner.ok<{ onboardVendor: { businessAddress: BusinessAddress } }>(ONBOARD, onboardInput(depot()));
    const address = onboardVendor.businessAddress;
    expect(['PROVIDER', 'FALLBACK']).toContain(address.locationSource);
    expect(km({ lat: address.latitude, lng: address.longitude }, RAMAMURTHY_NAGAR)).toBeLessThan(5);
    expect(address.formattedAddress).toContain('560016');
  });

  it('a GPS pin wins and is kept (CLIENT); the address can be moved later with updateMyVendor', async () => {
    const owner = await newVendorUser('Pin Owner');
    const pin = { latitude: 13.00111, longitude: 77.66222 };
    const { onboardVendor } = await owner.ok<{ onboardVendor: { businessAddress: BusinessAddress } }>(ONBOARD, onboardInput(depot(pin)));
    expect(onboardVendor.businessAddress).toMatchObject({ ...pin, locationSource: 'CLIENT', pincode: '560016' });
    await owner.refreshToken();

    const refused = await owner.run(UPDATE, { input: { businessAddress: depot({ pincode: '110001' }) } });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PINCODE_STATE_MISMATCH' });
    expect((await owner.ok<{ myVendor: { businessAddress: BusinessAddress } }>(MY_VENDOR)).myVendor.businessAddress).toEqual(onboardVendor.businessAddress);

    const { updateMyVendor } = await owner.ok<{ updateMyVendor: { businessAddress: BusinessAddress } }>(UPDATE, {
      input: { businessAddress: { line1: '3rd Cross, Jayanagar 4th Block', city: 'Bengaluru', state: 'Karnataka', pincode: '560011' } },
    });
    expect(updateMyVendor.businessAddress.pincode).toBe('560011');
    expect(['PROVIDER', 'FALLBACK']).toContain(updateMyVendor.businessAddress.locationSource);
    expect(km({ lat: updateMyVendor.businessAddress.latitude, lng: updateMyVendor.businessAddress.longitude }, { lat: 12.925, lng: 77.5938 })).toBeLessThan(5);
  });

  it('a pincode outside the state refuses onboarding and stores nothing', async () => {
    const owner = await newVendorUser('Mismatch Owner');
    const refused = await owner.run(ONBOARD, onboardInput(depot({ state: 'Tamil Nadu' })));
    expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(refused.errors?.[0]?.extensions?.reason).toBe('PINCODE_STATE_MISMATCH');
    expect((await owner.ok<{ myVendor: unknown }>(MY_VENDOR)).myVendor).toBeNull();
    expect(errorCodes(await owner.run(ONBOARD, onboardInput(depot({ latitude: 13.0 }))))).toEqual(['BAD_USER_INPUT']);
  });
});
