import { LRUCache } from 'lru-cache';
import type { LatLng } from '../delivery/delivery-charge.js';
import type { RoadDistance, RoadDistances } from './road-distances.js';

export interface RememberedRoadDistancesOptions {
  /** Vendor–site pairs kept (a pair is about 200 bytes). */
  max: number;
  /** How long a pair is kept, ms: far under integrations' 30 days (Google's cache limit). */
  ttlMs: number;
  /** Test clock (performance.now-like). */
  clock?: { now(): number };
}

export const ROAD_DISTANCE_MEMORY: RememberedRoadDistancesOptions = { max: 20_000, ttlMs: 60 * 60 * 1000 };

/**
 * Road distances orders was given in the last hour, kept in memory (#12): a buyer ordering again
 * from a vendor to the same site, or asking deliveryOptions again, is priced without a call to
 * integrations (the call cost integrations ≈ 4 ms of CPU for a cache hit there, and orders a
 * fourth peer call per checkout). Only the provider's distances are kept: an offline estimate
 * (FALLBACK) is asked again, so the order after an outage gets the real distance.
 */
export class RememberedRoadDistances implements RoadDistances {
  private readonly known: LRUCache<string, RoadDistance>;

  constructor(
    private readonly source: RoadDistances,
    options: RememberedRoadDistancesOptions = ROAD_DISTANCE_MEMORY,
  ) {
    this.known = new LRUCache<string, RoadDistance>({
      max: options.max,
      ttl: options.ttlMs,
      ...(options.clock ? { perf: options.clock, ttlResolution: 0 } : {}),
    });
  }

  async fromEach(origins: LatLng[], destination: LatLng, requestId: string): Promise<RoadDistance[]> {
    const keys = origins.map((origin) => pairKey(origin, destination));
    const answers: Array<RoadDistance | undefined> = keys.map((key) => this.known.get(key));
    const missing = answers.flatMap((answer, index) => (answer ? [] : [index]));
    if (missing.length) {
      const fetched = await this.source.fromEach(
        missing.map((index) => origins[index]!),
        destination,
        requestId,
      );
      missing.forEach((index, i) => {
        const distance = fetched[i]!;
        answers[index] = distance;
        if (distance.source === 'PROVIDER') this.known.set(keys[index]!, { ...distance, cached: true });
      });
    }
    return answers as RoadDistance[];
  }
}

const pairKey = (origin: LatLng, destination: LatLng) => `${origin.lat},${origin.lng};${destination.lat},${destination.lng}`;
