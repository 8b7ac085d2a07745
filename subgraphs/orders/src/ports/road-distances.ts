import type { LatLng } from '../delivery/delivery-charge.js';

export type DistanceSource = 'PROVIDER' | 'FALLBACK' | 'CLIENT';

export interface RoadDistance {
  distanceMeters: number;
  durationSeconds: number;
  /** PROVIDER (live or cached) or FALLBACK (haversine × road factor while the provider is down). */
  source: DistanceSource;
  cached: boolean;
}

/** At most this many origins per call (the port's limit; it makes one provider call per 25 uncached ones). */
export const MAX_ORIGINS_PER_CALL = 100;

/**
 * Road distances from vendors to one site; integrations owns the maps port, its cache (per
 * origin–destination pair) and its fallback. One answer per origin, in order.
 */
export interface RoadDistances {
  fromEach(origins: LatLng[], destination: LatLng, requestId: string): Promise<RoadDistance[]>;
}
