import type { LatLng } from '../geo.js';
import { canonicalState } from '../pincode/pincode-state.js';
import type { AddressQuery } from '../maps/maps-provider.js';

/**
 * Cache keys. Two spellings of one address (case, spaces, punctuation, "KA" for Karnataka) share
 * a geocode; points are rounded to 4 decimals (about 11 m), far below what changes a delivery
 * charge, so nearby pins and repeated quotes share a road distance.
 */
export const POINT_DECIMALS = 4;

const part = (s: string | null | undefined) =>
  (s ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

export function addressKey(address: AddressQuery): string {
  const state = canonicalState(address.state) ?? address.state;
  return [address.line1, address.line2, address.city, state, address.pincode].map(part).join('|');
}

export function pointKey(point: LatLng): string {
  const round = (x: number) => {
    const fixed = x.toFixed(POINT_DECIMALS);
    return /^-0\.0+$/.test(fixed) ? fixed.slice(1) : fixed;
  };
  return `${round(point.lat)},${round(point.lng)}`;
}
