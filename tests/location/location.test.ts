import { randomInt, randomUUID } from 'node:crypto';
import type { Caller } from '@realserv/platform';
import { newBuyer, newSignedInUser } from '../harness/actors.js';
import { errorCodes, graphql } from '../harness/graphql-client.js';
import { rowsOf } from '../harness/subgraph-db.js';
import { callSubgraph } from '../harness/subgraph-direct.js';

const GEOCODE = `query G($address: AddressToGeocode!) { geocodeAddress(address: $address) { point { lat lng } formattedAddress pincode city state placeId source cached } }`;
const REVERSE = `query R($point: GeoPointInput!) { reverseGeocode(point: $point) { formattedAddress pincode city state source cached } }`;
const ROAD = `query D($origins: [GeoPointInput!]!, $destination: GeoPointInput!) { roadDistancesForService(origins: $origins, destination: $destination) { originIndex distanceMeters durationSeconds source cached } }`;
const GEOCODE_FOR_SERVICE = `query S($address: AddressToGeocode!) { geocodeForService(address: $address) { point { lat lng } source cached } }`;
const ORDERS: Caller = { firebaseUid: 'service:orders', userId: null, roles: ['SERVICE'], vendorId: null, email: null, phone: null, service: 'orders' };

interface Geocoded {
  point: { lat: number; lng: number };
  formattedAddress: string;
  pincode: string | null;
  city: string | null;
  state: string | null;
  placeId: string | null;
  source: string;
  cached: boolean;
}
interface Road {
  originIndex: number;
  distanceMeters: number;
  durationSeconds: number;
  source: string;
  cached: boolean;
}

const mapsUrl = () => process.env.REALSERV_MAPS_URL!;
/** Requests the local Google Maps server received whose query contains `text` (a test's unique street or point). */
async function mapsRequests(text: string): Promise<number> {
  const answer = (await (await fetch(`${mapsUrl()}/_local/maps/requests?contains=${encodeURIComponent(text)}`)).json()) as { count: number };
  return answer.count;
}
async function mapsFault(status: string, contains: string, count = 1): Promise<void> {
  const response = await fetch(`${mapsUrl()}/_local/maps/faults`, { method: 'POST', body: JSON.stringify({ status, contains, count }) });
  expect(response.status).toBe(200);
}
async function cachedGeocodes(text: string): Promise<number> {
  const [row] = await rowsOf<{ n: string }>('integrations', 'select count(*) as n from location_geocode_cache where lookup_key like $1', [`%${text.toLowerCase()}%`]);
  return Number(row!.n);
}
async function integrationsMetrics(): Promise<string> {
  const urls = JSON.parse(process.env.REALSERV_SUBGRAPH_URLS ?? '{}') as Record<string, string>;
  return (await fetch(urls.integrations!.replace(/\/graphql$/, '/metrics'))).text();
}
/** A Prometheus sample's value by name and (some of) its labels; 0 when absent. */
function metricValue(text: string, name: string, labels: Record<string, string>): number {
  const line = text.split('\n').find((l) => l.startsWith(`${name}{`) && Object.entries(labels).every(([k, v]) => l.includes(`${k}="${v}"`)));
  return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : 0;
}
/** A street no other test uses, so the local server's request log can be counted per test. */
const street = (label: string) => `${label} ${randomUUID().slice(0, 8)} Road`;
/** A point with exactly four decimals (the cache's rounding), the last not 0, near `lat`: as the Distance Matrix request writes it. */
const uniqueSite = (lat: number, lng: number) => ({ lat: (Math.round(lat * 10_000) + randomInt(1, 100) * 10 + randomInt(1, 10)) / 10_000, lng });

describe('geocoding for address forms', () => {
  it('a buyer geocodes a Whitefield address: Google’s answer, then the cache (no second provider call)', async () => {
    const buyer = await newBuyer();
    const line1 = street('Survey 12 ITPL');
    const address = { line1, line2: 'Whitefield', city: 'Bengaluru', state: 'Karnataka', pincode: '560066' };
    const first = (await buyer.ok<{ geocodeAddress: Geocoded }>(GEOCODE, { address })).geocodeAddress;
    expect(first).toMatchObject({ pincode: '560066', city: 'Bengaluru', state: 'Karnataka', source: 'PROVIDER', cached: false });
    expect(first.placeId).toMatch(/^ChIJ/);
    expect(first.formattedAddress).toContain(line1);
    expect(first.point.lat).toBeCloseTo(12.97, 1);
    expect(first.point.lng).toBeCloseTo(77.75, 1);
    expect(await mapsRequests(line1)).toBe(1);

    // Another spelling of the same address (case, spaces, the state's code): cached, no call.
    const again = (await buyer.ok<{ geocodeAddress: Geocoded }>(GEOCODE, { address: { ...address, line1: ` ${line1.toUpperCase()} `, state: 'KA' } })).geocodeAddress;
    expect(again).toMatchObject({ point: first.point, formattedAddress: first.formattedAddress, source: 'PROVIDER', cached: true });
    expect(await mapsRequests(line1)).toBe(1);
  });

  it('a pincode of another state is BAD_USER_INPUT (PINCODE_STATE_MISMATCH): no provider call, nothing stored', async () => {
    const buyer = await newBuyer();
    const line1 = street('Mismatch');
    const answer = await buyer.run(GEOCODE, { address: { line1, city: 'Bengaluru', state: 'Maharashtra', pincode: '560066' } });
    expect(errorCodes(answer)).toEqual(['BAD_USER_INPUT']);
    expect(answer.errors![0]!.extensions).toMatchObject({ reason: 'PINCODE_STATE_MISMATCH', field: 'pincode', expectedStates: ['Karnataka'] });
    expect(await mapsRequests(line1)).toBe(0);
    expect(await cachedGeocodes(line1)).toBe(0);
  });

  it('an address Google cannot find is BAD_USER_INPUT (ADDRESS_NOT_FOUND) and is not cached', async () => {
    const buyer = await newBuyer();
    const line1 = street('Unknown');
    // 560999: a Bengaluru-circle pincode no post office uses.
    const answer = await buyer.run(GEOCODE, { address: { line1, city: 'Bengaluru', state: 'Karnataka', pincode: '560999' } });
    expect(errorCodes(answer)).toEqual(['BAD_USER_INPUT']);
    expect(answer.errors![0]!.extensions).toMatchObject({ reason: 'ADDRESS_NOT_FOUND' });
    expect(await mapsRequests(line1)).toBe(1);
    expect(await cachedGeocodes(line1)).toBe(0);
  });

  it('while Google is over quota the answer is the pincode centroid, marked FALLBACK and not cached', async () => {
    const buyer = await newBuyer();
    const line1 = street('Outage');
    const address = { line1, city: 'Pune', state: 'Maharashtra', pincode: '411038' };
    await mapsFault('OVER_QUERY_LIMIT', line1);
    const fallback = (await buyer.ok<{ geocodeAddress: Geocoded }>(GEOCODE, { address })).geocodeAddress;
    expect(fallback).toMatchObject({ source: 'FALLBACK', cached: false, pincode: '411038', state: 'Maharashtra', placeId: null });
    expect(fallback.point.lat).toBeCloseTo(18.5, 1);
    expect(await cachedGeocodes(line1)).toBe(0);
    // Once Google answers again, the next lookup asks it.
    const recovered = (await buyer.ok<{ geocodeAddress: Geocoded }>(GEOCODE, { address })).geocodeAddress;
    expect(recovered).toMatchObject({ source: 'PROVIDER', cached: false });
    expect(await mapsRequests(line1)).toBe(2);
    // The outage is visible in integrations' metrics: the provider's status and the fallback.
    const metrics = await integrationsMetrics();
    expect(metricValue(metrics, 'location_provider_calls_total', { api: 'geocode', status: 'OVER_QUERY_LIMIT' })).toBeGreaterThanOrEqual(1);
    expect(metricValue(metrics, 'location_fallbacks_total', { api: 'geocode' })).toBeGreaterThanOrEqual(1);
    expect(metricValue(metrics, 'location_provider_calls_total', { api: 'geocode', status: 'OK' })).toBeGreaterThanOrEqual(1);
    expect(metricValue(metrics, 'location_cache_lookups_total', { api: 'geocode', result: 'miss' })).toBeGreaterThanOrEqual(2);
  });

  it('reverse geocoding a pin in Andheri West names it', async () => {
    const buyer = await newBuyer();
    const { reverseGeocode } = await buyer.ok<{ reverseGeocode: Geocoded }>(REVERSE, { point: { lat: 19.13641, lng: 72.82961 } });
    expect(reverseGeocode).toMatchObject({ pincode: '400053', city: 'Mumbai', state: 'Maharashtra', source: 'PROVIDER' });
    const outside = await buyer.run(REVERSE, { point: { lat: 51.5, lng: -0.12 } });
    expect(errorCodes(outside)).toEqual(['BAD_USER_INPUT']);
  });

  it('anonymous callers are UNAUTHENTICATED; the peer fields are not in the public API', async () => {
    const anonymous = await graphql(GEOCODE, { address: { line1: 'ITPL Road', city: 'Bengaluru', state: 'Karnataka', pincode: '560066' } });
    expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
    const buyer = await newBuyer();
    const hidden = await buyer.run(ROAD, { origins: [{ lat: 12.97, lng: 77.75 }], destination: { lat: 12.93, lng: 77.62 } });
    expect(errorCodes(hidden)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it('each user may geocode 30 times a minute: the 31st lookup is RATE_LIMITED before anything runs', async () => {
    const user = await newSignedInUser('geocoder');
    // Refused on their merits (pincode of another state), so no provider calls are spent.
    const aliases = (from: number, n: number) => Array.from({ length: n }, (_, i) => `g${from + i}: geocodeAddress(address: { line1: "Lane ${from + i}", city: "Pune", state: "Karnataka", pincode: "411038" }) { source }`).join(' ');
    for (const from of [0, 15]) {
      const answer = await user.run(`query { ${aliases(from, 15)} }`);
      expect(errorCodes(answer)).not.toContain('RATE_LIMITED');
      expect(errorCodes(answer)).toContain('BAD_USER_INPUT');
    }
    const limited = await user.run(`query { ${aliases(30, 1)} }`);
    expect(limited.status).toBe(429);
    expect(errorCodes(limited)).toEqual(['RATE_LIMITED']);
    expect(limited.errors![0]!.extensions).toMatchObject({ limit: 'geocoding' });
  });
});

describe('road distances for peer subgraphs (SERVICE)', () => {
  it('one result per origin in order: a Distance Matrix call for the uncached ones, then the cache', async () => {
    // A site in Koramangala no other test uses, so this test's pairs and requests are its own.
    const site = uniqueSite(12.93, 77.6245);
    const whitefield = { lat: 12.9698, lng: 77.75 };
    const jayanagar = { lat: 12.925, lng: 77.5938 };
    const first = await callSubgraph('integrations', ROAD, { origins: [whitefield, jayanagar, whitefield], destination: site }, ORDERS);
    const roads = (first.body.data as { roadDistancesForService: Road[] }).roadDistancesForService;
    expect(roads.map((r) => [r.originIndex, r.source, r.cached])).toEqual([
      [0, 'PROVIDER', false],
      [1, 'PROVIDER', false],
      [2, 'PROVIDER', false],
    ]);
    expect(roads[0]!.distanceMeters).toBe(roads[2]!.distanceMeters);
    expect(roads[0]!.distanceMeters).toBeGreaterThan(roads[1]!.distanceMeters);
    const siteKey = `${site.lat},${site.lng}`;
    // The duplicate origin is asked once: one call, two origins.
    expect(await mapsRequests(siteKey)).toBe(1);

    const second = await callSubgraph('integrations', ROAD, { origins: [jayanagar, whitefield], destination: site }, ORDERS);
    const cached = (second.body.data as { roadDistancesForService: Road[] }).roadDistancesForService;
    expect(cached).toEqual([
      { ...roads[1], originIndex: 0, cached: true },
      { ...roads[0], originIndex: 1, cached: true },
    ]);
    expect(await mapsRequests(siteKey)).toBe(1);
  });

  it('26 uncached origins take two Distance Matrix calls; a failed call falls back for its origins only', async () => {
    const site = uniqueSite(18.5, 73.8077);
    const siteKey = `${site.lat},${site.lng}`;
    const origins = Array.from({ length: 26 }, (_, i) => ({ lat: 18.45 + i * 0.005, lng: 73.85 }));
    // The first call (25 origins) fails; the second (1 origin) answers.
    await mapsFault('UNKNOWN_ERROR', siteKey, 1);
    const answer = await callSubgraph('integrations', ROAD, { origins, destination: site }, ORDERS);
    const roads = (answer.body.data as { roadDistancesForService: Road[] }).roadDistancesForService;
    expect(roads).toHaveLength(26);
    expect(roads.slice(0, 25).every((r) => r.source === 'FALLBACK')).toBe(true);
    expect(roads[25]!.source).toBe('PROVIDER');
    expect(await mapsRequests(siteKey)).toBe(2);
  });

  it('refuses more than 100 origins, and buyers', async () => {
    const origins = Array.from({ length: 101 }, () => ({ lat: 12.97, lng: 77.75 }));
    const tooMany = await callSubgraph('integrations', ROAD, { origins, destination: { lat: 12.93, lng: 77.62 } }, ORDERS);
    expect((tooMany.body.errors as Array<{ extensions: { code: string } }>)[0]!.extensions.code).toBe('BAD_USER_INPUT');
    const buyer = await newBuyer();
    const asBuyer = await callSubgraph('integrations', GEOCODE_FOR_SERVICE, { address: { line1: 'ITPL Road', city: 'Bengaluru', state: 'Karnataka', pincode: '560066' } }, {
      firebaseUid: buyer.session.firebaseUid,
      userId: buyer.userId,
      roles: ['BUYER'],
      vendorId: null,
      email: null,
      phone: null,
    });
    expect((asBuyer.body.errors as Array<{ extensions: { code: string } }>)[0]!.extensions.code).toBe('FORBIDDEN');
  });

  it('geocodeForService applies the same pincode/state check', async () => {
    const mismatch = await callSubgraph('integrations', GEOCODE_FOR_SERVICE, { address: { line1: 'MG Road', city: 'Bengaluru', state: 'Tamil Nadu', pincode: '560001' } }, ORDERS);
    expect((mismatch.body.errors as Array<{ extensions: { code: string; reason: string } }>)[0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PINCODE_STATE_MISMATCH' });
    const ok = await callSubgraph('integrations', GEOCODE_FOR_SERVICE, { address: { line1: street('Peer'), city: 'Bengaluru', state: 'Karnataka', pincode: '560001' } }, ORDERS);
    expect((ok.body.data as { geocodeForService: { source: string } }).geocodeForService.source).toBe('PROVIDER');
  });
});
