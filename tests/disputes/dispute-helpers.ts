import { randomUUID } from 'node:crypto';
import { seededAdmin, type Actor } from '../harness/actors.js';
import { eventually } from '../harness/eventually.js';
import {
  chargesAfter,
  indiaDay,
  oneDay,
  ordersReachSettlements,
  paise,
  refundsReachSettlements,
  settle,
  vendorAndBuyer as settlementsVendorAndBuyer,
  type SettlementView,
} from '../harness/settlements.js';
import type { OrderView } from '../orders/order-helpers.js';

/** Disputes through the API, as the buyer app, vendor web and admin console use them. */

export const DISPUTE_FIELDS = `id orderNumber type status description responseDueAt deliveredAt vendorResponse vendorMessage outcome resolutionReason payoutReference
  evidenceMediaIds vendorEvidenceMediaIds amountClaimed { paise } approvedRefund { paise } refunded { paise }
  lines { orderItemId name quantity } resolutionLines { orderItemId quantity }
  history { step status actor note createdAt }`;
export const OPEN = `mutation O($input: OpenDisputeInput!) { openDispute(input: $input) { ${DISPUTE_FIELDS} } }`;
export const RESPOND = `mutation R($id: ID!, $input: RespondToDisputeInput!) { respondToDispute(disputeId: $id, input: $input) { ${DISPUTE_FIELDS} } }`;
export const RESOLVE = `mutation S($id: ID!, $input: ResolveDisputeInput!) { resolveDispute(disputeId: $id, input: $input) { ${DISPUTE_FIELDS} } }`;
export const ESCALATE = `mutation E($ids: [ID!]) { escalateOverdueDisputes(disputeIds: $ids) { id status } }`;
export const DISPUTE = `query D($id: ID!) { dispute(id: $id) { ${DISPUTE_FIELDS} } }`;
export const ORDER_WITH_DISPUTE = `query O($id: ID!) { order(id: $id) { id paymentStatus items { id quantity lineTotal { paise } }
  dispute { id status refunded { paise } }
  payment { refunded { paise } refunds { id status method amount { paise } payoutReference disputeId razorpayRefundId } } } }`;

export interface DisputeView {
  id: string;
  orderNumber: string;
  type: string;
  status: string;
  description: string;
  responseDueAt: string;
  deliveredAt: string;
  vendorResponse: string | null;
  vendorMessage: string | null;
  outcome: string | null;
  resolutionReason: string | null;
  payoutReference: string | null;
  evidenceMediaIds: string[];
  vendorEvidenceMediaIds: string[];
  amountClaimed: { paise: number };
  approvedRefund: { paise: number };
  refunded: { paise: number };
  lines: Array<{ orderItemId: string; name: string; quantity: number }>;
  resolutionLines: Array<{ orderItemId: string; quantity: number }>;
  history: Array<{ step: string; status: string; actor: string; note: string | null; createdAt: string }>;
}
export interface OrderWithDispute {
  id: string;
  paymentStatus: string;
  items: Array<{ id: string; quantity: number; lineTotal: { paise: number } }>;
  dispute: { id: string; status: string; refunded: { paise: number } } | null;
  payment: {
    refunded: { paise: number };
    refunds: Array<{ id: string; status: string; method: string; amount: { paise: number }; payoutReference: string | null; disputeId: string | null; razorpayRefundId: string | null }>;
  } | null;
}

export async function orderWithDispute(actor: Actor, orderId: string): Promise<OrderWithDispute> {
  return (await actor.ok<{ order: OrderWithDispute }>(ORDER_WITH_DISPUTE, { id: orderId })).order;
}

/** A vendor stocking cement at ₹410 a bag and a buyer with a site next to it; `order` takes one to COMPLETED. */
export async function vendorAndBuyer(name: string) {
  const { vendor, buyer, addressId, material, order: completed } = await settlementsVendorAndBuyer(name);
  const order = async (quantity: number, method: 'ONLINE' | 'COD'): Promise<OrderView & { lineId: string; lineTotalPaise: number }> => {
    const placed = await completed(quantity, method);
    const line = (await orderWithDispute(buyer, placed.id)).items[0]!;
    return Object.assign(placed, { lineId: line.id, lineTotalPaise: line.lineTotal.paise });
  };
  return { vendor, buyer, order, material, addressId, admin: await seededAdmin() };
}

/**
 * The vendor bears a refund made before its (online) order is settled: today's settlement has
 * the one ORDER line, net of `refundPaise` to the paisa (docs/settlements.md).
 */
export async function expectSettledNetOfRefund(vendor: Actor & { vendorId: string }, order: OrderView, refundPaise: number): Promise<SettlementView> {
  const period = oneDay(indiaDay());
  await ordersReachSettlements(vendor, period, 1);
  await refundsReachSettlements(vendor, period, refundPaise);
  const run = await settle(period, [vendor.vendorId]);
  expect(run.failures).toEqual([]);
  const settlement = run.settlements.find((s) => s.vendorId === vendor.vendorId)!;
  expect(settlement.lines.map((l) => [l.kind, l.orderId])).toEqual([['ORDER', order.id]]);
  expect(paise(settlement.lines[0]!.amounts)).toEqual({
    gross: order.total.paise,
    refunded: refundPaise,
    ...chargesAfter(order, refundPaise),
    codCollectedByVendor: 0,
    onlineCollectedByPlatform: order.total.paise - refundPaise,
  });
  return settlement;
}

/** Uploads one small PNG (a photo of the damage) through the media API: request → PUT → confirm. */
export async function uploadPhoto(actor: Actor, purpose = 'DISPUTE_EVIDENCE'): Promise<string> {
  const body = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(504, 0)]);
  const { requestUpload } = await actor.ok<{ requestUpload: { uploadUrl: string; media: { id: string } } }>(
    'mutation R($input: RequestUploadInput!) { requestUpload(input: $input) { uploadUrl media { id } } }',
    { input: { purpose, contentType: 'image/png', sizeBytes: body.length } },
  );
  const put = await fetch(requestUpload.uploadUrl, { method: 'PUT', headers: { 'content-type': 'image/png' }, body });
  if (put.status !== 200) throw new Error(`upload failed: ${put.status}`);
  await actor.ok('mutation C($id: ID!) { confirmUpload(mediaId: $id) { id } }', { id: requestUpload.media.id });
  return requestUpload.media.id;
}

/** What the buyer paid for `quantity` of a line (GST included), pro rata, rounded down: the rule in docs/disputes.md. */
export const paidFor = (order: { lineTotalPaise: number; items: Array<{ quantity: number }> }, quantity: number) =>
  Math.floor((order.lineTotalPaise * quantity) / order.items[0]!.quantity);

export const resolutionKey = () => `dispute-test-${randomUUID()}`;

interface FeedItem {
  kind: string;
  body: string;
  orderId: string | null;
}
/** Waits until the actor's in-app feed holds every one of `kinds` about the order; returns them in that order. */
export async function notifiedOf(actor: Actor, orderId: string, kinds: string[]): Promise<FeedItem[]> {
  return eventually(
    async () => {
      const { myNotifications } = await actor.ok<{ myNotifications: { items: FeedItem[] } }>(
        `{ myNotifications(page: { limit: 50 }) { items { kind body orderId channel } } }`,
      );
      const about = myNotifications.items.filter((n) => n.orderId === orderId && (n as { channel?: string }).channel === 'IN_APP');
      const found = kinds.map((k) => about.find((n) => n.kind === k));
      return found.every(Boolean) ? (found as FeedItem[]) : undefined;
    },
    { what: `${kinds.join(', ')} in the feed` },
  );
}
