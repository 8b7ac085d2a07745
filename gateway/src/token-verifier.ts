import { LRUCache } from 'lru-cache';
import type { Auth, DecodedIdToken } from 'firebase-admin/auth';
import { USER_ROLES, UnauthenticatedError, type Caller, type Role } from '@realserv/platform';

/** Custom claims RealServ sets on a Firebase user (identity subgraph). */
interface RealServClaims {
  userId?: unknown;
  roles?: unknown;
  vendorId?: unknown;
}

/**
 * Turns a Firebase ID token into a Caller. The signature and expiry are checked locally
 * (cached Google certificates); revocation (disabled user, revoked sessions) needs a user
 * lookup, which is cached per uid for a short time so it is not a network call per request.
 */
export class TokenVerifier {
  private readonly userState: LRUCache<string, { disabled: boolean; validSinceSeconds: number }> | null;

  constructor(
    private readonly auth: Auth,
    revocationCacheSeconds: number,
  ) {
    this.userState =
      revocationCacheSeconds > 0 ? new LRUCache({ max: 50_000, ttl: revocationCacheSeconds * 1000 }) : null;
  }

  async verify(idToken: string): Promise<Caller> {
    return (await this.verifyWithExpiry(idToken)).caller;
  }

  /** The caller and when the token expires (sockets close then: graphql-ws has no re-auth). */
  async verifyWithExpiry(idToken: string): Promise<{ caller: Caller; expiresAt: number }> {
    let decoded: DecodedIdToken;
    try {
      decoded = await this.auth.verifyIdToken(idToken, this.userState === null);
    } catch {
      throw new UnauthenticatedError('The ID token is invalid or expired. Sign in again.');
    }
    if (this.userState) await this.checkNotRevoked(decoded);
    return { caller: toCaller(decoded), expiresAt: decoded.exp * 1000 };
  }

  /** Forget what we know about a user (e.g. after their status changed). */
  forget(firebaseUid: string): void {
    this.userState?.delete(firebaseUid);
  }

  private async checkNotRevoked(decoded: DecodedIdToken): Promise<void> {
    let state = this.userState!.get(decoded.uid);
    if (!state) {
      try {
        const user = await this.auth.getUser(decoded.uid);
        const validSince = user.tokensValidAfterTime ? Date.parse(user.tokensValidAfterTime) / 1000 : 0;
        state = { disabled: user.disabled, validSinceSeconds: Math.floor(validSince) };
      } catch {
        throw new UnauthenticatedError('This account no longer exists.');
      }
      this.userState!.set(decoded.uid, state);
    }
    if (state.disabled) throw new UnauthenticatedError('This account is disabled.');
    if (decoded.auth_time < state.validSinceSeconds) {
      throw new UnauthenticatedError('This session was revoked. Sign in again.');
    }
  }
}

export function toCaller(decoded: DecodedIdToken): Caller {
  const claims = decoded as DecodedIdToken & RealServClaims;
  const roles = Array.isArray(claims.roles)
    ? claims.roles.filter((r): r is Role => typeof r === 'string' && (USER_ROLES as readonly string[]).includes(r))
    : [];
  return {
    firebaseUid: decoded.uid,
    userId: typeof claims.userId === 'string' ? claims.userId : null,
    roles,
    vendorId: typeof claims.vendorId === 'string' ? claims.vendorId : null,
    email: decoded.email ?? null,
    phone: decoded.phone_number ?? null,
  };
}
