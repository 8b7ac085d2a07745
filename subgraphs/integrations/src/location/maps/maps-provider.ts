import type { LatLng } from '../geo.js';

/** The Maps port: Google's Geocoding, Reverse Geocoding and Distance Matrix (driving) APIs. */

export interface AddressQuery {
  line1: string;
  line2?: string | null;
  city: string;
  state: string;
  pincode: string;
}

/** One place the provider found (its first, best result). */
export interface ProviderPlace {
  point: LatLng;
  formattedAddress: string;
  pincode: string | null;
  city: string | null;
  state: string | null;
  placeId: string | null;
}

/** A driving route from one origin (null: the provider found none for that pair). */
export type ProviderRoute = { distanceMeters: number; durationSeconds: number } | null;

export type MapsApi = 'geocode' | 'reverse_geocode' | 'distance_matrix';

export interface MapsProvider {
  /** The address's best match, or null (ZERO_RESULTS). Throws MapsUnavailableError. */
  geocode(address: AddressQuery): Promise<ProviderPlace | null>;
  /** The address at a point, or null (ZERO_RESULTS). Throws MapsUnavailableError. */
  reverseGeocode(point: LatLng): Promise<ProviderPlace | null>;
  /**
   * Driving routes from each origin (at most MAX_MATRIX_ORIGINS, one call) to one destination,
   * in the origins' order. Throws MapsUnavailableError.
   */
  distanceMatrix(origins: LatLng[], destination: LatLng): Promise<ProviderRoute[]>;
}

/** Google's limit: 25 origins per Distance Matrix request. */
export const MAX_MATRIX_ORIGINS = 25;

/**
 * The provider did not answer usefully (over quota, key refused, its own error, a timeout, the
 * network): callers fall back to the offline estimate. `status` is Google's status or ours
 * (TIMEOUT, NETWORK_ERROR, HTTP_<n>).
 */
export class MapsUnavailableError extends Error {
  constructor(
    readonly api: MapsApi,
    readonly status: string,
    detail: string,
  ) {
    super(`Maps ${api} unavailable (${status}): ${detail}`);
    this.name = 'MapsUnavailableError';
  }
}
