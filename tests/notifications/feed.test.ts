import { randomUUID } from 'node:crypto';
import { newBuyer, newSignedInUser, seededAdmin, type Actor } from '../harness/actors.js';
import { errorCodes, graphql } from '../harness/graphql-client.js';
import { eventually } from '../harness/eventually.js';
import { liveClient, subscribe } from '../harness/live-client.js';
import { CONFIRM, placedOrder } from '../orders/order-helpers.js';
import { mailTo, received } from './notification-helpers.js';
import { rowsOf } from '../harness/subgraph-db.js';

const FEED = /* GraphQL */ `
  query MyNotifications($unreadOnly: Boolean) {
    myNotifications(unreadOnly: $unreadOnly, page: { limit: 50 }) {
      unreadCount
      pageInfo { totalCount }
      items { id kind category channel subject body status read readAt orderId recipientId eventName destination }
    }
  }
`;
const MARK_READ = `mutation M($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) { unreadCount } }`;
const ONE = `query N($id: ID!) { notification(id: $id) { id kind } }`;
const ADMIN_LIST = `query A($filter: NotificationsFilter) { notifications(filter: $filter, page: { limit: 50 }) { pageInfo { totalCount } items { id kind channel status recipientId eventName } } }`;
const RESEND = `mutation R($id: ID!) { resendNotification(id: $id) { id status } }`;
const RECEIVED = `subscription { notificationReceived { id kind channel subject body orderId } }`;

interface FeedItem {
  id: string;
  kind: string;
  category: string;
  channel: string;
  subject: string | null;
  body: string;
  status: string;
  read: boolean;
  readAt: string | null;
  orderId: string | null;
  recipientId: string | null;
  eventName: string | null;
  destination: string | null;
}
type FeedData = { myNotifications: { unreadCount: number; pageInfo: { totalCount: number }; items: FeedItem[] } };

const feedOf = async (actor: Actor, unreadOnly = false) => (await actor.ok<FeedData>(FEED, { unreadOnly })).myNotifications;

/** Waits until the actor's feed holds a notification of `kind` about `orderId`. */
async function notified(actor: Actor, kind: string, orderId: string): Promise<FeedItem> {
  return eventually(async () => (await feedOf(actor)).items.find((n) => n.kind === kind && n.orderId === orderId), { what: `${kind} in the feed` });
}

describe('the in-app feed', () => {
  test('an order placed lands in the buyer’s and the vendor’s feeds, each in their own words', async () => {
    const { buyer, vendor, order } = await placedOrder(2, 'COD');
    const forBuyer = await notified(buyer, 'ORDER_PLACED_BUYER', order.id);
    const forVendor = await notified(vendor, 'ORDER_PLACED_VENDOR', order.id);
    expect(forBuyer).toMatchObject({ channel: 'IN_APP', category: 'ORDER_UPDATES', status: 'SENT', read: false });
    expect(forBuyer.body).toContain(order.orderNumber);
    expect(forBuyer.body).toContain('Test Traders');
    expect(forVendor.body).toContain(order.orderNumber);
    expect(forVendor.body).toContain('Cash on delivery');
    // Neither sees the other's message, nor the admin-only fields.
    expect((await feedOf(buyer)).items.map((n) => n.kind)).not.toContain('ORDER_PLACED_VENDOR');
    expect((await feedOf(vendor)).items.map((n) => n.kind)).not.toContain('ORDER_PLACED_BUYER');
    expect(forBuyer).toMatchObject({ recipientId: null, eventName: null, destination: null });
    // Counted per channel on the subgraph's /metrics.
    const subgraphUrl = (JSON.parse(process.env.REALSERV_SUBGRAPH_URLS ?? '{}') as Record<string, string>).notifications!;
    const metrics = await (await fetch(new URL('/metrics', subgraphUrl))).text();
    expect(Number(/notifications_sent_total\{channel="IN_APP"[^}]*\} (\d+)/.exec(metrics)?.[1])).toBeGreaterThanOrEqual(2);
  });

  test('unread count and markNotificationsRead (some, then all); repeating changes nothing', async () => {
    const { buyer, vendor, order } = await placedOrder(1, 'COD');
    await notified(buyer, 'ORDER_PLACED_BUYER', order.id);
    await vendor.ok(CONFIRM, { id: order.id });
    const confirmed = await notified(buyer, 'ORDER_CONFIRMED', order.id);
    const before = await feedOf(buyer);
    expect(before.unreadCount).toBe(2);

    const { markNotificationsRead } = await buyer.ok<{ markNotificationsRead: { unreadCount: number } }>(MARK_READ, { input: { ids: [confirmed.id] } });
    expect(markNotificationsRead.unreadCount).toBe(1);
    const unread = await feedOf(buyer, true);
    expect(unread.items.map((n) => n.kind)).toEqual(['ORDER_PLACED_BUYER']);
    expect((await feedOf(buyer)).items.find((n) => n.id === confirmed.id)).toMatchObject({ read: true, status: 'READ' });

    expect((await buyer.ok<{ markNotificationsRead: { unreadCount: number } }>(MARK_READ, { input: { all: true } })).markNotificationsRead.unreadCount).toBe(0);
    expect((await buyer.ok<{ markNotificationsRead: { unreadCount: number } }>(MARK_READ, { input: { all: true } })).markNotificationsRead.unreadCount).toBe(0);
    expect((await feedOf(buyer)).unreadCount).toBe(0);
  });

  test('markNotificationsRead refuses ambiguous input and never touches another user’s notifications', async () => {
    const { buyer, order } = await placedOrder(1, 'COD');
    const mine = await notified(buyer, 'ORDER_PLACED_BUYER', order.id);
    const stranger = await newBuyer();
    for (const input of [{}, { ids: [mine.id], all: true }, { ids: [] }]) {
      expect(errorCodes(await stranger.run(MARK_READ, { input }))).toEqual(['BAD_USER_INPUT']);
    }
    await stranger.ok(MARK_READ, { input: { ids: [mine.id] } });
    expect((await feedOf(buyer)).items.find((n) => n.id === mine.id)?.read).toBe(false);
  });

  test('a buyer cannot read another user’s notification or feed', async () => {
    const { buyer, order } = await placedOrder(1, 'COD');
    const mine = await notified(buyer, 'ORDER_PLACED_BUYER', order.id);
    expect((await buyer.ok<{ notification: { id: string } }>(ONE, { id: mine.id })).notification.id).toBe(mine.id);
    const stranger = await newBuyer();
    expect(errorCodes(await stranger.run(ONE, { id: mine.id }))).toEqual(['NOT_FOUND']);
    expect((await feedOf(stranger)).items).toEqual([]);
  });

  test('anonymous callers and unregistered accounts are refused', async () => {
    expect(errorCodes(await graphql(FEED, {}))).toEqual(['UNAUTHENTICATED']);
    const unregistered = await newSignedInUser();
    expect(errorCodes(await unregistered.run(FEED))).toEqual(['FORBIDDEN']);
  });

  test('a redelivered OrderPlaced creates nothing twice, even when the inbox forgot it', async () => {
    const { buyer, vendor, order } = await placedOrder(1, 'COD');
    await notified(buyer, 'ORDER_PLACED_BUYER', order.id);
    await notified(vendor, 'ORDER_PLACED_VENDOR', order.id);
    const [event] = await rowsOf<{ id: string }>('orders', `select id from outbox_events where type = 'OrderPlaced' and payload->>'orderId' = $1`, [order.id]);
    // Test users have an email and no phone or push device: each gets the in-app message and a mail.
    const rows = async () =>
      (await rowsOf<{ kind: string; channel: string }>('notifications', 'select kind, channel::text as channel from notifications where event_id = $1 order by kind, channel', [event!.id])).map((r) => `${r.kind}/${r.channel}`);
    const expected = ['ORDER_PLACED_BUYER/EMAIL', 'ORDER_PLACED_BUYER/IN_APP', 'ORDER_PLACED_VENDOR/EMAIL', 'ORDER_PLACED_VENDOR/IN_APP'];
    expect(await rows()).toEqual(expected);
    const mails = async () => [...(await mailTo(buyer.session.email)), ...(await mailTo(vendor.session.email))].filter((m) => m.subject.includes(order.orderNumber));
    await received(mails, () => true, 'both mails', 2);
    // The inbox forgets it and the relay sends it again: only the unique key stands in the way.
    await rowsOf('notifications', `delete from processed_events where event_id = $1 and handler = 'notify-order-placed'`, [event!.id]);
    await rowsOf('orders', 'update outbox_events set published_at = null where id = $1', [event!.id]);
    await eventually(async () => (await rowsOf('notifications', `select 1 from processed_events where event_id = $1 and handler = 'notify-order-placed'`, [event!.id])).length === 1, {
      what: 'the redelivered event handled',
    });
    expect(await rows()).toEqual(expected);
    // Nothing was sent again either: still one mail each in the catcher.
    expect((await mails()).map((m) => m.subject).sort()).toEqual([`New order ${order.orderNumber}`, `Order ${order.orderNumber} placed`]);
    expect((await feedOf(buyer)).items.filter((n) => n.kind === 'ORDER_PLACED_BUYER' && n.orderId === order.id)).toHaveLength(1);
  });
});

describe('admins', () => {
  test('list notifications by user, kind and channel; resend refuses in-app notifications', async () => {
    const { buyer, order } = await placedOrder(1, 'COD');
    const mine = await notified(buyer, 'ORDER_PLACED_BUYER', order.id);
    const admin = await seededAdmin();
    type AdminList = { notifications: { pageInfo: { totalCount: number }; items: Array<{ id: string; kind: string; channel: string; recipientId: string; eventName: string }> } };
    const { notifications } = await admin.ok<AdminList>(ADMIN_LIST, { filter: { userId: buyer.userId, kind: 'ORDER_PLACED_BUYER', channel: 'IN_APP' } });
    expect(notifications.items).toEqual([expect.objectContaining({ id: mine.id, recipientId: buyer.userId, eventName: 'OrderPlaced' })]);
    expect((await admin.ok<{ notification: { id: string } }>(ONE, { id: mine.id })).notification.id).toBe(mine.id);
    const resent = await admin.run(RESEND, { id: mine.id });
    expect(errorCodes(resent)).toEqual(['CONFLICT']);
    expect(errorCodes(await admin.run(RESEND, { id: randomUUID() }))).toEqual(['NOT_FOUND']);
  });

  test('non-admins cannot list or resend', async () => {
    const { buyer, vendor, order } = await placedOrder(1, 'COD');
    const mine = await notified(buyer, 'ORDER_PLACED_BUYER', order.id);
    for (const actor of [buyer, vendor]) {
      expect(errorCodes(await actor.run(ADMIN_LIST, {}))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await actor.run(RESEND, { id: mine.id }))).toEqual(['FORBIDDEN']);
    }
  });
});

describe('notificationReceived over graphql-ws', () => {
  test('the buyer hears of the vendor confirming their order as it happens; another buyer hears nothing', async () => {
    const { buyer, vendor, order } = await placedOrder(1, 'COD');
    const placed = await notified(buyer, 'ORDER_PLACED_BUYER', order.id);
    const stranger = await newBuyer();
    const buyerClient = liveClient(buyer.token);
    const strangerClient = liveClient(stranger.token);
    type Received = { notificationReceived: { id: string; kind: string; channel: string; body: string; orderId: string | null } };
    try {
      const sub = subscribe<Received>(buyerClient, RECEIVED);
      const strangerSub = subscribe<Received>(strangerClient, RECEIVED);
      // Announce the buyer's existing notification until the subscription is live.
      await sub.untilLive({ type: 'InAppNotificationAdded', keys: { notificationId: placed.id, userId: buyer.userId! } });
      await vendor.ok(CONFIRM, { id: order.id });
      const update = await sub.waitFor((u) => u.notificationReceived.kind === 'ORDER_CONFIRMED');
      expect(update.notificationReceived).toMatchObject({ channel: 'IN_APP', orderId: order.id });
      expect(update.notificationReceived.body).toContain(order.orderNumber);
      expect(sub.errors).toEqual([]);
      expect(strangerSub.updates).toEqual([]);
    } finally {
      await buyerClient.dispose();
      await strangerClient.dispose();
    }
  });
});
