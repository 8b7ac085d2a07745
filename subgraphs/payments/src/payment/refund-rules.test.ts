import { isFinalRazorpayError, realservRefundIdOf, refundFingerprint, refundInputProblem, type RefundRequest } from './refund-rules.js';

const request: RefundRequest = { orderId: '7c9e6679-7425-40de-944b-e07fc1f90ae7', amountPaise: 10_000, reason: 'Two bags damaged', idempotencyKey: 'refund-0001' };

describe('refund input rules', () => {
  it('accepts what Razorpay accepts', () => {
    expect(refundInputProblem(request)).toBeNull();
    expect(refundInputProblem({ ...request, idempotencyKey: '550e8400-e29b-41d4-a716-446655440000' })).toBeNull();
    expect(refundInputProblem({ ...request, amountPaise: undefined })).toBeNull();
  });

  it.each([
    ['a 9-character key', { idempotencyKey: 'refund-01' }, 'INVALID_IDEMPOTENCY_KEY'],
    ['a key with a space', { idempotencyKey: 'refund 0001x' }, 'INVALID_IDEMPOTENCY_KEY'],
    ['a key with a dot', { idempotencyKey: 'refund.00001' }, 'INVALID_IDEMPOTENCY_KEY'],
    ['a 65-character key', { idempotencyKey: 'k'.repeat(65) }, 'INVALID_IDEMPOTENCY_KEY'],
    ['under ₹1', { amountPaise: 99 }, 'REFUND_BELOW_MINIMUM'],
    ['zero', { amountPaise: 0 }, 'REFUND_BELOW_MINIMUM'],
    ['a fraction of a paisa', { amountPaise: 150.5 }, 'REFUND_BELOW_MINIMUM'],
    ['a blank reason', { reason: '   ' }, 'INVALID_REASON'],
  ])('refuses %s', (_what, change, reason) => {
    expect(refundInputProblem({ ...request, ...change })?.reason).toBe(reason);
  });
});

describe('refund fingerprint', () => {
  it('binds the key to the order, the amount and the reason', () => {
    const base = refundFingerprint(request);
    expect(refundFingerprint({ ...request, orderId: request.orderId.toUpperCase(), idempotencyKey: 'another-key-1' })).toBe(base);
    expect(refundFingerprint({ ...request, orderId: 'f47ac10b-58cc-4372-a567-0e02b2c3d479' })).not.toBe(base);
    expect(refundFingerprint({ ...request, amountPaise: 10_001 })).not.toBe(base);
    expect(refundFingerprint({ ...request, amountPaise: undefined })).not.toBe(base);
    expect(refundFingerprint({ ...request, reason: 'Something else' })).not.toBe(base);
  });
});

describe('Razorpay refusals', () => {
  it('treats 4xx as final except 409 (still processing) and 429; 5xx are retried', () => {
    expect(isFinalRazorpayError(400)).toBe(true);
    expect(isFinalRazorpayError(409)).toBe(false);
    expect(isFinalRazorpayError(429)).toBe(false);
    expect(isFinalRazorpayError(500)).toBe(false);
    expect(isFinalRazorpayError(503)).toBe(false);
  });
});

describe('our refund id on a Razorpay refund', () => {
  const id = '550e8400-e29b-41d4-a716-446655440000';
  it('is read from notes.realserv_refund_id, else from the receipt', () => {
    expect(realservRefundIdOf({ notes: { realserv_refund_id: id }, receipt: null })).toBe(id);
    expect(realservRefundIdOf({ notes: {}, receipt: id.toUpperCase() })).toBe(id);
  });
  it('is null for a dashboard refund or anything that is not one of our ids', () => {
    expect(realservRefundIdOf({ notes: { source: 'dashboard' }, receipt: null })).toBeNull();
    expect(realservRefundIdOf({ notes: { realserv_refund_id: 'x; drop table' }, receipt: 'rcpt-1' })).toBeNull();
    expect(realservRefundIdOf({ notes: { realserv_refund_id: 12 } })).toBeNull();
  });
});
