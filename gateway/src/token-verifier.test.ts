import type { Auth, DecodedIdToken } from 'firebase-admin/auth';
import { ServiceUnavailableError, UnauthenticatedError } from '@realserv/platform';
import { TokenVerifier, sessionProblem, toCaller } from './token-verifier.js';

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

describe('checking revocation against the identity provider', () => {
  const decoded = { uid: 'fb-uid', auth_time: 1_000, exp: 2_000_000_000, email: 'a@b.in' } as unknown as DecodedIdToken;
  const fakeAuth = (getUser: () => Promise<unknown>, getUsers?: () => Promise<unknown>) =>
    ({ verifyIdToken: async () => decoded, getUser, getUsers }) as unknown as Auth;
  const firebaseError = (code: string) => Object.assign(new Error(code), { code });

  it('an unreachable provider is a retryable SERVICE_UNAVAILABLE, not a deleted account', async () => {
    for (const failure of [firebaseError('app/network-error'), firebaseError('auth/internal-error'), new TypeError('fetch failed')]) {
      const verifier = new TokenVerifier(fakeAuth(() => Promise.reject(failure)), 30);
      const error = await verifier.verify('token').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ServiceUnavailableError);
      expect(error).toMatchObject({ code: 'SERVICE_UNAVAILABLE', details: { retryable: true } });
    }
  });

  it('an outage is not cached: the next request succeeds once the provider answers', async () => {
    let down = true;
    const verifier = new TokenVerifier(
      fakeAuth(async () => {
        if (down) throw firebaseError('app/network-timeout');
        return { uid: 'fb-uid', disabled: false };
      }),
      30,
    );
    await expect(verifier.verify('token')).rejects.toBeInstanceOf(ServiceUnavailableError);
    down = false;
    await expect(verifier.verify('token')).resolves.toMatchObject({ firebaseUid: 'fb-uid' });
  });

  it('a deleted, disabled or revoked user is UNAUTHENTICATED with its own reason', async () => {
    const cases: Array<[() => Promise<unknown>, RegExp]> = [
      [() => Promise.reject(firebaseError('auth/user-not-found')), /no longer exists/],
      [async () => ({ uid: 'fb-uid', disabled: true }), /disabled/],
      [async () => ({ uid: 'fb-uid', disabled: false, tokensValidAfterTime: new Date(5_000_000).toUTCString() }), /revoked/],
    ];
    for (const [getUser, message] of cases) {
      const error = await new TokenVerifier(fakeAuth(getUser), 30).verify('token').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UnauthenticatedError);
      expect((error as Error).message).toMatch(message);
    }
  });

  it('re-checking open sessions reads fresh states, marks missing users gone, and reports outages', async () => {
    const verifier = new TokenVerifier(
      fakeAuth(
        async () => ({ uid: 'fb-uid', disabled: false }),
        async () => ({ users: [{ uid: 'a', disabled: true }], notFound: [{ uid: 'b' }] }),
      ),
      30,
    );
    const states = await verifier.refresh(['a', 'b']);
    expect(sessionProblem(states.get('a')!, 0)).toMatch(/disabled/);
    expect(sessionProblem(states.get('b')!, 0)).toMatch(/no longer exists/);
    const down = new TokenVerifier(fakeAuth(async () => ({}), () => Promise.reject(firebaseError('app/network-error'))), 30);
    await expect(down.refresh(['a'])).rejects.toBeInstanceOf(ServiceUnavailableError);
  });
});

describe('reusing a verified token', () => {
  const firebaseError = (code: string) => Object.assign(new Error(code), { code });
  const counting = (exp = 2_000_000_000) => {
    const calls = { verifyIdToken: 0, getUser: 0 };
    let disabled = false;
    const auth = {
      verifyIdToken: async (idToken: string) => {
        calls.verifyIdToken += 1;
        if (idToken === 'forged') throw firebaseError('auth/argument-error');
        return { uid: 'fb-uid', auth_time: 1_000, exp, roles: ['BUYER'] } as unknown as DecodedIdToken;
      },
      getUser: async () => {
        calls.getUser += 1;
        return { uid: 'fb-uid', disabled };
      },
    } as unknown as Auth;
    return { auth, calls, disable: () => (disabled = true) };
  };

  it('verifies a token once within the revocation window, and still checks revocation on every request', async () => {
    const { auth, calls, disable } = counting();
    const verifier = new TokenVerifier(auth, 30);
    await expect(verifier.verify('token')).resolves.toMatchObject({ firebaseUid: 'fb-uid', roles: ['BUYER'] });
    await expect(verifier.verify('token')).resolves.toMatchObject({ firebaseUid: 'fb-uid' });
    expect(calls.verifyIdToken).toBe(1);
    // The user's state is what revocation reads: once it is re-read, the reused token is refused.
    disable();
    verifier.forget('fb-uid');
    await expect(verifier.verify('token')).rejects.toThrow(/disabled/);
    expect(calls.verifyIdToken).toBe(1);
  });

  it('never reuses a refusal, nor a token past its expiry, nor anything when the window is 0', async () => {
    const bad = counting();
    const verifier = new TokenVerifier(bad.auth, 30);
    await expect(verifier.verify('forged')).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(verifier.verify('forged')).rejects.toBeInstanceOf(UnauthenticatedError);
    expect(bad.calls.verifyIdToken).toBe(2);

    const expiring = counting(Math.floor(Date.now() / 1000));
    const soon = new TokenVerifier(expiring.auth, 30);
    await soon.verify('token');
    await soon.verify('token');
    expect(expiring.calls.verifyIdToken).toBe(2);

    const uncached = counting();
    const strict = new TokenVerifier(uncached.auth, 0);
    await strict.verify('token');
    await strict.verify('token');
    expect(uncached.calls.verifyIdToken).toBe(2);
  });
});
