import { z } from 'zod';
import { locationMetrics } from './location-metrics.js';
import { GoogleMaps } from './maps/google-maps.js';
import type { MapsProvider } from './maps/maps-provider.js';
import { NoMapsProvider } from './maps/offline-maps.js';

export const GOOGLE_MAPS_URL = 'https://maps.googleapis.com';

/** integrations' location settings (part of its config schema). */
export const locationConfigSchema = z.object({
  /**
   * google: Google Maps Platform; local: the same client against the local Google-compatible
   * server (MAPS_BASE_URL); none: the offline fallback only. No default: a deploy says which.
   */
  MAPS_PROVIDER: z.enum(['google', 'local', 'none']),
  /** A key restricted to the Geocoding and Distance Matrix APIs and the servers' IPs (docs/location.md). */
  GOOGLE_MAPS_API_KEY: z.string().min(1).optional(),
  /** local: the local server's base URL; google: leave unset (https://maps.googleapis.com). */
  MAPS_BASE_URL: z.string().url().optional(),
  /** An interactive request waits at most this long for the provider, then falls back. */
  MAPS_TIMEOUT_MS: z.coerce.number().int().min(100).max(30_000).default(3000),
});
export type LocationConfig = z.infer<typeof locationConfigSchema>;

/** The problems with the location settings (empty: fine). */
export function locationConfigProblems(config: LocationConfig): string[] {
  if (config.MAPS_PROVIDER === 'none') return [];
  const problems: string[] = [];
  if (!config.GOOGLE_MAPS_API_KEY) problems.push(`MAPS_PROVIDER=${config.MAPS_PROVIDER} needs GOOGLE_MAPS_API_KEY`);
  if (config.MAPS_PROVIDER === 'local' && !config.MAPS_BASE_URL) problems.push('MAPS_PROVIDER=local needs MAPS_BASE_URL (the local maps server)');
  return problems;
}

export function mapsProviderFor(config: LocationConfig): MapsProvider {
  if (config.MAPS_PROVIDER === 'none') return new NoMapsProvider();
  return new GoogleMaps({
    apiKey: config.GOOGLE_MAPS_API_KEY!,
    baseUrl: config.MAPS_PROVIDER === 'google' ? (config.MAPS_BASE_URL ?? GOOGLE_MAPS_URL) : config.MAPS_BASE_URL!,
    timeoutMs: config.MAPS_TIMEOUT_MS,
    onCall: (api, status) => locationMetrics.providerCalls.inc({ api, status }),
  });
}
