import { errorCodes } from '../harness/graphql-client.js';
import { eventually } from '../harness/eventually.js';
import { newBuyer } from '../harness/actors.js';
import { refundTrouble } from '../payments/razorpay-local.js';
import { OPEN, RESOLVE, expectSettledNetOfRefund, orderWithDispute, paidFor, resolutionKey, vendorAndBuyer, type DisputeView } from './dispute-helpers.js';

/** docs/disputes.md, "A refund Razorpay refuses": the dispute shows it; an admin pays by hand and records it. */

const PAYOUT = `mutation P($id: ID!, $input: RecordDisputePayoutInput!) { recordDisputePayout(disputeId: $id, input: $input) { id status payoutReference refundFailure } }`;
const VIEW = `query D($id: ID!) { dispute(id: $id) { id status refundFailure refundFailedAt payoutReference refunded { paise } history { step actor status note } } }`;
interface View {
  id: string;
  status: string;
  refundFailure: string | null;
  refundFailedAt: string | null;
  payoutReference: string | null;
  refunded: { paise: number };
  history: Array<{ step: string; actor: string; status: string; note: string | null }>;
}

describe('a dispute refund Razorpay refuses', () => {
  it('shows on the dispute; an admin records a manual payout that completes it, and the settlement deducts it exactly once', async () => {
    const { vendor, buyer, admin, order } = await vendorAndBuyer('Refused Refund Traders');
    const c = await order(10, 'ONLINE');
    const { order: paid } = await admin.ok<{ order: { payment: { razorpayPaymentId: string } } }>('query O($id: ID!) { order(id: $id) { payment { razorpayPaymentId } } }', { id: c.id });
    const refundPaise = paidFor(c, 2);
    const { openDispute: opened } = await buyer.ok<{ openDispute: DisputeView }>(OPEN, {
      input: { orderId: c.id, type: 'SHORT_QUANTITY', lines: [{ orderItemId: c.lineId, quantity: 2 }], amountClaimedPaise: refundPaise, description: 'Two bags short on delivery.' },
    });

    // Razorpay (local) refuses the refund: FAILED at payments, and the dispute says so.
    await refundTrouble(paid.payment.razorpayPaymentId, 400);
    await admin.ok(RESOLVE, { id: opened.id, input: { outcome: 'PARTIAL_REFUND', lines: [{ orderItemId: c.lineId, quantity: 2 }], amountPaise: refundPaise, reason: 'Two bags short, vendor agrees.', idempotencyKey: resolutionKey() } });
    const failed = await eventually(async () => {
      const { dispute } = await buyer.ok<{ dispute: View }>(VIEW, { id: opened.id });
      return dispute.refundFailure ? dispute : undefined;
    }, { what: 'the refused refund to show on the dispute' });
    expect(failed).toMatchObject({ status: 'REFUND_PENDING', refundFailure: expect.stringMatching(/Razorpay refused the refund/), refundFailedAt: expect.any(String), payoutReference: null, refunded: { paise: 0 } });
    expect(failed.history.at(-1)).toMatchObject({ step: 'REFUND_FAILED', actor: 'SYSTEM', status: 'REFUND_PENDING' });
    expect((await orderWithDispute(buyer, c.id)).payment!.refunds).toEqual([expect.objectContaining({ status: 'FAILED', method: 'RAZORPAY', disputeId: opened.id })]);

    // Only admins record a payout; another buyer learns nothing; a bad reference changes nothing.
    const reference = 'UPI UTR 998877665544';
    for (const caller of [buyer, vendor]) expect(errorCodes(await caller.run(PAYOUT, { id: opened.id, input: { payoutReference: reference } }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await (await newBuyer()).run(VIEW, { id: opened.id }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await admin.run(PAYOUT, { id: opened.id, input: { payoutReference: 'x' } }))).toEqual(['BAD_USER_INPUT']);

    const { recordDisputePayout } = await admin.ok<{ recordDisputePayout: View }>(PAYOUT, { id: opened.id, input: { payoutReference: reference } });
    expect(recordDisputePayout).toMatchObject({ status: 'REFUND_PENDING', payoutReference: reference });
    // Re-sent: the same payout; another reference: refused.
    expect((await admin.ok<{ recordDisputePayout: View }>(PAYOUT, { id: opened.id, input: { payoutReference: reference } })).recordDisputePayout.payoutReference).toBe(reference);
    const other = await admin.run(PAYOUT, { id: opened.id, input: { payoutReference: 'UPI UTR 111122223333' } });
    expect(errorCodes(other)).toEqual(['CONFLICT']);

    const seen = await eventually(async () => {
      const view = await orderWithDispute(buyer, c.id);
      return view.dispute?.status === 'REFUNDED' ? view : undefined;
    }, { what: 'the dispute to be REFUNDED by the payout' });
    expect(seen.dispute!.refunded.paise).toBe(refundPaise);
    expect(seen.payment!.refunded.paise).toBe(refundPaise);
    expect(seen.payment!.refunds).toEqual([
      expect.objectContaining({ status: 'FAILED', method: 'RAZORPAY', disputeId: opened.id }),
      expect.objectContaining({ status: 'PROCESSED', method: 'MANUAL_PAYOUT', amount: { paise: refundPaise }, payoutReference: reference, disputeId: opened.id, razorpayRefundId: null }),
    ]);
    const { dispute } = await admin.ok<{ dispute: View }>(VIEW, { id: opened.id });
    expect(dispute.history.map((h) => [h.step, h.actor, h.status])).toEqual([
      ['OPENED', 'BUYER', 'AWAITING_VENDOR'],
      ['RESOLVED', 'ADMIN', 'REFUND_PENDING'],
      ['REFUND_FAILED', 'SYSTEM', 'REFUND_PENDING'],
      ['PAYOUT_RECORDED', 'ADMIN', 'REFUND_PENDING'],
      ['REFUNDED', 'SYSTEM', 'REFUNDED'],
    ]);
    expect(dispute.history.at(-1)!.note).toContain(reference);

    // The vendor bears it once: the order's line is net of the payout (the refused refund never reached settlements).
    await expectSettledNetOfRefund(vendor, c, refundPaise);
  });

  it('a payout is refused while the refund has not failed (pending at Razorpay) and for a dispute without a refund', async () => {
    const { buyer, admin, order } = await vendorAndBuyer('Payout Guard Traders');
    const d = await order(4, 'ONLINE');
    const { order: paid } = await admin.ok<{ order: { payment: { razorpayPaymentId: string } } }>('query O($id: ID!) { order(id: $id) { payment { razorpayPaymentId } } }', { id: d.id });
    const open = (description: string) =>
      buyer.ok<{ openDispute: DisputeView }>(OPEN, { input: { orderId: d.id, type: 'OTHER', lines: [{ orderItemId: d.lineId, quantity: 1 }], amountClaimedPaise: paidFor(d, 1), description } });
    const first = (await open('One bag was opened before delivery.')).openDispute;
    const early = await admin.run(PAYOUT, { id: first.id, input: { payoutReference: 'UPI UTR 123412341234' } });
    expect([errorCodes(early), early.errors?.[0]?.extensions?.reason]).toEqual([['CONFLICT'], 'NOT_A_TRANSITION']);
    await admin.ok(RESOLVE, { id: first.id, input: { outcome: 'REJECTED', reason: 'No evidence of tampering.', idempotencyKey: resolutionKey() } });

    // Razorpay does not answer (503): the refund stays PENDING (reconciliation settles it later) — not a failure.
    await refundTrouble(paid.payment.razorpayPaymentId, 503);
    const second = (await open('Another bag was opened, photo attached.')).openDispute;
    await admin.ok(RESOLVE, { id: second.id, input: { outcome: 'PARTIAL_REFUND', lines: [{ orderItemId: d.lineId, quantity: 1 }], amountPaise: paidFor(d, 1), reason: 'One opened bag.', idempotencyKey: resolutionKey() } });
    await eventually(async () => (await orderWithDispute(admin, d.id)).payment!.refunds.some((r) => r.status === 'PENDING'), { what: 'the refund to be pending at Razorpay' });
    const pending = await admin.run(PAYOUT, { id: second.id, input: { payoutReference: 'UPI UTR 123412341234' } });
    expect([errorCodes(pending), pending.errors?.[0]?.extensions?.reason]).toEqual([['CONFLICT'], 'REFUND_NOT_FAILED']);
    expect((await admin.ok<{ dispute: View }>(VIEW, { id: second.id })).dispute).toMatchObject({ status: 'REFUND_PENDING', payoutReference: null, refundFailure: null });
  });
});
