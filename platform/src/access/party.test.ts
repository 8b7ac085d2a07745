import type { Caller } from '../caller.js';
import { partyTo } from './party.js';

const caller = (roles: Caller['roles'], ids: { userId?: string; vendorId?: string } = {}): Caller => ({
  firebaseUid: 'uid',
  userId: ids.userId ?? null,
  vendorId: ids.vendorId ?? null,
  roles,
  email: null,
  phone: null,
});
const order = { buyerId: 'buyer-1', vendorId: 'vendor-1' };

describe('partyTo: who a caller is to a buyer–vendor record', () => {
  it('an admin is ADMIN for any record', () => {
    expect(partyTo(caller(['ADMIN']), order)).toBe('ADMIN');
    expect(partyTo(caller(['ADMIN', 'BUYER'], { userId: 'buyer-1' }), order)).toBe('ADMIN');
  });

  it('the record’s own vendor and buyer, and nobody else', () => {
    expect(partyTo(caller(['VENDOR'], { vendorId: 'vendor-1' }), order)).toBe('VENDOR');
    expect(partyTo(caller(['BUYER'], { userId: 'buyer-1' }), order)).toBe('BUYER');
    expect(partyTo(caller(['VENDOR'], { vendorId: 'vendor-2' }), order)).toBeNull();
    expect(partyTo(caller(['BUYER'], { userId: 'buyer-2' }), order)).toBeNull();
    // The id alone is not enough: the role must match it.
    expect(partyTo(caller(['BUYER'], { vendorId: 'vendor-1' }), order)).toBeNull();
    expect(partyTo(caller(['VENDOR'], { userId: 'buyer-1' }), order)).toBeNull();
    expect(partyTo(caller(['SERVICE']), order)).toBeNull();
    expect(partyTo(null, order)).toBeNull();
  });

  it('a vendor who also buys is the VENDOR on their own shop’s records, the BUYER on their own purchases elsewhere', () => {
    const both = caller(['BUYER', 'VENDOR'], { userId: 'buyer-1', vendorId: 'vendor-1' });
    expect(partyTo(both, order)).toBe('VENDOR');
    expect(partyTo(both, { buyerId: 'buyer-1', vendorId: 'vendor-9' })).toBe('BUYER');
  });
});
