import { PeerUnavailableError, type PeerClient } from '@realserv/platform';
import type { LatLng } from '../delivery/delivery-charge.js';
import { RoadDistancesDocument } from './generated/integrations.js';

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

export class PeerRoadDistances implements RoadDistances {
  constructor(private readonly integrations: PeerClient) {}

  async fromEach(origins: LatLng[], destination: LatLng, requestId: string): Promise<RoadDistance[]> {
    if (!origins.length) return [];
    if (origins.length > MAX_ORIGINS_PER_CALL) throw new RangeError(`at most ${MAX_ORIGINS_PER_CALL} origins per call`);
    const data = await this.integrations.request(RoadDistancesDocument, { origins, destination }, requestId);
    // One answer per origin, each naming its origin: put them back in the origins' order.
    const byIndex = new Map(data.roadDistancesForService.map((d) => [d.originIndex, d]));
    return origins.map((_, index) => {
      const distance = byIndex.get(index);
      if (!distance) throw new PeerUnavailableError('integrations', `gave no road distance for origin ${index}`);
      return { distanceMeters: distance.distanceMeters, durationSeconds: distance.durationSeconds, source: distance.source, cached: distance.cached };
    });
  }
}
