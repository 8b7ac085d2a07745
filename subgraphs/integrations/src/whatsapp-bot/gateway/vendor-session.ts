/**
 * The bot signs in as the linked vendor user, as the vendor web does: firebase-admin mints a
 * custom token for the user's Firebase uid, Identity Toolkit's `accounts:signInWithCustomToken`
 * exchanges it for an ID token (the user's own custom claims: roles, vendorId), and the gateway
 * verifies that token like any app's. Tokens are cached per user until a minute before expiry.
 * Locally the Auth emulator serves the same endpoint (FIREBASE_AUTH_EMULATOR_HOST).
 */
import type { Auth } from 'firebase-admin/auth';
import { ServiceUnavailableError } from '@realserv/platform';
import { GatewayError } from './gateway-error.js';

const REFRESH_MARGIN_MS = 60_000;

export interface VendorSessionOptions {
  auth: Auth;
  /** The Firebase project's Web API key (any value on the emulator). */
  webApiKey: string;
  /** host:port of the Auth emulator, or undefined for Google's Identity Toolkit. */
  emulatorHost: string | undefined;
  now?: () => number;
}

export class VendorSessions {
  private readonly tokens = new Map<string, { idToken: string; expiresAt: number }>();
  private readonly pending = new Map<string, Promise<string>>();
  private readonly now: () => number;

  constructor(private readonly options: VendorSessionOptions) {
    this.now = options.now ?? Date.now;
  }

  /** An ID token for the user (cached; concurrent callers share one exchange). */
  async idToken(firebaseUid: string): Promise<string> {
    const cached = this.tokens.get(firebaseUid);
    if (cached && cached.expiresAt - REFRESH_MARGIN_MS > this.now()) return cached.idToken;
    const inFlight = this.pending.get(firebaseUid);
    if (inFlight) return inFlight;
    const exchange = this.exchange(firebaseUid).finally(() => this.pending.delete(firebaseUid));
    this.pending.set(firebaseUid, exchange);
    return exchange;
  }

  /** Drops a user's token (after the gateway refused it). Unlinking does not call it: the bot looks the link up on every message, so an unlinked number never reaches a token. */
  forget(firebaseUid: string): void {
    this.tokens.delete(firebaseUid);
  }

  private async exchange(firebaseUid: string): Promise<string> {
    const customToken = await this.options.auth.createCustomToken(firebaseUid);
    const base = this.options.emulatorHost ? `http://${this.options.emulatorHost}/identitytoolkit.googleapis.com` : 'https://identitytoolkit.googleapis.com';
    let response: Response;
    try {
      response = await fetch(`${base}/v1/accounts:signInWithCustomToken?key=${encodeURIComponent(this.options.webApiKey)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ token: customToken, returnSecureToken: true }),
        signal: AbortSignal.timeout(10_000),
      });
    } catch (error) {
      throw new ServiceUnavailableError(`Identity Toolkit unreachable: ${(error as Error).message}`);
    }
    const body = (await response.json().catch(() => ({}))) as { idToken?: string; expiresIn?: string; error?: { message?: string } };
    // A suspended (disabled) or deleted user cannot sign in: the bot acts for nobody.
    if (response.status === 400 && /USER_DISABLED|USER_NOT_FOUND/.test(body.error?.message ?? '')) {
      throw new GatewayError('UNAUTHENTICATED', `the vendor user cannot sign in (${body.error!.message})`, null);
    }
    if (!response.ok || !body.idToken) throw new ServiceUnavailableError(`signInWithCustomToken answered HTTP ${response.status}`);
    const expiresInMs = Number(body.expiresIn ?? '3600') * 1000;
    this.tokens.set(firebaseUid, { idToken: body.idToken, expiresAt: this.now() + expiresInMs });
    return body.idToken;
  }
}
