import { createHash } from 'node:crypto';

/**
 * The fingerprint stored with an idempotency key: SHA-256 (hex) of the request as canonical
 * JSON (object keys sorted, `undefined` dropped). Callers normalise first what must not matter
 * (the order of a list of items, the case of an id), so a true retry matches and any other
 * request does not (Stripe's contract: same key + same request → the first result; same key +
 * another request → refused).
 */
export function requestFingerprint(request: unknown): string {
  return createHash('sha256').update(canonicalJson(request)).digest('hex');
}

/** JSON with object keys in code-point order at every depth; arrays keep their order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
