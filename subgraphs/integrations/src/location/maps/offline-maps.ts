import { MapsUnavailableError, type MapsProvider } from './maps-provider.js';

/**
 * MAPS_PROVIDER=none: no maps provider at all (a deployment without a Google key). Every lookup
 * answers from the offline fallback, marked FALLBACK, and nothing is cached.
 */
export class NoMapsProvider implements MapsProvider {
  async geocode(): Promise<never> {
    throw new MapsUnavailableError('geocode', 'NOT_CONFIGURED', 'MAPS_PROVIDER=none');
  }
  async reverseGeocode(): Promise<never> {
    throw new MapsUnavailableError('reverse_geocode', 'NOT_CONFIGURED', 'MAPS_PROVIDER=none');
  }
  async distanceMatrix(): Promise<never> {
    throw new MapsUnavailableError('distance_matrix', 'NOT_CONFIGURED', 'MAPS_PROVIDER=none');
  }
}
