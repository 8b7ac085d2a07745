import { randomBytes } from 'node:crypto';
import { OTP_POLICY, decryptForBuyer, encryptForBuyer, generateCode, hashCode, issue, verify, type OtpState } from './delivery-otp.js';

const key = 'k'.repeat(32);
const delivery = 'd-1';
const t0 = Date.parse('2026-11-25T10:00:00Z');

function issued(code = '123456', at = t0): OtpState {
  const outcome = issue(null, at, key, delivery, code);
  if (!outcome.ok) throw new Error('issue failed');
  return outcome.state;
}

describe('generating codes', () => {
  it('always yields six digits, leading zeros included, spread across the range', () => {
    const codes = Array.from({ length: 2000 }, () => generateCode());
    expect(codes.every((c) => /^\d{6}$/.test(c))).toBe(true);
    // A CSPRNG over 10^6 values: 2,000 draws virtually never collide much or stay in one band.
    expect(new Set(codes).size).toBeGreaterThan(1990);
    expect(codes.some((c) => Number(c) < 500_000)).toBe(true);
    expect(codes.some((c) => Number(c) >= 500_000)).toBe(true);
  });

  it('stores only a hash bound to the delivery', () => {
    const state = issued('000042');
    expect(state.codeHash).not.toContain('000042');
    expect(state.codeHash).toBe(hashCode('000042', delivery, key));
    expect(state.codeHash).not.toBe(hashCode('000042', 'other-delivery', key));
  });
});

describe('verifying', () => {
  it('accepts the right code within 10 minutes, once', () => {
    const state = issued();
    const ok = verify(state, '123456', t0 + OTP_POLICY.validForMs - 1, key, delivery);
    expect(ok.ok).toBe(true);
    const again = verify(ok.ok ? ok.state : null, '123456', t0 + 1000, key, delivery);
    expect(again).toMatchObject({ ok: false, reason: 'ALREADY_VERIFIED' });
  });

  it('refuses an expired code', () => {
    expect(verify(issued(), '123456', t0 + OTP_POLICY.validForMs, key, delivery)).toMatchObject({ ok: false, reason: 'EXPIRED' });
  });

  it('locks after five wrong attempts, even for the right code afterwards', () => {
    let state: OtpState | null = issued();
    const reasons: string[] = [];
    for (let i = 0; i < 5; i++) {
      const outcome = verify(state, '654321', t0 + 1000 * i, key, delivery);
      reasons.push(outcome.ok ? 'ok' : outcome.reason);
      state = outcome.state;
    }
    expect(reasons).toEqual(['WRONG_CODE', 'WRONG_CODE', 'WRONG_CODE', 'WRONG_CODE', 'LOCKED']);
    expect(verify(state, '123456', t0 + 6000, key, delivery)).toMatchObject({ ok: false, reason: 'LOCKED', attemptsLeft: 0 });
  });

  it('treats malformed input as a wrong attempt, and no code as NO_CODE', () => {
    expect(verify(issued(), '12345', t0, key, delivery)).toMatchObject({ ok: false, reason: 'WRONG_CODE', attemptsLeft: 4 });
    expect(verify(issued(), ' 123456', t0, key, delivery)).toMatchObject({ ok: false, reason: 'WRONG_CODE' });
    expect(verify(null, '123456', t0, key, delivery)).toMatchObject({ ok: false, reason: 'NO_CODE' });
  });
});

describe('regenerating', () => {
  it('a new code resets attempts (unlocking), but not sooner than a minute after the last', () => {
    let state: OtpState | null = issued();
    for (let i = 0; i < 5; i++) state = verify(state, '000000', t0 + i, key, delivery).state;
    expect(issue(state, t0 + 30_000, key, delivery)).toMatchObject({ ok: false, reason: 'TOO_SOON', retryAfterMs: 30_000 });
    const fresh = issue(state, t0 + 60_000, key, delivery, '222222');
    expect(fresh.ok).toBe(true);
    if (fresh.ok) expect(verify(fresh.state, '222222', t0 + 61_000, key, delivery).ok).toBe(true);
  });

  it('allows at most five codes in a rolling hour', () => {
    let state: OtpState | null = null;
    for (let i = 0; i < 5; i++) {
      const outcome = issue(state, t0 + i * 60_000, key, delivery);
      expect(outcome.ok).toBe(true);
      if (outcome.ok) state = outcome.state;
    }
    const sixth = issue(state, t0 + 5 * 60_000, key, delivery);
    expect(sixth).toMatchObject({ ok: false, reason: 'HOURLY_LIMIT' });
    expect(issue(state, t0 + 60 * 60_000, key, delivery).ok).toBe(true);
  });

  it('no new code after delivery is verified', () => {
    const done = verify(issued(), '123456', t0 + 1, key, delivery);
    expect(issue(done.state, t0 + 120_000, key, delivery)).toMatchObject({ ok: false, reason: 'ALREADY_VERIFIED' });
  });
});

describe("the buyer's encrypted copy", () => {
  it('round-trips with the key and fails with another key or a tampered ciphertext', () => {
    const encryptionKey = randomBytes(32);
    const sealed = encryptForBuyer('004711', encryptionKey);
    expect(sealed).not.toContain('004711');
    expect(decryptForBuyer(sealed, encryptionKey)).toBe('004711');
    expect(() => decryptForBuyer(sealed, randomBytes(32))).toThrow();
    const [iv, tag, body] = sealed.split('.');
    const flipped = Buffer.from(body!, 'base64url');
    flipped[0] = flipped[0]! ^ 1;
    expect(() => decryptForBuyer([iv, tag, flipped.toString('base64url')].join('.'), encryptionKey)).toThrow();
    expect(() => encryptForBuyer('1', randomBytes(16))).toThrow(RangeError);
  });
});
