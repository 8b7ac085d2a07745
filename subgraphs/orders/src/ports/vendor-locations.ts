import type { PeerClient } from '@realserv/platform';
import type { LatLng } from '../delivery/delivery-charge.js';
import { VendorForOrderDocument, type VendorStatus } from './generated/vendors.js';

export interface VendorProfile {
  status: VendorStatus;
  acceptingOrders: boolean;
  /** Where the vendor dispatches from (its business address). */
  depot: LatLng | null;
  /** The radius the vendor set, km (its polygons, if any, are vendors' to check). */
  serviceRadiusKm: number;
  /** Whether the vendor serves the site (radius or polygons, vendors' check); null when the site has no coordinates. */
  serves: boolean | null;
}

/** One vendor's answer to "do you serve this point?" (vendors' service areas). */
export interface VendorServiceCheck {
  vendorId: string;
  location: LatLng | null;
  serves: boolean;
  radiusKm: number;
}

/** What orders needs to know about vendors when an order is placed or options are quoted; vendors owns it. */
export interface VendorDirectory {
  /** The order's vendor and, when the site is located, whether it serves the site: one call. */
  find(vendorId: string, site: LatLng | null, requestId: string): Promise<VendorProfile | null>;
  /** Which of these vendors (ACTIVE ones only) serve the point, with their locations: one call. */
  servingPoint(point: LatLng, vendorIds: string[], requestId: string): Promise<VendorServiceCheck[]>;
}

export class PeerVendorDirectory implements VendorDirectory {
  constructor(private readonly vendors: PeerClient) {}

  async find(vendorId: string, requestId: string): Promise<VendorProfile | null> {
    try {
      const data = await this.vendors.request(VendorForOrderDocument, { id: vendorId }, requestId);
      const address = data.vendor.businessAddress;
      return {
        status: data.vendor.status,
        acceptingOrders: data.vendor.acceptingOrders,
        serviceRadiusKm: data.vendor.serviceRadiusKm,
        depot: address ? { lat: address.latitude, lng: address.longitude } : null,
      };
    } catch (error) {
      if ((error as { code?: string }).code === 'NOT_FOUND') return null;
      throw error;
    }
  }
}
