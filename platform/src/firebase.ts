import { z } from 'zod';
import { initializeApp, getApps, applicationDefault, type App } from 'firebase-admin/app';
import { getAuth, type Auth } from 'firebase-admin/auth';
import type { Logger } from 'pino';
import { ConfigError } from './config.js';

/**
 * Firebase Admin settings. With FIREBASE_AUTH_EMULATOR_HOST set (local default, tests) the SDK
 * talks to the Auth emulator; otherwise it uses Google application default credentials.
 */
export const firebaseConfigSchema = z.object({
  FIREBASE_PROJECT_ID: z.string().min(1),
  FIREBASE_AUTH_EMULATOR_HOST: z.string().optional(),
  /** Opt-in for the Auth emulator under NODE_ENV=production (docker-compose only): see below. */
  REALSERV_LOCAL_AUTH_EMULATOR: z.string().optional(),
});
export type FirebaseConfig = z.infer<typeof firebaseConfigSchema>;

/**
 * The Auth emulator accepts unsigned (`alg: none`) ID tokens, so whoever reaches a service in
 * emulator mode can claim any user and any role. Production processes refuse it unless this
 * exact value says the deployment is a local one (docker-compose); no real deployment sets it.
 */
export const AUTH_EMULATOR_OPT_IN = 'I_UNDERSTAND_TOKENS_ARE_UNSIGNED';

/** Why this configuration must not start, or null. */
export function authEmulatorProblem(config: FirebaseConfig & { NODE_ENV?: string }): string | null {
  if (config.NODE_ENV !== 'production' || !config.FIREBASE_AUTH_EMULATOR_HOST) return null;
  if (config.REALSERV_LOCAL_AUTH_EMULATOR === AUTH_EMULATOR_OPT_IN) return null;
  return (
    'FIREBASE_AUTH_EMULATOR_HOST is set with NODE_ENV=production: the Auth emulator accepts unsigned ID tokens, ' +
    'so anyone could act as any user or admin. Unset it (production uses real Firebase credentials), or for a ' +
    `local-only stack set REALSERV_LOCAL_AUTH_EMULATOR=${AUTH_EMULATOR_OPT_IN}.`
  );
}

/**
 * Run once at start by every service that reads Firebase settings: refuses the emulator in
 * production without the opt-in (ConfigError), and says loudly whenever tokens are not
 * signature-checked.
 */
export function checkAuthEmulator(service: string, config: FirebaseConfig & { NODE_ENV?: string }, log: Logger): void {
  const problem = authEmulatorProblem(config);
  if (problem) throw new ConfigError(service, [problem]);
  if (!config.FIREBASE_AUTH_EMULATOR_HOST) return;
  // Expected under `npm start` and the tests; a production build running this way must stand out.
  log[config.NODE_ENV === 'production' ? 'warn' : 'info'](
    { emulator: config.FIREBASE_AUTH_EMULATOR_HOST, optIn: config.REALSERV_LOCAL_AUTH_EMULATOR === AUTH_EMULATOR_OPT_IN },
    '!!! FIREBASE AUTH EMULATOR MODE: ID tokens are NOT signature-checked, so anyone who can reach this service can act as any user, admins included. Local use only: keep its ports on loopback or a private network. !!!',
  );
}

export function firebaseAuth(config: FirebaseConfig & { NODE_ENV?: string }): Auth {
  const problem = authEmulatorProblem(config);
  if (problem) throw new ConfigError('firebase', [problem]);
  if (config.FIREBASE_AUTH_EMULATOR_HOST) {
    // firebase-admin reads the emulator host from the environment itself.
    process.env.FIREBASE_AUTH_EMULATOR_HOST = config.FIREBASE_AUTH_EMULATOR_HOST;
  }
  const existing = getApps()[0];
  const app: App =
    existing ??
    initializeApp({
      projectId: config.FIREBASE_PROJECT_ID,
      ...(config.FIREBASE_AUTH_EMULATOR_HOST ? {} : { credential: applicationDefault() }),
    });
  return getAuth(app);
}

/**
 * Merges custom claims into a Firebase user's existing ones (identity owns `roles`/`userId`,
 * vendors owns `vendorId`; neither may drop the other's). Claims reach ID tokens when the
 * client refreshes its token.
 */
export async function mergeCustomClaims(auth: Auth, firebaseUid: string, claims: Record<string, unknown>): Promise<void> {
  const user = await auth.getUser(firebaseUid);
  await auth.setCustomUserClaims(firebaseUid, { ...(user.customClaims ?? {}), ...claims });
}
