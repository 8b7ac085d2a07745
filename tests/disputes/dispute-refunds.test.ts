import { errorCodes } from '../harness/graphql-client.js';
import { eventually } from '../harness/eventually.js';
import { uploadPdf } from '../harness/vendors.js';
import { adjustmentFor, day, indiaDay, oneDay, ordersReachSettlements, paise, refundsReachSettlements, settle } from '../harness/settlements.js';
import { DISPUTE, ESCALATE, OPEN, RESOLVE, RESPOND, expectSettledNetOfRefund, notifiedOf, orderWithDispute, paidFor, resolutionKey, uploadPhoto, vendorAndBuyer, type DisputeView } from './dispute-helpers.js';
import { rowCountOf } from '../harness/subgraph-db.js';

describe('disputes that end in a refund the vendor’s settlement accounts for', () => {
  it('the plan’s scenario: a delivered online order, a photo, the vendor contests, an admin refunds part through Razorpay, the buyer sees it, the settlement is net of it to the paisa', async () => {
    const { vendor, buyer, admin, order } = await vendorAndBuyer('Dispute Traders');
    const a = await order(10, 'ONLINE');
    const photo = await uploadPhoto(buyer);

    // The buyer: 3 of 10 bags arrived burst; asks back what those 3 cost, GST included.
    const claimed = paidFor(a, 3);
    const { openDispute: opened } = await buyer.ok<{ openDispute: DisputeView }>(OPEN, {
      input: { orderId: a.id, type: 'DAMAGED', lines: [{ orderItemId: a.lineId, quantity: 3 }], amountClaimedPaise: claimed, description: 'Three bags burst and got wet on the truck.', evidenceMediaIds: [photo] },
    });
    expect(opened).toMatchObject({ status: 'AWAITING_VENDOR', type: 'DAMAGED', orderNumber: a.orderNumber, amountClaimed: { paise: claimed }, evidenceMediaIds: [photo] });
    expect(opened.lines).toEqual([{ orderItemId: a.lineId, name: a.items[0]!.name, quantity: 3 }]);
    const window = Date.parse(opened.responseDueAt) - Date.parse(opened.history[0]!.createdAt);
    expect(window).toBe(48 * 3600 * 1000);

    // The vendor contests with its own evidence (a signed delivery challan).
    const challan = await uploadPdf(vendor, 'DISPUTE_EVIDENCE');
    const { respondToDispute: contested } = await vendor.ok<{ respondToDispute: DisputeView }>(RESPOND, {
      id: opened.id,
      input: { response: 'CONTESTED', message: 'Only two bags were torn; the challan is signed.', evidenceMediaIds: [challan] },
    });
    expect(contested).toMatchObject({ status: 'AWAITING_ADMIN', vendorResponse: 'CONTESTED', vendorEvidenceMediaIds: [challan] });
    // Answering twice is refused.
    expect(errorCodes(await vendor.run(RESPOND, { id: opened.id, input: { response: 'ACCEPTED', message: 'Fine, all three.' } }))).toEqual(['CONFLICT']);

    // The admin refunds two bags' worth; the same key and decision again is the same decision, not a second refund.
    const refundPaise = paidFor(a, 2);
    const decision = { outcome: 'PARTIAL_REFUND', lines: [{ orderItemId: a.lineId, quantity: 2 }], amountPaise: refundPaise, reason: 'Two torn bags confirmed by the challan photo.', idempotencyKey: resolutionKey() };
    const { resolveDispute: resolved } = await admin.ok<{ resolveDispute: DisputeView }>(RESOLVE, { id: opened.id, input: decision });
    expect(resolved).toMatchObject({ status: 'REFUND_PENDING', outcome: 'PARTIAL_REFUND', approvedRefund: { paise: refundPaise }, resolutionLines: [{ orderItemId: a.lineId, quantity: 2 }] });
    expect((await admin.ok<{ resolveDispute: DisputeView }>(RESOLVE, { id: opened.id, input: decision })).resolveDispute.status).toMatch(/REFUND_PENDING|REFUNDED/);
    const reused = await admin.run(RESOLVE, { id: opened.id, input: { ...decision, amountPaise: refundPaise - 100 } });
    expect([errorCodes(reused), reused.errors?.[0]?.extensions?.reason]).toEqual([['CONFLICT'], 'IDEMPOTENCY_KEY_REUSED']);

    // Razorpay (local) refunds it; the buyer sees the refund on the order and the dispute REFUNDED.
    const seen = await eventually(async () => {
      const view = await orderWithDispute(buyer, a.id);
      return view.dispute?.status === 'REFUNDED' ? view : undefined;
    }, { what: 'the dispute to be REFUNDED' });
    expect(seen.dispute).toEqual({ id: opened.id, status: 'REFUNDED', refunded: { paise: refundPaise } });
    expect(seen.payment!.refunded.paise).toBe(refundPaise);
    expect(seen.payment!.refunds).toEqual([
      expect.objectContaining({ status: 'PROCESSED', method: 'RAZORPAY', amount: { paise: refundPaise }, disputeId: opened.id, payoutReference: null, razorpayRefundId: expect.stringMatching(/^rfnd_/) }),
    ]);
    // The refund's key is derived from the dispute: payments holds it, so no second refund can be made under it.
    const again = await admin.run(`mutation R($input: RefundPaymentInput!) { refundPayment(input: $input) { id } }`, {
      input: { orderId: a.id, amountPaise: refundPaise, reason: 'Same dispute again', idempotencyKey: `dispute-${opened.id}` },
    });
    expect([errorCodes(again), again.errors?.[0]?.extensions?.reason]).toEqual([['CONFLICT'], 'IDEMPOTENCY_KEY_REUSED']);
    expect((await orderWithDispute(buyer, a.id)).payment!.refunds).toHaveLength(1);
    const history = (await buyer.ok<{ dispute: DisputeView }>(DISPUTE, { id: opened.id })).dispute.history;
    expect(history.map((h) => [h.step, h.actor, h.status])).toEqual([
      ['OPENED', 'BUYER', 'AWAITING_VENDOR'],
      ['VENDOR_CONTESTED', 'VENDOR', 'AWAITING_ADMIN'],
      ['RESOLVED', 'ADMIN', 'REFUND_PENDING'],
      ['REFUNDED', 'SYSTEM', 'REFUNDED'],
    ]);

    // Both parties were told of every step, in their own words (in-app feed).
    const [, responded, decided] = await notifiedOf(buyer, a.id, ['DISPUTE_OPENED_BUYER', 'DISPUTE_RESPONDED', 'DISPUTE_RESOLVED_BUYER']);
    expect(responded!.body).toContain('contested');
    expect(decided!.body).toContain('Two torn bags confirmed by the challan photo.');
    await notifiedOf(vendor, a.id, ['DISPUTE_OPENED_VENDOR', 'DISPUTE_RESOLVED_VENDOR']);

    // The vendor bears it: refunded before the order is settled, so its ORDER line is net of it.
    await expectSettledNetOfRefund(vendor, a, refundPaise);
  });

  it('a COD order settled before the dispute: the silent vendor’s dispute escalates, the admin records a manual payout, and the next settlement deducts it to the paisa', async () => {
    const { vendor, buyer, admin, order } = await vendorAndBuyer('Cash Dispute Traders');
    const b = await order(5, 'COD');
    const first = oneDay(indiaDay());
    await ordersReachSettlements(vendor, first, 1);
    const firstRun = await settle(first, [vendor.vendorId]);
    expect(firstRun.settlements.find((s) => s.vendorId === vendor.vendorId)!.lines.map((l) => [l.kind, l.orderId])).toEqual([['ORDER', b.id]]);

    const claimed = paidFor(b, 1);
    const { openDispute: opened } = await buyer.ok<{ openDispute: DisputeView }>(OPEN, {
      input: { orderId: b.id, type: 'SHORT_QUANTITY', lines: [{ orderItemId: b.lineId, quantity: 1 }], amountClaimedPaise: claimed, description: 'Four bags arrived instead of five.' },
    });

    // 48 hours pass without a word from the vendor (the response window, moved back in the database).
    await rowCountOf('orders', `update disputes set response_due_at = now() - interval '1 minute' where id = $1`, [opened.id]);
    const { escalateOverdueDisputes } = await admin.ok<{ escalateOverdueDisputes: Array<{ id: string; status: string }> }>(ESCALATE, { ids: [opened.id] });
    expect(escalateOverdueDisputes).toEqual([{ id: opened.id, status: 'AWAITING_ADMIN' }]);
    const late = await vendor.run(RESPOND, { id: opened.id, input: { response: 'ACCEPTED', message: 'Sorry, one bag short.' } });
    expect(errorCodes(late)).toEqual(['CONFLICT']);

    await notifiedOf(vendor, b.id, ['DISPUTE_OPENED_VENDOR', 'DISPUTE_ESCALATED_VENDOR']);
    await notifiedOf(buyer, b.id, ['DISPUTE_ESCALATED_BUYER']);

    // Cash has no card to refund: the payout's reference is required, and nothing changes without it.
    const decision = { outcome: 'PARTIAL_REFUND', lines: [{ orderItemId: b.lineId, quantity: 1 }], amountPaise: claimed, reason: 'One bag short, vendor silent.', idempotencyKey: resolutionKey() };
    const missing = await admin.run(RESOLVE, { id: opened.id, input: decision });
    expect([errorCodes(missing), missing.errors?.[0]?.extensions?.reason]).toEqual([['BAD_USER_INPUT'], 'PAYOUT_REFERENCE_REQUIRED']);
    expect((await buyer.ok<{ dispute: DisputeView }>(DISPUTE, { id: opened.id })).dispute.status).toBe('AWAITING_ADMIN');

    const reference = 'UPI UTR 412345678901';
    const { resolveDispute } = await admin.ok<{ resolveDispute: DisputeView }>(RESOLVE, { id: opened.id, input: { ...decision, payoutReference: reference } });
    expect(resolveDispute).toMatchObject({ status: 'REFUND_PENDING', payoutReference: reference });
    const seen = await eventually(async () => {
      const view = await orderWithDispute(buyer, b.id);
      return view.dispute?.status === 'REFUNDED' ? view : undefined;
    }, { what: 'the COD dispute to be REFUNDED' });
    expect(seen.payment!.refunds).toEqual([
      expect.objectContaining({ status: 'PROCESSED', method: 'MANUAL_PAYOUT', amount: { paise: claimed }, payoutReference: reference, disputeId: opened.id, razorpayRefundId: null }),
    ]);
    const history = (await vendor.ok<{ dispute: DisputeView }>(DISPUTE, { id: opened.id })).dispute.history;
    expect(history.map((h) => [h.step, h.actor])).toEqual([['OPENED', 'BUYER'], ['ESCALATED', 'SYSTEM'], ['RESOLVED', 'ADMIN'], ['REFUNDED', 'SYSTEM']]);

    // Settled already, so it is a deduction in the next settlement: one negative REFUND_ADJUSTMENT line.
    const second = oneDay(day(first.periodStart, 1));
    await refundsReachSettlements(vendor, second, claimed);
    const secondRun = await settle(second, [vendor.vendorId]);
    expect(secondRun.failures).toEqual([]);
    const next = secondRun.settlements.find((s) => s.vendorId === vendor.vendorId)!;
    expect(next.lines.map((l) => [l.kind, l.orderId, l.refundId])).toEqual([['REFUND_ADJUSTMENT', b.id, seen.payment!.refunds[0]!.id]]);
    const adjustment = adjustmentFor(b, 0, claimed);
    expect(paise(next.lines[0]!.amounts)).toEqual({ gross: 0, refunded: claimed, ...adjustment, codCollectedByVendor: 0, onlineCollectedByPlatform: -claimed });
  });
});
