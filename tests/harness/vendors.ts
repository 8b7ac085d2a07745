import { randomUUID } from 'node:crypto';
import { initializeApp, getApps } from 'firebase-admin/app';
import { getAuth } from 'firebase-admin/auth';
import { newVendorUser, type Actor } from './actors.js';

/**
 * Gives a registered vendor user a vendor id claim, as vendor onboarding will once the vendors
 * subgraph exists (issue 5). Until then this is the only way to act as a specific vendor.
 */
export async function withVendorClaim(actor: Actor, vendorId: string): Promise<Actor> {
  process.env.FIREBASE_AUTH_EMULATOR_HOST = process.env.REALSERV_EMULATOR_HOST;
  const app = getApps()[0] ?? initializeApp({ projectId: 'demo-realserv' });
  const auth = getAuth(app);
  const user = await auth.getUser(actor.session.firebaseUid);
  await auth.setCustomUserClaims(actor.session.firebaseUid, { ...(user.customClaims ?? {}), vendorId });
  await actor.refreshToken();
  return actor;
}

/** A vendor user acting for a new (or given) vendor id. */
export async function newVendor(vendorId: string = randomUUID()): Promise<Actor & { vendorId: string }> {
  const actor = await withVendorClaim(await newVendorUser('Vendor Staff'), vendorId);
  return Object.assign(actor, { vendorId });
}

/** The demo vendors' ids from the seed. */
export const DEMO_VENDOR_IDS = {
  balaji: '6f1f5a3e-2c0b-4c8e-9a51-1d1c9e6b7a01',
  lakshmi: '6f1f5a3e-2c0b-4c8e-9a51-1d1c9e6b7a02',
  modern: '6f1f5a3e-2c0b-4c8e-9a51-1d1c9e6b7a03',
} as const;
