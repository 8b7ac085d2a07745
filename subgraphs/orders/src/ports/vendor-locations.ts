import type { PeerClient } from '@realserv/platform';
import type { LatLng } from '../delivery/delivery-charge.js';
import { VendorForOrderDocument, VendorsServingPointDocument, type VendorStatus } from './generated/vendors.js';

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
export interface VendorServiceCheck extends VendorProfile {
  vendorId: string;
  depot: LatLng;
  serves: boolean;
}

/** What orders needs to know about vendors when an order is placed or options are quoted; vendors owns it. */
export interface VendorDirectory {
  /** The order's vendor and, when the site is located, whether it serves the site: one call. */
  find(vendorId: string, site: LatLng | null, requestId: string): Promise<VendorProfile | null>;
  /** These vendors (any status), whether each serves the point, and where each is: one call. */
  servingPoint(point: LatLng, vendorIds: string[], requestId: string): Promise<VendorServiceCheck[]>;
}

export class PeerVendorDirectory implements VendorDirectory {
  constructor(private readonly vendors: PeerClient) {}

  async find(vendorId: string, site: LatLng | null, requestId: string): Promise<VendorProfile | null> {
    if (site) {
      const [check] = await this.servingPoint(site, [vendorId], requestId);
      return check ?? null;
    }
    try {
      // An address saved before geocoding: no point to check the area against.
      const data = await this.vendors.request(VendorForOrderDocument, { id: vendorId }, requestId);
      const address = data.vendor.businessAddress;
      return {
        status: data.vendor.status,
        acceptingOrders: data.vendor.acceptingOrders,
        serviceRadiusKm: data.vendor.serviceRadiusKm,
        depot: address ? { lat: address.latitude, lng: address.longitude } : null,
        serves: null,
      };
    } catch (error) {
      if ((error as { code?: string }).code === 'NOT_FOUND') return null;
      throw error;
    }
  }

  async servingPoint(point: LatLng, vendorIds: string[], requestId: string): Promise<VendorServiceCheck[]> {
    if (!vendorIds.length) return [];
    const data = await this.vendors.request(VendorsServingPointDocument, { point, vendorIds }, requestId);
    return data.vendorsServingPointForService.map((check) => ({
      vendorId: check.vendorId,
      status: check.status,
      acceptingOrders: check.acceptingOrders,
      depot: check.location,
      serviceRadiusKm: check.radiusKm,
      serves: check.serves,
    }));
  }
}
