import { randomUUID } from 'node:crypto';
import type { IdentityProvider } from '../../subgraphs/identity/src/auth/identity-provider.js';

/**
 * identity's auth port for tests of identity's own code on a scratch database (no Firebase Auth
 * emulator account behind the users): every call succeeds, and the uids it disabled and deleted
 * are recorded, so a test can tell whether a change reached Firebase.
 */
export function recordingIdentityProvider(): IdentityProvider & { disabled: string[]; deleted: string[] } {
  const disabled: string[] = [];
  const deleted: string[] = [];
  return {
    disabled,
    deleted,
    setRoleClaims: async () => {},
    createUser: async () => randomUUID(),
    findUserByEmail: async () => null,
    setDisabled: async (uid, off) => {
      if (off) disabled.push(uid);
    },
    deleteUser: async (uid) => void deleted.push(uid),
  };
}
