import { pinOrGeocode, type AddressLines, type GpsPin, type PeerClient, type PlacedAddress } from '@realserv/platform';
import { GeocodeBusinessAddressDocument } from '../ports/generated/integrations.js';
import { LocationSource } from './vendor.entity.js';

export type { AddressLines, GpsPin };
export type Located = PlacedAddress<LocationSource>;

/** Where a business address is; BAD_USER_INPUT (nothing to store) when it cannot be placed. */
export interface BusinessLocator {
  locate(address: AddressLines, pin: GpsPin, requestId: string): Promise<Located>;
}

/**
 * Geocodes through integrations (geocodeForService: the pincode/state check, the cache, the
 * provider, the pincode-centroid fallback); a GPS pin from the client wins (platform's pinOrGeocode).
 */
export class PeerBusinessLocator implements BusinessLocator {
  constructor(private readonly integrations: PeerClient) {}

  async locate(address: AddressLines, pin: GpsPin, requestId: string): Promise<Located> {
    const placed = await pinOrGeocode(address, pin, async (query) => (await this.integrations.request(GeocodeBusinessAddressDocument, { address: query }, requestId)).geocodeForService);
    return { ...placed, locationSource: placed.locationSource as LocationSource };
  }
}
