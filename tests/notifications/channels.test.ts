import { randomUUID } from 'node:crypto';
import { seededAdmin, type Actor } from '../harness/actors.js';
import { errorCodes } from '../harness/graphql-client.js';
import { eventually } from '../harness/eventually.js';
import { CANCEL, CONFIRM, DISPATCH, PLACE_ORDER, REJECT, addAddress, cement, placeInput, type StockedMaterial } from '../orders/order-helpers.js';
import { onlineOrder } from '../payments/payment-helpers.js';
import { TEST_DEPOT, businessIds, uploadKycDocuments } from '../harness/vendors.js';
import { completedOrder, indiaDay, oneDay, ordersReachSettlements, settle } from '../harness/settlements.js';
import {
  mailTo, notificationsUrl, postJson, pushTo, received, rupees, smsTo, twilioUrl, userWithPhone, vendorWithPhone, whatsappTo, whatsappUrl, whereCodeAppears, withPushDevice,
} from './notification-helpers.js';
import { rowsOf } from '../harness/subgraph-db.js';

/**
 * Every message is read back from the local provider that received it (the SMTP catcher, the
 * Twilio-compatible and Graph-API-compatible servers, the push recorder), never from our tables:
 * what a buyer or vendor would see, in their language, on the channels they allow.
 */
type OrderView = { id: string; orderNumber: string; total: { paise: number } };
const UPDATE_PREFERENCES = 'mutation U($input: [NotificationPreferenceInput!]!) { updateNotificationPreferences(input: $input) { channel category enabled } }';
const ADMIN_LIST = `query A($filter: NotificationsFilter) { notifications(filter: $filter, page: { limit: 50 }) { items { id kind channel status attempts failureReason providerMessageId body } } }`;
type Row = { id: string; kind: string; channel: string; status: string; attempts: number; failureReason: string | null; providerMessageId: string | null; body: string };

let admin: Actor;
let material: StockedMaterial;
beforeAll(async () => {
  admin = await seededAdmin();
  material = await cement();
});

const listedFor = async (userId: string, kind: string) =>
  (await admin.ok<{ notifications: { items: Row[] } }>(ADMIN_LIST, { filter: { userId, kind } })).notifications.items;
async function rowWhen(userId: string, kind: string, channel: string, holds: (row: Row) => boolean, what: string): Promise<Row> {
  return eventually(async () => (await listedFor(userId, kind)).find((r) => r.channel === channel && holds(r)), { what });
}

async function order(vendor: Actor & { vendorId: string }, buyer: Actor, method: 'COD' | 'ONLINE' = 'COD'): Promise<OrderView> {
  const addressId = await addAddress(buyer);
  return (await buyer.ok<{ placeOrder: OrderView }>(PLACE_ORDER, placeInput(vendor.vendorId, addressId, material.id, 1, method))).placeOrder;
}

/** Confirms, dispatches and issues the delivery OTP; returns the code the buyer's app shows. */
async function otpIssued(vendor: Actor, buyer: Actor, orderId: string): Promise<string> {
  await vendor.ok(CONFIRM, { id: orderId });
  await eventually(async () => !(await vendor.run(DISPATCH, { id: orderId })).errors?.length, { what: 'dispatch' });
  await eventually(async () => !(await vendor.run('mutation G($id: ID!) { generateDeliveryOtp(orderId: $id) { id } }', { id: orderId })).errors?.length, { what: 'an OTP' });
  const { order: live } = await buyer.ok<{ order: { deliveryOtp: string } }>('query O($id: ID!) { order(id: $id) { deliveryOtp } }', { id: orderId });
  expect(live.deliveryOtp).toMatch(/^\d{6}$/);
  return live.deliveryOtp;
}

describe('an order placed, as the providers received it', () => {
  test('the buyer: an email (From, Reply-To, subject, text and HTML) and a push; the vendor: a WhatsApp template with its parameters in order', async () => {
    const vendor = await vendorWithPhone(material, 'Sharma Cement Depot');
    const buyer = await userWithPhone('BUYER', 'Asha Kumari');
    const token = await withPushDevice(buyer);
    const placed = await order(vendor, buyer);

    const [mail] = await received(() => mailTo(buyer.email), (m) => m.subject.includes(placed.orderNumber), 'the order mail');
    expect(mail).toMatchObject({ from: '"RealServ" <noreply@realserv.com>', replyTo: 'support@realserv.com', subject: `Order ${placed.orderNumber} placed` });
    expect(mail!.text).toContain('Hello Asha Kumari,');
    expect(mail!.text).toContain(`Your order ${placed.orderNumber} of ${rupees(placed.total.paise)} with Sharma Cement Depot has been placed (Cash on delivery).`);
    expect(mail!.html).toContain('<html lang="en">');
    expect(mail!.html).toContain(`Order ${placed.orderNumber} placed</h1>`);

    const [push] = await received(() => pushTo(token), (p) => p.message.data?.orderId === placed.id, 'the order push');
    expect(push!.message.notification).toEqual({ title: `Order ${placed.orderNumber} placed`, body: expect.stringContaining('Sharma Cement Depot') });

    const [wa] = await received(() => whatsappTo(vendor.phone), (m) => m.template?.parameters.includes(placed.orderNumber) ?? false, 'the vendor’s WhatsApp');
    expect(wa).toMatchObject({ type: 'template', template: { name: 'order_placed_vendor', language: 'en', parameters: ['Ravi Vendor', placed.orderNumber, rupees(placed.total.paise), 'Cash on delivery'] } });
    // The order's buyer gets no SMS (only the delivery OTP goes by SMS).
    expect(await smsTo(buyer.phone)).toEqual([]);
  });

  test('a Hindi-speaking buyer gets the Hindi templates', async () => {
    const vendor = await vendorWithPhone(material);
    const buyer = await userWithPhone('BUYER', 'Sunita Devi', 'HI');
    const placed = await order(vendor, buyer);
    const [mail] = await received(() => mailTo(buyer.email), (m) => m.subject.includes(placed.orderNumber), 'the Hindi mail');
    expect(mail!.subject).toBe(`ऑर्डर ${placed.orderNumber} दर्ज हो गया`);
    expect(mail!.text).toContain('नमस्ते Sunita Devi,');
    expect(mail!.html).toContain('<html lang="hi">');
  });

  test('inside the vendor’s 24-hour window (they wrote to us) the WhatsApp is a session message with Confirm / Reject buttons', async () => {
    const vendor = await vendorWithPhone(material);
    const { statuses } = await postJson<{ statuses: number[] }>(`${whatsappUrl()}/_local/whatsapp/inbound`, { from: vendor.phone, text: 'aaj ke orders?' });
    expect(statuses).toEqual([200]);
    const buyer = await userWithPhone('BUYER', 'Asha Kumari');
    const placed = await order(vendor, buyer);
    const [wa] = await received(() => whatsappTo(vendor.phone), (m) => m.text?.includes(placed.orderNumber) ?? false, 'the session text');
    expect(wa).toMatchObject({ type: 'interactive', template: null, choices: [{ id: `confirm ${placed.orderNumber}`, title: 'Confirm' }, { id: `reject ${placed.orderNumber}`, title: 'Reject' }] });
    expect(wa!.text).toMatch(/^Hello Ravi Vendor, you have a new order /);
  });
});

describe('every trigger, on the right channel', () => {
  const subjects = async (email: string, orderNumber: string) => (await mailTo(email)).filter((m) => m.subject.includes(orderNumber)).map((m) => m.subject);

  test('a COD order’s lifecycle: one mail per step to the buyer', async () => {
    const vendor = await vendorWithPhone(material);
    const buyer = await userWithPhone('BUYER', 'Asha Kumari');
    const addressId = await addAddress(buyer);
    const done = await completedOrder(vendor, buyer, addressId, material.id, 1, 'COD');
    const n = done.orderNumber;
    const expected = [`Order ${n} placed`, `Order ${n} confirmed`, `Order ${n} is on its way`, `Order ${n} delivered`, `Payment received for order ${n}`, `Order ${n} completed`];
    const got = await eventually(async () => {
      const all = await subjects(buyer.email, n);
      return expected.every((subject) => all.includes(subject)) && all;
    }, { what: 'the lifecycle mails' });
    expect([...got].sort()).toEqual([...expected].sort());
    // The vendor heard of the order on WhatsApp; "buyer paid" is for online orders only.
    const toVendor = (await whatsappTo(vendor.phone)).map((m) => m.template?.name);
    expect(toVendor).toContain('order_placed_vendor');
    expect(toVendor).not.toContain('payment_received_vendor');
  });

  test('rejected and cancelled orders: the buyer’s mail with the reason; the vendor’s WhatsApp for a cancellation', async () => {
    const vendor = await vendorWithPhone(material);
    const buyer = await userWithPhone('BUYER', 'Asha Kumari');
    const rejected = await order(vendor, buyer);
    await vendor.ok(REJECT, { input: { orderId: rejected.id, reason: 'Out of delivery range today' } });
    const [rejection] = await received(() => mailTo(buyer.email), (m) => m.subject === `Order ${rejected.orderNumber} not accepted`, 'the rejection mail');
    expect(rejection!.text).toContain('Reason: Out of delivery range today.');

    const cancelled = await order(vendor, buyer);
    await buyer.ok(CANCEL, { input: { orderId: cancelled.id, reason: 'Ordered by mistake' } });
    await received(() => mailTo(buyer.email), (m) => m.subject === `Order ${cancelled.orderNumber} cancelled`, 'the cancellation mail');
    const [wa] = await received(() => whatsappTo(vendor.phone), (m) => m.template?.name === 'order_cancelled_vendor', 'the vendor’s cancellation WhatsApp');
    expect(wa!.template!.parameters).toEqual(['Ravi Vendor', cancelled.orderNumber, 'Ordered by mistake']);
  });

  test('payments: a failed payment and a refund reach the buyer by mail', async () => {
    const { buyer, order: placed, razorpayOrderId } = await onlineOrder(1);
    const failed = await fetch(new URL(`/_local/orders/${razorpayOrderId}/checkout`, process.env.REALSERV_RAZORPAY_URL).toString(), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ fail: true }),
    });
    expect(failed.ok).toBe(true);
    await received(() => mailTo(buyer.session.email), (m) => m.subject === `Payment failed for order ${placed.orderNumber}`, 'the payment-failed mail');

    const vendor = await vendorWithPhone(material);
    const payer = await userWithPhone('BUYER', 'Asha Kumari');
    const done = await completedOrder(vendor, payer, await addAddress(payer), material.id, 1, 'ONLINE');
    await admin.ok('mutation R($input: RefundPaymentInput!) { refundPayment(input: $input) { id } }', {
      input: { orderId: done.id, reason: 'Damaged bags returned', idempotencyKey: `notify-${randomUUID()}`, amountPaise: 10_000 },
    });
    const [refund] = await received(() => mailTo(payer.email), (m) => m.subject === `Refund for order ${done.orderNumber}`, 'the refund mail');
    expect(refund!.text).toContain(`We have refunded ₹100.00 for order ${done.orderNumber}.`);
  });

  test('KYC approved and rejected reach the vendor’s owner by WhatsApp and mail', async () => {
    const approved = await vendorWithPhone(material, 'Sri Approved Traders');
    const [ok] = await received(() => whatsappTo(approved.phone), (m) => m.template?.name === 'kyc_approved', 'the approval WhatsApp');
    expect(ok!.template!.parameters).toEqual(['Ravi Vendor', 'Sri Approved Traders']);
    await received(() => mailTo(approved.email), (m) => m.subject === 'KYC approved for Sri Approved Traders', 'the approval mail');

    const owner = await userWithPhone('VENDOR', 'Ravi Vendor');
    const { pan, gstin } = businessIds();
    const { onboardVendor } = await owner.ok<{ onboardVendor: { id: string } }>('mutation O($input: OnboardVendorInput!) { onboardVendor(input: $input) { id } }', {
      input: { businessName: 'Blurry Docs Traders', gstin, pan, businessAddress: TEST_DEPOT, serviceRadiusKm: 30 },
    });
    await owner.refreshToken();
    await owner.ok('mutation K($input: SubmitKycInput!) { submitKyc(input: $input) { id } }', { input: { documents: await uploadKycDocuments(owner) } });
    await admin.ok('mutation R($input: RejectKycInput!) { rejectKyc(input: $input) { id } }', { input: { vendorId: onboardVendor.id, reason: 'PAN copy unreadable' } });
    const [no] = await received(() => whatsappTo(owner.phone), (m) => m.template?.name === 'kyc_rejected', 'the rejection WhatsApp');
    expect(no!.template!.parameters).toEqual(['Ravi Vendor', 'Blurry Docs Traders', 'PAN copy unreadable']);
  });
});

describe('preferences', () => {
  test('a buyer who switched EMAIL off for order updates gets no mail for the next order, still the push and the in-app message', async () => {
    const vendor = await vendorWithPhone(material);
    const buyer = await userWithPhone('BUYER', 'Asha Kumari');
    const token = await withPushDevice(buyer);
    await buyer.ok(UPDATE_PREFERENCES, { input: [{ channel: 'EMAIL', category: 'ORDER_UPDATES', enabled: false }] });
    const placed = await order(vendor, buyer);
    await received(() => pushTo(token), (p) => p.message.data?.orderId === placed.id, 'the push');
    const feed = await buyer.ok<{ myNotifications: { items: Array<{ kind: string; orderId: string | null }> } }>('{ myNotifications { items { kind orderId } } }');
    expect(feed.myNotifications.items).toContainEqual({ kind: 'ORDER_PLACED_BUYER', orderId: placed.id });
    // Decided when the event was handled (the push and in-app rows were made with it): no mail.
    expect((await listedFor(buyer.userId!, 'ORDER_PLACED_BUYER')).map((r) => r.channel).sort()).toEqual(['IN_APP', 'PUSH']);
    expect((await mailTo(buyer.email)).filter((m) => m.subject.includes(placed.orderNumber))).toEqual([]);
  });

  test('the delivery OTP cannot be switched off entirely: with SMS and WhatsApp off it still goes on both', async () => {
    const vendor = await vendorWithPhone(material);
    const buyer = await userWithPhone('BUYER', 'Asha Kumari');
    const allOff = ['EMAIL', 'SMS', 'WHATSAPP', 'PUSH', 'IN_APP'].map((channel) => ({ channel, category: 'DELIVERY_OTP', enabled: false }));
    expect(errorCodes(await buyer.run(UPDATE_PREFERENCES, { input: allOff }))).toEqual(['BAD_USER_INPUT']);
    await buyer.ok(UPDATE_PREFERENCES, { input: allOff.filter((p) => p.channel === 'SMS' || p.channel === 'WHATSAPP') });
    const placed = await order(vendor, buyer);
    const otp = await otpIssued(vendor, buyer, placed.id);
    await received(() => smsTo(buyer.phone), (m) => m.body.includes(otp), 'the OTP by SMS');
    await received(() => whatsappTo(buyer.phone), (m) => m.template?.parameters.includes(otp) ?? false, 'the OTP on WhatsApp');
  });
});

describe('the seed scenarios', () => {
  test('a COD order’s buyer receives the delivery OTP by SMS and WhatsApp; it is stored and logged only masked', async () => {
    const vendor = await vendorWithPhone(material);
    const buyer = await userWithPhone('BUYER', 'Asha Kumari');
    const placed = await order(vendor, buyer);
    const otp = await otpIssued(vendor, buyer, placed.id);

    const [sms] = await received(() => smsTo(buyer.phone), (m) => m.body.includes(placed.orderNumber), 'the OTP SMS');
    expect(sms).toMatchObject({
      body: `${otp} is your delivery OTP for RealServ order ${placed.orderNumber}. Share it with the driver only at delivery, never with anyone else. - RealServ`,
      from: 'RLSERV',
      dltTemplateId: '1107172100000000101',
      dltEntityId: expect.stringMatching(/^\d{19}$/),
    });
    const [wa] = await received(() => whatsappTo(buyer.phone), (m) => m.template?.name === 'delivery_otp', 'the OTP on WhatsApp');
    expect(wa!.template).toEqual({ name: 'delivery_otp', language: 'en', parameters: ['Asha Kumari', placed.orderNumber, otp] });

    // Our copy is masked: the admin view, every column of every row, every service's log.
    const rows = await rowWhen(buyer.userId!, 'DELIVERY_OTP', 'SMS', (r) => r.status === 'DELIVERED', 'the SMS delivered');
    expect(rows.body).toContain('••••••');
    expect(await whereCodeAppears(otp, [buyer.userId!, vendor.userId!])).toEqual([]);
  });

  test('the vendor receives a WhatsApp when an online order is paid and when its settlement is paid', async () => {
    const vendor = await vendorWithPhone(material);
    const buyer = await userWithPhone('BUYER', 'Asha Kumari');
    const addressId = await addAddress(buyer);
    const paid = await completedOrder(vendor, buyer, addressId, material.id, 1, 'ONLINE');
    const [receipt] = await received(() => whatsappTo(vendor.phone), (m) => m.template?.name === 'payment_received_vendor', 'the buyer-paid WhatsApp');
    // "The buyer has paid {{amount}} for order {{orderNumber}}": parameters in the order they appear.
    expect(receipt!.template).toEqual({ name: 'payment_received_vendor', language: 'en', parameters: ['Ravi Vendor', rupees(paid.total.paise), paid.orderNumber] });

    const today = indiaDay();
    await ordersReachSettlements(vendor, oneDay(today), 1);
    const run = await settle(oneDay(today), [vendor.vendorId]);
    const settlement = run.settlements.find((s) => s.vendorId === vendor.vendorId)!;
    await received(() => mailTo(vendor.email), (m) => m.subject === `Settlement for ${today} to ${today}`, 'the settlement-generated mail');
    const reference = `UTR${randomUUID().replace(/-/g, '').slice(0, 12).toUpperCase()}`;
    await admin.ok('mutation P($input: MarkSettlementPaidInput!) { markSettlementPaid(input: $input) { id } }', { input: { settlementId: settlement.id, bankReference: reference } });
    const [settled] = await received(() => whatsappTo(vendor.phone), (m) => m.template?.name === 'settlement_paid', 'the settlement WhatsApp');
    expect(settled!.template!.parameters).toEqual(['Ravi Vendor', expect.stringMatching(/^₹[\d,]+\.\d\d$/), reference]);
  });
});

describe('provider failures', () => {
  test('a provider 5xx is retried: the OTP SMS arrives once, after more than one attempt', async () => {
    const vendor = await vendorWithPhone(material);
    const buyer = await userWithPhone('BUYER', 'Asha Kumari');
    const placed = await order(vendor, buyer);
    // Only this buyer's sends fail (other test files send SMS at the same time).
    await postJson(`${twilioUrl()}/_local/sms/faults`, { count: 1, kind: 'transient', to: buyer.phone });
    const otp = await otpIssued(vendor, buyer, placed.id);
    const row = await rowWhen(buyer.userId!, 'DELIVERY_OTP', 'SMS', (r) => r.status === 'DELIVERED', 'the SMS delivered after a retry');
    expect(row.attempts).toBeGreaterThan(1);
    expect((await smsTo(buyer.phone)).filter((m) => m.body.includes(otp))).toHaveLength(1);
  });

  test('a permanent provider error ends FAILED with the provider’s reason and no second send', async () => {
    const vendor = await vendorWithPhone(material);
    // Its KYC approval went by WhatsApp too: out of the way before the fault is set.
    await received(() => whatsappTo(vendor.phone), (m) => m.template?.name === 'kyc_approved', 'the KYC WhatsApp');
    await postJson(`${whatsappUrl()}/_local/whatsapp/faults`, { count: 1, kind: 'permanent', to: vendor.phone });
    const buyer = await userWithPhone('BUYER', 'Asha Kumari');
    const placed = await order(vendor, buyer);
    const row = await rowWhen(vendor.userId!, 'ORDER_PLACED_VENDOR', 'WHATSAPP', (r) => r.status === 'FAILED', 'the vendor WhatsApp failed');
    expect(row).toMatchObject({ failureReason: '131026', attempts: 1 });
    // Its email went (the failure is WhatsApp's alone) and nothing reached WhatsApp.
    await received(() => mailTo(vendor.email), (m) => m.subject.includes(placed.orderNumber), 'the vendor’s mail');
    expect((await whatsappTo(vendor.phone)).map((m) => m.template?.name)).toEqual(['kyc_approved']);
  });
});

describe('status webhooks through the running subgraph', () => {
  test('forged Twilio and Meta reports are refused and change nothing; genuine signed reports move the messages on', async () => {
    const vendor = await vendorWithPhone(material);
    const buyer = await userWithPhone('BUYER', 'Asha Kumari');
    const placed = await order(vendor, buyer);
    await otpIssued(vendor, buyer, placed.id);
    // The local providers' own signed `sent` and `delivered` reports.
    const sms = await rowWhen(buyer.userId!, 'DELIVERY_OTP', 'SMS', (r) => r.status === 'DELIVERED', 'the SMS delivered');
    const wa = await rowWhen(buyer.userId!, 'DELIVERY_OTP', 'WHATSAPP', (r) => r.status === 'DELIVERED', 'the WhatsApp delivered');

    const twilioForm = new URLSearchParams({ MessageSid: sms.providerMessageId!, MessageStatus: 'failed', ErrorCode: '30003', AccountSid: 'AC00000000000000000000000000000000' });
    for (const signature of [undefined, 'c2lnbmVkIGJ5IHNvbWVvbmUgZWxzZQ==']) {
      const response = await fetch(`${notificationsUrl()}/webhooks/twilio/status`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...(signature ? { 'x-twilio-signature': signature } : {}) },
        body: twilioForm.toString(),
      });
      expect([401, 403]).toContain(response.status);
    }
    const metaBody = JSON.stringify({
      object: 'whatsapp_business_account',
      entry: [{ id: 'waba', changes: [{ field: 'messages', value: { messaging_product: 'whatsapp', statuses: [{ id: wa.providerMessageId, status: 'read', timestamp: String(Math.floor(Date.now() / 1000)), recipient_id: buyer.phone.slice(1) }] } }] }],
    });
    const unsigned = await fetch(`${notificationsUrl()}/webhooks/whatsapp`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: metaBody });
    expect(unsigned.status).toBe(401);
    const forged = await fetch(`${notificationsUrl()}/webhooks/whatsapp`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': `sha256=${'ab'.repeat(32)}` },
      body: metaBody,
    });
    expect(forged.status).toBe(403);
    const after = await listedFor(buyer.userId!, 'DELIVERY_OTP');
    expect(after.find((r) => r.id === sms.id)).toMatchObject({ status: 'DELIVERED', failureReason: null });
    expect(after.find((r) => r.id === wa.id)).toMatchObject({ status: 'DELIVERED' });

    // The buyer reads it: Meta's signed report (from the local server) moves it to READ.
    await postJson(`${whatsappUrl()}/_local/whatsapp/status`, { messageId: wa.providerMessageId, status: 'read' });
    await rowWhen(buyer.userId!, 'DELIVERY_OTP', 'WHATSAPP', (r) => r.id === wa.id && r.status === 'READ', 'the WhatsApp read');
  });
});
