/**
 * The webhook routes on an express app, fed by the local Graph API server (signed as Meta signs)
 * and by hand-made forgeries.
 */
import type { AddressInfo } from 'node:net';
import express from 'express';
import type { ProviderStatus, WhatsAppInbound } from '../port.js';
import { startLocalWhatsAppServer, type LocalWhatsApp } from './local/index.js';
import { whatsappWebhookRoutes } from './webhook-routes.js';
import { signWebhookBody } from './webhook-signature.js';

const settings = {
  phoneNumberId: '106540352242922',
  appSecret: 'routes-test-app-secret-0001',
  verifyToken: 'routes-test-verify-token-0001',
};

let receiver: Awaited<ReturnType<typeof startReceiver>>;
let local: { url: string; stop(): Promise<void>; whatsapp: LocalWhatsApp };

async function startReceiver() {
  const statuses: ProviderStatus[] = [];
  const inbound: WhatsAppInbound[] = [];
  const failing = { next: 0 };
  const app = express();
  const router = express.Router();
  whatsappWebhookRoutes(router, settings, {
    onStatus: async (status) => {
      statuses.push(status);
    },
    onInbound: async (message) => {
      if (failing.next > 0) {
        failing.next -= 1;
        throw new Error('queue unavailable');
      }
      inbound.push(message);
    },
  });
  app.use(router);
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    webhookUrl: `${base}/webhooks/whatsapp`,
    statuses,
    inbound,
    failing,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

beforeEach(async () => {
  receiver = await startReceiver();
  local = await startLocalWhatsAppServer({ ...settings, accessToken: 'routes-test-access-token-0001', webhookUrl: receiver.webhookUrl });
});

afterEach(async () => {
  await local.stop();
  await receiver.stop();
});

const inboundVia = async (body: Record<string, unknown>) => {
  const response = await fetch(`${local.url}/_local/whatsapp/inbound`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  expect(response.status).toBe(200);
  return (await response.json()) as { messageId: string; statuses: number[] };
};

const postSigned = (rawBody: string, signature: string | undefined) =>
  fetch(receiver.webhookUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(signature === undefined ? {} : { 'x-hub-signature-256': signature }) },
    body: rawBody,
  });

describe('GET: verifying the callback URL', () => {
  const verify = (query: string) => fetch(`${receiver.webhookUrl}?${query}`);

  test('subscribe with our verify token is answered with the challenge, as plain text', async () => {
    const response = await verify(`hub.mode=subscribe&hub.verify_token=${settings.verifyToken}&hub.challenge=1158201444`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await response.text()).toBe('1158201444');
  });

  test.each([
    ['another token', `hub.mode=subscribe&hub.verify_token=not-the-token&hub.challenge=1158201444`],
    ['another mode', `hub.mode=unsubscribe&hub.verify_token=${settings.verifyToken}&hub.challenge=1158201444`],
    ['no token', `hub.mode=subscribe&hub.challenge=1158201444`],
    ['a challenge that is markup', `hub.mode=subscribe&hub.verify_token=${settings.verifyToken}&hub.challenge=%3Cscript%3E`],
  ])('%s is refused with 403 and no challenge', async (_case, query) => {
    const response = await verify(query);
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain('1158201444');
  });
});

describe('POST: signed reports and messages', () => {
  test('a status webhook from the local server is accepted and parsed', async () => {
    await inboundVia({ from: '+919812345678', text: 'hi' });
    const sendResponse = await fetch(`${local.url}/v21.0/${settings.phoneNumberId}/messages`, {
      method: 'POST',
      headers: { authorization: 'Bearer routes-test-access-token-0001', 'content-type': 'application/json' },
      body: JSON.stringify({ messaging_product: 'whatsapp', to: '919812345678', type: 'text', text: { body: 'Namaste' } }),
    });
    const { messages } = (await sendResponse.json()) as { messages: Array<{ id: string }> };
    await local.whatsapp.webhooksSettled();

    expect(receiver.statuses.map((s) => [s.providerMessageId, s.status, s.eventKey])).toEqual([
      [messages[0]!.id, 'SENT', `${messages[0]!.id}:sent`],
      [messages[0]!.id, 'DELIVERED', `${messages[0]!.id}:delivered`],
    ]);
    expect(local.whatsapp.webhookAttempts.every((a) => a.status === 200)).toBe(true);
  });

  test('inbound text, button and list replies, template buttons and media reach onInbound as Meta describes them', async () => {
    const from = '+919812340001';
    const text = await inboundVia({ from, text: 'order 123 ka status', name: 'Suresh Depot' });
    const button = await inboundVia({ from, buttonReplyId: 'confirm:RS-2611-000123', title: 'Confirm' });
    const row = await inboundVia({ from, listReplyId: 'reason:2', title: 'Stock khatam' });
    const templateButton = await inboundVia({ from, type: 'button', buttonReplyId: 'reject:RS-2611-000123', title: 'Reject' });
    const voice = await inboundVia({ from, type: 'audio' });
    const poll = await inboundVia({ from, type: 'unsupported' });

    expect(receiver.inbound.map((m) => [m.messageId, m.from, m.type, m.text, m.rawType])).toEqual([
      [text.messageId, from, 'text', 'order 123 ka status', 'text'],
      [button.messageId, from, 'interactive', 'confirm:RS-2611-000123', 'button_reply'],
      [row.messageId, from, 'interactive', 'reason:2', 'list_reply'],
      [templateButton.messageId, from, 'button', 'reject:RS-2611-000123', 'button'],
      [voice.messageId, from, 'unsupported', null, 'audio'],
      [poll.messageId, from, 'unsupported', null, 'poll_update'],
    ]);
  });

  test('Hindi text survives Meta’s escaped JSON and the signature check', async () => {
    await inboundVia({ from: '+919812340002', text: 'आज के ऑर्डर / कमाई' });
    expect(receiver.inbound[0]?.text).toBe('आज के ऑर्डर / कमाई');
  });

  test('a redelivered message arrives again with the same id (the handler deduplicates by it)', async () => {
    const delivery = await inboundVia({ from: '+919812340003', text: 'busy', times: 2 });
    expect(delivery.statuses).toEqual([200, 200]);
    expect(receiver.inbound.map((m) => m.messageId)).toEqual([delivery.messageId, delivery.messageId]);
  });

  test('when a handler fails the webhook is not acknowledged (500), so Meta redelivers it', async () => {
    receiver.failing.next = 1;
    const delivery = await inboundVia({ from: '+919812340004', text: 'kamai', times: 2 });
    expect(delivery.statuses).toEqual([500, 200]);
    expect(receiver.inbound.map((m) => m.text)).toEqual(['kamai']);
  });
});

describe('POST: forgeries are refused before anything is parsed or called', () => {
  const body = JSON.stringify({
    object: 'whatsapp_business_account',
    entry: [
      {
        id: '1',
        changes: [
          {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: { display_phone_number: '919000000000', phone_number_id: settings.phoneNumberId },
              statuses: [{ id: 'wamid.FORGED', status: 'read', timestamp: '1796119200', recipient_id: '919812345678' }],
              messages: [{ from: '919812345678', id: 'wamid.FORGED_IN', timestamp: '1796119200', type: 'text', text: { body: 'confirm 123' } }],
            },
          },
        ],
      },
    ],
  });

  test('signed with another secret: 403', async () => {
    const response = await postSigned(body, signWebhookBody(body, 'not-the-app-secret-000000'));
    expect(response.status).toBe(403);
    expect(receiver.statuses).toEqual([]);
    expect(receiver.inbound).toEqual([]);
  });

  test('a body changed after signing: 403', async () => {
    const signature = signWebhookBody(body, settings.appSecret);
    const changed = body.replace('confirm 123', 'reject 123');
    expect(changed).not.toBe(body);
    const response = await postSigned(changed, signature);
    expect(response.status).toBe(403);
    expect(receiver.inbound).toEqual([]);
  });

  test('unsigned: 401', async () => {
    const response = await postSigned(body, undefined);
    expect(response.status).toBe(401);
    expect(receiver.statuses).toEqual([]);
  });

  test('the same body correctly signed is accepted (the forgeries failed on their signature alone)', async () => {
    const response = await postSigned(body, signWebhookBody(body, settings.appSecret));
    expect(response.status).toBe(200);
    expect(receiver.statuses.map((s) => s.eventKey)).toEqual(['wamid.FORGED:read']);
    expect(receiver.inbound.map((m) => m.text)).toEqual(['confirm 123']);
  });

  test('signed but not JSON: 400; signed for another phone number: 200 and nothing called', async () => {
    expect((await postSigned('not json', signWebhookBody('not json', settings.appSecret))).status).toBe(400);
    const other = body.replace(settings.phoneNumberId, '999999999');
    expect((await postSigned(other, signWebhookBody(other, settings.appSecret))).status).toBe(200);
    expect(receiver.statuses).toEqual([]);
    expect(receiver.inbound).toEqual([]);
  });
});
