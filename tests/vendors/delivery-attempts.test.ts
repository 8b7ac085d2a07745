import { newBuyer, newVendorUser, seededAdmin } from '../harness/actors.js';
import { eventually } from '../harness/eventually.js';
import { errorCodes, graphql } from '../harness/graphql-client.js';
import { liveClient, subscribe } from '../harness/live-client.js';
import { newVendor } from '../harness/vendors.js';
import { CONFIRM, DISPATCH, placedOrder } from '../orders/order-helpers.js';

const BY_ORDER = `query D($id: ID!) { delivery(orderId: $id) { id status } }`;
const BY_ID = `query D($id: ID!) { delivery(id: $id) { id status orderId failedAttempts scheduledFor attempts { attemptNumber reason note rescheduledFor } history { step note } } }`;
const FAIL = `mutation F($id: ID!, $input: FailedDeliveryAttemptInput!) { recordFailedDeliveryAttempt(deliveryId: $id, input: $input) { id status failedAttempts scheduledFor attempts { attemptNumber reason note } } }`;
const REDISPATCH = `mutation R($id: ID!) { redispatchDelivery(deliveryId: $id) { id status } }`;
const MINE = `query M($status: DeliveryStatus) { myDeliveries(status: $status, page: { limit: 50 }) { items { id status } pageInfo { totalCount } } }`;
const ALL = `query A($filter: DeliveryFilterInput) { deliveries(filter: $filter, page: { limit: 50 }) { items { id status } pageInfo { totalCount } } }`;

interface ById {
  delivery: {
    id: string;
    status: string;
    orderId: string;
    failedAttempts: number;
    scheduledFor: string | null;
    attempts: Array<{ attemptNumber: number; reason: string; note: string | null; rescheduledFor: string }>;
    history: Array<{ step: string; note: string | null }>;
  };
}

const tomorrow = () => new Date(Date.now() + 24 * 3600_000).toISOString();

/** A COD order the vendor confirmed and dispatched, and its delivery id. */
async function dispatched() {
  const placed = await placedOrder(1);
  const { vendor, buyer, order } = placed;
  await vendor.ok(CONFIRM, { id: order.id });
  await vendor.ok(DISPATCH, { id: order.id });
  let deliveryId = '';
  await eventually(async () => {
    const r = await buyer.run<{ delivery: { id: string; status: string } }>(BY_ORDER, { id: order.id });
    deliveryId = r.data?.delivery?.id ?? '';
    return r.data?.delivery?.status === 'OUT_FOR_DELIVERY';
  }, { what: 'the dispatched delivery' });
  return { ...placed, deliveryId };
}

describe('delivery listings and delivery(id)', () => {
  it('the vendor lists its own deliveries, admins filter all; delivery(id) for the buyer, the vendor and admins only', async () => {
    const { vendor, buyer, deliveryId } = await dispatched();
    const admin = await seededAdmin();

    const mine = await vendor.ok<{ myDeliveries: { items: Array<{ id: string; status: string }>; pageInfo: { totalCount: number } } }>(MINE, {});
    expect(mine.myDeliveries.items.map((d) => d.id)).toEqual([deliveryId]);
    expect((await vendor.ok<{ myDeliveries: { items: unknown[] } }>(MINE, { status: 'DELIVERED' })).myDeliveries.items).toEqual([]);
    // Another vendor sees none of it.
    const other = await newVendor('Other Deliveries');
    expect((await other.ok<{ myDeliveries: { items: unknown[] } }>(MINE, {})).myDeliveries.items).toEqual([]);

    const byVendor = await admin.ok<{ deliveries: { items: Array<{ id: string }> } }>(ALL, { filter: { vendorId: vendor.vendorId, status: 'OUT_FOR_DELIVERY' } });
    expect(byVendor.deliveries.items.map((d) => d.id)).toEqual([deliveryId]);
    const future = await admin.ok<{ deliveries: { items: unknown[] } }>(ALL, { filter: { vendorId: vendor.vendorId, from: tomorrow() } });
    expect(future.deliveries.items).toEqual([]);
    const window = await admin.ok<{ deliveries: { items: Array<{ id: string }> } }>(ALL, { filter: { vendorId: vendor.vendorId, from: new Date(Date.now() - 3600_000).toISOString(), to: tomorrow() } });
    expect(window.deliveries.items.map((d) => d.id)).toEqual([deliveryId]);
    expect(errorCodes(await admin.run(ALL, { filter: { from: tomorrow(), to: new Date().toISOString() } }))).toEqual(['BAD_USER_INPUT']);

    // delivery(id): the three parties read it; another buyer, another vendor: NOT_FOUND; anonymous: UNAUTHENTICATED.
    for (const actor of [buyer, vendor, admin]) expect((await actor.ok<ById>(BY_ID, { id: deliveryId })).delivery.id).toBe(deliveryId);
    expect(errorCodes(await (await newBuyer()).run(BY_ID, { id: deliveryId }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await other.run(BY_ID, { id: deliveryId }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await graphql(BY_ID, { id: deliveryId }))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await buyer.run('query D($id: ID!) { delivery(id: $id, orderId: $id) { id } }', { id: deliveryId }))).toEqual(['BAD_USER_INPUT']);

    // Role denials on the listings.
    expect(errorCodes(await buyer.run(MINE, {}))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await admin.run(MINE, {}))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graphql(MINE, {}))).toEqual(['UNAUTHENTICATED']);
    for (const actor of [buyer, vendor, await newVendorUser()]) expect(errorCodes(await actor.run(ALL, {}))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graphql(ALL, {}))).toEqual(['UNAUTHENTICATED']);
  });
});

describe('failed delivery attempts', () => {
  it('a failed attempt reschedules the delivery live; the second notifies admins; history keeps every attempt', async () => {
    const { vendor, buyer, order, deliveryId } = await dispatched();
    const admin = await seededAdmin();
    const client = liveClient(buyer.token);
    try {
      const live = subscribe<{ deliveryStatusChanged: { status: string; failedAttempts: number; attempts: Array<{ reason: string }> } }>(
        client,
        'subscription L($id: ID!) { deliveryStatusChanged(orderId: $id) { status failedAttempts attempts { reason } } }',
        { id: order.id },
      );
      await live.untilLive({ type: 'DeliveryStatusChanged', keys: { orderId: order.id } });

      // Bad input changes nothing.
      expect((await vendor.run(FAIL, { id: deliveryId, input: { reason: 'OTHER', rescheduledFor: tomorrow() } })).errors?.[0]?.extensions?.reason).toBe('NOTE_REQUIRED');
      expect((await vendor.run(FAIL, { id: deliveryId, input: { reason: 'BUYER_ABSENT', rescheduledFor: new Date(Date.now() - 60_000).toISOString() } })).errors?.[0]?.extensions?.reason).toBe('NOT_IN_FUTURE');
      expect((await vendor.ok<ById>(BY_ID, { id: deliveryId })).delivery).toMatchObject({ status: 'OUT_FOR_DELIVERY', failedAttempts: 0, attempts: [] });

      const first = await vendor.ok<{ recordFailedDeliveryAttempt: { status: string; failedAttempts: number } }>(FAIL, {
        id: deliveryId,
        input: { reason: 'BUYER_ABSENT', note: 'Nobody at the gate', rescheduledFor: tomorrow() },
      });
      expect(first.recordFailedDeliveryAttempt).toMatchObject({ status: 'RESCHEDULED', failedAttempts: 1 });
      const seen = await live.waitFor((u) => u.deliveryStatusChanged.status === 'RESCHEDULED');
      expect(seen.deliveryStatusChanged.attempts.map((a) => a.reason)).toEqual(['BUYER_ABSENT']);

      // Not out for delivery: a second attempt must wait for the redispatch.
      expect((await vendor.run(FAIL, { id: deliveryId, input: { reason: 'SITE_CLOSED', rescheduledFor: tomorrow() } })).errors?.[0]?.extensions?.reason).toBe('NOT_OUT_FOR_DELIVERY');
      expect((await vendor.ok<{ redispatchDelivery: { status: string } }>(REDISPATCH, { id: deliveryId })).redispatchDelivery.status).toBe('OUT_FOR_DELIVERY');
      await live.waitFor((u) => u.deliveryStatusChanged.status === 'OUT_FOR_DELIVERY' && u.deliveryStatusChanged.failedAttempts === 1);

      await vendor.ok(FAIL, { id: deliveryId, input: { reason: 'SITE_CLOSED', rescheduledFor: tomorrow() } });
      const { delivery } = await buyer.ok<ById>(BY_ID, { id: deliveryId });
      expect(delivery.attempts.map((a) => [a.attemptNumber, a.reason, a.note])).toEqual([
        [1, 'BUYER_ABSENT', 'Nobody at the gate'],
        [2, 'SITE_CLOSED', null],
      ]);
      expect(delivery.history.filter((h) => h.step === 'ATTEMPT_FAILED').map((h) => h.note)).toEqual(['BUYER_ABSENT: Nobody at the gate', 'SITE_CLOSED']);
      expect(delivery.scheduledFor).not.toBeNull();

      // The second failed attempt reaches the admins' in-app notifications.
      await eventually(async () => {
        const { myNotifications } = await admin.ok<{ myNotifications: { items: Array<{ kind: string; body: string }> } }>(
          '{ myNotifications(page: { limit: 50 }) { items { kind body } } }',
        );
        return myNotifications.items.some((n) => n.kind === 'DELIVERY_ATTEMPTS_FAILED_ADMIN' && n.body.includes(order.orderNumber) && n.body.includes('attempt 2: site closed'));
      }, { what: 'the admin notification' });
    } finally {
      await client.dispose();
    }
  });

  it('only the delivery’s vendor records attempts or redispatches', async () => {
    const { vendor, buyer, deliveryId } = await dispatched();
    const admin = await seededAdmin();
    const other = await newVendor('Not Theirs');
    const input = { reason: 'VEHICLE_ISSUE', rescheduledFor: tomorrow() };
    expect(errorCodes(await other.run(FAIL, { id: deliveryId, input }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await other.run(REDISPATCH, { id: deliveryId }))).toEqual(['NOT_FOUND']);
    for (const actor of [buyer, admin]) {
      expect(errorCodes(await actor.run(FAIL, { id: deliveryId, input }))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await actor.run(REDISPATCH, { id: deliveryId }))).toEqual(['FORBIDDEN']);
    }
    expect(errorCodes(await graphql(FAIL, { id: deliveryId, input }))).toEqual(['UNAUTHENTICATED']);
    expect((await vendor.ok<ById>(BY_ID, { id: deliveryId })).delivery).toMatchObject({ status: 'OUT_FOR_DELIVERY', failedAttempts: 0 });
    // A delivery on its way cannot be "redispatched" from PENDING either: it is a no-op here.
    expect((await vendor.ok<{ redispatchDelivery: { status: string } }>(REDISPATCH, { id: deliveryId })).redispatchDelivery.status).toBe('OUT_FOR_DELIVERY');
  });
});
