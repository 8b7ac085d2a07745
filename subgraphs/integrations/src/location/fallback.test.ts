import { FALLBACK_ROAD_FACTOR, fallbackRoadDistance } from './fallback.js';
import { haversineMeters } from './geo.js';

describe('the offline fallback', () => {
  it('is the great-circle distance (Bengaluru MG Road → Mysuru: about 128 km) × 1.4 at 20 km/h', () => {
    const mgRoad = { lat: 12.9756, lng: 77.6069 };
    const mysuru = { lat: 12.3051, lng: 76.6551 };
    const straight = haversineMeters(mgRoad, mysuru);
    expect(straight / 1000).toBeCloseTo(127.7, 0);
    const { distanceMeters, durationSeconds } = fallbackRoadDistance(mgRoad, mysuru);
    expect(distanceMeters).toBe(Math.round(straight * FALLBACK_ROAD_FACTOR));
    expect(durationSeconds).toBe(Math.round(distanceMeters / (20_000 / 3600)));
  });

  it('is zero for the same point', () => {
    expect(fallbackRoadDistance({ lat: 12.97, lng: 77.75 }, { lat: 12.97, lng: 77.75 })).toEqual({ distanceMeters: 0, durationSeconds: 0 });
  });
});
