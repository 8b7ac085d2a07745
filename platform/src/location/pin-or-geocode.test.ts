import { ValidationError } from '../errors.js';
import { pinOrGeocode, type AddressQuery, type GeocodedPlace } from './pin-or-geocode.js';

const ADDRESS = { line1: ' 12 MG Road ', line2: '  ', city: 'Bengaluru ', state: ' Karnataka', pincode: '560001' };
const PLACE: GeocodedPlace = { point: { lat: 12.9756, lng: 77.6066 }, formattedAddress: '12, MG Road, Bengaluru, Karnataka 560001, India', source: 'GEOCODER' };

function geocoder(answer: GeocodedPlace | Error) {
  const asked: AddressQuery[] = [];
  const geocode = async (query: AddressQuery) => {
    asked.push(query);
    if (answer instanceof Error) throw answer;
    return answer;
  };
  return { asked, geocode };
}

describe('pinOrGeocode', () => {
  it('without a pin: the geocoded point and source, from the trimmed address', async () => {
    const { asked, geocode } = geocoder(PLACE);
    expect(await pinOrGeocode(ADDRESS, {}, geocode)).toEqual({ latitude: 12.9756, longitude: 77.6066, formattedAddress: PLACE.formattedAddress, locationSource: 'GEOCODER' });
    expect(asked).toEqual([{ line1: '12 MG Road', line2: null, city: 'Bengaluru', state: 'Karnataka', pincode: '560001' }]);
  });

  it('a client pin wins (source CLIENT) but the address is still geocoded for its formatted form', async () => {
    const { asked, geocode } = geocoder(PLACE);
    expect(await pinOrGeocode(ADDRESS, { latitude: 12.97, longitude: 77.59 }, geocode)).toEqual({ latitude: 12.97, longitude: 77.59, formattedAddress: PLACE.formattedAddress, locationSource: 'CLIENT' });
    expect(asked).toHaveLength(1);
  });

  it('a pin 0,0 is a pin, not a missing one', async () => {
    const { geocode } = geocoder(PLACE);
    expect(await pinOrGeocode(ADDRESS, { latitude: 0, longitude: 0 }, geocode)).toMatchObject({ latitude: 0, longitude: 0, locationSource: 'CLIENT' });
  });

  it('a pinned address the geocoder cannot find keeps the pin and the address as typed', async () => {
    const { geocode } = geocoder(new ValidationError('No such address.', { reason: 'ADDRESS_NOT_FOUND' }));
    expect(await pinOrGeocode({ ...ADDRESS, line2: 'Near Metro' }, { latitude: 12.97, longitude: 77.59 }, geocode)).toEqual({
      latitude: 12.97,
      longitude: 77.59,
      formattedAddress: '12 MG Road, Near Metro, Bengaluru, Karnataka 560001, India',
      locationSource: 'CLIENT',
    });
  });

  it('an address not found without a pin is the geocoder’s BAD_USER_INPUT', async () => {
    const notFound = new ValidationError('No such address.', { reason: 'ADDRESS_NOT_FOUND' });
    await expect(pinOrGeocode(ADDRESS, {}, geocoder(notFound).geocode)).rejects.toBe(notFound);
  });

  it('PINCODE_STATE_MISMATCH stands with or without a pin', async () => {
    const mismatch = new ValidationError('560001 is not in Kerala.', { field: 'pincode', reason: 'PINCODE_STATE_MISMATCH' });
    await expect(pinOrGeocode(ADDRESS, {}, geocoder(mismatch).geocode)).rejects.toBe(mismatch);
    await expect(pinOrGeocode(ADDRESS, { latitude: 12.97, longitude: 77.59 }, geocoder(mismatch).geocode)).rejects.toBe(mismatch);
  });

  it('half a pin is BAD_USER_INPUT on latitude, before any geocoding', async () => {
    for (const pin of [{ latitude: 12.97 }, { longitude: 77.59, latitude: null }]) {
      const { asked, geocode } = geocoder(PLACE);
      const error = await pinOrGeocode(ADDRESS, pin, geocode).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).details).toEqual({ field: 'latitude' });
      expect(asked).toEqual([]);
    }
  });

  it('other failures (integrations down) pass through', async () => {
    const down = new Error('connect ECONNREFUSED');
    await expect(pinOrGeocode(ADDRESS, { latitude: 1, longitude: 2 }, geocoder(down).geocode)).rejects.toBe(down);
  });
});
