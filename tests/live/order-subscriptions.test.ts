import WebSocket from 'ws';
import { newBuyer } from '../harness/actors.js';
import { liveClient, orderNudge, subscribe } from '../harness/live-client.js';
import { CONFIRM, DISPATCH, PLACE_ORDER, addAddress, cement, deliverWithOtp, placeInput, placedOrder, vendorStocking, type OrderView } from '../orders/order-helpers.js';
import { payInCheckout } from '../payments/razorpay-local.js';
import { eventually } from '../harness/eventually.js';
import { GatewayProcess, freePort } from '../harness/extra-gateway.js';
import { newVendor } from '../harness/vendors.js';
import { completedOrder, indiaDay, oneDay, refund, refundsReachSettlements } from '../harness/settlements.js';

const ORDER_LIVE = `subscription OrderLive($id: ID!) {
  orderStatusChanged(orderId: $id) { id status paymentStatus payment { status } items { material { name } } }
}`;
const VENDOR_FEED = `subscription Feed { vendorOrderFeed { id orderNumber status } }`;
const START = `mutation S($id: ID!) { startOnlinePayment(orderId: $id) { razorpayOrderId } }`;
const VERIFY = `mutation V($input: VerifyPaymentInput!) { verifyPayment(input: $input) { id } }`;

type LiveOrder = { orderStatusChanged: { id: string; status: string; paymentStatus: string; payment: { status: string } | null; items: Array<{ material: { name: string } | null }> } };
type FeedUpdate = { vendorOrderFeed: { id: string; status: string } };

const onlineOrder = () => placedOrder(2, 'ONLINE');

function distinctStatuses(statuses: string[]): string[] {
  return statuses.filter((s, i) => s !== statuses[i - 1]);
}

describe('live order updates over graphql-ws through the gateway', () => {
  it('the buyer and the vendor both see PAID → CONFIRMED → OUT_FOR_DELIVERY → DELIVERED → COMPLETED with federated fields', async () => {
    const { material, vendor, buyer, order } = await onlineOrder();
    const buyerClient = liveClient(buyer.token);
    const vendorClient = liveClient(vendor.token);
    try {
      const buyerSub = subscribe<LiveOrder>(buyerClient, ORDER_LIVE, { id: order.id });
      const vendorSub = subscribe<FeedUpdate>(vendorClient, VENDOR_FEED);
      const nudge = orderNudge({ orderId: order.id, buyerId: buyer.userId!, vendorId: vendor.vendorId });
      await buyerSub.untilLive(nudge);
      await vendorSub.untilLive(nudge);

      const { startOnlinePayment } = await buyer.ok<{ startOnlinePayment: { razorpayOrderId: string } }>(START, { id: order.id });
      const checkout = await payInCheckout(startOnlinePayment.razorpayOrderId);
      await buyer.ok(VERIFY, {
        input: { orderId: order.id, razorpayOrderId: checkout.razorpay_order_id, razorpayPaymentId: checkout.razorpay_payment_id, razorpaySignature: checkout.razorpay_signature },
      });
      const paid = await buyerSub.waitFor((u) => u.orderStatusChanged.status === 'PAID');
      expect(paid.orderStatusChanged.payment?.status).toBe('CAPTURED');
      expect(paid.orderStatusChanged.items[0]?.material?.name).toBe(material.name);

      await vendor.ok(CONFIRM, { id: order.id });
      await buyerSub.waitFor((u) => u.orderStatusChanged.status === 'CONFIRMED');
      await vendor.ok(DISPATCH, { id: order.id });
      await deliverWithOtp(vendor, buyer, order.id);
      await buyerSub.waitFor((u) => u.orderStatusChanged.status === 'COMPLETED');
      await vendorSub.waitFor((u) => u.vendorOrderFeed.id === order.id && u.vendorOrderFeed.status === 'COMPLETED');

      const seenByBuyer = distinctStatuses(buyerSub.updates.map((u) => u.orderStatusChanged.status));
      expect(seenByBuyer).toEqual(expect.arrayContaining(['PAID', 'CONFIRMED', 'COMPLETED']));
      // Updates arrive in lifecycle order.
      const lifecycle = ['PENDING_PAYMENT', 'PAID', 'CONFIRMED', 'OUT_FOR_DELIVERY', 'DELIVERED', 'COMPLETED'];
      const positions = seenByBuyer.map((s) => lifecycle.indexOf(s));
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
      expect(vendorSub.updates.every((u) => u.vendorOrderFeed.id === order.id)).toBe(true);
      expect(buyerSub.errors).toEqual([]);
    } finally {
      await buyerClient.dispose();
      await vendorClient.dispose();
    }
  });

  it('another buyer cannot subscribe to the order', async () => {
    const { order } = await onlineOrder();
    const stranger = await newBuyer();
    const client = liveClient(stranger.token);
    try {
      const sub = subscribe<LiveOrder>(client, ORDER_LIVE, { id: order.id });
      await sub.closed;
      expect(JSON.stringify(sub.errors)).toMatch(/NOT_FOUND|FORBIDDEN/);
      expect(sub.updates).toEqual([]);
    } finally {
      await client.dispose();
    }
  });

  it('a buyer cannot open the vendor feed', async () => {
    const buyer = await newBuyer();
    const client = liveClient(buyer.token);
    try {
      const sub = subscribe<FeedUpdate>(client, VENDOR_FEED);
      await sub.closed;
      expect(JSON.stringify(sub.errors)).toMatch(/FORBIDDEN/);
    } finally {
      await client.dispose();
    }
  });

  it('a socket may hold at most 20 subscriptions', async () => {
    const buyer = await newBuyer();
    const client = liveClient(buyer.token);
    try {
      const subs = Array.from({ length: 21 }, () => subscribe(client, 'subscription { myOrderUpdates { id } }'));
      await eventually(async () => subs.filter((s) => s.errors.length).length === 1 || null, { what: 'one refusal' });
      expect(JSON.stringify(subs.find((s) => s.errors.length)!.errors)).toMatch(/RATE_LIMITED|At most 20/);
      expect(subs.filter((s) => s.errors.length)).toHaveLength(1);
    } finally {
      await client.dispose();
    }
  });

  it('the typed vendor feed document from clients/ works as is', async () => {
    const { VendorOrderFeedDocument } = await import('@realserv/clients/vendor-web');
    const { print } = await import('graphql');
    const { vendor, buyer, order } = await onlineOrder();
    const client = liveClient(vendor.token);
    try {
      const feed = subscribe<{ vendorOrderFeed: { id: string; total: { paise: number }; items: Array<{ name: string }> } }>(client, print(VendorOrderFeedDocument));
      await feed.untilLive(orderNudge({ orderId: order.id, buyerId: buyer.userId!, vendorId: vendor.vendorId }));
      const material = await cement();
      const addressId = await addAddress(buyer);
      const { placeOrder } = await buyer.ok<{ placeOrder: OrderView }>(PLACE_ORDER, placeInput(vendor.vendorId, addressId, material.id, 1));
      const update = await feed.waitFor((u) => u.vendorOrderFeed.id === placeOrder.id);
      expect(update.vendorOrderFeed.total.paise).toBe(placeOrder.total.paise);
      expect(update.vendorOrderFeed.items[0]?.name).toBe(material.name);
    } finally {
      await client.dispose();
    }
  });

  it('a socket that never sends connection_init is closed (4408) after the init timeout', async () => {
    const socket = new WebSocket(process.env.REALSERV_GATEWAY_URL!.replace(/^http/, 'ws'), 'graphql-transport-ws');
    const started = Date.now();
    const code = await new Promise<number>((resolve) => socket.on('close', (c: number) => resolve(c)));
    expect(code).toBe(4408);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
  });

  it('an anonymous or badly authenticated socket is closed with 4403', async () => {
    for (const params of [{}, { authorization: 'Bearer not-a-token' }]) {
      const socket = new WebSocket(process.env.REALSERV_GATEWAY_URL!.replace(/^http/, 'ws'), 'graphql-transport-ws');
      const code = await new Promise<number>((resolve) => {
        socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: params })));
        socket.on('close', (c) => resolve(c));
      });
      expect(code).toBe(4403);
    }
  });
});

describe('payment-only changes are pushed too', () => {
  const MY_UPDATES = `subscription Mine { myOrderUpdates { id status paymentStatus payment { status } } }`;
  const FEED = `subscription Feed { vendorOrderFeed { id status paymentStatus } }`;
  type Mine = { myOrderUpdates: { id: string; status: string; paymentStatus: string; payment: { status: string } | null } };
  type Feed = { vendorOrderFeed: { id: string; status: string; paymentStatus: string } };
  const CANCEL_ORDER = `mutation X($input: OrderReasonInput!) { cancelOrder(input: $input) { id status paymentStatus } }`;

  /** An online order followed by its buyer (all their orders, and this one) and its vendor, all live. */
  async function followedOnlineOrder() {
    const material = await cement();
    const vendor = await vendorStocking(material, 100, 40_000);
    const buyer = await newBuyer();
    const addressId = await addAddress(buyer);
    const { placeOrder } = await buyer.ok<{ placeOrder: OrderView }>(PLACE_ORDER, placeInput(vendor.vendorId, addressId, material.id, 2, 'ONLINE'));
    const buyerClient = liveClient(buyer.token);
    const vendorClient = liveClient(vendor.token);
    const mine = subscribe<Mine>(buyerClient, MY_UPDATES);
    const feed = subscribe<Feed>(vendorClient, FEED);
    const single = subscribe<LiveOrder>(buyerClient, ORDER_LIVE, { id: placeOrder.id });
    // graphql-ws acknowledges sockets, not subscriptions: until each answers a nudge, a payment
    // could change the order before the gateway runs it (CI once saw `single` miss PAID).
    const nudge = orderNudge({ orderId: placeOrder.id, buyerId: buyer.userId!, vendorId: vendor.vendorId });
    for (const sub of [mine, feed, single]) await sub.untilLive(nudge);
    const dispose = async () => {
      await buyerClient.dispose();
      await vendorClient.dispose();
    };
    return { vendor, buyer, addressId, material, order: placeOrder, mine, feed, single, dispose };
  }

  it("a buyer's new order reaches their live feed and their vendor's", async () => {
    const { vendor, buyer, addressId, material, mine, feed, dispose } = await followedOnlineOrder();
    try {
      const { placeOrder } = await buyer.ok<{ placeOrder: OrderView }>(PLACE_ORDER, placeInput(vendor.vendorId, addressId, material.id, 1));
      const seen = await mine.waitFor((u) => u.myOrderUpdates.id === placeOrder.id);
      expect(seen.myOrderUpdates).toMatchObject({ status: placeOrder.status, paymentStatus: placeOrder.paymentStatus });
      await feed.waitFor((u) => u.vendorOrderFeed.id === placeOrder.id);
    } finally {
      await dispose();
    }
  });

  it('subscribers see an online payment start and a payment failure', async () => {
    const { buyer, order, mine, feed, single, dispose } = await followedOnlineOrder();
    try {
      const { startOnlinePayment } = await buyer.ok<{ startOnlinePayment: { razorpayOrderId: string } }>(START, { id: order.id });
      await mine.waitFor((u) => u.myOrderUpdates.id === order.id && u.myOrderUpdates.payment?.status === 'CREATED');

      const failed = await fetch(new URL(`/_local/orders/${startOnlinePayment.razorpayOrderId}/checkout`, process.env.REALSERV_RAZORPAY_URL).toString(), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ fail: true }),
      });
      expect(failed.ok).toBe(true);
      await mine.waitFor((u) => u.myOrderUpdates.id === order.id && u.myOrderUpdates.paymentStatus === 'FAILED');
      await feed.waitFor((u) => u.vendorOrderFeed.id === order.id && u.vendorOrderFeed.paymentStatus === 'FAILED');
      const seen = await single.waitFor((u) => u.orderStatusChanged.paymentStatus === 'FAILED');
      expect(seen.orderStatusChanged.status).toBe('PENDING_PAYMENT');
    } finally {
      await dispose();
    }
  });

  it('an admin refund of a completed order reaches the buyer live (REFUNDED) and the vendor\'s next settlement', async () => {
    const material = await cement();
    const vendor = await newVendor('Live Refund Traders');
    await vendor.ok('mutation I($input: UpdateInventoryInput!) { updateMyInventory(input: $input) { id } }', {
      input: { items: [{ materialId: material.id, stockQuantity: 100, pricePaise: 41_000 }] },
    });
    const buyer = await newBuyer();
    const order = await completedOrder(vendor, buyer, await addAddress(buyer), material.id, 2, 'ONLINE');
    const client = liveClient(buyer.token);
    try {
      const single = subscribe<LiveOrder>(client, ORDER_LIVE, { id: order.id });
      await single.untilLive(orderNudge({ orderId: order.id, buyerId: buyer.userId!, vendorId: vendor.vendorId }));
      await refund(order.id);
      const refunded = await single.waitFor((u) => u.orderStatusChanged.paymentStatus === 'REFUNDED');
      expect(refunded.orderStatusChanged).toMatchObject({ status: 'COMPLETED', payment: { status: 'REFUNDED' } });
      await refundsReachSettlements(vendor, oneDay(indiaDay()), order.total.paise);
    } finally {
      await client.dispose();
    }
  });

  it('subscribers see REFUNDED after the buyer cancels a paid order', async () => {
    const { buyer, order, mine, feed, single, dispose } = await followedOnlineOrder();
    try {
      const { startOnlinePayment } = await buyer.ok<{ startOnlinePayment: { razorpayOrderId: string } }>(START, { id: order.id });
      const checkout = await payInCheckout(startOnlinePayment.razorpayOrderId);
      await buyer.ok(VERIFY, {
        input: { orderId: order.id, razorpayOrderId: checkout.razorpay_order_id, razorpayPaymentId: checkout.razorpay_payment_id, razorpaySignature: checkout.razorpay_signature },
      });
      await single.waitFor((u) => u.orderStatusChanged.status === 'PAID');
      await buyer.ok(CANCEL_ORDER, { input: { orderId: order.id, reason: 'Site work postponed' } });

      const refunded = await single.waitFor((u) => u.orderStatusChanged.paymentStatus === 'REFUNDED');
      expect(refunded.orderStatusChanged).toMatchObject({ status: 'CANCELLED', payment: { status: 'REFUNDED' } });
      await mine.waitFor((u) => u.myOrderUpdates.id === order.id && u.myOrderUpdates.paymentStatus === 'REFUNDED');
      await feed.waitFor((u) => u.vendorOrderFeed.id === order.id && u.vendorOrderFeed.paymentStatus === 'REFUNDED');
      // Each update shows the order as it is then: the last one is the refunded order.
      expect(single.updates.at(-1)?.orderStatusChanged).toMatchObject({ status: 'CANCELLED', paymentStatus: 'REFUNDED' });
    } finally {
      await dispose();
    }
  });
});

describe('more than one gateway process', () => {
  let second: GatewayProcess | null = null;
  let port = 0;

  beforeAll(async () => {
    port = await freePort();
    second = await GatewayProcess.start({}, port);
  }, 90_000);

  afterAll(async () => {
    await second?.stop();
  });

  it('a subscriber on one gateway sees changes made through another, and again after that gateway restarts', async () => {
    const { vendor, buyer, order } = await onlineOrder();
    const nudge = orderNudge({ orderId: order.id, buyerId: buyer.userId!, vendorId: vendor.vendorId });
    const client = liveClient(vendor.token, `http://127.0.0.1:${port}/graphql`, { retryAttempts: 150 });
    try {
      const feed = subscribe<FeedUpdate>(client, VENDOR_FEED);
      await feed.untilLive(nudge);
      // The order is placed through the main gateway; the feed is on the second one.
      const material = await cement();
      const addressId = await addAddress(buyer);
      await vendor.ok('mutation I($input: UpdateInventoryInput!) { updateMyInventory(input: $input) { id } }', {
        input: { items: [{ materialId: material.id, stockQuantity: 50, pricePaise: 40_000 }] },
      });
      const first = await buyer.ok<{ placeOrder: OrderView }>(PLACE_ORDER, placeInput(vendor.vendorId, addressId, material.id, 1));
      await feed.waitFor((u) => u.vendorOrderFeed.id === first.placeOrder.id);

      // Restart the second gateway; the client reconnects and resubscribes by itself.
      await second!.stop();
      second = await GatewayProcess.start({}, port);
      await feed.untilLive(nudge, { timeoutMs: 40_000 });
      const next = await buyer.ok<{ placeOrder: OrderView }>(PLACE_ORDER, placeInput(vendor.vendorId, addressId, material.id, 1));
      await feed.waitFor((u) => u.vendorOrderFeed.id === next.placeOrder.id, 40_000);
    } finally {
      await client.dispose();
    }
    // A process restart on a busy 2-core CI machine can take a while: a longer budget than the default.
  }, 90_000);
});

describe('live delivery status', () => {
  it('the buyer follows the delivery from PENDING to DELIVERED; strangers are refused', async () => {
    const { vendor, buyer, order: placeOrder } = await placedOrder(1);
    await vendor.ok(CONFIRM, { id: placeOrder.id });
    await eventually(async () => !(await buyer.run('query D($id: ID!) { delivery(orderId: $id) { id } }', { id: placeOrder.id })).errors?.length, { what: 'the delivery' });

    const client = liveClient(buyer.token);
    const strangerClient = liveClient((await newBuyer()).token);
    try {
      const live = subscribe<{ deliveryStatusChanged: { status: string; orderId: string } }>(
        client,
        'subscription L($id: ID!) { deliveryStatusChanged(orderId: $id) { status orderId } }',
        { id: placeOrder.id },
      );
      const refused = subscribe(strangerClient, 'subscription L($id: ID!) { deliveryStatusChanged(orderId: $id) { status } }', { id: placeOrder.id });
      await refused.closed;
      expect(JSON.stringify(refused.errors)).toMatch(/NOT_FOUND/);
      await live.untilLive({ type: 'DeliveryStatusChanged', keys: { orderId: placeOrder.id } });

      await vendor.ok(DISPATCH, { id: placeOrder.id });
      await live.waitFor((u) => u.deliveryStatusChanged.status === 'OUT_FOR_DELIVERY');
      await eventually(async () => !(await vendor.run('mutation G($id: ID!) { generateDeliveryOtp(orderId: $id) { id } }', { id: placeOrder.id })).errors?.length, { what: 'a code' });
      const { order } = await buyer.ok<{ order: { deliveryOtp: string } }>('query O($id: ID!) { order(id: $id) { deliveryOtp } }', { id: placeOrder.id });
      await vendor.ok('mutation V($id: ID!, $code: String!) { verifyDeliveryOtp(orderId: $id, code: $code) { id } }', { id: placeOrder.id, code: order.deliveryOtp });
      const delivered = await live.waitFor((u) => u.deliveryStatusChanged.status === 'DELIVERED');
      expect(delivered.deliveryStatusChanged.orderId).toBe(placeOrder.id);
    } finally {
      await client.dispose();
      await strangerClient.dispose();
    }
  });
});
