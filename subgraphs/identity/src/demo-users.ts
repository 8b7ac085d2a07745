import { UserType } from './user/user.entity.js';

/** Demo accounts the embedded default seeds (never in production: SEED_DEMO_DATA is off there). */
export const DEMO_USERS = [
  { email: 'buyer@realserv.test', password: 'RealServ-buyer-1', fullName: 'Asha Buyer', type: UserType.BUYER, phone: '+919800000001' },
  { email: 'vendor@realserv.test', password: 'RealServ-vendor-1', fullName: 'Vikram Vendor', type: UserType.VENDOR, phone: '+919800000002' },
  { email: 'admin@realserv.test', password: 'RealServ-admin-1', fullName: 'Anil Admin', type: UserType.ADMIN, phone: '+919800000003' },
] as const;
