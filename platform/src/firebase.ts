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
