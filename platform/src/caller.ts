import { createHmac, timingSafeEqual } from 'node:crypto';

/** Who is calling. Resolved once by the gateway from a verified Firebase ID token. */
export type Role = 'BUYER' | 'VENDOR' | 'ADMIN' | 'SERVICE';
/**
 * Roles a person can hold (from Firebase custom claims). SERVICE is never read from a token:
 * only a subgraph calling another subgraph with its peer key acts as SERVICE.
 */
export const USER_ROLES: readonly Role[] = ['BUYER', 'VENDOR', 'ADMIN'];
export const ROLES = USER_ROLES;

export interface Caller {
  /** Firebase Auth uid (always present for a signed-in caller). */
  firebaseUid: string;
  /** RealServ user id, once the user has registered (custom claim `uid`). */
  userId: string | null;
  roles: Role[];
  /** The vendor this user acts for (custom claim `vendorId`). */
  vendorId: string | null;
  email: string | null;
  phone: string | null;
  /** For SERVICE callers: the calling subgraph. */
  service?: string;
}

/** What the gateway signs for every subgraph request; `caller` is null for anonymous calls. */
export interface CallerEnvelope {
  caller: Caller | null;
  requestId: string;
  /** Subgraph this envelope was signed for, so one subgraph's header cannot be replayed to another. */
  aud: string;
  /** Seconds since the epoch when signed. */
  iat: number;
  /** Signer when it is not the gateway: a peer subgraph, verified with that peer's key. */
  iss?: string;
}

export const CALLER_HEADER = 'x-realserv-caller';
export const REQUEST_ID_HEADER = 'x-request-id';

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64url');

function mac(key: string, payload: string): Buffer {
  return createHmac('sha256', key).update(payload).digest();
}

export function signCallerEnvelope(envelope: CallerEnvelope, key: string): string {
  const payload = b64(JSON.stringify(envelope));
  return `${payload}.${mac(key, payload).toString('base64url')}`;
}

export type EnvelopeCheck =
  | { ok: true; envelope: CallerEnvelope }
  | { ok: false; reason: 'missing' | 'malformed' | 'bad-signature' | 'wrong-audience' | 'expired' };

/**
 * Verifies a caller header: HMAC-SHA256 over the payload with this subgraph's key, compared in
 * constant time, then audience and age. A subgraph rejects the request unless this says ok.
 */
export function verifyCallerEnvelope(
  header: string | undefined,
  key: string,
  audience: string,
  options: { maxAgeSeconds: number; now?: number },
): EnvelopeCheck {
  if (!header) return { ok: false, reason: 'missing' };
  const dot = header.indexOf('.');
  if (dot <= 0 || dot === header.length - 1) return { ok: false, reason: 'malformed' };
  const payload = header.slice(0, dot);
  let given: Buffer;
  try {
    given = Buffer.from(header.slice(dot + 1), 'base64url');
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  const expected = mac(key, payload);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, reason: 'bad-signature' };
  }
  let envelope: CallerEnvelope;
  try {
    envelope = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as CallerEnvelope;
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  if (typeof envelope !== 'object' || envelope === null) return { ok: false, reason: 'malformed' };
  if (envelope.aud !== audience) return { ok: false, reason: 'wrong-audience' };
  const now = options.now ?? Math.floor(Date.now() / 1000);
  // Allow a little clock skew between hosts in either direction.
  if (typeof envelope.iat !== 'number' || Math.abs(now - envelope.iat) > options.maxAgeSeconds) {
    return { ok: false, reason: 'expired' };
  }
  return { ok: true, envelope };
}

/** Reads the issuer of a header without trusting it: only to choose which key verifies it. */
export function envelopeIssuer(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const dot = header.indexOf('.');
  if (dot <= 0) return undefined;
  try {
    const iss = (JSON.parse(Buffer.from(header.slice(0, dot), 'base64url').toString('utf8')) as { iss?: unknown }).iss;
    return typeof iss === 'string' ? iss : undefined;
  } catch {
    return undefined;
  }
}

/** The caller a subgraph presents when it calls a peer subgraph. */
export function serviceCaller(service: string): Caller {
  return { firebaseUid: `service:${service}`, userId: null, roles: ['SERVICE'], vendorId: null, email: null, phone: null, service };
}

export function hasRole(caller: Caller | null, role: Role): boolean {
  return caller?.roles.includes(role) ?? false;
}
