import type { DecodedIdToken } from 'firebase-admin/auth';
import { toCaller } from './token-verifier.js';

const token = (claims: Record<string, unknown>) =>
  ({ uid: 'fb-uid', email: 'a@b.in', phone_number: '+919800000001', ...claims }) as unknown as DecodedIdToken;

describe('reading the caller from a verified token', () => {
  it('takes roles, user id and vendor id from RealServ custom claims', () => {
    expect(toCaller(token({ roles: ['VENDOR'], userId: 'u-1', vendorId: 'v-1' }))).toEqual({
      firebaseUid: 'fb-uid',
      userId: 'u-1',
      roles: ['VENDOR'],
      vendorId: 'v-1',
      email: 'a@b.in',
      phone: '+919800000001',
    });
  });

  it('ignores unknown roles and malformed claims', () => {
    expect(toCaller(token({ roles: ['ADMIN', 'ROOT', 7], userId: 42 }))).toMatchObject({ roles: ['ADMIN'], userId: null });
    expect(toCaller(token({ roles: 'ADMIN' }))).toMatchObject({ roles: [], vendorId: null });
  });

  it('never grants the SERVICE role from a token, whatever its claims say', () => {
    expect(toCaller(token({ roles: ['SERVICE', 'BUYER'] })).roles).toEqual(['BUYER']);
  });
});
