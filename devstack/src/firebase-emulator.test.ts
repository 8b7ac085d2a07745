import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startAuthEmulator } from './firebase-emulator.js';
import { freePort } from './ports.js';

/** The Auth emulator as `npm start` runs it (persistent): accounts survive a clean stop. */
describe('Auth emulator accounts across a clean restart', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'realserv-auth-'));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  const start = async () =>
    startAuthEmulator({
      workDir: join(dataDir, 'firebase'),
      exportDir: join(dataDir, 'firebase-export'),
      logFile: join(dataDir, 'firebase.log'),
      port: await freePort(),
      hubPort: await freePort(),
      loggingPort: await freePort(),
      projectId: 'demo-realserv',
    });
  const call = async (host: string, method: string, body: object) => {
    const response = await fetch(`http://${host}/identitytoolkit.googleapis.com/v1/accounts:${method}?key=local`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as { localId?: string; error?: { message: string } } };
  };

  test('an account signed up before a clean stop signs in after the next start', async () => {
    const account = { email: 'kept@realserv.test', password: 'Kept-password-1', returnSecureToken: true };
    const first = await start();
    let signedUp;
    try {
      signedUp = await call(first.host, 'signUp', account);
      expect(signedUp.status).toBe(200);
    } finally {
      await first.stop();
    }
    const second = await start();
    try {
      const signedIn = await call(second.host, 'signInWithPassword', account);
      expect({ status: signedIn.status, localId: signedIn.body.localId, error: signedIn.body.error?.message }).toEqual({
        status: 200,
        localId: signedUp.body.localId,
        error: undefined,
      });
    } finally {
      await second.stop();
    }
    // Two emulator boots: ~10 s on an idle machine, far more on a loaded one.
  }, 180_000);
});
