import { newBuyer } from '../harness/actors.js';
import { errorCodes, type GraphQLResponse } from '../harness/graphql-client.js';
import { newVendor, uploadPdf } from '../harness/vendors.js';
import { DISPUTE, OPEN, RESOLVE, RESPOND, orderWithDispute, paidFor, resolutionKey, uploadPhoto, vendorAndBuyer, type DisputeView } from './dispute-helpers.js';
import { rowCountOf } from '../harness/subgraph-db.js';

const refusal = (response: GraphQLResponse<unknown>) => [errorCodes(response), response.errors?.[0]?.extensions?.reason ?? null];
const PAGE_IDS = 'items { id } pageInfo { totalCount }';

describe('who may dispute what, and what is refused with nothing written', () => {
  it('refuses a dispute 7 days after delivery, above what was paid or for more than was ordered; allows one open dispute per order', async () => {
    const { buyer, admin, order } = await vendorAndBuyer('Strict Traders');
    const a = await order(4, 'ONLINE');
    const input = (over: Record<string, unknown> = {}) => ({
      input: { orderId: a.id, type: 'QUALITY', lines: [{ orderItemId: a.lineId, quantity: 2 }], amountClaimedPaise: paidFor(a, 2), description: 'The cement has set lumps in it.', ...over },
    });

    expect(refusal(await buyer.run(OPEN, input({ amountClaimedPaise: paidFor(a, 2) + 1 })))).toEqual([['BAD_USER_INPUT'], 'AMOUNT_ABOVE_PAID']);
    expect(refusal(await buyer.run(OPEN, input({ lines: [{ orderItemId: a.lineId, quantity: 5 }] })))).toEqual([['BAD_USER_INPUT'], 'QUANTITY_ABOVE_ORDERED']);
    // Evidence must be the buyer's own confirmed DISPUTE_EVIDENCE.
    const someoneElses = await uploadPhoto(await newBuyer('Someone Else'));
    expect(refusal(await buyer.run(OPEN, input({ evidenceMediaIds: [someoneElses] })))).toEqual([['BAD_USER_INPUT'], 'NOT_YOUR_MEDIA']);
    expect((await orderWithDispute(buyer, a.id)).dispute).toBeNull();

    // Two at once (a double tap): one opens, the other is refused.
    const raced = await Promise.all([buyer.run<{ openDispute: DisputeView }>(OPEN, input()), buyer.run<{ openDispute: DisputeView }>(OPEN, input())]);
    expect(raced.map((r) => errorCodes(r)).sort()).toEqual([[], ['CONFLICT']]);
    const openDispute = raced.find((r) => r.data?.openDispute)!.data!.openDispute;
    expect(refusal(await buyer.run(OPEN, input({ type: 'OTHER', amountClaimedPaise: 0 })))).toEqual([['CONFLICT'], 'DISPUTE_ALREADY_OPEN']);
    expect((await orderWithDispute(buyer, a.id)).dispute).toMatchObject({ id: openDispute.id, status: 'AWAITING_VENDOR' });

    // Rejected with a written reason: closed, so the buyer may dispute again (still within the window).
    const rejected = await admin.ok<{ resolveDispute: DisputeView }>(RESOLVE, { id: openDispute.id, input: { outcome: 'REJECTED', reason: 'Lab report shows the grade is fine.', idempotencyKey: resolutionKey() } });
    expect(rejected.resolveDispute).toMatchObject({ status: 'REJECTED', outcome: 'REJECTED', approvedRefund: { paise: 0 }, resolutionReason: 'Lab report shows the grade is fine.' });
    const noReason = await admin.run(RESOLVE, { id: openDispute.id, input: { outcome: 'REJECTED', reason: '', idempotencyKey: resolutionKey() } });
    expect(errorCodes(noReason)).toEqual(['BAD_USER_INPUT']);

    // Delivered 8 days ago: too late.
    await rowCountOf('orders', `update order_status_history set created_at = created_at - interval '8 days' where order_id = $1 and to_status = 'DELIVERED'`, [a.id]);
    expect(refusal(await buyer.run(OPEN, input()))).toEqual([['CONFLICT'], 'DISPUTE_WINDOW_CLOSED']);
    expect((await orderWithDispute(buyer, a.id)).dispute?.id).toBe(openDispute.id);
  });

  it('another buyer and an unrelated vendor see nothing (NOT_FOUND); the buyer, the order’s vendor and admins see it', async () => {
    const { vendor, buyer, admin, order } = await vendorAndBuyer('Private Traders');
    const a = await order(2, 'COD');
    const { openDispute } = await buyer.ok<{ openDispute: DisputeView }>(OPEN, {
      input: { orderId: a.id, type: 'WRONG_ITEM', lines: [{ orderItemId: a.lineId, quantity: 1 }], amountClaimedPaise: paidFor(a, 1), description: 'PPC delivered instead of OPC 53.' },
    });
    const stranger = await newBuyer('Stranger');
    const otherVendor = await newVendor('Unrelated Traders');

    expect(errorCodes(await stranger.run(DISPUTE, { id: openDispute.id }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await otherVendor.run(DISPUTE, { id: openDispute.id }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await otherVendor.run(RESPOND, { id: openDispute.id, input: { response: 'ACCEPTED', message: 'Not mine but fine.' } }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await stranger.run(OPEN, { input: { orderId: a.id, type: 'OTHER', lines: [{ orderItemId: a.lineId, quantity: 1 }], amountClaimedPaise: 0, description: 'Not my order at all.' } }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await buyer.run(RESOLVE, { id: openDispute.id, input: { outcome: 'FULL_REFUND', reason: 'I decide myself.', idempotencyKey: resolutionKey() } }))).toEqual(['FORBIDDEN']);
    expect((await stranger.ok<{ myDisputes: { pageInfo: { totalCount: number } } }>(`{ myDisputes { ${PAGE_IDS} } }`)).myDisputes.pageInfo.totalCount).toBe(0);
    expect((await otherVendor.ok<{ vendorDisputes: { pageInfo: { totalCount: number } } }>(`{ vendorDisputes { ${PAGE_IDS} } }`)).vendorDisputes.pageInfo.totalCount).toBe(0);

    expect((await vendor.ok<{ dispute: DisputeView }>(DISPUTE, { id: openDispute.id })).dispute.status).toBe('AWAITING_VENDOR');
    expect((await vendor.ok<{ vendorDisputes: { items: Array<{ id: string }> } }>(`{ vendorDisputes { ${PAGE_IDS} } }`)).vendorDisputes.items).toEqual([{ id: openDispute.id }]);
    expect((await buyer.ok<{ myDisputes: { items: Array<{ id: string }> } }>(`{ myDisputes { ${PAGE_IDS} } }`)).myDisputes.items).toEqual([{ id: openDispute.id }]);
    const queue = await admin.ok<{ disputes: { items: Array<{ id: string }> } }>(`query Q($f: DisputesFilter) { disputes(filter: $f) { ${PAGE_IDS} } }`, {
      f: { status: 'AWAITING_VENDOR', type: 'WRONG_ITEM', vendorId: vendor.vendorId },
    });
    expect(queue.disputes.items).toEqual([{ id: openDispute.id }]);
    const none = await admin.ok<{ disputes: { items: unknown[] } }>(`query Q($f: DisputesFilter) { disputes(filter: $f) { ${PAGE_IDS} } }`, { f: { status: 'REFUNDED', vendorId: vendor.vendorId } });
    expect(none.disputes.items).toEqual([]);
    // The vendor's own evidence must be its own upload.
    const buyersPhoto = await uploadPhoto(buyer);
    expect(refusal(await vendor.run(RESPOND, { id: openDispute.id, input: { response: 'CONTESTED', message: 'See photo.', evidenceMediaIds: [buyersPhoto] } }))).toEqual([['BAD_USER_INPUT'], 'NOT_YOUR_MEDIA']);
    const kyc = await uploadPdf(vendor);
    expect(refusal(await vendor.run(RESPOND, { id: openDispute.id, input: { response: 'CONTESTED', message: 'See document.', evidenceMediaIds: [kyc] } }))).toEqual([['BAD_USER_INPUT'], 'WRONG_MEDIA_PURPOSE']);
    expect((await vendor.ok<{ dispute: DisputeView }>(DISPUTE, { id: openDispute.id })).dispute.status).toBe('AWAITING_VENDOR');
  });
});
