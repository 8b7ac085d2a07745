import type { Caller } from '../caller.js';

/** The side a caller is on for a record between one buyer and one vendor (an order, its payment, its delivery). */
export type Party = 'ADMIN' | 'VENDOR' | 'BUYER';

/**
 * Which party the caller is to `record`: an admin is ADMIN for every record, a vendor for its
 * own vendorId, a buyer for their own userId; null for anyone else (who should get NOT_FOUND).
 * Checked in that order, so a vendor who also buys is the VENDOR on their own shop's records.
 */
export function partyTo(caller: Caller | null | undefined, record: { buyerId: string; vendorId: string }): Party | null {
  if (!caller) return null;
  if (caller.roles.includes('ADMIN')) return 'ADMIN';
  if (caller.roles.includes('VENDOR') && caller.vendorId === record.vendorId) return 'VENDOR';
  if (caller.roles.includes('BUYER') && caller.userId === record.buyerId) return 'BUYER';
  return null;
}
