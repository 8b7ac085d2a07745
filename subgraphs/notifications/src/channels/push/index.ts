import type { Router } from 'express';
import type { PushPort } from '../port.js';

export interface PushSettings {
  /** `fcm`: Firebase Cloud Messaging with the app's default credentials; `local`: recorded in this process. */
  transport: 'fcm' | 'local';
  /** The Firebase project that owns the apps' registration tokens (FIREBASE_PROJECT_ID). */
  projectId: string;
}

/** A push port, and for the local one the `/_local/push` routes tests read it through. */
export type PushChannel = PushPort & { routes?: (router: Router) => void };

/** Firebase app used only for messaging: real credentials, whatever the Auth settings (emulator) are. */
const PUSH_APP_NAME = 'realserv-push';

export async function createPushPort(settings: PushSettings): Promise<PushChannel> {
  if (settings.transport === 'local') {
    // Loaded only when chosen: a production build never imports the local recorder.
    const { LocalPushPort } = await import('./local/index.js');
    return new LocalPushPort();
  }
  const [{ applicationDefault, getApps, initializeApp }, { getMessaging }, { FcmPushPort }] = await Promise.all([
    import('firebase-admin/app'),
    import('firebase-admin/messaging'),
    import('./fcm-push-port.js'),
  ]);
  const app = getApps().find((a) => a.name === PUSH_APP_NAME) ?? initializeApp({ credential: applicationDefault(), projectId: settings.projectId }, PUSH_APP_NAME);
  return new FcmPushPort(getMessaging(app));
}
