import type { LatLng } from '../delivery/delivery-charge.js';

/**
 * Where a vendor dispatches from. The vendors subgraph will own vendor addresses and
 * coordinates (issue 5); until then the local adapter knows the demo vendors' depots and nothing
 * else, and orders for an unknown location are charged the base delivery charge.
 */
export interface VendorLocations {
  locate(vendorId: string): Promise<LatLng | null>;
}

const DEMO_DEPOTS: Record<string, LatLng> = {
  // Sri Balaji Building Materials, Whitefield, Bengaluru
  '6f1f5a3e-2c0b-4c8e-9a51-1d1c9e6b7a01': { lat: 12.9698, lng: 77.75 },
  // Lakshmi Tiles & Sanitary, Jayanagar, Bengaluru
  '6f1f5a3e-2c0b-4c8e-9a51-1d1c9e6b7a02': { lat: 12.925, lng: 77.5938 },
  // Modern Electricals & Paints, Yeshwanthpur, Bengaluru
  '6f1f5a3e-2c0b-4c8e-9a51-1d1c9e6b7a03': { lat: 13.0285, lng: 77.5401 },
};

export class DemoVendorLocations implements VendorLocations {
  async locate(vendorId: string): Promise<LatLng | null> {
    return DEMO_DEPOTS[vendorId] ?? null;
  }
}
