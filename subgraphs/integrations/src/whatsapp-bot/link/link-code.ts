/** The link code rules, pure: a 6-digit code, kept hashed, compared in constant time, 10 minutes, 5 tries. */
import { createHash, randomInt, timingSafeEqual } from 'node:crypto';

export const LINK_CODE_TTL_MS = 10 * 60_000;
export const LINK_CODE_MAX_ATTEMPTS = 5;

export function newLinkCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

export function hashLinkCode(code: string): string {
  return createHash('sha256').update(code.trim()).digest('hex');
}

/** Constant-time: compares the hashes (equal lengths), so timing says nothing about the code. */
export function linkCodeMatches(code: string, storedHash: string): boolean {
  const given = Buffer.from(hashLinkCode(code), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}

export type CodeCheck = 'OK' | 'NO_PENDING_CODE' | 'EXPIRED' | 'TOO_MANY_ATTEMPTS' | 'WRONG_CODE';

export function checkLinkCode(pending: { codeHash: string | null; codeExpiresAt: Date | null; attempts: number }, code: string, now: Date): CodeCheck {
  if (!pending.codeHash || !pending.codeExpiresAt) return 'NO_PENDING_CODE';
  if (pending.attempts >= LINK_CODE_MAX_ATTEMPTS) return 'TOO_MANY_ATTEMPTS';
  if (now.getTime() >= pending.codeExpiresAt.getTime()) return 'EXPIRED';
  return linkCodeMatches(code, pending.codeHash) ? 'OK' : 'WRONG_CODE';
}
