import { haversineMeters, type LatLng } from './geo.js';

/**
 * The offline fallback's road distance: the straight line × a road factor (1.4, the project's
 * long-standing estimate for Indian city roads) at a city truck's average speed.
 */
export const FALLBACK_ROAD_FACTOR = 1.4;
export const FALLBACK_SPEED_KMPH = 20;

export function fallbackRoadDistance(origin: LatLng, destination: LatLng): { distanceMeters: number; durationSeconds: number } {
  const distanceMeters = Math.round(haversineMeters(origin, destination) * FALLBACK_ROAD_FACTOR);
  return { distanceMeters, durationSeconds: Math.round(distanceMeters / ((FALLBACK_SPEED_KMPH * 1000) / 3600)) };
}
