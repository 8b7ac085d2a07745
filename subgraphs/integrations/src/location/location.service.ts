import type { EntityManager } from '@mikro-orm/postgresql';
import { ServiceUnavailableError, ValidationError, type Logger } from '@realserv/platform';
import { addressKey, pointKey } from './cache/cache-keys.js';
import { DistanceCacheEntry, GeocodeCacheEntry, GeocodeKind } from './cache/location-cache.entity.js';
import { fallbackRoadDistance } from './fallback.js';
import { isInIndia, isValidPoint, type LatLng } from './geo.js';
import { locationMetrics } from './location-metrics.js';
import { MAX_MATRIX_ORIGINS, MapsUnavailableError, type AddressQuery, type MapsApi, type MapsProvider, type ProviderPlace } from './maps/maps-provider.js';
import type { PincodeDirectory } from './pincode/pincode-directory.js';
import { checkPincodeState } from './pincode/pincode-state.js';

export type LocationSource = 'PROVIDER' | 'FALLBACK' | 'CLIENT';

export interface Geocoded extends ProviderPlace {
  source: LocationSource;
  cached: boolean;
}

export interface RoadDistanceAnswer {
  originIndex: number;
  distanceMeters: number;
  durationSeconds: number;
  source: LocationSource;
  cached: boolean;
}

/** Google's terms: latitude/longitude may be cached for up to 30 consecutive calendar days. */
export const CACHE_TTL_MS = 30 * 24 * 60 * 60 * 1000;
export const MAX_ROAD_DISTANCE_ORIGINS = 100;

/**
 * Geocoding and road distances: the cache first, then the Maps provider, and the offline
 * fallback (pincode centroid; haversine × road factor) when the provider is unavailable. Only
 * provider answers are cached, so an outage's estimates are replaced as soon as it ends.
 */
export class LocationService {
  constructor(
    private readonly provider: MapsProvider,
    private readonly directory: PincodeDirectory,
    private readonly log: Logger,
  ) {}

  /** BAD_USER_INPUT (reason INVALID_PINCODE, UNKNOWN_STATE or PINCODE_STATE_MISMATCH) unless the pincode belongs to the state. */
  checkAddress(address: AddressQuery): AddressQuery {
    const cleaned = {
      line1: address.line1.trim(),
      line2: address.line2?.trim() || null,
      city: address.city.trim(),
      state: address.state.trim(),
      pincode: address.pincode.trim(),
    };
    const check = checkPincodeState(cleaned.pincode, cleaned.state, this.directory.find(cleaned.pincode)?.states);
    if (!check.ok) {
      const messages = {
        INVALID_PINCODE: `${cleaned.pincode} is not an Indian pincode.`,
        UNKNOWN_STATE: `${cleaned.state} is not an Indian state or union territory.`,
        PINCODE_STATE_MISMATCH: `Pincode ${cleaned.pincode} is not in ${cleaned.state} (it is in ${check.expected.join(' or ')}).`,
      } as const;
      throw new ValidationError(messages[check.reason], { reason: check.reason, field: check.reason === 'UNKNOWN_STATE' ? 'state' : 'pincode', ...(check.expected.length ? { expectedStates: check.expected } : {}) });
    }
    return { ...cleaned, state: check.state };
  }

  async geocode(em: EntityManager, input: AddressQuery): Promise<Geocoded> {
    const address = this.checkAddress(input);
    const key = addressKey(address);
    const hit = await this.cached(em, GeocodeKind.ADDRESS, key, 'geocode');
    if (hit) return hit;
    try {
      const place = await this.provider.geocode(address);
      if (!place) throw new ValidationError('No place matches this address: check the street, city and pincode.', { reason: 'ADDRESS_NOT_FOUND' });
      await this.remember(em, GeocodeKind.ADDRESS, key, place);
      return { ...place, source: 'PROVIDER', cached: false };
    } catch (error) {
      if (!(error instanceof MapsUnavailableError)) throw error;
      this.fellBack('geocode', error);
      const centroid = this.directory.find(address.pincode)?.centroid;
      if (!centroid) throw new ServiceUnavailableError(`maps ${error.status}; pincode ${address.pincode} has no centroid`);
      const formattedAddress = [address.line1, address.line2, address.city, `${address.state} ${address.pincode}`, 'India'].filter(Boolean).join(', ');
      return { point: centroid, formattedAddress, pincode: address.pincode, city: address.city, state: address.state, placeId: null, source: 'FALLBACK', cached: false };
    }
  }

  async reverseGeocode(em: EntityManager, point: LatLng): Promise<Geocoded> {
    assertIndianPoint(point, 'point');
    const key = pointKey(point);
    const hit = await this.cached(em, GeocodeKind.REVERSE, key, 'reverse_geocode');
    if (hit) return hit;
    try {
      const place = await this.provider.reverseGeocode(point);
      if (!place) throw new ValidationError('No address is known at this point.', { reason: 'ADDRESS_NOT_FOUND' });
      await this.remember(em, GeocodeKind.REVERSE, key, place);
      return { ...place, source: 'PROVIDER', cached: false };
    } catch (error) {
      if (!(error instanceof MapsUnavailableError)) throw error;
      this.fellBack('reverse_geocode', error);
      const nearest = this.directory.nearest(point);
      if (!nearest) throw new ServiceUnavailableError(`maps ${error.status}; no pincode centroid`);
      const state = nearest.entry.states[0]!;
      return { point, formattedAddress: `${state} ${nearest.entry.pincode}, India`, pincode: nearest.entry.pincode, city: null, state, placeId: null, source: 'FALLBACK', cached: false };
    }
  }

  /**
   * One road distance per origin, in order: cached pairs first, then one Distance Matrix call per
   * 25 uncached (rounded, de-duplicated) origins; an origin the provider cannot route, or a call
   * that fails, gets the fallback estimate.
   */
  async roadDistances(em: EntityManager, origins: LatLng[], destination: LatLng): Promise<RoadDistanceAnswer[]> {
    if (origins.length > MAX_ROAD_DISTANCE_ORIGINS) throw new ValidationError(`At most ${MAX_ROAD_DISTANCE_ORIGINS} origins per request.`, { field: 'origins' });
    assertIndianPoint(destination, 'destination');
    origins.forEach((origin, i) => assertIndianPoint(origin, `origins[${i}]`));
    if (origins.length === 0) return [];
    const destinationKey = pointKey(destination);
    const originKeys = origins.map(pointKey);
    const uniqueKeys = [...new Set(originKeys)];
    const rows = await em.find(DistanceCacheEntry, { destinationKey, originKey: { $in: uniqueKeys }, expiresAt: { $gt: new Date() } });
    const known = new Map<string, { distanceMeters: number; durationSeconds: number; source: LocationSource; cached: boolean }>();
    for (const row of rows) known.set(row.originKey, { distanceMeters: row.distanceMeters, durationSeconds: row.durationSeconds, source: 'PROVIDER', cached: true });
    locationMetrics.cache.inc({ api: 'distance_matrix', result: 'hit' }, known.size);
    const missing = uniqueKeys.filter((k) => !known.has(k));
    locationMetrics.cache.inc({ api: 'distance_matrix', result: 'miss' }, missing.length);
    const destinationPoint = pointOfKey(destinationKey);
    const fresh: Array<Pick<DistanceCacheEntry, 'originKey' | 'destinationKey' | 'distanceMeters' | 'durationSeconds' | 'fetchedAt' | 'expiresAt'>> = [];
    for (let start = 0; start < missing.length; start += MAX_MATRIX_ORIGINS) {
      const chunk = missing.slice(start, start + MAX_MATRIX_ORIGINS);
      const points = chunk.map(pointOfKey);
      let routes: Array<{ distanceMeters: number; durationSeconds: number } | null>;
      try {
        routes = await this.provider.distanceMatrix(points, destinationPoint);
      } catch (error) {
        if (!(error instanceof MapsUnavailableError)) throw error;
        this.fellBack('distance_matrix', error, chunk.length);
        routes = chunk.map(() => null);
      }
      const now = new Date();
      chunk.forEach((originKey, i) => {
        const route = routes[i];
        if (route) {
          known.set(originKey, { ...route, source: 'PROVIDER', cached: false });
          fresh.push({ originKey, destinationKey, ...route, fetchedAt: now, expiresAt: new Date(now.getTime() + CACHE_TTL_MS) });
        } else {
          known.set(originKey, { ...fallbackRoadDistance(points[i]!, destinationPoint), source: 'FALLBACK', cached: false });
        }
      });
    }
    const unroutable = missing.filter((k) => known.get(k)?.source === 'FALLBACK').length;
    if (unroutable) locationMetrics.fallbacks.inc({ api: 'distance_matrix' }, unroutable);
    if (fresh.length) await em.upsertMany(DistanceCacheEntry, fresh, { onConflictFields: ['originKey', 'destinationKey'], onConflictAction: 'merge' });
    return originKeys.map((k, originIndex) => ({ originIndex, ...known.get(k)! }));
  }

  private async cached(em: EntityManager, kind: GeocodeKind, lookupKey: string, api: MapsApi): Promise<Geocoded | null> {
    const row = await em.findOne(GeocodeCacheEntry, { kind, lookupKey, expiresAt: { $gt: new Date() } });
    locationMetrics.cache.inc({ api, result: row ? 'hit' : 'miss' });
    if (!row) return null;
    return {
      point: { lat: row.lat, lng: row.lng },
      formattedAddress: row.formattedAddress,
      pincode: row.pincode,
      city: row.city,
      state: row.state,
      placeId: row.placeId,
      source: 'PROVIDER',
      cached: true,
    };
  }

  private async remember(em: EntityManager, kind: GeocodeKind, lookupKey: string, place: ProviderPlace): Promise<void> {
    const now = new Date();
    await em.upsert(
      GeocodeCacheEntry,
      {
        kind,
        lookupKey,
        lat: place.point.lat,
        lng: place.point.lng,
        formattedAddress: place.formattedAddress,
        pincode: place.pincode,
        city: place.city,
        state: place.state,
        placeId: place.placeId,
        fetchedAt: now,
        expiresAt: new Date(now.getTime() + CACHE_TTL_MS),
      },
      { onConflictFields: ['kind', 'lookupKey'], onConflictAction: 'merge' },
    );
  }

  private fellBack(api: MapsApi, error: MapsUnavailableError, count = 1): void {
    if (api !== 'distance_matrix') locationMetrics.fallbacks.inc({ api }, count);
    this.log.warn({ api, status: error.status, err: error.message, count }, 'maps provider unavailable: answering from the offline fallback');
  }
}

function assertIndianPoint(point: LatLng, field: string): void {
  if (!isValidPoint(point)) throw new ValidationError('Latitude must be -90…90 and longitude -180…180.', { field, reason: 'INVALID_POINT' });
  if (!isInIndia(point)) throw new ValidationError('The point is outside India.', { field, reason: 'OUTSIDE_INDIA' });
}

/** The rounded point a key names: distances are asked for the point the cache will remember them by. */
function pointOfKey(key: string): LatLng {
  const [lat, lng] = key.split(',').map(Number);
  return { lat: lat!, lng: lng! };
}
