import { UserType } from './user/user.entity.js';

/** Demo accounts the embedded default seeds (never in production: SEED_DEMO_DATA is off there). */
export const DEMO_USERS = [
  {
    email: 'buyer@realserv.test',
    password: 'RealServ-buyer-1',
    fullName: 'Asha Buyer',
    type: UserType.BUYER,
    phone: '+919800000001',
    // A site in Whitefield, about 2.5 km from the demo vendor Sri Balaji's depot; a GPS pin in the
    // neighbourhood the local maps server knows (integrations' local-places.ts), written its way.
    deliveryAddress: {
      label: 'Whitefield site',
      contactName: 'Asha Buyer',
      contactPhone: '+919800000001',
      line1: 'Plot 7, ITPL Main Road',
      line2: 'Whitefield',
      city: 'Bengaluru',
      state: 'Karnataka',
      pincode: '560066',
      latitude: 12.9856,
      longitude: 77.7362,
      formattedAddress: 'Plot 7, ITPL Main Road, Whitefield, Bengaluru, Karnataka 560066, India',
    },
  },
  {
    email: 'vendor@realserv.test',
    password: 'RealServ-vendor-1',
    fullName: 'Vikram Vendor',
    type: UserType.VENDOR,
    phone: '+919800000002',
    // Staff of the demo vendor "Sri Balaji Building Materials" (catalog seed); vendor
    // onboarding sets this claim for real vendors.
    vendorId: '6f1f5a3e-2c0b-4c8e-9a51-1d1c9e6b7a01',
  },
  { email: 'admin@realserv.test', password: 'RealServ-admin-1', fullName: 'Anil Admin', type: UserType.ADMIN, phone: '+919800000003' },
] as const;
