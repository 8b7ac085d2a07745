import { signCallerEnvelope, verifyCallerEnvelope, type CallerEnvelope } from './caller.js';

const key = 'k'.repeat(40);
const envelope = (overrides: Partial<CallerEnvelope> = {}): CallerEnvelope => ({
  caller: { firebaseUid: 'fb-1', userId: 'u-1', roles: ['BUYER'], vendorId: null, email: 'a@b.in', phone: null },
  requestId: 'req-1',
  aud: 'identity',
  iat: 1_000_000,
  ...overrides,
});
const options = { maxAgeSeconds: 60, now: 1_000_010 };

describe('signed caller envelope', () => {
  it('round-trips a caller signed with the same key for the same audience', () => {
    const header = signCallerEnvelope(envelope(), key);
    expect(verifyCallerEnvelope(header, key, 'identity', options)).toEqual({ ok: true, envelope: envelope() });
  });

  it('rejects a missing, malformed or differently-keyed header', () => {
    expect(verifyCallerEnvelope(undefined, key, 'identity', options)).toEqual({ ok: false, reason: 'missing' });
    expect(verifyCallerEnvelope('no-dot-here', key, 'identity', options)).toEqual({ ok: false, reason: 'malformed' });
    const other = signCallerEnvelope(envelope(), 'x'.repeat(40));
    expect(verifyCallerEnvelope(other, key, 'identity', options)).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('rejects a payload changed after signing (e.g. roles escalated)', () => {
    const header = signCallerEnvelope(envelope(), key);
    const [, signature] = header.split('.');
    const escalated = Buffer.from(
      JSON.stringify(envelope({ caller: { ...envelope().caller!, roles: ['ADMIN'] } })),
    ).toString('base64url');
    expect(verifyCallerEnvelope(`${escalated}.${signature}`, key, 'identity', options)).toEqual({
      ok: false,
      reason: 'bad-signature',
    });
  });

  it('rejects a header signed for another subgraph, and one too old or from the future', () => {
    expect(verifyCallerEnvelope(signCallerEnvelope(envelope({ aud: 'catalog' }), key), key, 'identity', options)).toEqual({
      ok: false,
      reason: 'wrong-audience',
    });
    expect(verifyCallerEnvelope(signCallerEnvelope(envelope({ iat: 999_000 }), key), key, 'identity', options)).toEqual({
      ok: false,
      reason: 'expired',
    });
    expect(verifyCallerEnvelope(signCallerEnvelope(envelope({ iat: 1_000_200 }), key), key, 'identity', options)).toEqual({
      ok: false,
      reason: 'expired',
    });
  });
});
