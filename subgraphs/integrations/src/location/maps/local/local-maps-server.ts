/**
 * A local stand-in for Google Maps Platform's Geocoding API (forward and reverse,
 * /maps/api/geocode/json) and Distance Matrix API (/maps/api/distancematrix/json): the same
 * query parameters (`address`, `components`, `latlng`, `origins`/`destinations` pipe-separated,
 * `mode`, `key`), the same JSON (`status`, `error_message`, `results[].geometry.location`,
 * `address_components`, `formatted_address`, `place_id`, `rows[].elements[]`) and the same error
 * statuses, so `@googlemaps/google-maps-services-js` runs against it unchanged. It knows the
 * seeded cities' neighbourhoods (local-places.ts) and every pincode of the shipped directory;
 * road distances are the straight line × the city's road factor at the city's truck speed.
 *
 * Test/ops routes (JSON, unauthenticated, hence the 127.0.0.1 bind):
 *   GET    /_local/maps/requests[?contains=…]  the API requests received (key removed), oldest
 *                                              first, and their count; `contains` filters on the
 *                                              query string (tests use a unique street)
 *   DELETE /_local/maps/requests              forget them
 *   POST   /_local/maps/mode    {status}       every request answers `status` (OVER_QUERY_LIMIT,
 *                                              REQUEST_DENIED, UNKNOWN_ERROR, or RESET: the
 *                                              connection is dropped); {status: "OK"} ends it
 *   POST   /_local/maps/faults  {status, count?, contains?}  only the next `count` (default 1)
 *                                              requests whose query contains `contains` fail so
 *                                              (tests running side by side)
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { listenLocal } from '@realserv/platform/local-server';
import { haversineMeters, isInIndia, type LatLng } from '../../geo.js';
import { PincodeDirectory } from '../../pincode/pincode-directory.js';
import { stateCode } from '../../pincode/pincode-state.js';
import { CITY_RADIUS_METERS, INTERCITY, LOCAL_CITIES, LOCAL_LOCALITIES, type LocalCity } from './local-places.js';

export interface LocalMapsOptions {
  /** The API key requests must carry (GOOGLE_MAPS_API_KEY of the service using it). */
  apiKey: string;
  /** 0 or absent: a free port. */
  port?: number;
  /** Address to listen on (default 127.0.0.1). */
  host?: string;
  onServerError?: (error: unknown) => void;
}

export interface RunningLocalMaps {
  url: string;
  stop(): Promise<void>;
}

/** One API request as received: what `GET /_local/maps/requests` lists. */
export interface LocalMapsRequest {
  api: 'geocode' | 'reverse_geocode' | 'distance_matrix';
  query: Record<string, string>;
  status: string;
  at: string;
}

type FailureStatus = 'OVER_QUERY_LIMIT' | 'REQUEST_DENIED' | 'UNKNOWN_ERROR' | 'RESET';
const FAILURES = new Set<string>(['OVER_QUERY_LIMIT', 'REQUEST_DENIED', 'UNKNOWN_ERROR', 'RESET']);
const ERROR_MESSAGES: Record<string, string> = {
  OVER_QUERY_LIMIT: 'You have exceeded your rate-limit for this API.',
  REQUEST_DENIED: 'This API project is not authorized to use this API.',
  UNKNOWN_ERROR: 'An unknown error occurred. Please try again.',
};
/** Google's limits per Distance Matrix request (standard usage). */
const MAX_DIMENSION = 25;
const MAX_ELEMENTS = 100;
/** A reverse geocode finds a neighbourhood within this distance, else the nearest pincode within PINCODE_REACH. */
const LOCALITY_REACH_METERS = 3_000;
const PINCODE_REACH_METERS = 15_000;

interface Place {
  point: LatLng;
  street: string | null;
  locality: string | null;
  city: string | null;
  district: string | null;
  state: string;
  pincode: string;
  precise: boolean;
}

export async function startLocalMapsServer(options: LocalMapsOptions): Promise<RunningLocalMaps> {
  return new LocalMaps(options).start(options.port ?? 0);
}

export class LocalMaps {
  private readonly requests: LocalMapsRequest[] = [];
  private mode: FailureStatus | null = null;
  private readonly faults: Array<{ status: FailureStatus; contains: string | null; left: number }> = [];
  private readonly directory = PincodeDirectory.shipped();
  private readonly onServerError: (error: unknown) => void;

  constructor(private readonly options: LocalMapsOptions) {
    if (!options.apiKey) throw new Error('apiKey is required');
    this.onServerError = options.onServerError ?? ((error) => console.error('local maps server error', error));
  }

  async start(port = 0): Promise<RunningLocalMaps> {
    const server = await listenLocal((req, res) => void this.handle(req, res), port, this.options.host);
    return { url: server.url, stop: () => server.stop() };
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      const url = new URL(req.url ?? '/', 'http://local');
      if (url.pathname.startsWith('/_local/maps')) return sendJson(res, 200, await this.simulator(req, url));
      const api = url.pathname === '/maps/api/distancematrix/json' ? 'distance_matrix' : url.pathname === '/maps/api/geocode/json' ? (url.searchParams.has('latlng') ? 'reverse_geocode' : 'geocode') : null;
      if (!api || req.method !== 'GET') return sendJson(res, 404, { error_message: `${req.method} ${url.pathname} is not a Maps web service`, status: 'NOT_FOUND' });
      const query = Object.fromEntries([...url.searchParams].filter(([name]) => name !== 'key'));
      const body = this.answer(api, url.searchParams);
      const failure = body.status === 'OK' || body.status === 'ZERO_RESULTS' ? this.failureFor(url.search) : null;
      this.requests.push({ api, query, status: failure ?? String(body.status), at: new Date().toISOString() });
      if (failure === 'RESET') return void res.socket?.destroy();
      if (failure) return sendJson(res, 200, { error_message: ERROR_MESSAGES[failure], ...(api === 'distance_matrix' ? { rows: [] } : { results: [] }), status: failure });
      sendJson(res, 200, body);
    } catch (error) {
      this.onServerError(error);
      sendJson(res, 500, { error_message: 'Internal error', status: 'UNKNOWN_ERROR' });
    }
  }

  /** Google checks the key first: missing or wrong is REQUEST_DENIED, whatever else is asked. */
  private answer(api: LocalMapsRequest['api'], params: URLSearchParams): Record<string, unknown> {
    const key = params.get('key');
    if (!key) return { error_message: 'You must use an API key to authenticate each request to Google Maps Platform APIs.', results: [], status: 'REQUEST_DENIED' };
    if (!sameSecret(key, this.options.apiKey)) return { error_message: 'The provided API key is invalid.', results: [], status: 'REQUEST_DENIED' };
    if (api === 'distance_matrix') return this.distanceMatrix(params);
    if (api === 'reverse_geocode') return this.reverseGeocode(params.get('latlng')!);
    return this.geocode(params.get('address'), params.get('components'));
  }

  private geocode(address: string | null, componentsParam: string | null): Record<string, unknown> {
    if (!address && !componentsParam) return { error_message: "Invalid request. Missing the 'address', 'components', 'latlng' or 'place_id' parameter.", results: [], status: 'INVALID_REQUEST' };
    const components = Object.fromEntries((componentsParam ?? '').split('|').filter(Boolean).map((c) => [c.slice(0, c.indexOf(':')).toLowerCase(), c.slice(c.indexOf(':') + 1)]));
    if (components.country && !['in', 'india'].includes(components.country.toLowerCase())) return { results: [], status: 'ZERO_RESULTS' };
    const pincode = components.postal_code ?? [...(address ?? '').matchAll(/\b(\d{6})\b/g)].pop()?.[1];
    if (!pincode) return { results: [], status: 'ZERO_RESULTS' };
    const parts = (address ?? '').split(',').map((p) => p.trim()).filter(Boolean);
    const place = this.placeAt(pincode, parts);
    return place ? { results: [result(place)], status: 'OK' } : { results: [], status: 'ZERO_RESULTS' };
  }

  /** The pincode's neighbourhood (or directory centroid), moved to the street within it: one street, one point. */
  private placeAt(pincode: string, parts: string[]): Place | null {
    const locality = LOCAL_LOCALITIES.find((l) => l.pincode === pincode);
    const entry = this.directory.find(pincode);
    const centre = locality?.point ?? entry?.centroid;
    if (!centre || !entry) return null;
    const state = entry.states[0]!;
    const city = locality ? LOCAL_CITIES.find((c) => c.name === locality.city)! : null;
    const known = new Set([pincode, state, city?.name, locality?.name, 'india'].filter(Boolean).map((s) => s!.toLowerCase()));
    // What the caller wrote before city, state and pincode: "line1, line2, city, state pincode".
    const streetParts = parts.filter((p) => !/\d{6}/.test(p) && !known.has(p.toLowerCase()) && p.toLowerCase() !== state.toLowerCase());
    const cityGuess = city?.name ?? (parts.length >= 3 ? parts[parts.length - 3] ?? null : null);
    const streets = cityGuess ? streetParts.filter((p) => p.toLowerCase() !== cityGuess.toLowerCase()) : streetParts;
    const street = streets.length ? streets.join(', ') : null;
    return {
      point: street ? offset(centre, street) : centre,
      street,
      locality: locality?.name ?? null,
      city: cityGuess,
      district: city?.district ?? null,
      state,
      pincode,
      precise: Boolean(street),
    };
  }

  private reverseGeocode(latlng: string): Record<string, unknown> {
    const point = parsePoint(latlng);
    if (!point) return { error_message: "Invalid request. Invalid 'latlng' parameter.", results: [], status: 'INVALID_REQUEST' };
    const locality = nearestBy(LOCAL_LOCALITIES, (l) => haversineMeters(point, l.point));
    if (locality && locality.distance <= LOCALITY_REACH_METERS) {
      const place = this.placeAt(locality.item.pincode, [])!;
      return { results: [result({ ...place, point })], status: 'OK' };
    }
    const nearest = this.directory.nearest(point);
    if (!nearest || nearest.meters > PINCODE_REACH_METERS) return { results: [], status: 'ZERO_RESULTS' };
    const city = cityAt(point);
    return { results: [result({ point, street: null, locality: null, city: city?.name ?? null, district: city?.district ?? null, state: nearest.entry.states[0]!, pincode: nearest.entry.pincode, precise: false })], status: 'OK' };
  }

  private distanceMatrix(params: URLSearchParams): Record<string, unknown> {
    const origins = (params.get('origins') ?? '').split('|').filter(Boolean);
    const destinations = (params.get('destinations') ?? '').split('|').filter(Boolean);
    if (!origins.length || !destinations.length) return { error_message: "Invalid request. Missing the 'origins' or 'destinations' parameter.", rows: [], status: 'INVALID_REQUEST' };
    if (origins.length > MAX_DIMENSION || destinations.length > MAX_DIMENSION) return { error_message: 'Too many origins or destinations (at most 25 each).', rows: [], status: 'MAX_DIMENSIONS_EXCEEDED' };
    if (origins.length * destinations.length > MAX_ELEMENTS) return { error_message: 'Too many elements (at most 100).', rows: [], status: 'MAX_ELEMENTS_EXCEEDED' };
    const mode = params.get('mode') ?? 'driving';
    if (mode !== 'driving') return { error_message: 'This local server routes driving only.', rows: [], status: 'INVALID_REQUEST' };
    const from = origins.map((o) => this.locate(o));
    const to = destinations.map((d) => this.locate(d));
    const name = (p: LatLng | null, raw: string) => (p ? this.describe(p) : raw);
    return {
      destination_addresses: to.map((p, i) => name(p, destinations[i]!)),
      origin_addresses: from.map((p, i) => name(p, origins[i]!)),
      rows: from.map((origin) => ({ elements: to.map((destination) => route(origin, destination)) })),
      status: 'OK',
    };
  }

  /** An origin or destination: "lat,lng", or an address with a pincode. */
  private locate(value: string): LatLng | null {
    const point = parsePoint(value);
    if (point) return isInIndia(point) ? point : null;
    const pincode = /\b(\d{6})\b/.exec(value)?.[1];
    return pincode ? (this.placeAt(pincode, value.split(',').map((p) => p.trim()))?.point ?? null) : null;
  }

  private describe(point: LatLng): string {
    const nearest = this.directory.nearest(point);
    return nearest ? `${nearest.entry.states[0]} ${nearest.entry.pincode}, India` : `${point.lat},${point.lng}`;
  }

  private failureFor(query: string): FailureStatus | null {
    const decoded = decodeURIComponent(query.replace(/\+/g, ' '));
    const fault = this.faults.find((f) => f.left > 0 && (!f.contains || decoded.includes(f.contains)));
    if (fault) {
      fault.left -= 1;
      return fault.status;
    }
    return this.mode;
  }

  private async simulator(req: IncomingMessage, url: URL): Promise<unknown> {
    if (url.pathname === '/_local/maps/requests' && req.method === 'GET') {
      const contains = url.searchParams.get('contains');
      const requests = contains ? this.requests.filter((r) => JSON.stringify(r.query).includes(contains)) : this.requests;
      return { count: requests.length, requests };
    }
    if (url.pathname === '/_local/maps/requests' && req.method === 'DELETE') {
      this.requests.length = 0;
      return { ok: true };
    }
    if (url.pathname === '/_local/maps/mode' && req.method === 'POST') {
      const { status } = (await readJson(req)) as { status?: string };
      if (status !== 'OK' && !FAILURES.has(status ?? '')) throw new Error(`mode: status must be OK or one of ${[...FAILURES].join(', ')}`);
      this.mode = status === 'OK' ? null : (status as FailureStatus);
      return { mode: status };
    }
    if (url.pathname === '/_local/maps/faults' && req.method === 'POST') {
      const { status, count = 1, contains = null } = (await readJson(req)) as { status?: string; count?: number; contains?: string | null };
      if (!FAILURES.has(status ?? '')) throw new Error(`faults: status must be one of ${[...FAILURES].join(', ')}`);
      this.faults.push({ status: status as FailureStatus, contains, left: count });
      return { ok: true };
    }
    throw new Error(`${req.method} ${url.pathname}: no such local route`);
  }
}

/** The Geocoding API's result for a place. */
function result(place: Place): Record<string, unknown> {
  const components: Array<{ long_name: string; short_name: string; types: string[] }> = [];
  if (place.street) components.push({ long_name: place.street, short_name: place.street, types: ['route'] });
  if (place.locality) components.push({ long_name: place.locality, short_name: place.locality, types: ['political', 'sublocality', 'sublocality_level_1'] });
  if (place.city) components.push({ long_name: place.city, short_name: place.city, types: ['locality', 'political'] });
  if (place.district) components.push({ long_name: place.district, short_name: place.district, types: ['administrative_area_level_3', 'political'] });
  components.push({ long_name: place.state, short_name: stateCode(place.state), types: ['administrative_area_level_1', 'political'] });
  components.push({ long_name: 'India', short_name: 'IN', types: ['country', 'political'] });
  components.push({ long_name: place.pincode, short_name: place.pincode, types: ['postal_code'] });
  const formatted = [place.street, place.locality, place.city, `${place.state} ${place.pincode}`, 'India'].filter(Boolean).join(', ');
  const span = place.precise ? 0.0014 : 0.02;
  return {
    address_components: components,
    formatted_address: formatted,
    geometry: {
      location: place.point,
      location_type: place.precise ? 'ROOFTOP' : 'APPROXIMATE',
      viewport: { northeast: { lat: place.point.lat + span, lng: place.point.lng + span }, southwest: { lat: place.point.lat - span, lng: place.point.lng - span } },
    },
    ...(place.precise ? {} : { partial_match: true }),
    place_id: `ChIJ${createHash('sha256').update(formatted).digest('base64url').slice(0, 23)}`,
    types: place.precise ? ['street_address'] : ['postal_code'],
  };
}

/** A Distance Matrix element: the straight line × the road factor of the city both ends are in (highway otherwise). */
function route(origin: LatLng | null, destination: LatLng | null): Record<string, unknown> {
  if (!origin || !destination) return { status: 'NOT_FOUND' };
  const a = cityAt(origin);
  const b = cityAt(destination);
  const roads = a && a === b ? a : INTERCITY;
  const meters = Math.round(haversineMeters(origin, destination) * roads.roadFactor);
  const seconds = Math.round(meters / ((roads.speedKmph * 1000) / 3600));
  return {
    distance: { text: meters < 1000 ? `${meters} m` : `${(meters / 1000).toFixed(1)} km`, value: meters },
    duration: { text: seconds < 3600 ? `${Math.max(1, Math.round(seconds / 60))} mins` : `${Math.floor(seconds / 3600)} hours ${Math.round((seconds % 3600) / 60)} mins`, value: seconds },
    status: 'OK',
  };
}

function cityAt(point: LatLng): LocalCity | null {
  const nearest = nearestBy(LOCAL_CITIES, (c) => haversineMeters(point, c.centre));
  return nearest && nearest.distance <= CITY_RADIUS_METERS ? nearest.item : null;
}

function nearestBy<T>(items: T[], distance: (item: T) => number): { item: T; distance: number } | null {
  let best: { item: T; distance: number } | null = null;
  for (const item of items) {
    const d = distance(item);
    if (!best || d < best.distance) best = { item, distance: d };
  }
  return best;
}

/** A street's point: a stable spot up to ~1.2 km from its neighbourhood's centre (the same street, the same point). */
function offset(centre: LatLng, street: string): LatLng {
  const digest = createHash('sha256').update(street.toLowerCase().replace(/\s+/g, ' ')).digest();
  const angle = (digest.readUInt16BE(0) / 65536) * 2 * Math.PI;
  const meters = 150 + (digest.readUInt16BE(2) / 65536) * 1050;
  const dLat = (meters * Math.cos(angle)) / 111_320;
  const dLng = (meters * Math.sin(angle)) / (111_320 * Math.cos((centre.lat * Math.PI) / 180));
  return { lat: Number((centre.lat + dLat).toFixed(7)), lng: Number((centre.lng + dLng).toFixed(7)) };
}

function parsePoint(value: string): LatLng | null {
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$/.exec(value);
  if (!m) return null;
  const point = { lat: Number(m[1]), lng: Number(m[2]) };
  return Math.abs(point.lat) <= 90 && Math.abs(point.lng) <= 180 ? point : null;
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : {};
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8', 'content-length': Buffer.byteLength(json) });
  res.end(json);
}

function sameSecret(presented: string, expected: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(presented), digest(expected));
}
