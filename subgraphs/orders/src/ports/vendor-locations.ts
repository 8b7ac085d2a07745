import type { PeerClient } from '@realserv/platform';
import type { LatLng } from '../delivery/delivery-charge.js';

export interface VendorProfile {
  status: 'PENDING_KYC' | 'ACTIVE' | 'SUSPENDED';
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
      const data = await this.vendors.request<{
        vendor: {
          status: VendorProfile['status'];
          acceptingOrders: boolean;
          serviceRadiusKm: number;
          businessAddress: { latitude: number; longitude: number } | null;
        };
      }>('query V($id: ID!) { vendor(id: $id) { status acceptingOrders serviceRadiusKm businessAddress { latitude longitude } } }', { id: vendorId }, requestId);
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
