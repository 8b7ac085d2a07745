import { initializeApp } from 'firebase/app';
import {
  browserLocalPersistence,
  connectAuthEmulator,
  indexedDBLocalPersistence,
  initializeAuth,
  onIdTokenChanged,
  signInWithEmailAndPassword,
  signOut,
  type Auth,
  type User,
} from 'firebase/auth';
import type { RuntimeConfig } from './runtime-config';

/** The signed-in person as the dashboard sees them: the server still checks ADMIN on every call. */
export interface Session {
  user: User;
  email: string;
  isAdmin: boolean;
}

export function createAuth(config: RuntimeConfig): Auth {
  const app = initializeApp(config.firebase);
  // No popup/redirect resolver: email and password only, so no Firebase iframe is loaded.
  const auth = initializeAuth(app, { persistence: [indexedDBLocalPersistence, browserLocalPersistence] });
  if (config.authEmulatorUrl) connectAuthEmulator(auth, config.authEmulatorUrl, { disableWarnings: true });
  return auth;
}

/** Calls back with the session (or null) now and whenever the user or their token changes. */
export function watchSession(auth: Auth, onChange: (session: Session | null) => void): () => void {
  return onIdTokenChanged(auth, async (user) => {
    if (!user) return onChange(null);
    const { claims } = await user.getIdTokenResult();
    const roles = Array.isArray(claims.roles) ? (claims.roles as unknown[]) : [];
    onChange({ user, email: user.email ?? '', isAdmin: roles.includes('ADMIN') });
  });
}

/** Firebase's error codes, as sentences a person can act on. */
export function signInMessage(error: unknown): string {
  const code = (error as { code?: string }).code ?? '';
  if (['auth/invalid-credential', 'auth/wrong-password', 'auth/user-not-found', 'auth/invalid-email'].includes(code)) {
    return 'That email and password do not match an account.';
  }
  if (code === 'auth/too-many-requests') return 'Too many attempts: wait a minute and try again.';
  if (code === 'auth/user-disabled') return 'This account is disabled.';
  if (code === 'auth/network-request-failed') return 'Sign-in could not be reached: check the connection and try again.';
  return 'Sign-in failed: try again.';
}

export const signIn = (auth: Auth, email: string, password: string) => signInWithEmailAndPassword(auth, email, password);
export const signOutOf = (auth: Auth) => signOut(auth);
