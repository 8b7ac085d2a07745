import { randomUUID } from 'node:crypto';

/** Firebase Auth emulator REST calls, as a client SDK makes them (the API key is not checked). */
function emulatorUrl(path: string): string {
  const host = process.env.REALSERV_EMULATOR_HOST;
  if (!host) throw new Error('REALSERV_EMULATOR_HOST is not set: run e2e tests through jest (global setup).');
  return `http://${host}/identitytoolkit.googleapis.com/v1/${path}?key=local-test`;
}

export interface FirebaseSession {
  email: string;
  password: string;
  firebaseUid: string;
  idToken: string;
}

async function call(path: string, body: unknown): Promise<Record<string, unknown>> {
  const response = await fetch(emulatorUrl(path), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as Record<string, unknown>;
  if (!response.ok) throw new Error(`Auth emulator ${path} failed: ${JSON.stringify(json)}`);
  return json;
}

/** A brand-new email/password account (each test owns its users). */
export async function signUp(prefix = 'user'): Promise<FirebaseSession> {
  const email = `${prefix}-${randomUUID().slice(0, 12)}@e2e.realserv.test`;
  const password = `pw-${randomUUID()}`;
  await call('accounts:signUp', { email, password, returnSecureToken: true });
  // The emulator can stamp a new account's "valid since" a second after the sign-up token's
  // auth_time on a busy machine, which makes that first token look revoked: sign in once more.
  return signIn(email, password);
}

/** Signs in again: the fresh ID token carries the custom claims set since the last sign-in. */
export async function signIn(email: string, password: string): Promise<FirebaseSession> {
  const json = await call('accounts:signInWithPassword', { email, password, returnSecureToken: true });
  return { email, password, firebaseUid: String(json.localId), idToken: String(json.idToken) };
}
