import type { SubgraphRuntime } from '@realserv/platform';
import { KycStatus, LocationSource, Vendor, VendorStatus } from './vendor/vendor.entity.js';

/**
 * The demo vendors whose inventory catalog seeds (same ids), active and KYC-approved. Their depots
 * are GPS pins (source CLIENT) at the centres of their neighbourhoods as the local maps server
 * knows them (integrations' local-places.ts), and their formatted addresses are written the way
 * it writes them, so `npm start` and the tests see the same map as a geocoded address would.
 */
const DEMO_VENDORS = [
  { id: '6f1f5a3e-2c0b-4c8e-9a51-1d1c9e6b7a01', businessName: 'Sri Balaji Building Materials', gstin: '29AAPFU0939F1ZR', city: 'Bengaluru', line1: 'Survey 12, ITPL Road', locality: 'Whitefield', pincode: '560066', latitude: 12.9698, longitude: 77.75 },
  { id: '6f1f5a3e-2c0b-4c8e-9a51-1d1c9e6b7a02', businessName: 'Lakshmi Tiles & Sanitary', gstin: '29AABCL1234M1ZF', city: 'Bengaluru', line1: '11th Main, 4th Block', locality: 'Jayanagar', pincode: '560011', latitude: 12.925, longitude: 77.5938 },
  { id: '6f1f5a3e-2c0b-4c8e-9a51-1d1c9e6b7a03', businessName: 'Modern Electricals & Paints', gstin: '29AACFM5678K1ZN', city: 'Bengaluru', line1: 'Tumkur Road', locality: 'Yeshwanthpur', pincode: '560022', latitude: 13.0285, longitude: 77.5401 },
];

export async function seedVendors(runtime: SubgraphRuntime): Promise<void> {
  const em = runtime.orm.em.fork();
  for (const [index, demo] of DEMO_VENDORS.entries()) {
    if (await em.count(Vendor, { id: demo.id })) continue;
    em.create(Vendor, {
      id: demo.id,
      // Owned by placeholder users: the demo vendor account acts for Balaji through its vendorId claim.
      ownerUserId: `00000000-0000-4000-8000-00000000000${index + 1}`,
      ownerFirebaseUid: `demo-vendor-owner-${index + 1}`,
      businessName: demo.businessName,
      gstin: demo.gstin,
      pan: demo.gstin.slice(2, 12),
      businessAddress: {
        line1: demo.line1,
        line2: demo.locality,
        city: demo.city,
        state: 'Karnataka',
        pincode: demo.pincode,
        latitude: demo.latitude,
        longitude: demo.longitude,
        formattedAddress: `${demo.line1}, ${demo.locality}, ${demo.city}, Karnataka ${demo.pincode}, India`,
        locationSource: LocationSource.CLIENT,
      },
      serviceRadiusKm: 30,
      status: VendorStatus.ACTIVE,
      kycStatus: KycStatus.APPROVED,
      acceptingOrders: true,
    });
  }
  await em.flush();
}
