import { newBuyer, seededAdmin } from '../harness/actors.js';
import { liveClient, orderNudge, subscribe } from '../harness/live-client.js';
import { CONFIRM, DISPATCH, placedOrder } from '../orders/order-helpers.js';

const ORDER_LIVE = `subscription OrderLive($id: ID!) {
  orderStatusChanged(orderId: $id) { id status deliveryAddress { contactPhone } }
}`;
const VENDOR_FEED = `subscription Feed { vendorOrderFeed { id status } }`;
const SET_STATUS = `mutation SetStatus($input: SetUserStatusInput!) { setUserStatus(input: $input) { id status } }`;

type LiveOrder = { orderStatusChanged: { id: string; status: string } };
type FeedUpdate = { vendorOrderFeed: { id: string; status: string } };

/** The close code a graphql-ws client reports when the server closes its socket. */
const closeCode = (error: unknown) => (error as { code?: number } | undefined)?.code;

/** Resolves with whether `promise` settled within the time (the test then fails with a clear message). */
function within(promise: Promise<unknown>, ms: number): Promise<boolean> {
  return Promise.race([promise.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), ms).unref())]);
}

describe('a socket ends with its session', () => {
  it('an admin suspends a buyer: the buyer’s open socket is closed (4403), no further updates arrive, and it cannot reconnect', async () => {
    const { vendor, buyer, order } = await placedOrder(2);

    const buyerClient = liveClient(buyer.token);
    const vendorClient = liveClient(vendor.token);
    try {
      const buyerSub = subscribe<LiveOrder>(buyerClient, ORDER_LIVE, { id: order.id });
      const vendorFeed = subscribe<FeedUpdate>(vendorClient, VENDOR_FEED);
      const nudge = orderNudge({ orderId: order.id, buyerId: buyer.userId!, vendorId: vendor.vendorId });
      await buyerSub.untilLive(nudge);
      await vendorFeed.untilLive(nudge);
      await vendor.ok(CONFIRM, { id: order.id });
      await buyerSub.waitFor((u) => u.orderStatusChanged.status === 'CONFIRMED');

      const admin = await seededAdmin();
      await admin.ok(SET_STATUS, { input: { userId: buyer.userId, status: 'SUSPENDED', reason: 'Chargebacks under review' } });
      // Within the revocation window (2 s in tests; at most AUTH_REVOCATION_CACHE_SECONDS).
      expect(await within(buyerSub.closed, 20_000)).toBe(true);
      expect(buyerSub.errors.map(closeCode)).toContain(4403);
      const seen = buyerSub.updates.length;

      // The order keeps changing; the vendor hears it, the suspended buyer does not.
      await vendor.ok(DISPATCH, { id: order.id });
      await vendorFeed.waitFor((u) => u.vendorOrderFeed.id === order.id && u.vendorOrderFeed.status === 'OUT_FOR_DELIVERY');
      expect(buyerSub.updates).toHaveLength(seen);

      // A new socket (and so a new subscription) with the same token is refused.
      const again = subscribe<LiveOrder>(buyerClient, ORDER_LIVE, { id: order.id });
      expect(await within(again.closed, 20_000)).toBe(true);
      expect(again.updates).toEqual([]);
      expect(again.errors.map(closeCode)).toContain(4403);
    } finally {
      await buyerClient.dispose();
      await vendorClient.dispose();
    }
  });

  it('a buyer who deletes their account loses their open socket too', async () => {
    const buyer = await newBuyer();
    const client = liveClient(buyer.token);
    try {
      // A subscription that never fires keeps the socket open: myOrderUpdates for a new buyer.
      const connected = new Promise((r) => client.on('connected', r));
      const sub = subscribe(client, 'subscription { myOrderUpdates { id } }');
      await connected;
      await buyer.ok('mutation { deleteMyAccount(confirm: "DELETE") { id } }');
      expect(await within(sub.closed, 20_000)).toBe(true);
      expect(sub.errors.map(closeCode)).toContain(4403);
    } finally {
      await client.dispose();
    }
  });
});
