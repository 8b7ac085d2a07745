import { ValidationError, type PeerClient } from '@realserv/platform';
import { GeocodeDeliveryAddressDocument } from '../ports/generated/integrations.js';
import { LocationSource } from './delivery-address.entity.js';

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

/** Where a delivery address is; BAD_USER_INPUT (nothing to store) when it cannot be placed. */
export interface AddressLocator {
  locate(address: AddressLines, pin: GpsPin, requestId: string): Promise<Located>;
}

/**
 * Geocodes through integrations (geocodeForService: the pincode/state check, the cache, the
 * provider, the pincode-centroid fallback). A GPS pin from the client wins and is kept as given
 * (source CLIENT): the address is still checked (pincode in state) and formatted, and a pin the
 * provider cannot name an address for is kept with the address as typed.
 */
export class PeerAddressLocator implements AddressLocator {
  constructor(private readonly integrations: PeerClient) {}

  async locate(address: AddressLines, pin: GpsPin, requestId: string): Promise<Located> {
    if ((pin.latitude == null) !== (pin.longitude == null)) {
      throw new ValidationError('Give latitude and longitude together, or neither.', { field: 'latitude' });
    }
    const hasPin = pin.latitude != null && pin.longitude != null;
    const query = { line1: address.line1.trim(), line2: address.line2?.trim() || null, city: address.city.trim(), state: address.state.trim(), pincode: address.pincode };
    try {
      const { geocodeForService: place } = await this.integrations.request(GeocodeDeliveryAddressDocument, { address: query }, requestId);
      if (hasPin) return { latitude: pin.latitude!, longitude: pin.longitude!, formattedAddress: place.formattedAddress, locationSource: LocationSource.CLIENT };
      return { latitude: place.point.lat, longitude: place.point.lng, formattedAddress: place.formattedAddress, locationSource: place.source as LocationSource };
    } catch (error) {
      if (hasPin && error instanceof ValidationError && error.details?.reason === 'ADDRESS_NOT_FOUND') {
        const typed = [query.line1, query.line2, query.city, `${query.state} ${query.pincode}`, 'India'].filter(Boolean).join(', ');
        return { latitude: pin.latitude!, longitude: pin.longitude!, formattedAddress: typed, locationSource: LocationSource.CLIENT };
      }
      throw error;
    }
  }
}
