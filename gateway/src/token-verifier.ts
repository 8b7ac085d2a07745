import { LRUCache } from 'lru-cache';
import type { Auth, DecodedIdToken, UserRecord } from 'firebase-admin/auth';
import {
  USER_ROLES,
  ServiceUnavailableError,
  UnauthenticatedError,
  type Caller,
  type Logger,
  type Role,
} from '@realserv/platform';

/** Custom claims RealServ sets on a Firebase user (identity subgraph). */
interface RealServClaims {
  userId?: unknown;
  roles?: unknown;
  vendorId?: unknown;
}

/** What the revocation check needs to know about a Firebase user; `gone` when it was deleted. */
export type UserState = { disabled: boolean; validSinceSeconds: number } | 'gone';

/** A verified token: who, until when, and when the user signed in (for revocation checks). */
export interface VerifiedSession {
  caller: Caller;
  expiresAt: number;
  /** Token `auth_time` (seconds): sessions older than the user's `tokensValidAfterTime` are revoked. */
  authTime: number;
}

const UNAVAILABLE = 'Sign-in cannot be checked right now (the identity provider is unreachable). Try again shortly.';

/**
 * Turns a Firebase ID token into a Caller. The signature and expiry are checked locally
 * (cached Google certificates); revocation (disabled user, revoked sessions) needs a user
 * lookup, which is cached per uid for a short time so it is not a network call per request.
 * A lookup that fails for any reason other than "no such user" is an outage of the identity
 * provider: a retryable SERVICE_UNAVAILABLE, never "this account no longer exists".
 */
export class TokenVerifier {
  private readonly userState: LRUCache<string, UserState> | null;
  /**
   * Tokens already verified, for the rest of their lifetime but no longer than the revocation
   * window: a client sends the same token for up to an hour, and verifying it again (a signature
   * check; with the Auth emulator a user lookup too) was most of a signed-in request's extra
   * CPU. Revocation is still checked on every request, against `userState`.
   */
  private readonly sessions: LRUCache<string, VerifiedSession> | null;

  constructor(
    private readonly auth: Auth,
    private readonly revocationCacheSeconds: number,
    private readonly log?: Logger,
  ) {
    this.userState =
      revocationCacheSeconds > 0 ? new LRUCache({ max: 50_000, ttl: revocationCacheSeconds * 1000 }) : null;
    this.sessions = revocationCacheSeconds > 0 ? new LRUCache({ max: 20_000, ttl: revocationCacheSeconds * 1000 }) : null;
  }

  async verify(idToken: string): Promise<Caller> {
    return (await this.verifySession(idToken)).caller;
  }

  /** The caller, when the token expires and when the user signed in (sockets re-check both). */
  async verifySession(idToken: string): Promise<VerifiedSession> {
    let session = this.sessions?.get(idToken);
    if (!session || session.expiresAt <= Date.now()) {
      let decoded: DecodedIdToken;
      try {
        decoded = await this.auth.verifyIdToken(idToken, this.userState === null);
      } catch (error) {
        throw this.translate(error, 'The ID token is invalid or expired. Sign in again.');
      }
      session = { caller: toCaller(decoded), expiresAt: decoded.exp * 1000, authTime: decoded.auth_time };
      const lifetime = Math.min(this.revocationCacheSeconds * 1000, session.expiresAt - Date.now());
      if (this.sessions && lifetime > 0) this.sessions.set(idToken, session, { ttl: lifetime });
    }
    if (this.userState) {
      const uid = session.caller.firebaseUid;
      let state = this.userState.get(uid);
      if (!state) {
        state = await this.lookUp(uid);
        this.userState.set(uid, state);
      }
      const problem = sessionProblem(state, session.authTime);
      if (problem) throw new UnauthenticatedError(problem);
    }
    return session;
  }

  /**
   * Fresh states for these users (no cache), in batches of 100, refreshing the cache too. Open
   * sockets are re-checked with this, so a suspension reaches them within one check interval.
   */
  async refresh(uids: string[]): Promise<Map<string, UserState>> {
    const states = new Map<string, UserState>();
    for (let i = 0; i < uids.length; i += 100) {
      const batch = uids.slice(i, i + 100);
      let result;
      try {
        result = await this.auth.getUsers(batch.map((uid) => ({ uid })));
      } catch (error) {
        this.log?.warn({ err: error }, 'identity provider unreachable while re-checking open sockets');
        throw new ServiceUnavailableError('identity provider unreachable', UNAVAILABLE);
      }
      for (const user of result.users) states.set(user.uid, stateOf(user));
      for (const uid of batch) if (!states.has(uid)) states.set(uid, 'gone');
    }
    for (const [uid, state] of states) this.userState?.set(uid, state);
    return states;
  }

  /** Forget what we know about a user (e.g. after their status changed). */
  forget(firebaseUid: string): void {
    this.userState?.delete(firebaseUid);
  }

  private async lookUp(uid: string): Promise<UserState> {
    try {
      return stateOf(await this.auth.getUser(uid));
    } catch (error) {
      if (firebaseCode(error) === 'auth/user-not-found') return 'gone';
      this.log?.warn({ err: error, code: firebaseCode(error) }, 'identity provider unreachable: cannot check token revocation');
      throw new ServiceUnavailableError('identity provider unreachable', UNAVAILABLE);
    }
  }

  /** verifyIdToken errors: a bad token, a user problem (checkRevoked mode), or an outage. */
  private translate(error: unknown, invalidMessage: string): Error {
    const code = firebaseCode(error);
    if (code === 'auth/user-not-found') return new UnauthenticatedError(sessionProblem('gone', 0)!);
    if (code === 'auth/user-disabled') return new UnauthenticatedError(sessionProblem({ disabled: true, validSinceSeconds: 0 }, 0)!);
    if (code === 'auth/id-token-revoked') return new UnauthenticatedError('This session was revoked. Sign in again.');
    if (isOutage(code)) {
      this.log?.warn({ err: error, code }, 'identity provider unreachable: cannot verify ID tokens');
      return new ServiceUnavailableError('identity provider unreachable', UNAVAILABLE);
    }
    return new UnauthenticatedError(invalidMessage);
  }
}

/** Why a session of this user, signed in at `authTime`, is no longer valid; null if it is. */
export function sessionProblem(state: UserState, authTime: number): string | null {
  if (state === 'gone') return 'This account no longer exists.';
  if (state.disabled) return 'This account is disabled.';
  if (authTime < state.validSinceSeconds) return 'This session was revoked. Sign in again.';
  return null;
}

function stateOf(user: UserRecord): UserState {
  const validSince = user.tokensValidAfterTime ? Date.parse(user.tokensValidAfterTime) / 1000 : 0;
  return { disabled: user.disabled, validSinceSeconds: Math.floor(validSince) };
}

function firebaseCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Network failures and provider-side errors (5xx, certificates unobtainable), not token faults. */
function isOutage(code: string | undefined): boolean {
  return code !== undefined && (code.startsWith('app/') || code === 'auth/internal-error');
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
