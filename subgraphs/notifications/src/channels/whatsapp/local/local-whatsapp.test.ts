/**
 * The production adapter (createWhatsAppPort) against the local Graph API server, whose status
 * webhooks land on the real webhook routes: what was sent is read back from the local server.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { ProviderError, type ProviderStatus, type WhatsAppInbound, type WhatsAppMessage, type WhatsAppPort } from '../../port.js';
import { createWhatsAppPort } from '../cloud-api-client.js';
import { whatsappWebhookRoutes } from '../webhook-routes.js';
import type { WhatsAppSettings } from '../whatsapp-settings.js';
import { startLocalWhatsAppServer, type LocalWhatsApp, type LocalWhatsAppMessage } from './index.js';
import { metaJson } from './local-whatsapp-webhooks.js';

const PHONE_NUMBER_ID = '106540352242922';
const ACCESS_TOKEN = 'local-test-access-token-0001';
const APP_SECRET = 'local-test-app-secret-0001';
const VERIFY_TOKEN = 'local-test-verify-token-0001';

let now: Date;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let local: { url: string; stop(): Promise<void>; whatsapp: LocalWhatsApp };
let port: WhatsAppPort;
let settings: WhatsAppSettings;
let numbers = 0;

/** A fresh recipient per test: windows and recorded messages are per number. */
const newNumber = () => `+9198765${String((numbers += 1)).padStart(5, '0')}`;

async function startReceiver() {
  const statuses: ProviderStatus[] = [];
  const inbound: WhatsAppInbound[] = [];
  const failing = { statuses: 0 };
  const app = express();
  const router = express.Router();
  whatsappWebhookRoutes(router, { phoneNumberId: PHONE_NUMBER_ID, appSecret: APP_SECRET, verifyToken: VERIFY_TOKEN }, {
    onStatus: async (s) => {
      if (failing.statuses > 0) {
        failing.statuses -= 1;
        throw new Error('database briefly unavailable');
      }
      statuses.push(s);
    },
    onInbound: async (m) => void inbound.push(m),
  });
  app.use(router);
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { webhookUrl: `${base}/webhooks/whatsapp`, statuses, inbound, failing, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

async function startLocal(extra: { templates?: Array<{ name: string; language: string; parameters: number }> } = {}) {
  const started = await startLocalWhatsAppServer({
    phoneNumberId: PHONE_NUMBER_ID,
    accessToken: ACCESS_TOKEN,
    appSecret: APP_SECRET,
    webhookUrl: receiver.webhookUrl,
    clock: () => now,
    ...extra,
  });
  const adapterSettings: WhatsAppSettings = {
    phoneNumberId: PHONE_NUMBER_ID,
    accessToken: ACCESS_TOKEN,
    appSecret: APP_SECRET,
    verifyToken: VERIFY_TOKEN,
    graphUrl: started.url,
    graphVersion: 'v21.0',
  };
  return { started, adapterSettings };
}

beforeEach(async () => {
  now = new Date('2026-12-01T10:00:00Z');
  receiver = await startReceiver();
  const { started, adapterSettings } = await startLocal();
  local = started;
  settings = adapterSettings;
  port = await createWhatsAppPort(settings);
});

afterEach(async () => {
  await local.stop();
  await receiver.stop();
});

async function localJson<T>(path: string, init?: { method?: string; body?: unknown }): Promise<T> {
  const response = await fetch(`${local.url}${path}`, {
    method: init?.method ?? (init?.body ? 'POST' : 'GET'),
    headers: { 'content-type': 'application/json' },
    ...(init?.body ? { body: JSON.stringify(init.body) } : {}),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

const sentTo = async (to: string) => (await localJson<{ messages: LocalWhatsAppMessage[] }>(`/_local/whatsapp/messages?to=${encodeURIComponent(to)}`)).messages;
const reportsOf = (id: string) => receiver.statuses.filter((s) => s.providerMessageId === id).map((s) => (s.reason ? `${s.status}:${s.reason}` : s.status));

async function rejection(promise: Promise<unknown>): Promise<ProviderError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ProviderError);
    return error as ProviderError;
  }
  throw new Error('expected the send to fail');
}

describe('template messages', () => {
  test('are recorded with name, language and body parameters in order, then reported sent and delivered', async () => {
    const to = newNumber();
    const accepted = await port.send({
      to,
      reference: 'notification-1',
      kind: 'template',
      templateName: 'order_placed_vendor',
      language: 'hi',
      parameters: ['रमेश', 'RS-2611-000123', '₹1,234.50', 'Cash on delivery'],
    });

    expect(accepted.providerMessageId).toMatch(/^wamid\.[A-Za-z0-9+/=]+$/);
    const [message, ...others] = await sentTo(to);
    expect(others).toEqual([]);
    expect(message).toMatchObject({
      id: accepted.providerMessageId,
      to,
      type: 'template',
      template: { name: 'order_placed_vendor', language: 'hi', parameters: ['रमेश', 'RS-2611-000123', '₹1,234.50', 'Cash on delivery'] },
      status: 'delivered',
      error: null,
    });
    // Meta's wire format: `to` without '+', the parameters as body components.
    expect(message!.payload).toEqual({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: to.slice(1),
      type: 'template',
      template: {
        name: 'order_placed_vendor',
        language: { code: 'hi', policy: 'deterministic' },
        components: [{ type: 'body', parameters: ['रमेश', 'RS-2611-000123', '₹1,234.50', 'Cash on delivery'].map((text) => ({ type: 'text', text })) }],
      },
    });

    await local.whatsapp.webhooksSettled();
    expect(reportsOf(accepted.providerMessageId)).toEqual(['SENT', 'DELIVERED']);
  });

  test('a status report the receiver could not take (500) is delivered again until it is', async () => {
    receiver.failing.statuses = 1;
    const accepted = await port.send({ to: newNumber(), reference: 'n', kind: 'template', templateName: 'order_placed_buyer', language: 'en', parameters: ['A', 'RS-7', '₹1.00', 'Depot', 'UPI'] });
    await local.whatsapp.webhooksSettled();

    expect(reportsOf(accepted.providerMessageId)).toEqual(['SENT', 'DELIVERED']);
    expect(local.whatsapp.webhookAttempts.map((a) => [a.key, a.status])).toEqual([
      [`status:${accepted.providerMessageId}:sent`, 500],
      [`status:${accepted.providerMessageId}:sent`, 200],
      [`status:${accepted.providerMessageId}:delivered`, 200],
    ]);
  });

  test('reach a user who never wrote (templates open conversations)', async () => {
    const to = newNumber();
    const accepted = await port.send({ to, reference: 'n', kind: 'template', templateName: 'settlement_paid', language: 'en', parameters: ['Suresh', '₹12,000.00', 'UTR123'] });
    await local.whatsapp.webhooksSettled();
    expect(reportsOf(accepted.providerMessageId)).toEqual(['SENT', 'DELIVERED']);
  });
});

describe('session (text) messages and the 24-hour window', () => {
  test('outside the window Meta accepts the text, then reports it failed with 131047; after the user writes it is delivered', async () => {
    const to = newNumber();
    const early = await port.send({ to, reference: 'n-early', kind: 'text', body: 'Your order RS-2611-000123 is on its way' });
    await local.whatsapp.webhooksSettled();

    expect(reportsOf(early.providerMessageId)).toEqual(['FAILED:131047']);
    expect((await sentTo(to))[0]).toMatchObject({ id: early.providerMessageId, status: 'failed', error: { code: 131047, title: 'Re-engagement message' } });

    const delivery = await localJson<{ messageId: string; statuses: number[] }>('/_local/whatsapp/inbound', { body: { from: to, text: 'order kahan hai?' } });
    expect(delivery.statuses).toEqual([200]);
    expect(receiver.inbound.map((m) => [m.messageId, m.from, m.text])).toEqual([[delivery.messageId, to, 'order kahan hai?']]);

    const later = await port.send({ to, reference: 'n-later', kind: 'text', body: 'Your order RS-2611-000123 is on its way' });
    await local.whatsapp.webhooksSettled();
    expect(reportsOf(later.providerMessageId)).toEqual(['SENT', 'DELIVERED']);
    expect((await sentTo(to)).map((m) => [m.type, m.text, m.status])).toEqual([
      ['text', 'Your order RS-2611-000123 is on its way', 'failed'],
      ['text', 'Your order RS-2611-000123 is on its way', 'delivered'],
    ]);
  });

  test('reply buttons go as an interactive button message: the body and each button\'s id and title reach the phone', async () => {
    const to = newNumber();
    await localJson('/_local/whatsapp/inbound', { body: { from: to, text: 'hi' } });
    const buttons = [
      { id: 'confirm RS-2611-000123', title: 'Confirm' },
      { id: 'reject RS-2611-000123', title: 'Reject' },
    ];
    const sent = await port.send({ to, reference: 'n-buttons', kind: 'buttons', body: 'New order RS-2611-000123 of ₹4,720.00 (COD).', buttons });
    await local.whatsapp.webhooksSettled();
    expect(reportsOf(sent.providerMessageId)).toEqual(['SENT', 'DELIVERED']);
    expect((await sentTo(to)).map((m) => [m.type, m.text, m.choices])).toEqual([['interactive', 'New order RS-2611-000123 of ₹4,720.00 (COD).', buttons]]);
  });

  test('the window closes 24 hours after the user’s last message; a template still goes through', async () => {
    const to = newNumber();
    await localJson('/_local/whatsapp/inbound', { body: { from: to, text: 'hi' } });
    now = new Date(now.getTime() + 24 * 3600_000 - 1000);
    const inside = await port.send({ to, reference: 'a', kind: 'text', body: 'still open' });
    now = new Date(now.getTime() + 1000);
    const outside = await port.send({ to, reference: 'b', kind: 'text', body: 'closed now' });
    const template = await port.send({ to, reference: 'c', kind: 'template', templateName: 'order_dispatched', language: 'en', parameters: ['Asha', 'RS-1', 'Depot'] });
    await local.whatsapp.webhooksSettled();

    expect(reportsOf(inside.providerMessageId)).toEqual(['SENT', 'DELIVERED']);
    expect(reportsOf(outside.providerMessageId)).toEqual(['FAILED:131047']);
    expect(reportsOf(template.providerMessageId)).toEqual(['SENT', 'DELIVERED']);
  });
});

describe('failures', () => {
  test('an injected transient fault is a retryable 131000; the retry is sent once', async () => {
    const to = newNumber();
    await localJson('/_local/whatsapp/faults', { body: { count: 1, kind: 'transient' } });
    const message: WhatsAppMessage = { to, reference: 'n', kind: 'template', templateName: 'payment_receipt', language: 'en', parameters: ['A', 'RS-2', '₹10.00'] };

    const error = await rejection(port.send(message));
    expect(error).toMatchObject({ channel: 'WHATSAPP', reason: '131000', permanent: false });
    expect(await sentTo(to)).toEqual([]);

    const accepted = await port.send(message);
    expect((await sentTo(to)).map((m) => m.id)).toEqual([accepted.providerMessageId]);
  });

  test('a fault for one number fails only a send to it', async () => {
    const [mine, other] = [newNumber(), newNumber()];
    await localJson('/_local/whatsapp/faults', { body: { count: 1, kind: 'permanent', to: mine } });
    const message = (to: string): WhatsAppMessage => ({ to, reference: 'n', kind: 'template', templateName: 'kyc_approved', language: 'en', parameters: ['A', 'B'] });
    await port.send(message(other));
    expect(await rejection(port.send(message(mine)))).toMatchObject({ reason: '131026', permanent: true });
    await port.send(message(mine));
    expect((await sentTo(mine)).length + (await sentTo(other)).length).toBe(2);
  });

  test('an injected permanent fault is a final 131026 (undeliverable)', async () => {
    await localJson('/_local/whatsapp/faults', { body: { count: 1, kind: 'permanent' } });
    const error = await rejection(port.send({ to: newNumber(), reference: 'n', kind: 'template', templateName: 'kyc_approved', language: 'en', parameters: ['A', 'B'] }));
    expect(error).toMatchObject({ reason: '131026', permanent: true });
  });

  test('a wrong token is a final 190; an unknown phone number id a final 100', async () => {
    const message = { to: newNumber(), reference: 'n', kind: 'text', body: 'x' } as const;
    const badToken = await createWhatsAppPort({ ...settings, accessToken: 'not-the-access-token-000' });
    expect(await rejection(badToken.send(message))).toMatchObject({ reason: '190', permanent: true });
    const otherNumber = await createWhatsAppPort({ ...settings, phoneNumberId: '999999999999' });
    expect(await rejection(otherNumber.send(message))).toMatchObject({ reason: '100', permanent: true });
    expect(local.whatsapp.messages()).toEqual([]);
  });

  test('a payload Meta would refuse is refused by the adapter before sending, and by the local server with Meta’s error 100', async () => {
    const to = newNumber();
    const withNewLine: WhatsAppMessage = { to, reference: 'n', kind: 'template', templateName: 'order_rejected', language: 'en', parameters: ['A', 'RS-3', 'Vendor', 'line one\nline two'] };
    expect(await rejection(port.send(withNewLine))).toMatchObject({ reason: '100', permanent: true });

    const post = (body: unknown) =>
      fetch(`${local.url}/v21.0/${PHONE_NUMBER_ID}/messages`, { method: 'POST', headers: { authorization: `Bearer ${ACCESS_TOKEN}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const noProduct = await post({ to: to.slice(1), type: 'text', text: { body: 'hi' } });
    expect(noProduct.status).toBe(400);
    expect(await noProduct.json()).toMatchObject({ error: { code: 100, type: 'OAuthException', message: expect.stringContaining('messaging_product') } });
    const newLine = await post({ messaging_product: 'whatsapp', to: to.slice(1), type: 'template', template: { name: 'order_rejected', language: { code: 'en' }, components: [{ type: 'body', parameters: [{ type: 'text', text: 'a\nb' }] }] } });
    expect(newLine.status).toBe(400);
    expect(await newLine.json()).toMatchObject({ error: { code: 100 } });
    const unknownField = await post({ messaging_product: 'whatsapp', to: to.slice(1), type: 'text', text: { body: 'hi' }, priority: 'high' });
    expect(unknownField.status).toBe(400);
    expect(await sentTo(to)).toEqual([]);
  });

  test('with approved templates registered, an unknown template is 132001 and a wrong parameter count 132000, both final', async () => {
    const strict = await startLocal({ templates: [{ name: 'delivery_otp', language: 'en', parameters: 3 }] });
    try {
      const strictPort = await createWhatsAppPort(strict.adapterSettings);
      const to = newNumber();
      const base = { to, reference: 'n', kind: 'template', language: 'en' } as const;
      expect(await rejection(strictPort.send({ ...base, templateName: 'delivery_code', parameters: ['A', 'RS-4', '123456'] }))).toMatchObject({ reason: '132001', permanent: true });
      expect(await rejection(strictPort.send({ ...base, templateName: 'delivery_otp', language: 'hi', parameters: ['A', 'RS-4', '123456'] }))).toMatchObject({ reason: '132001' });
      expect(await rejection(strictPort.send({ ...base, templateName: 'delivery_otp', parameters: ['A', 'RS-4'] }))).toMatchObject({ reason: '132000', permanent: true });
      const accepted = await strictPort.send({ ...base, templateName: 'delivery_otp', parameters: ['A', 'RS-4', '123456'] });
      expect(strict.started.whatsapp.messages(to).map((m) => m.id)).toEqual([accepted.providerMessageId]);
    } finally {
      await strict.started.stop();
    }
  });

  describe('an unhealthy Graph API', () => {
    let server: Server;
    let url: string;
    let behaviour: 'hang' | 'bad-gateway';

    beforeAll(async () => {
      server = createServer((_req, res) => {
        if (behaviour === 'bad-gateway') res.writeHead(502, { 'content-type': 'text/html' }).end('<html>Bad Gateway</html>');
        // 'hang': never answers.
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    });

    test('no answer within the timeout is a retryable TIMEOUT; a 502 page a retryable HTTP_502', async () => {
      const slow = await createWhatsAppPort({ ...settings, graphUrl: url, timeoutMs: 200 });
      const message = { to: newNumber(), reference: 'n', kind: 'text', body: 'x' } as const;
      behaviour = 'hang';
      expect(await rejection(slow.send(message))).toMatchObject({ reason: 'TIMEOUT', permanent: false });
      behaviour = 'bad-gateway';
      expect(await rejection(slow.send(message))).toMatchObject({ reason: 'HTTP_502', permanent: false });
    });
  });
});

describe('the /_local routes', () => {
  test('read on request, redelivered with the same report key; the list is per recipient and can be cleared', async () => {
    const to = newNumber();
    const accepted = await port.send({ to, reference: 'n', kind: 'template', templateName: 'order_confirmed', language: 'en', parameters: ['A', 'RS-5', 'Depot'] });
    await local.whatsapp.webhooksSettled();

    const read = await localJson<{ statuses: number[] }>('/_local/whatsapp/status', { body: { messageId: accepted.providerMessageId, status: 'read', times: 2 } });
    expect(read.statuses).toEqual([200, 200]);
    expect(reportsOf(accepted.providerMessageId)).toEqual(['SENT', 'DELIVERED', 'READ', 'READ']);
    expect(new Set(receiver.statuses.filter((s) => s.status === 'READ').map((s) => s.eventKey)).size).toBe(1);
    expect((await sentTo(to))[0]?.status).toBe('read');
    expect(await sentTo(newNumber())).toEqual([]);

    const next = await port.send({ to, reference: 'n2', kind: 'template', templateName: 'order_completed', language: 'en', parameters: ['A', 'RS-5', '₹9.00'] });
    const since = await localJson<{ messages: LocalWhatsAppMessage[] }>(`/_local/whatsapp/messages?after=${encodeURIComponent(accepted.providerMessageId)}`);
    expect(since.messages.map((m) => m.id)).toEqual([next.providerMessageId]);
    const one = await localJson<LocalWhatsAppMessage>(`/_local/whatsapp/messages/${encodeURIComponent(next.providerMessageId)}`);
    expect(one).toMatchObject({ id: next.providerMessageId, to, template: { name: 'order_completed', parameters: ['A', 'RS-5', '₹9.00'] } });

    const cleared = await localJson<{ deleted: number }>('/_local/whatsapp/messages', { method: 'DELETE' });
    expect(cleared.deleted).toBeGreaterThanOrEqual(1);
    expect(await sentTo(to)).toEqual([]);
  });

  test('webhook bodies are written as Meta writes JSON: ASCII only, slashes escaped, same value', () => {
    const value = { text: { body: 'कमाई / ₹1,23,456 😀' } };
    const raw = metaJson(value);
    expect(raw).toMatch(/^[\x20-\x7e]+$/);
    expect(raw).toContain('\\/');
    expect(JSON.parse(raw)).toEqual(value);
  });
});
