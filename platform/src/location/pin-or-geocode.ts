import { ValidationError } from '../errors.js';

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

/** The address as sent to the geocoder: trimmed, an empty second line as null. */
export interface AddressQuery {
  line1: string;
  line2: string | null;
  city: string;
  state: string;
  pincode: string;
}

/** What the geocoder answers (integrations' geocodeForService). */
export interface GeocodedPlace {
  point: { lat: number; lng: number };
  formattedAddress: string;
  /** How the geocoder placed it (its LocationSource). */
  source: string;
}

/** Where an address was placed; a subgraph narrows `locationSource` to its own LocationSource enum. */
export interface PlacedAddress<Source extends string = string> {
  latitude: number;
  longitude: number;
  formattedAddress: string;
  /** 'CLIENT' for a kept GPS pin, else the geocoder's source. */
  locationSource: Source;
}

/**
 * Where an address is. A GPS pin from the client wins and is kept as given (source CLIENT), but
 * the address is still geocoded: its pincode must be in its state (the geocoder's BAD_USER_INPUT,
 * reason PINCODE_STATE_MISMATCH, stands with or without a pin) and it gets the geocoder's
 * formatted address; a pinned address the geocoder cannot find (reason ADDRESS_NOT_FOUND) keeps
 * the address as typed. Without a pin the geocoded point is used. Latitude without longitude (or
 * the reverse) is BAD_USER_INPUT on `latitude`. `geocode` is the subgraph's own call to
 * integrations (its generated document); every other error it throws passes through.
 */
export async function pinOrGeocode(address: AddressLines, pin: GpsPin, geocode: (query: AddressQuery) => Promise<GeocodedPlace>): Promise<PlacedAddress> {
  if ((pin.latitude == null) !== (pin.longitude == null)) {
    throw new ValidationError('Give latitude and longitude together, or neither.', { field: 'latitude' });
  }
  const pinned = pin.latitude != null && pin.longitude != null ? { latitude: pin.latitude, longitude: pin.longitude } : null;
  const query: AddressQuery = { line1: address.line1.trim(), line2: address.line2?.trim() || null, city: address.city.trim(), state: address.state.trim(), pincode: address.pincode };
  let place: GeocodedPlace;
  try {
    place = await geocode(query);
  } catch (error) {
    if (pinned && error instanceof ValidationError && error.details?.reason === 'ADDRESS_NOT_FOUND') {
      return { ...pinned, formattedAddress: typedAddress(query), locationSource: 'CLIENT' };
    }
    throw error;
  }
  if (pinned) return { ...pinned, formattedAddress: place.formattedAddress, locationSource: 'CLIENT' };
  return { latitude: place.point.lat, longitude: place.point.lng, formattedAddress: place.formattedAddress, locationSource: place.source };
}

function typedAddress(a: AddressQuery): string {
  return [a.line1, a.line2, a.city, `${a.state} ${a.pincode}`, 'India'].filter(Boolean).join(', ');
}
