import type { Auth } from 'firebase-admin/auth';
import { mergeCustomClaims, type Role } from '@realserv/platform';

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
  /** Removes the sign-in account; an account already gone is not an error (deletion is retried). */
  deleteUser(firebaseUid: string): Promise<void>;
}

export class FirebaseIdentityProvider implements IdentityProvider {
  constructor(private readonly auth: Auth) {}

  async setRoleClaims(firebaseUid: string, claims: RoleClaims): Promise<void> {
    // Merge, so claims another subgraph owns (e.g. vendorId) survive a role update.
    await mergeCustomClaims(this.auth, firebaseUid, {
      roles: claims.roles,
      userId: claims.userId,
      ...(claims.vendorId !== undefined ? { vendorId: claims.vendorId } : {}),
    });
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

  async deleteUser(firebaseUid: string): Promise<void> {
    try {
      await this.auth.deleteUser(firebaseUid);
    } catch (error) {
      if ((error as { code?: string }).code !== 'auth/user-not-found') throw error;
    }
  }
}
