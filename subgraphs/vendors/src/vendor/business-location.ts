import { ValidationError, type PeerClient } from '@realserv/platform';
import { GeocodeBusinessAddressDocument } from '../ports/generated/integrations.js';
import { LocationSource } from './vendor.entity.js';

export interface AddressLines {
  line1: string;
  line2?: string | null | undefined;
  city: string;
  state: string;
  pincode: string;
}

export interface GpsPin {
  latitude?: number | null | undefined;
  longitude?: number | null | undefined;
}

export interface Located {
  latitude: number;
  longitude: number;
  formattedAddress: string;
  locationSource: LocationSource;
}

/** Where a business address is; BAD_USER_INPUT (nothing to store) when it cannot be placed. */
export interface BusinessLocator {
  locate(address: AddressLines, pin: GpsPin, requestId: string): Promise<Located>;
}

/**
 * Geocodes through integrations (geocodeForService: the pincode/state check, the cache, the
 * provider, the pincode-centroid fallback). A GPS pin from the client wins and is kept as given
 * (source CLIENT): the address is still checked (pincode in state) and formatted, and a pin the
 * provider cannot name an address for is kept with the address as typed.
 */
export class PeerBusinessLocator implements BusinessLocator {
  constructor(private readonly integrations: PeerClient) {}

  async locate(address: AddressLines, pin: GpsPin, requestId: string): Promise<Located> {
    const hasPin = pin.latitude != null && pin.longitude != null;
    if ((pin.latitude == null) !== (pin.longitude == null)) {
      throw new ValidationError('Give latitude and longitude together, or neither.', { field: 'latitude' });
    }
    const query = { line1: address.line1.trim(), line2: address.line2?.trim() || null, city: address.city.trim(), state: address.state.trim(), pincode: address.pincode };
    try {
      const { geocodeForService: place } = await this.integrations.request(GeocodeBusinessAddressDocument, { address: query }, requestId);
      if (hasPin) return { latitude: pin.latitude!, longitude: pin.longitude!, formattedAddress: place.formattedAddress, locationSource: LocationSource.CLIENT };
      return { latitude: place.point.lat, longitude: place.point.lng, formattedAddress: place.formattedAddress, locationSource: place.source as LocationSource };
    } catch (error) {
      if (hasPin && error instanceof ValidationError && error.details?.reason === 'ADDRESS_NOT_FOUND') {
        return { latitude: pin.latitude!, longitude: pin.longitude!, formattedAddress: typedAddress(query), locationSource: LocationSource.CLIENT };
      }
      throw error;
    }
  }
}

function typedAddress(a: { line1: string; line2: string | null; city: string; state: string; pincode: string }): string {
  return [a.line1, a.line2, a.city, `${a.state} ${a.pincode}`, 'India'].filter(Boolean).join(', ');
}
