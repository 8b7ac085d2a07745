import { randomUUID } from 'node:crypto';
import { newBuyer, newVendorUser, seededAdmin, type Actor } from '../harness/actors.js';
import { eventually } from '../harness/eventually.js';
import { businessIds, newVendor, TEST_DEPOT, uploadKycDocuments } from '../harness/vendors.js';
import { CANCEL, PLACE_ORDER, REJECT, addAddress, cement, placeInput, placedOrder, vendorStocking } from '../orders/order-helpers.js';
import { userWithPhone, whereCodeAppears } from './notification-helpers.js';
import { completedOrder, indiaDay, oneDay, ordersReachSettlements, settle } from '../harness/settlements.js';
import { aloneOnTheStack } from '../harness/suite-lock.js';
import { rowsOf } from '../harness/subgraph-db.js';

aloneOnTheStack('Edits an active template (KYC_APPROVED) every vendor onboarded meanwhile would be sent.');

const FEED = `{ myNotifications(page: { limit: 100 }) { items { id kind category body subject orderId } } }`;
type Item = { id: string; kind: string; category: string; body: string; subject: string | null; orderId: string | null };

const feedOf = async (actor: Actor) => (await actor.ok<{ myNotifications: { items: Item[] } }>(FEED)).myNotifications.items;

/** Waits until the actor's feed holds every kind in `kinds` (about `orderId` when given). */
async function feedHas(actor: Actor, kinds: string[], orderId?: string): Promise<Item[]> {
  return eventually(
    async () => {
      const items = (await feedOf(actor)).filter((n) => orderId === undefined || n.orderId === orderId);
      return kinds.every((k) => items.some((n) => n.kind === k)) && items;
    },
    { what: `${kinds.join(', ')} in the feed` },
  );
}

describe('each trigger notifies the right person', () => {
  test('a COD order from placement to completion: placed, confirmed, dispatched, delivered, receipt, completed in the feed; the OTP only by SMS and WhatsApp', async () => {
    const material = await cement();
    const vendor = await vendorStocking(material, 100, 40_000);
    const buyer = await newBuyer('Asha Buyer');
    const addressId = await addAddress(buyer);
    const order = await completedOrder(vendor, buyer, addressId, material.id, 2, 'COD');
    const items = await feedHas(
      buyer,
      ['ORDER_PLACED_BUYER', 'ORDER_CONFIRMED', 'ORDER_DISPATCHED', 'ORDER_DELIVERED', 'PAYMENT_RECEIPT', 'ORDER_COMPLETED'],
      order.id,
    );
    expect(items.every((n) => n.body.includes(order.orderNumber))).toBe(true);
    expect(items.find((n) => n.kind === 'ORDER_COMPLETED')!.body).toContain('₹');
    // The OTP's templates are SMS and WhatsApp (the app shows the code on the order itself), and
    // this buyer has no phone: it is not in the feed (channels.test.ts has it reaching a phone).
    expect(items.map((n) => n.kind)).not.toContain('DELIVERY_OTP');
    // Cash collected by the vendor itself: no "buyer paid" for COD.
    const vendorItems = await feedHas(vendor, ['ORDER_PLACED_VENDOR'], order.id);
    expect(vendorItems.map((n) => n.kind)).not.toContain('PAYMENT_RECEIVED_VENDOR');
    expect(items.filter((n) => n.kind === 'ORDER_PLACED_BUYER')).toHaveLength(1);
  });

  test('the delivery OTP goes to the buyer’s phone by SMS and WhatsApp, stored masked, never in clear', async () => {
    const material = await cement();
    const vendor = await vendorStocking(material, 100, 40_000);
    const buyer = await userWithPhone('BUYER', 'Asha Buyer');
    const addressId = await addAddress(buyer);
    const { placeOrder: order } = await buyer.ok<{ placeOrder: { id: string; orderNumber: string } }>(PLACE_ORDER, placeInput(vendor.vendorId, addressId, material.id, 1, 'COD'));
    await vendor.ok('mutation C($id: ID!) { confirmOrder(orderId: $id) { id } }', { id: order.id });
    await eventually(async () => !(await vendor.run('mutation D($id: ID!) { dispatchOrder(orderId: $id) { id } }', { id: order.id })).errors?.length, { what: 'dispatch' });
    await eventually(async () => !(await vendor.run('mutation G($id: ID!) { generateDeliveryOtp(orderId: $id) { id } }', { id: order.id })).errors?.length, { what: 'an OTP' });
    const { order: live } = await buyer.ok<{ order: { deliveryOtp: string } }>('query O($id: ID!) { order(id: $id) { deliveryOtp } }', { id: order.id });
    expect(live.deliveryOtp).toMatch(/^\d{6}$/);
    const admin = await seededAdmin();
    const sent = await eventually(async () => {
      const { notifications } = await admin.ok<{ notifications: { items: Array<{ channel: string; status: string; body: string }> } }>(
        'query A($filter: NotificationsFilter) { notifications(filter: $filter) { items { channel status body } } }',
        { filter: { userId: buyer.userId, kind: 'DELIVERY_OTP' } },
      );
      return notifications.items.length === 2 && notifications.items.every((n) => n.status !== 'QUEUED') && notifications.items;
    }, { what: 'the OTP sent by SMS and WhatsApp' });
    expect(sent.map((n) => n.channel).sort()).toEqual(['SMS', 'WHATSAPP']);
    for (const n of sent) {
      expect(n.body).toContain('••••••');
      expect(n.body).not.toContain(live.deliveryOtp);
    }
    // Not in the in-app feed (no IN_APP template: the app shows the code on the order).
    expect((await feedOf(buyer)).map((n) => n.kind)).not.toContain('DELIVERY_OTP');
    // Nowhere in the buyer's or the vendor's notifications (every text and JSON column), nor in any service's log.
    const [mine] = await rowsOf<{ n: number }>('notifications', `select count(*)::int as n from notifications where kind = 'DELIVERY_OTP' and data->>'orderId' = $1`, [order.id]);
    expect(mine!.n).toBeGreaterThan(0);
    expect(await whereCodeAppears(live.deliveryOtp, [buyer.userId!, vendor.userId!])).toEqual([]);
  });

  test('an online order: the vendor hears the buyer paid; a refund reaches the buyer', async () => {
    const material = await cement();
    const vendor = await vendorStocking(material, 100, 40_000);
    const buyer = await newBuyer();
    const addressId = await addAddress(buyer);
    const order = await completedOrder(vendor, buyer, addressId, material.id, 1, 'ONLINE');
    await feedHas(buyer, ['PAYMENT_RECEIPT', 'ORDER_COMPLETED'], order.id);
    const forVendor = await feedHas(vendor, ['ORDER_PLACED_VENDOR', 'PAYMENT_RECEIVED_VENDOR'], order.id);
    expect(forVendor.find((n) => n.kind === 'PAYMENT_RECEIVED_VENDOR')!.body).toContain(order.orderNumber);
    const admin = await seededAdmin();
    await admin.ok('mutation R($input: RefundPaymentInput!) { refundPayment(input: $input) { id } }', {
      input: { orderId: order.id, reason: 'Damaged bags returned', idempotencyKey: `notify-${randomUUID()}`, amountPaise: 10_000 },
    });
    const refunded = (await feedHas(buyer, ['REFUND_PROCESSED'], order.id)).find((n) => n.kind === 'REFUND_PROCESSED')!;
    expect(refunded.body).toContain('₹100.00');
  });

  test('rejection and cancellation reach the buyer with the reason, and the vendor of a cancelled order', async () => {
    const rejected = await placedOrder(1, 'COD');
    await rejected.vendor.ok(REJECT, { input: { orderId: rejected.order.id, reason: 'Out of delivery range today' } });
    const rejection = (await feedHas(rejected.buyer, ['ORDER_REJECTED'], rejected.order.id)).find((n) => n.kind === 'ORDER_REJECTED')!;
    expect(rejection.body).toContain('Out of delivery range today');

    const cancelled = await placedOrder(1, 'COD');
    await cancelled.buyer.ok(CANCEL, { input: { orderId: cancelled.order.id, reason: 'Ordered by mistake' } });
    await feedHas(cancelled.buyer, ['ORDER_CANCELLED_BUYER'], cancelled.order.id);
    const toVendor = (await feedHas(cancelled.vendor, ['ORDER_CANCELLED_VENDOR'], cancelled.order.id)).find((n) => n.kind === 'ORDER_CANCELLED_VENDOR')!;
    expect(toVendor.body).toContain('Ordered by mistake');
  });

  test('KYC approved and rejected reach the vendor’s owner', async () => {
    const approved = await newVendor('Sri Approved Traders');
    expect((await feedHas(approved, ['KYC_APPROVED'])).find((n) => n.kind === 'KYC_APPROVED')!.body).toContain('Sri Approved Traders');

    const owner = await newVendorUser('Rejected Owner');
    const { pan, gstin } = businessIds();
    const { onboardVendor } = await owner.ok<{ onboardVendor: { id: string } }>('mutation O($input: OnboardVendorInput!) { onboardVendor(input: $input) { id } }', {
      input: { businessName: 'Blurry Docs Traders', gstin, pan, businessAddress: TEST_DEPOT, serviceRadiusKm: 30 },
    });
    await owner.refreshToken();
    await owner.ok('mutation K($input: SubmitKycInput!) { submitKyc(input: $input) { id } }', { input: { documents: await uploadKycDocuments(owner) } });
    const admin = await seededAdmin();
    await admin.ok('mutation R($input: RejectKycInput!) { rejectKyc(input: $input) { id } }', { input: { vendorId: onboardVendor.id, reason: 'PAN copy unreadable' } });
    const rejection = (await feedHas(owner, ['KYC_REJECTED'])).find((n) => n.kind === 'KYC_REJECTED')!;
    expect(rejection.body).toContain('PAN copy unreadable');
  });

  test('an admin’s template update is used by the next notification (the subgraph’s template cache is dropped on the write)', async () => {
    const admin = await seededAdmin();
    // A notification of the kind first: the active templates are now cached in the subgraph.
    const warm = await newVendor('Cache Warm Traders');
    expect((await feedHas(warm, ['KYC_APPROVED'])).find((n) => n.kind === 'KYC_APPROVED')!.body).toContain('Cache Warm Traders');
    const { notificationTemplates } = await admin.ok<{ notificationTemplates: { items: Array<{ id: string; textBody: string }> } }>(
      'query T($filter: NotificationTemplatesFilter) { notificationTemplates(filter: $filter) { items { id textBody } } }',
      { filter: { kind: 'KYC_APPROVED', channel: 'IN_APP', language: 'EN' } },
    );
    const [active] = notificationTemplates.items;
    const UPDATE = 'mutation U($input: UpdateNotificationTemplateInput!) { updateNotificationTemplate(input: $input) { id } }';
    const marker = `Edited ${randomUUID().slice(0, 8)}`;
    const edited = (await admin.ok<{ updateNotificationTemplate: { id: string } }>(UPDATE, { input: { id: active!.id, textBody: `${marker}: {{vendorName}} is verified` } })).updateNotificationTemplate;
    try {
      const next = await newVendor('Cache Edit Traders');
      expect((await feedHas(next, ['KYC_APPROVED'])).find((n) => n.kind === 'KYC_APPROVED')!.body).toBe(`${marker}: Cache Edit Traders is verified`);
    } finally {
      await admin.ok(UPDATE, { input: { id: edited.id, textBody: active!.textBody } });
    }
  });

  test('a settlement generated and paid reaches the vendor with the period, amount and bank reference', async () => {
    const material = await cement();
    const vendor = await vendorStocking(material, 100, 40_000);
    const buyer = await newBuyer();
    const addressId = await addAddress(buyer);
    await completedOrder(vendor, buyer, addressId, material.id, 1, 'ONLINE');
    const today = indiaDay();
    await ordersReachSettlements(vendor, oneDay(today), 1);
    const run = await settle(oneDay(today), [vendor.vendorId]);
    const settlement = run.settlements.find((s) => s.vendorId === vendor.vendorId)!;
    const generated = (await feedHas(vendor, ['SETTLEMENT_GENERATED'])).find((n) => n.kind === 'SETTLEMENT_GENERATED')!;
    expect(generated.body).toContain(today);
    const admin = await seededAdmin();
    const reference = `UTR${randomUUID().replace(/-/g, '').slice(0, 12).toUpperCase()}`;
    await admin.ok('mutation P($input: MarkSettlementPaidInput!) { markSettlementPaid(input: $input) { id } }', { input: { settlementId: settlement.id, bankReference: reference } });
    const paid = (await feedHas(vendor, ['SETTLEMENT_PAID'])).find((n) => n.kind === 'SETTLEMENT_PAID')!;
    expect(paid.body).toContain(reference);
    expect(paid.body).toContain('₹');
  });
});
