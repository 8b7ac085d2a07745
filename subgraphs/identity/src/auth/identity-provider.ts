import type { Auth } from 'firebase-admin/auth';
import type { Role } from '@realserv/platform';

/** The custom claims RealServ keeps on a Firebase user; the gateway reads them into the Caller. */
export interface RoleClaims {
  roles: Role[];
  userId: string;
  vendorId?: string | null;
}

/**
 * The auth port: what identity needs from Firebase Auth. One adapter, because the local default
 * is the Firebase Auth emulator, which the same firebase-admin calls talk to.
 */
export interface IdentityProvider {
  setRoleClaims(firebaseUid: string, claims: RoleClaims): Promise<void>;
  createUser(input: { email: string; password: string; displayName: string }): Promise<string>;
  findUserByEmail(email: string): Promise<string | null>;
  setDisabled(firebaseUid: string, disabled: boolean): Promise<void>;
}

export class FirebaseIdentityProvider implements IdentityProvider {
  constructor(private readonly auth: Auth) {}

  async setRoleClaims(firebaseUid: string, claims: RoleClaims): Promise<void> {
    const user = await this.auth.getUser(firebaseUid);
    // Merge, so claims another subgraph owns (e.g. vendorId) survive a role update.
    const merged: Record<string, unknown> = { ...(user.customClaims ?? {}), roles: claims.roles, userId: claims.userId };
    if (claims.vendorId !== undefined) merged.vendorId = claims.vendorId;
    await this.auth.setCustomUserClaims(firebaseUid, merged);
  }

  async createUser(input: { email: string; password: string; displayName: string }): Promise<string> {
    const user = await this.auth.createUser({
      email: input.email,
      password: input.password,
      displayName: input.displayName,
      emailVerified: false,
    });
    return user.uid;
  }

  async findUserByEmail(email: string): Promise<string | null> {
    try {
      return (await this.auth.getUserByEmail(email)).uid;
    } catch (error) {
      if ((error as { code?: string }).code === 'auth/user-not-found') return null;
      throw error;
    }
  }

  async setDisabled(firebaseUid: string, disabled: boolean): Promise<void> {
    await this.auth.updateUser(firebaseUid, { disabled });
    // Disabling alone leaves issued ID tokens valid for up to an hour; revoking ends them.
    if (disabled) await this.auth.revokeRefreshTokens(firebaseUid);
  }
}
