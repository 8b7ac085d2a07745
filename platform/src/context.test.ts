import type { Caller } from './caller.js';
import { requireVendorId } from './context.js';
import { ForbiddenError, UnauthenticatedError } from './errors.js';

const caller = (roles: Caller['roles'], vendorId: string | null = null): Caller => ({ firebaseUid: 'uid', userId: 'user-1', vendorId, roles, email: null, phone: null });

describe('requireVendorId: the vendor a signed-in vendor acts for', () => {
  it('is the vendorId claim of a VENDOR caller', () => {
    expect(requireVendorId({ caller: caller(['VENDOR'], 'vendor-1') })).toBe('vendor-1');
  });

  it('refuses a vendor before onboarding, a caller who is not a vendor, and anyone signed out', () => {
    expect(() => requireVendorId({ caller: caller(['VENDOR']) })).toThrow(ForbiddenError);
    expect(() => requireVendorId({ caller: caller(['BUYER'], 'vendor-1') })).toThrow(ForbiddenError);
    expect(() => requireVendorId({ caller: caller(['ADMIN'], 'vendor-1') })).toThrow(ForbiddenError);
    expect(() => requireVendorId({ caller: null })).toThrow(UnauthenticatedError);
  });
});
