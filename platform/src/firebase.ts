import { z } from 'zod';
import { initializeApp, getApps, applicationDefault, type App } from 'firebase-admin/app';
import { getAuth, type Auth } from 'firebase-admin/auth';

/**
 * Firebase Admin settings. With FIREBASE_AUTH_EMULATOR_HOST set (local default, tests) the SDK
 * talks to the Auth emulator; otherwise it uses Google application default credentials.
 */
export const firebaseConfigSchema = z.object({
  FIREBASE_PROJECT_ID: z.string().min(1),
  FIREBASE_AUTH_EMULATOR_HOST: z.string().optional(),
});
export type FirebaseConfig = z.infer<typeof firebaseConfigSchema>;

export function firebaseAuth(config: FirebaseConfig): Auth {
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
