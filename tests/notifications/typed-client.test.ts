import { MarkNotificationsReadDocument, MyNotificationsDocument } from '@realserv/clients/buyer-app';
import { MyNotificationsDocument as VendorNotificationsDocument } from '@realserv/clients/vendor-web';
import { NotificationsDocument, ResendNotificationDocument } from '@realserv/clients/admin';
import { seededAdmin } from '../harness/actors.js';
import { eventually } from '../harness/eventually.js';
import { placedOrder } from '../orders/order-helpers.js';

describe('the clients’ notification operations (typed documents)', () => {
  test('the buyer app reads and clears its feed, the vendor web its own, the admin console finds both', async () => {
    const { buyer, vendor, order } = await placedOrder(1, 'COD');
    const feed = await eventually(async () => {
      const { myNotifications } = await buyer.ok(MyNotificationsDocument, { page: { limit: 10 }, unreadOnly: true });
      return myNotifications.items.some((n) => n.orderId === order.id) && myNotifications;
    }, { what: 'the buyer’s notification' });
    expect(feed.unreadCount).toBeGreaterThan(0);
    const { markNotificationsRead } = await buyer.ok(MarkNotificationsReadDocument, { input: { all: true } });
    expect(markNotificationsRead.unreadCount).toBe(0);

    const vendorFeed = await eventually(async () => {
      const { myNotifications } = await vendor.ok(VendorNotificationsDocument, {});
      return myNotifications.items.find((n) => n.orderId === order.id);
    }, { what: 'the vendor’s notification' });
    expect(vendorFeed.kind).toBe('ORDER_PLACED_VENDOR');

    const admin = await seededAdmin();
    const { notifications } = await admin.ok(NotificationsDocument, { filter: { userId: buyer.userId! }, page: { limit: 10 } });
    // A test buyer has an email and no phone or push device: the feed's message and a mail.
    const sent = await eventually(async () => {
      const { notifications } = await admin.ok(NotificationsDocument, { filter: { userId: buyer.userId! }, page: { limit: 10 } });
      return notifications.items.every((n) => n.status !== 'QUEUED') && notifications.items;
    }, { what: 'the buyer’s mail sent' });
    expect(sent.map((n) => [n.kind, n.channel, n.status]).sort()).toEqual([
      ['ORDER_PLACED_BUYER', 'EMAIL', 'SENT'],
      ['ORDER_PLACED_BUYER', 'IN_APP', 'READ'],
    ]);
    expect(notifications.items.map((n) => n.kind)).toEqual(['ORDER_PLACED_BUYER', 'ORDER_PLACED_BUYER']);
    const resend = await admin.run(ResendNotificationDocument, { id: sent.find((n) => n.channel === 'IN_APP')!.id });
    expect(resend.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });
});
