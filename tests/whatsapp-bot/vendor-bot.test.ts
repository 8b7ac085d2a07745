/**
 * The WhatsApp vendor bot end to end: the local Graph API server plays the vendor's phone (signed
 * webhooks to notifications' /webhooks/whatsapp, as Meta sends them), notifications records
 * WhatsAppMessageReceived, the bot in integrations answers through the real gateway as the linked
 * vendor user, and its replies are read back from the local server.
 */
import { spawn } from 'node:child_process';
import { createHmac, randomInt } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { newBuyer, seededAdmin, type Actor } from '../harness/actors.js';
import { eventually } from '../harness/eventually.js';
import { dataOf, graphql } from '../harness/graphql-client.js';
import { newVendor } from '../harness/vendors.js';
import { serverUrl } from '../harness/subgraph-db.js';
import { addAddress, collectCash, cement, CONFIRM, DISPATCH, deliverWithOtp, PLACE_ORDER, placedOrder, placeInput, type OrderView } from '../orders/order-helpers.js';
import { vendorWithPhone } from '../notifications/notification-helpers.js';
import { formatRupees } from '../../subgraphs/integrations/src/whatsapp-bot/intent/rupees.js';
import { weekPeriods } from '../../subgraphs/integrations/src/whatsapp-bot/conversation/earnings-periods.js';

interface LocalMessage {
  id: string;
  to: string;
  type: string;
  text: string | null;
  template: { name: string; parameters: string[] } | null;
  choices: Array<{ id: string; title: string }> | null;
}

/** The local Graph API server of this run (from the runner lock, as `npm run inbox` finds it). */
function whatsappUrl(): string {
  const lock = JSON.parse(readFileSync(join(process.env.REALSERV_DATA_DIR!, 'runner.lock'), 'utf8')) as { localUrls?: Record<string, string> };
  return lock.localUrls!.whatsapp!;
}

const newPhone = () => `+9198${String(randomInt(0, 100_000_000)).padStart(8, '0')}`;

async function messagesTo(phone: string, after?: string): Promise<LocalMessage[]> {
  const query = new URLSearchParams({ to: phone, ...(after ? { after } : {}) });
  const response = await fetch(`${whatsappUrl()}/_local/whatsapp/messages?${query}`);
  return ((await response.json()) as { messages: LocalMessage[] }).messages;
}

/** What the phone sends; resolves with Meta's message id and the webhook's HTTP statuses. */
async function send(phone: string, body: Record<string, unknown>): Promise<{ messageId: string; statuses: number[] }> {
  const response = await fetch(`${whatsappUrl()}/_local/whatsapp/inbound`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ from: phone, ...body }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as { messageId: string; statuses: number[] };
}

/** Sends a text from the phone and waits for the bot's next reply to it. */
async function say(phone: string, text: string, extra: Record<string, unknown> = {}): Promise<string> {
  const before = (await messagesTo(phone)).at(-1)?.id;
  await send(phone, { text, ...extra });
  const replies = await eventually(async () => {
    const after = await messagesTo(phone, before);
    return after.filter((m) => m.type === 'text').length > 0 && after.filter((m) => m.type === 'text');
  }, { what: `the bot's reply to "${text}"` });
  return replies[0]!.text!;
}

const REQUEST_LINK = 'mutation L($phone: String!) { requestWhatsAppLink(phone: $phone) { phone linkedAt codeExpiresAt } }';
const CONFIRM_LINK = 'mutation C($code: String!) { confirmWhatsAppLink(code: $code) { phone linkedAt } }';

/** The code the link template carried to the phone. */
async function codeSentTo(phone: string): Promise<string> {
  // The same phone also gets notifications' WhatsApp templates (the vendor's KYC approval arrives
  // asynchronously), so the link code is the latest realserv_link_code template, not the latest template.
  const template = await eventually(async () => (await messagesTo(phone)).filter((m) => m.type === 'template' && m.template?.name === 'realserv_link_code').at(-1), { what: 'the link code on WhatsApp' });
  expect(template.template!.parameters[0]).toMatch(/^\d{6}$/);
  return template.template!.parameters[0]!;
}

async function linkNumber(vendor: Actor, phone = newPhone()): Promise<string> {
  await vendor.ok(REQUEST_LINK, { phone });
  const code = await codeSentTo(phone);
  const { confirmWhatsAppLink } = await vendor.ok<{ confirmWhatsAppLink: { phone: string; linkedAt: string | null } }>(CONFIRM_LINK, { code });
  expect(confirmWhatsAppLink).toMatchObject({ phone, linkedAt: expect.any(String) });
  return phone;
}

async function inDatabase<T>(database: string, sql: string, params: unknown[]): Promise<T[]> {
  const client = new pg.Client({ connectionString: serverUrl(database) });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

const ORDER_STATUS = 'query O($id: ID!) { order(id: $id) { id orderNumber status } }';

describe('the WhatsApp vendor bot', () => {
  it('a labour order paid cash on delivery is confirmed by the vendor on WhatsApp (confirm → yes)', async () => {
    const vendor = await newVendor('Bot Labour Traders');
    const { laborCategories } = dataOf(await graphql<{ laborCategories: { items: Array<{ id: string }> } }>('{ laborCategories(page: { limit: 1 }) { items { id } } }'));
    await vendor.ok('mutation L($input: UpdateLaborOffersInput!) { updateMyLaborOffers(input: $input) { workersAvailable } }', {
      input: { offers: [{ laborCategoryId: laborCategories.items[0]!.id, workersAvailable: 5 }] },
    });
    const buyer = await newBuyer();
    const addressId = await addAddress(buyer);
    const { placeOrder } = await buyer.ok<{ placeOrder: OrderView }>(PLACE_ORDER, {
      input: { vendorId: vendor.vendorId, deliveryAddressId: addressId, paymentMethod: 'COD', idempotencyKey: `bot-${randomInt(1e9)}`, items: [{ kind: 'LABOUR', refId: laborCategories.items[0]!.id, quantity: 2 }] },
    });
    expect(placeOrder.status).toBe('PLACED');
    const phone = await linkNumber(vendor);
    const digits = placeOrder.orderNumber.slice(-6).replace(/^0+/, '');

    const question = await say(phone, `confirm ${digits}`);
    expect(question).toContain(placeOrder.orderNumber);
    expect((await vendor.ok<{ order: { status: string } }>(ORDER_STATUS, { id: placeOrder.id })).order.status).toBe('PLACED');

    const done = await say(phone, 'yes');
    expect(done).toContain(`${placeOrder.orderNumber} confirmed`);
    expect((await vendor.ok<{ order: { status: string } }>(ORDER_STATUS, { id: placeOrder.id })).order.status).toBe('CONFIRMED');

    // A double tap: the flow is over, so a second yes changes nothing and says so.
    expect(await say(phone, 'yes')).toMatch(/did not understand/);
    expect((await vendor.ok<{ order: { status: string } }>(ORDER_STATUS, { id: placeOrder.id })).order.status).toBe('CONFIRMED');
  });

  it('a Confirm button tapped twice, then yes, confirms once', async () => {
    const { vendor, order } = await placedOrder(1);
    const phone = await linkNumber(vendor);
    const tap = { buttonReplyId: `confirm ${order.orderNumber}`, title: 'Confirm' };
    const before = (await messagesTo(phone)).at(-1)?.id;
    await send(phone, tap);
    await send(phone, tap);
    await eventually(async () => (await messagesTo(phone, before)).filter((m) => m.type === 'text').length >= 2, { what: 'both taps answered' });
    expect(await say(phone, 'yes')).toContain(`${order.orderNumber} confirmed`);
    expect(await say(phone, 'yes')).toMatch(/did not understand/);
    const { order: after } = await vendor.ok<{ order: { status: string; statusHistory: Array<{ toStatus: string }> } }>('query O($id: ID!) { order(id: $id) { status statusHistory { toStatus } } }', { id: order.id });
    expect(after.status).toBe('CONFIRMED');
    expect(after.statusHistory.filter((h) => h.toStatus === 'CONFIRMED')).toHaveLength(1);
  });

  it('messages of one number sent back to back are handled one after another, in order: confirm, yes, status', async () => {
    const { vendor, order } = await placedOrder(1);
    const phone = await linkNumber(vendor);
    const before = (await messagesTo(phone)).at(-1)?.id;
    // Not waiting for replies: processed side by side or out of order, "yes" would find no open
    // flow (not understood) or the status would still read placed.
    await send(phone, { text: `confirm ${order.orderNumber}` });
    await send(phone, { text: 'yes' });
    await send(phone, { text: `status ${order.orderNumber}` });
    const answers = await eventually(async () => {
      const texts = (await messagesTo(phone, before)).filter((m) => m.type === 'text');
      return texts.length >= 3 && texts.map((m) => m.text!);
    }, { what: 'three replies' });
    expect(answers).toHaveLength(3);
    expect(answers[0]).toContain(order.orderNumber);
    expect(answers[0]).not.toContain('confirmed');
    expect(answers[1]).toContain(`${order.orderNumber} confirmed`);
    expect(answers[2]).toMatch(new RegExp(`^${order.orderNumber}: confirmed`));
    const rows = await inDatabase<{ seq: number; text: string; outcome: string }>(
      'integrations',
      `select m.seq, m.text, m.outcome from whatsapp_messages m join whatsapp_conversations c on c.id = m.conversation_id where c.phone = $1 and m.direction = 'IN' and m.seq is not null order by m.seq`,
      [phone],
    );
    expect(rows.slice(-3).map((r) => [r.text, r.outcome])).toEqual([
      [`confirm ${order.orderNumber}`, 'ASKED_CONFIRMATION'],
      ['yes', 'CONFIRMED'],
      [`status ${order.orderNumber}`, 'STATUS'],
    ]);
  });

  it('inside the 24-hour window a new order comes with Confirm / Reject buttons; tapping Confirm, then yes, confirms it once', async () => {
    const material = await cement();
    const vendor = await vendorWithPhone(material, 'Bot Button Traders');
    const phone = await linkNumber(vendor, vendor.phone);
    await say(phone, 'help'); // the vendor wrote: the window is open
    const buyer = await newBuyer();
    const addressId = await addAddress(buyer);
    const { placeOrder } = await buyer.ok<{ placeOrder: OrderView }>(PLACE_ORDER, placeInput(vendor.vendorId, addressId, material.id, 1));
    const offer = await eventually(async () => (await messagesTo(phone)).find((m) => m.type === 'interactive' && (m.text?.includes(placeOrder.orderNumber) ?? false)), { what: 'the new order with buttons' });
    expect(offer.template).toBeNull();
    expect(offer.choices).toEqual([
      { id: `confirm ${placeOrder.orderNumber}`, title: 'Confirm' },
      { id: `reject ${placeOrder.orderNumber}`, title: 'Reject' },
    ]);
    const before = (await messagesTo(phone)).at(-1)?.id;
    await send(phone, { buttonReplyId: offer.choices![0]!.id, title: offer.choices![0]!.title });
    const [question] = await eventually(async () => {
      const texts = (await messagesTo(phone, before)).filter((m) => m.type === 'text');
      return texts.length > 0 && texts;
    }, { what: 'the answer to the tap' });
    expect(question!.text).toContain(placeOrder.orderNumber);
    expect(await say(phone, 'yes')).toContain(`${placeOrder.orderNumber} confirmed`);
    const { order: after } = await vendor.ok<{ order: { status: string; statusHistory: Array<{ toStatus: string }> } }>('query O($id: ID!) { order(id: $id) { status statusHistory { toStatus } } }', { id: placeOrder.id });
    expect(after.status).toBe('CONFIRMED');
    expect(after.statusHistory.filter((h) => h.toStatus === 'CONFIRMED')).toHaveLength(1);
  });

  it('asks for a reason and a yes before rejecting, in Hinglish', async () => {
    const { vendor, order } = await placedOrder(2);
    const phone = await linkNumber(vendor);
    const { order: named } = await vendor.ok<{ order: { orderNumber: string } }>(ORDER_STATUS, { id: order.id });
    const reasons = await say(phone, `reject ${named.orderNumber}`);
    expect(reasons).toMatch(/1\. /);
    expect(await say(phone, '1')).toContain(named.orderNumber);
    expect(await say(phone, 'haan')).toContain('reject ho gaya');
    expect((await vendor.ok<{ order: { status: string } }>(ORDER_STATUS, { id: order.id })).order.status).toBe('REJECTED');
  });

  it('"kamai": the reply carries the same figures as earningsSummary', async () => {
    const { vendor, buyer, order } = await placedOrder(2);
    await vendor.ok(CONFIRM, { id: order.id });
    await vendor.ok(DISPATCH, { id: order.id });
    await deliverWithOtp(vendor, buyer, order.id);
    await collectCash(vendor, order);
    const phone = await linkNumber(vendor);
    const { thisWeek } = weekPeriods(new Date());
    const { earningsSummary } = await vendor.ok<{ earningsSummary: { completedOrders: number; netPayout: { paise: number } } }>(
      'query E($input: SettlementPeriodInput!) { earningsSummary(input: $input) { completedOrders netPayout { paise } } }',
      { input: thisWeek },
    );
    expect(earningsSummary.completedOrders).toBe(1);
    const reply = await say(phone, 'kamai');
    expect(reply).toContain(`Is hafte: ${formatRupees(earningsSummary.netPayout.paise)} (1 orders)`);
  });

  it('"busy" turns acceptingOrders off, so a buyer cannot place an order; "chalu" turns it back on', async () => {
    const { vendor, material, buyer, addressId } = await placedOrder(1);
    const phone = await linkNumber(vendor);
    expect(await say(phone, 'busy')).toMatch(/busy/i);
    const { myVendor } = await vendor.ok<{ myVendor: { acceptingOrders: boolean } }>('{ myVendor { acceptingOrders } }');
    expect(myVendor.acceptingOrders).toBe(false);
    const refused = await buyer.run(PLACE_ORDER, { input: { vendorId: vendor.vendorId, deliveryAddressId: addressId, paymentMethod: 'COD', idempotencyKey: `bot-${randomInt(1e9)}`, items: [{ kind: 'MATERIAL', refId: material.id, quantity: 1 }] } });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'VENDOR_NOT_ACCEPTING_ORDERS' });
    expect(refused.data?.placeOrder ?? null).toBeNull();
    expect(await say(phone, 'chalu')).toContain('chalu');
    expect((await vendor.ok<{ myVendor: { acceptingOrders: boolean } }>('{ myVendor { acceptingOrders } }')).myVendor.acceptingOrders).toBe(true);
  });

  it('an unknown number gets the help text and no data', async () => {
    const { vendor, order } = await placedOrder(1);
    const { order: named } = await vendor.ok<{ order: { orderNumber: string } }>(ORDER_STATUS, { id: order.id });
    const stranger = newPhone();
    const reply = await say(stranger, `status ${named.orderNumber}`);
    expect(reply).toMatch(/not linked/);
    expect(reply).not.toContain(named.orderNumber);
    expect(await say(stranger, `confirm ${named.orderNumber}`)).toMatch(/not linked/);
    expect((await vendor.ok<{ order: { status: string } }>(ORDER_STATUS, { id: order.id })).order.status).toBe('PLACED');
  });

  it('a webhook with a forged signature is refused and nothing is answered', async () => {
    const vendor = await newVendor();
    const phone = await linkNumber(vendor);
    const notifications = new URL(JSON.parse(process.env.REALSERV_SUBGRAPH_URLS!).notifications as string);
    const body = JSON.stringify({
      object: 'whatsapp_business_account',
      entry: [{ id: '1', changes: [{ field: 'messages', value: { messaging_product: 'whatsapp', metadata: { display_phone_number: '15550000000', phone_number_id: '1' }, messages: [{ from: phone.slice(1), id: `wamid.forged${randomInt(1e9)}`, timestamp: String(Math.floor(Date.now() / 1000)), type: 'text', text: { body: 'busy' } }] } }] }],
    });
    const forged = `sha256=${createHmac('sha256', 'not-the-app-secret').update(body).digest('hex')}`;
    const response = await fetch(`${notifications.origin}/webhooks/whatsapp`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-hub-signature-256': forged }, body });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    // A genuine message afterwards is answered, and the forged "busy" never acted.
    expect(await say(phone, 'help')).toMatch(/orders/);
    expect((await vendor.ok<{ myVendor: { acceptingOrders: boolean } }>('{ myVendor { acceptingOrders } }')).myVendor.acceptingOrders).toBe(true);
  });

  it('a redelivered webhook acts once: one event, one message row, one reply', async () => {
    const vendor = await newVendor();
    const phone = await linkNumber(vendor);
    const before = (await messagesTo(phone)).at(-1)?.id;
    const { messageId, statuses } = await send(phone, { text: 'busy', times: 3 });
    expect(statuses).toEqual([200, 200, 200]);
    await eventually(async () => (await messagesTo(phone, before)).length > 0, { what: 'the reply to busy' });
    // A later message is answered after it, so anything the redeliveries caused would show by then.
    await say(phone, 'help');
    const replies = (await messagesTo(phone, before)).filter((m) => m.type === 'text');
    expect(replies).toHaveLength(2);
    const events = await inDatabase<{ n: string }>('notifications', `select count(*) as n from outbox_events where type = 'WhatsAppMessageReceived' and payload->>'messageId' = $1`, [messageId]);
    expect(Number(events[0]!.n)).toBe(1);
    const rows = await inDatabase<{ n: string }>('integrations', `select count(*) as n from whatsapp_messages where meta_message_id = $1`, [messageId]);
    expect(Number(rows[0]!.n)).toBe(1);
  });

  it('a suspended vendor user is refused: nothing is shown or changed', async () => {
    const { vendor, order } = await placedOrder(1);
    const phone = await linkNumber(vendor);
    const { order: named } = await vendor.ok<{ order: { orderNumber: string } }>(ORDER_STATUS, { id: order.id });
    expect(await say(phone, `status ${named.orderNumber}`)).toContain(named.orderNumber);
    const admin = await seededAdmin();
    await admin.ok('mutation S($input: SetUserStatusInput!) { setUserStatus(input: $input) { id status } }', { input: { userId: vendor.userId, status: 'SUSPENDED', reason: 'bot e2e: suspended vendor' } });
    const reply = await eventually(async () => {
      const answer = await say(phone, `confirm ${named.orderNumber}`);
      return /not active/.test(answer) && answer;
    }, { what: 'the suspension to reach the bot' });
    expect(reply).not.toContain(named.orderNumber);
    expect(await say(phone, 'yes')).toMatch(/not active/);
    const { order: after } = await admin.ok<{ order: { status: string } }>(ORDER_STATUS, { id: order.id });
    expect(after.status).toBe('PLACED');
  });

  it('a vendor suspended by an admin is told so in its language, with the reason and whom to contact; nothing changes until it is reactivated', async () => {
    const { vendor, order } = await placedOrder(1);
    const phone = await linkNumber(vendor);
    const { order: named } = await vendor.ok<{ order: { orderNumber: string } }>(ORDER_STATUS, { id: order.id });
    const admin = await seededAdmin();
    await admin.ok('mutation S($id: ID!, $reason: String!) { suspendVendor(vendorId: $id, reason: $reason) { id } }', { id: vendor.vendorId, reason: 'Repeated late deliveries' });

    const refusal = await say(phone, `confirm ${named.orderNumber}`);
    expect(refusal).toBe(
      'Your RealServ vendor account is suspended, so I cannot show or change anything here.\nReason: Repeated late deliveries\nTo ask about it, contact RealServ support: open a support ticket in the vendor app.',
    );
    expect(await say(phone, 'yes')).toBe(refusal);
    expect(await say(phone, 'orders')).not.toContain(named.orderNumber);
    expect(await say(phone, 'chalu')).toMatch(/^Aapka RealServ vendor account suspend hai.*\nWajah: Repeated late deliveries\n.*support ticket kholiye\.$/s);
    expect(await say(phone, 'मदद')).toMatch(/^आपका RealServ वेंडर खाता निलंबित है.*\nकारण: Repeated late deliveries\n.*सपोर्ट टिकट खोलें।$/s);

    // Nothing changed: the order is still placed with one history row, the vendor's switch untouched.
    const { order: after } = await admin.ok<{ order: { status: string; statusHistory: unknown[] } }>('query O($id: ID!) { order(id: $id) { status statusHistory { toStatus } } }', { id: order.id });
    expect(after).toMatchObject({ status: 'PLACED', statusHistory: [expect.anything()] });
    const { vendor: state } = await admin.ok<{ vendor: { status: string; acceptingOrders: boolean } }>('query V($id: ID!) { vendor(id: $id) { status acceptingOrders } }', { id: vendor.vendorId });
    expect(state).toEqual({ status: 'SUSPENDED', acceptingOrders: true });
    const outcomes = await inDatabase<{ outcome: string }>(
      'integrations',
      `select m.outcome from whatsapp_messages m join whatsapp_conversations c on c.id = m.conversation_id where c.phone = $1 and m.direction = 'IN' order by m.seq`,
      [phone],
    );
    expect(outcomes.map((r) => r.outcome)).toEqual(Array(5).fill('REFUSED_SUSPENDED'));

    // Reactivated, the bot works for it again.
    await admin.ok('mutation R($id: ID!) { reactivateVendor(vendorId: $id) { id } }', { id: vendor.vendorId });
    expect(await say(phone, `status ${named.orderNumber}`)).toMatch(new RegExp(`^${named.orderNumber}: new`));
  });

  it('linking: a wrong code fails, attempts are limited, and "LINK <code>" from the phone links it', async () => {
    const vendor = await newVendor();
    const phone = newPhone();
    await vendor.ok(REQUEST_LINK, { phone });
    const code = await codeSentTo(phone);
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i += 1) {
      const answer = await vendor.run(CONFIRM_LINK, { code: wrong });
      expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'WRONG_CODE' });
    }
    const limited = await vendor.run(CONFIRM_LINK, { code });
    expect(limited.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', reason: 'TOO_MANY_ATTEMPTS' });
    expect((await vendor.ok<{ myWhatsAppLink: { linkedAt: string | null } }>('{ myWhatsAppLink { linkedAt } }')).myWhatsAppLink.linkedAt).toBeNull();
    expect(await say(phone, 'orders')).toMatch(/not linked/);

    // A fresh code (a minute later at the earliest), sent back from the phone itself.
    const other = await newVendor();
    const otherPhone = newPhone();
    await other.ok(REQUEST_LINK, { phone: otherPhone });
    expect(await say(otherPhone, `LINK ${await codeSentTo(otherPhone)}`)).toMatch(/linked/);
    expect((await other.ok<{ myWhatsAppLink: { linkedAt: string | null } }>('{ myWhatsAppLink { linkedAt } }')).myWhatsAppLink.linkedAt).not.toBeNull();

    // Unlinking takes effect at once.
    expect((await other.ok<{ unlinkWhatsAppNumber: boolean }>('mutation { unlinkWhatsAppNumber }')).unlinkWhatsAppNumber).toBe(true);
    expect(await say(otherPhone, 'orders')).toMatch(/not linked/);
  });

  it('an image or a voice note gets a polite text-only reply; Hindi gets Hindi', async () => {
    const vendor = await newVendor();
    const phone = await linkNumber(vendor);
    const before = (await messagesTo(phone)).at(-1)?.id;
    await send(phone, { type: 'image' });
    const reply = await eventually(async () => (await messagesTo(phone, before)).find((m) => m.type === 'text'), { what: 'the reply to an image' });
    expect(reply.text).toMatch(/only read text/);
    expect(await say(phone, 'मदद')).toContain('मैं आपके RealServ ऑर्डर में मदद करता हूँ');
  });

  it('npm run whatsapp: the terminal chat sends what is typed and prints the bot\'s replies', async () => {
    const vendor = await newVendor();
    const phone = await linkNumber(vendor);
    const chat = spawn(process.execPath, [join(process.cwd(), 'devstack/dist/cli/whatsapp.js'), '--as', phone], { env: { ...process.env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    chat.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    try {
      await eventually(async () => output.includes('Chatting with the RealServ bot'), { what: 'the chat to start' });
      chat.stdin.write('help\n');
      await eventually(async () => /bot › I can help with your RealServ orders/.test(output), { what: 'the bot\'s reply in the terminal' });
    } finally {
      chat.stdin.end();
      chat.kill();
    }
  });
});
