import { canonicalJson, requestFingerprint } from './request-fingerprint.js';

describe('requestFingerprint', () => {
  it('ignores key order at every depth and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: undefined } })).toBe('{"a":{"d":[2,1]},"b":1}');
    expect(requestFingerprint({ a: 1, b: { c: 2, d: 3 } })).toBe(requestFingerprint({ b: { d: 3, c: 2 }, a: 1 }));
  });

  it('differs when any value differs, including array order (callers sort what must not matter)', () => {
    const base = requestFingerprint({ items: [1, 2], amount: 100 });
    expect(requestFingerprint({ items: [1, 2], amount: 101 })).not.toBe(base);
    expect(requestFingerprint({ items: [2, 1], amount: 100 })).not.toBe(base);
    expect(requestFingerprint({ items: [1, 2], amount: null })).not.toBe(requestFingerprint({ items: [1, 2] }));
  });

  it('is a 64-character hex SHA-256', () => {
    expect(requestFingerprint({})).toMatch(/^[0-9a-f]{64}$/);
  });
});
