import type { PeerClient } from '@realserv/platform';
import type { LatLng } from '../delivery/delivery-charge.js';
import { VendorForOrderDocument, type VendorStatus } from './generated/vendors.js';

export interface VendorProfile {
  status: VendorStatus;
  acceptingOrders: boolean;
  /** Where the vendor dispatches from (its business address). */
  depot: LatLng | null;
  /** How far from the depot the vendor delivers (road-distance estimate), km. */
  serviceRadiusKm: number;
}

/** What orders needs to know about a vendor when an order is placed; vendors owns it. */
export interface VendorDirectory {
  find(vendorId: string, requestId: string): Promise<VendorProfile | null>;
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
