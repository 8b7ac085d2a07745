import { Client, Status, type AddressComponent, type GeocodeResult as GoogleGeocodeResult } from '@googlemaps/google-maps-services-js';
import type { LatLng } from '../geo.js';
import { classifyMapsFailure } from './maps-errors.js';
import { MAX_MATRIX_ORIGINS, MapsUnavailableError, type AddressQuery, type MapsApi, type MapsProvider, type ProviderPlace, type ProviderRoute } from './maps-provider.js';

export interface GoogleMapsOptions {
  apiKey: string;
  /** https://maps.googleapis.com in production; the local Google-compatible server otherwise. */
  baseUrl: string;
  timeoutMs: number;
  /** Every call's outcome: Google's status, or TIMEOUT, NETWORK_ERROR, HTTP_<n> (metrics). */
  onCall?: (api: MapsApi, status: string) => void;
}

/**
 * The Maps port on Google's official Node client: Geocoding and Reverse Geocoding
 * (/maps/api/geocode/json) and the Distance Matrix (/maps/api/distancematrix/json, driving),
 * biased and restricted to India. The same adapter serves production and the local server: only
 * the base URL differs. No retries: an interactive request falls back at once instead.
 */
export class GoogleMaps implements MapsProvider {
  private readonly client: Client;
  private readonly base: string;

  constructor(private readonly options: GoogleMapsOptions) {
    this.client = new Client({ config: { timeout: options.timeoutMs, raxConfig: { retry: 0, noResponseRetries: 0 } } });
    this.base = options.baseUrl.replace(/\/+$/, '');
  }

  async geocode(address: AddressQuery): Promise<ProviderPlace | null> {
    const text = [address.line1, address.line2, address.city, address.state, address.pincode].filter((part) => part && part.trim()).join(', ');
    const results = await this.call('geocode', () =>
      this.client.geocode({
        url: `${this.base}/maps/api/geocode/json`,
        params: { address: text, components: { country: 'IN', postal_code: address.pincode }, region: 'in', key: this.options.apiKey },
      }),
    );
    return results?.[0] ? placeOf(results[0]) : null;
  }

  async reverseGeocode(point: LatLng): Promise<ProviderPlace | null> {
    const results = await this.call('reverse_geocode', () =>
      this.client.reverseGeocode({ url: `${this.base}/maps/api/geocode/json`, params: { latlng: point, key: this.options.apiKey } }),
    );
    return results?.[0] ? placeOf(results[0]) : null;
  }

  async distanceMatrix(origins: LatLng[], destination: LatLng): Promise<ProviderRoute[]> {
    if (origins.length === 0) return [];
    if (origins.length > MAX_MATRIX_ORIGINS) throw new Error(`at most ${MAX_MATRIX_ORIGINS} origins per Distance Matrix call`);
    const api: MapsApi = 'distance_matrix';
    let rows;
    try {
      const response = await this.client.distancematrix({
        url: `${this.base}/maps/api/distancematrix/json`,
        params: { origins, destinations: [destination], mode: 'driving' as never, region: 'in', key: this.options.apiKey },
      });
      rows = response.data.rows;
      this.options.onCall?.(api, response.data.status);
    } catch (error) {
      throw this.unavailable(api, error);
    }
    return origins.map((_, i) => {
      const element = rows[i]?.elements[0];
      if (!element || element.status !== Status.OK) return null;
      return { distanceMeters: Math.round(element.distance.value), durationSeconds: Math.round(element.duration.value) };
    });
  }

  /** One Geocoding call: its results, or null for ZERO_RESULTS; any other failure is MapsUnavailableError. */
  private async call(api: MapsApi, send: () => Promise<{ data: { status: string; results: GoogleGeocodeResult[] } }>): Promise<GoogleGeocodeResult[] | null> {
    try {
      const response = await send();
      this.options.onCall?.(api, response.data.status);
      return response.data.status === Status.ZERO_RESULTS ? null : response.data.results;
    } catch (error) {
      const failure = classifyMapsFailure(error);
      if (failure.kind === 'not_found') {
        this.options.onCall?.(api, failure.status);
        return null;
      }
      throw this.unavailable(api, error);
    }
  }

  private unavailable(api: MapsApi, error: unknown): MapsUnavailableError {
    const failure = classifyMapsFailure(error);
    const detail = failure.kind === 'not_found' ? failure.status : failure.detail;
    this.options.onCall?.(api, failure.status);
    return new MapsUnavailableError(api, failure.status, detail);
  }
}

function component(components: AddressComponent[], type: string): AddressComponent | undefined {
  return components.find((c) => (c.types as string[]).includes(type));
}

/** Google's result → ours: the point, the formatted address, and the pincode, city and state components. */
export function placeOf(result: GoogleGeocodeResult): ProviderPlace {
  const components = result.address_components ?? [];
  const city = component(components, 'locality') ?? component(components, 'administrative_area_level_3') ?? component(components, 'administrative_area_level_2');
  return {
    point: { lat: result.geometry.location.lat, lng: result.geometry.location.lng },
    formattedAddress: result.formatted_address,
    pincode: component(components, 'postal_code')?.long_name ?? null,
    city: city?.long_name ?? null,
    state: component(components, 'administrative_area_level_1')?.long_name ?? null,
    placeId: result.place_id ?? null,
  };
}
