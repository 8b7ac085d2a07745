import { createCipheriv, createDecipheriv, createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

/**
 * The delivery OTP policy: a 6-digit code the buyer tells the driver, from a CSPRNG, valid for
 * 10 minutes, at most 5 wrong attempts before it locks (a new code is then needed), and
 * regeneration rate-limited so the 1-in-a-million guess cannot be retried cheaply with fresh
 * codes. Stored as an HMAC for verification; a copy is encrypted (AES-256-GCM) so only the
 * buyer's app can show it until it expires. Decisions are pure functions of state and time.
 */
export const OTP_POLICY = Object.freeze({
  digits: 6,
  validForMs: 10 * 60 * 1000,
  maxWrongAttempts: 5,
  /** Minimum time between two codes for one delivery. */
  regenerateAfterMs: 60 * 1000,
  /** Codes per delivery per rolling hour. */
  maxCodesPerHour: 5,
});

export interface OtpState {
  codeHash: string;
  issuedAt: number;
  expiresAt: number;
  wrongAttempts: number;
  /** Issue times of the codes generated for this delivery in the last hour (including this one). */
  recentIssues: number[];
  verifiedAt: number | null;
}

export type VerifyOutcome =
  | { ok: true; state: OtpState }
  | { ok: false; reason: 'NO_CODE' | 'EXPIRED' | 'LOCKED' | 'WRONG_CODE' | 'ALREADY_VERIFIED'; attemptsLeft: number; state: OtpState | null };

export type IssueOutcome =
  | { ok: true; code: string; state: OtpState }
  | { ok: false; reason: 'TOO_SOON' | 'HOURLY_LIMIT' | 'ALREADY_VERIFIED'; retryAfterMs: number };

/** A uniformly random 6-digit code (leading zeros kept). */
export function generateCode(): string {
  return String(randomInt(0, 10 ** OTP_POLICY.digits)).padStart(OTP_POLICY.digits, '0');
}

/** HMAC-SHA256 keyed by a server secret and bound to the delivery, so hashes are useless elsewhere. */
export function hashCode(code: string, deliveryId: string, key: string): string {
  return createHmac('sha256', key).update(`${deliveryId}:${code}`).digest('hex');
}

export function issue(
  previous: OtpState | null,
  now: number,
  key: string,
  deliveryId: string,
  code = generateCode(),
  policy: { validForMs: number; regenerateAfterMs: number } = OTP_POLICY,
): IssueOutcome {
  if (previous?.verifiedAt) return { ok: false, reason: 'ALREADY_VERIFIED', retryAfterMs: 0 };
  const recent = (previous?.recentIssues ?? []).filter((t) => now - t < 60 * 60 * 1000);
  const last = recent.length ? Math.max(...recent) : null;
  if (last !== null && now - last < policy.regenerateAfterMs) {
    return { ok: false, reason: 'TOO_SOON', retryAfterMs: policy.regenerateAfterMs - (now - last) };
  }
  if (recent.length >= OTP_POLICY.maxCodesPerHour) {
    const oldest = Math.min(...recent);
    return { ok: false, reason: 'HOURLY_LIMIT', retryAfterMs: 60 * 60 * 1000 - (now - oldest) };
  }
  return {
    ok: true,
    code,
    state: {
      codeHash: hashCode(code, deliveryId, key),
      issuedAt: now,
      expiresAt: now + policy.validForMs,
      wrongAttempts: 0,
      recentIssues: [...recent, now],
      verifiedAt: null,
    },
  };
}

/** Checks an entered code in constant time; wrong attempts count even when the code is expired. */
export function verify(state: OtpState | null, entered: string, now: number, key: string, deliveryId: string): VerifyOutcome {
  if (!state) return { ok: false, reason: 'NO_CODE', attemptsLeft: 0, state };
  if (state.verifiedAt) return { ok: false, reason: 'ALREADY_VERIFIED', attemptsLeft: 0, state };
  if (state.wrongAttempts >= OTP_POLICY.maxWrongAttempts) return { ok: false, reason: 'LOCKED', attemptsLeft: 0, state };
  if (now >= state.expiresAt) return { ok: false, reason: 'EXPIRED', attemptsLeft: OTP_POLICY.maxWrongAttempts - state.wrongAttempts, state };
  const normalised = /^\d{6}$/.test(entered) ? entered : '';
  const expected = Buffer.from(state.codeHash, 'hex');
  const given = Buffer.from(hashCode(normalised, deliveryId, key), 'hex');
  if (normalised && timingSafeEqual(expected, given)) {
    return { ok: true, state: { ...state, verifiedAt: now } };
  }
  const next = { ...state, wrongAttempts: state.wrongAttempts + 1 };
  const attemptsLeft = OTP_POLICY.maxWrongAttempts - next.wrongAttempts;
  return { ok: false, reason: attemptsLeft === 0 ? 'LOCKED' : 'WRONG_CODE', attemptsLeft, state: next };
}

/** AES-256-GCM with a 32-byte key (base64 in config): iv.tag.ciphertext, all base64url. */
export function encryptForBuyer(code: string, key: Buffer): string {
  if (key.length !== 32) throw new RangeError('The OTP encryption key must be 32 bytes.');
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const ciphertext = Buffer.concat([cipher.update(code, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), ciphertext].map((b) => b.toString('base64url')).join('.');
}

export function decryptForBuyer(sealed: string, key: Buffer): string {
  const [iv, tag, ciphertext] = sealed.split('.').map((part) => Buffer.from(part, 'base64url'));
  if (!iv || !tag || !ciphertext) throw new Error('Malformed sealed OTP');
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8');
}
