import { GoogleMaps } from './google-maps.js';
import { MapsUnavailableError } from './maps-provider.js';
import { LocalMaps, type RunningLocalMaps } from './local/local-maps-server.js';
import { LOCAL_LOCALITIES } from './local/local-places.js';
import { PincodeDirectory } from '../pincode/pincode-directory.js';
import { haversineMeters } from '../geo.js';

/** The production adapter (Google's client) against the local Google-compatible server. */
const KEY = 'local-test-key-0123456789';
let server: RunningLocalMaps;
const calls: Array<[string, string]> = [];
let maps: GoogleMaps;

const simulate = (path: string, body: unknown) => fetch(`${server.url}/_local/maps/${path}`, { method: 'POST', body: JSON.stringify(body) });
const requests = async (contains: string) => ((await (await fetch(`${server.url}/_local/maps/requests?contains=${encodeURIComponent(contains)}`)).json()) as { count: number; requests: Array<{ query: Record<string, string> }> });

beforeAll(async () => {
  server = await new LocalMaps({ apiKey: KEY }).start();
  maps = new GoogleMaps({ apiKey: KEY, baseUrl: server.url, timeoutMs: 2000, onCall: (api, status) => calls.push([api, status]) });
});
afterAll(() => server.stop());

describe('geocoding', () => {
  it('finds a seeded street in its neighbourhood, with Google’s components', async () => {
    const place = await maps.geocode({ line1: 'Survey 12, ITPL Road', city: 'Bengaluru', state: 'Karnataka', pincode: '560066' });
    expect(place).toMatchObject({ pincode: '560066', city: 'Bengaluru', state: 'Karnataka' });
    expect(place!.formattedAddress).toContain('Whitefield');
    expect(place!.placeId).toMatch(/^ChIJ/);
    expect(haversineMeters(place!.point, { lat: 12.9698, lng: 77.75 })).toBeLessThan(1300);
    // The same street, the same point; another street elsewhere.
    const again = await maps.geocode({ line1: 'Survey 12,  ITPL Road', city: 'Bengaluru', state: 'Karnataka', pincode: '560066' });
    const other = await maps.geocode({ line1: '5th Cross, Hoodi', city: 'Bengaluru', state: 'Karnataka', pincode: '560066' });
    expect(again!.point).toEqual(place!.point);
    expect(other!.point).not.toEqual(place!.point);
    const [request] = (await requests('ITPL Road')).requests;
    expect(request!.query).toMatchObject({ components: 'country:IN|postal_code:560066', region: 'in' });
    expect(request!.query.key).toBeUndefined();
  });

  it('answers null for ZERO_RESULTS (a pincode nobody uses)', async () => {
    expect(await maps.geocode({ line1: '1 Nowhere Lane', city: 'Bengaluru', state: 'Karnataka', pincode: '560999' })).toBeNull();
    expect(calls).toContainEqual(['geocode', 'ZERO_RESULTS']);
  });

  it('reverse-geocodes a pin to its neighbourhood', async () => {
    const place = await maps.reverseGeocode({ lat: 19.1366, lng: 72.8299 });
    expect(place).toMatchObject({ pincode: '400053', city: 'Mumbai', state: 'Maharashtra' });
  });

  it('knows every seeded neighbourhood’s pincode', () => {
    const directory = PincodeDirectory.shipped();
    for (const locality of LOCAL_LOCALITIES) expect([locality.pincode, directory.find(locality.pincode)?.states]).toEqual([locality.pincode, expect.any(Array)]);
  });
});

describe('the distance matrix', () => {
  it('gives one driving route per origin, longer than the straight line by the city’s road factor', async () => {
    const site = { lat: 12.9352, lng: 77.6245 };
    const origins = [{ lat: 12.9698, lng: 77.75 }, { lat: 12.925, lng: 77.5938 }, { lat: 12.3051, lng: 76.6551 }];
    const routes = await maps.distanceMatrix(origins, site);
    expect(routes).toHaveLength(3);
    const straight = haversineMeters(origins[0]!, site);
    expect(routes[0]!.distanceMeters).toBe(Math.round(straight * 1.45));
    expect(routes[0]!.durationSeconds).toBeGreaterThan(routes[1]!.durationSeconds);
    // Mysuru → Bengaluru on the highway: factor 1.25, 45 km/h.
    expect(routes[2]!.distanceMeters).toBe(Math.round(haversineMeters(origins[2]!, site) * 1.25));
  });

  it('routes nothing from outside India (NOT_FOUND element → null)', async () => {
    expect(await maps.distanceMatrix([{ lat: 51.5, lng: -0.12 }], { lat: 12.9352, lng: 77.6245 })).toEqual([null]);
  });
});

describe('provider failures become MapsUnavailableError with Google’s status', () => {
  it.each(['OVER_QUERY_LIMIT', 'REQUEST_DENIED', 'UNKNOWN_ERROR'])('%s', async (status) => {
    const street = `Fault street ${status}`;
    await simulate('faults', { status, contains: street });
    const error = await maps.geocode({ line1: street, city: 'Pune', state: 'Maharashtra', pincode: '411038' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MapsUnavailableError);
    expect((error as MapsUnavailableError).status).toBe(status);
    // The fault was one request: the next answers.
    expect(await maps.geocode({ line1: street, city: 'Pune', state: 'Maharashtra', pincode: '411038' })).toMatchObject({ pincode: '411038' });
  });

  it('a dropped connection is NETWORK_ERROR; a wrong key REQUEST_DENIED', async () => {
    await simulate('faults', { status: 'RESET', contains: 'Dropped Road' });
    await expect(maps.distanceMatrix([{ lat: 12.97, lng: 77.75 }], { lat: 12.93, lng: 77.62 }).then(() => 'answered')).resolves.toBe('answered');
    const dropped = await maps.geocode({ line1: 'Dropped Road', city: 'Pune', state: 'Maharashtra', pincode: '411038' }).catch((e: unknown) => e);
    expect((dropped as MapsUnavailableError).status).toBe('NETWORK_ERROR');
    const wrongKey = new GoogleMaps({ apiKey: 'not-the-key', baseUrl: server.url, timeoutMs: 2000 });
    const denied = await wrongKey.reverseGeocode({ lat: 12.97, lng: 77.75 }).catch((e: unknown) => e);
    expect((denied as MapsUnavailableError).status).toBe('REQUEST_DENIED');
  });

  it('the global outage mode fails every API until it is ended', async () => {
    await simulate('mode', { status: 'OVER_QUERY_LIMIT' });
    try {
      await expect(maps.distanceMatrix([{ lat: 12.97, lng: 77.75 }], { lat: 12.93, lng: 77.62 })).rejects.toMatchObject({ status: 'OVER_QUERY_LIMIT', api: 'distance_matrix' });
    } finally {
      await simulate('mode', { status: 'OK' });
    }
    await expect(maps.distanceMatrix([{ lat: 12.97, lng: 77.75 }], { lat: 12.93, lng: 77.62 })).resolves.toHaveLength(1);
  });
});
