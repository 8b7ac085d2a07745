/**
 * The SMS channel end to end on one machine: the real `twilio` SDK, through the adapter, against
 * the local Twilio-compatible server, whose signed status callbacks come back through the status
 * route (verified by the SDK's validateRequest) into onStatus.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { ProviderError, type ProviderStatus, type SmsPort } from '../port.js';
import { createSmsPort, twilioStatusRoute, TWILIO_STATUS_PATH, type SmsSettings } from './index.js';
import { startLocalTwilioServer, type LocalSms, type RunningLocalTwilio } from './local/index.js';

const ACCOUNT_SID = 'AC0123456789abcdef0123456789abcdef';
const AUTH_TOKEN = 'local-twilio-auth-token-for-tests';
const PE_ID = '1001526103320756973';
const TEMPLATE_ID = '1107161234567890123';
const BUYER = '+919812345678';

interface Received {
  signature: string;
  params: Record<string, string>;
  httpStatus: number;
}

/** Our side: an express app with the status route mounted, recording what reached it and what onStatus got. */
async function startReceiver() {
  const statuses: ProviderStatus[] = [];
  const received: Received[] = [];
  const app = express();
  app.use((req, res, next) => {
    res.on('finish', () => received.push({ signature: req.header('x-twilio-signature') ?? '', params: { ...(req.body as Record<string, string>) }, httpStatus: res.statusCode }));
    next();
  });
  const router = express.Router();
  const server: Server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const publicUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  twilioStatusRoute(router, { authToken: AUTH_TOKEN, publicUrl }, async (status) => {
    statuses.push(status);
  });
  app.use(router);
  return {
    publicUrl,
    statuses,
    received,
    post: (params: Record<string, string>, signature?: string) =>
      fetch(`${publicUrl}${TWILIO_STATUS_PATH}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...(signature === undefined ? {} : { 'x-twilio-signature': signature }) },
        body: new URLSearchParams(params).toString(),
      }),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

let receiver: Awaited<ReturnType<typeof startReceiver>>;
let twilioServer: RunningLocalTwilio;
let sms: SmsPort;
let settings: SmsSettings;

beforeEach(async () => {
  receiver = await startReceiver();
  twilioServer = await startLocalTwilioServer({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN });
  settings = { accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN, senderId: 'RLSERV', dltEntityId: PE_ID, publicUrl: receiver.publicUrl, apiUrl: twilioServer.url };
  sms = await createSmsPort(settings);
});

afterEach(async () => {
  await twilioServer.stop();
  await receiver.stop();
});

const localMessages = async (to?: string): Promise<LocalSms[]> => {
  const response = await fetch(`${twilioServer.url}/_local/sms${to ? `?to=${encodeURIComponent(to)}` : ''}`);
  return (await response.json()) as LocalSms[];
};
const injectFaults = (count: number, kind: string, to?: string) =>
  fetch(`${twilioServer.url}/_local/sms/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ count, kind, to }) });
const otp = (reference = 'ntf_1') => ({ to: BUYER, body: 'Your RealServ delivery OTP for order RS-1001 is 482913. -RealServ', dltTemplateId: TEMPLATE_ID, reference });
const failureOf = async (send: Promise<unknown>): Promise<ProviderError> => {
  const error = await send.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ProviderError);
  return error as ProviderError;
};

describe('sending through the SDK to the local Twilio server', () => {
  test('the message arrives with its body, the DLT header as sender, the PE and template ids, and our status callback URL', async () => {
    const accepted = await sms.send(otp());

    expect(accepted.providerMessageId).toMatch(/^SM[0-9a-f]{32}$/);
    const [message] = await localMessages(BUYER);
    expect(message).toMatchObject({
      sid: accepted.providerMessageId,
      to: BUYER,
      from: 'RLSERV',
      body: otp().body,
      dltEntityId: PE_ID,
      dltTemplateId: TEMPLATE_ID,
      statusCallback: `${receiver.publicUrl}/webhooks/twilio/status`,
    });
    // Exactly what the SDK put on the wire (Twilio's parameter names), nothing else.
    expect(Object.keys(message!.params).sort()).toEqual(['Body', 'DltPEId', 'DltTemplateId', 'From', 'StatusCallback', 'To']);
  });

  test('the signed callbacks (sent, then delivered) pass the route and reach onStatus with per-report event keys', async () => {
    const { providerMessageId } = await sms.send(otp());
    await twilioServer.callbacksSettled();

    expect(receiver.statuses.map((s) => [s.status, s.eventKey, s.reason])).toEqual([
      ['SENT', `${providerMessageId}:sent`, null],
      ['DELIVERED', `${providerMessageId}:delivered`, null],
    ]);
    expect(receiver.statuses.every((s) => s.channel === 'SMS' && s.providerMessageId === providerMessageId)).toBe(true);
    const [message] = await localMessages(BUYER);
    expect(message!.callbacks.map((c) => [c.status, c.httpStatus])).toEqual([
      ['sent', 200],
      ['delivered', 200],
    ]);
  });

  test('a number Twilio refuses (21211) is a permanent failure and nothing is recorded', async () => {
    const error = await failureOf(sms.send({ ...otp(), to: '98123 45678' }));
    expect(error).toMatchObject({ channel: 'SMS', reason: '21211', permanent: true });
    expect(await localMessages()).toEqual([]);
  });

  test('an injected 500 is transient; the next send goes through', async () => {
    await injectFaults(1, 'transient');
    const error = await failureOf(sms.send(otp()));
    expect(error).toMatchObject({ reason: '20500', permanent: false });
    expect(await localMessages()).toEqual([]);

    await sms.send(otp());
    expect(await localMessages()).toHaveLength(1);
  });

  test('a fault for one number fails only a send to it; others pass it by', async () => {
    const other = '+919800011122';
    await injectFaults(1, 'transient', BUYER);
    await sms.send({ ...otp('other'), to: other });
    await expect(failureOf(sms.send(otp('mine')))).resolves.toMatchObject({ reason: '20500', permanent: false });
    await sms.send(otp('mine again'));
    expect((await localMessages()).map((m) => m.to)).toEqual([other, BUYER]);
  });

  test('an injected permanent fault is 21211, not retried', async () => {
    await injectFaults(2, 'permanent');
    await expect(failureOf(sms.send(otp('a')))).resolves.toMatchObject({ reason: '21211', permanent: true });
    await expect(failureOf(sms.send(otp('b')))).resolves.toMatchObject({ reason: '21211', permanent: true });
    await sms.send(otp('c'));
    expect(await localMessages()).toHaveLength(1);
  });

  test('a message the carrier cannot deliver is reported FAILED with Twilio\'s error code', async () => {
    await injectFaults(1, 'undelivered');
    const { providerMessageId } = await sms.send(otp());
    await twilioServer.callbacksSettled();
    expect(receiver.statuses.map((s) => [s.status, s.reason, s.eventKey])).toEqual([
      ['SENT', null, `${providerMessageId}:sent`],
      ['FAILED', '30003', `${providerMessageId}:undelivered`],
    ]);
  });

  test('without a DLT template id the adapter refuses before Twilio charges for a message operators would drop', async () => {
    const error = await failureOf(sms.send({ ...otp(), dltTemplateId: '' }));
    expect(error).toMatchObject({ reason: 'DLT_TEMPLATE_MISSING', permanent: true });
    expect(await localMessages()).toEqual([]);
  });

  test('a wrong auth token is refused by the server (20003) and not retried', async () => {
    const wrong = await createSmsPort({ ...settings, authToken: 'not-the-auth-token-at-all' });
    await expect(failureOf(wrong.send(otp()))).resolves.toMatchObject({ reason: '20003', permanent: true });
  });

  test('an unreachable Twilio and one that does not answer in time are transient', async () => {
    const silent: Server = createServer(() => {
      /* never answers */
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const silentUrl = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
    try {
      const slow = await createSmsPort({ ...settings, apiUrl: silentUrl, timeoutMs: 300 });
      await expect(failureOf(slow.send(otp()))).resolves.toMatchObject({ reason: 'TIMEOUT', permanent: false });
    } finally {
      silent.closeAllConnections();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
    const down = await createSmsPort({ ...settings, apiUrl: silentUrl });
    await expect(failureOf(down.send(otp()))).resolves.toMatchObject({ reason: 'ECONNREFUSED', permanent: false });
  });
});

describe('the status route', () => {
  const realCallback = async () => {
    await sms.send(otp());
    await twilioServer.callbacksSettled();
    const sent = receiver.received.find((r) => r.params.MessageStatus === 'sent');
    expect(sent).toMatchObject({ httpStatus: 200 });
    return sent!;
  };

  test('refuses an unsigned report and a forged one, and calls nothing', async () => {
    const params = { AccountSid: ACCOUNT_SID, MessageSid: `SM${'a'.repeat(32)}`, MessageStatus: 'delivered', To: BUYER, From: 'RLSERV', ApiVersion: '2010-04-01' };
    expect((await receiver.post(params)).status).toBe(403);
    expect((await receiver.post(params, 'bm90IGEgc2lnbmF0dXJl')).status).toBe(403);
    expect(receiver.statuses).toEqual([]);
  });

  test('a replayed report with one parameter changed fails the signature; the untouched replay verifies', async () => {
    const { params, signature } = await realCallback();
    const before = receiver.statuses.length;

    const altered = await receiver.post({ ...params, MessageStatus: 'failed', ErrorCode: '30008' }, signature);
    expect(altered.status).toBe(403);
    const otherMessage = await receiver.post({ ...params, MessageSid: `SM${'b'.repeat(32)}` }, signature);
    expect(otherMessage.status).toBe(403);
    expect(receiver.statuses).toHaveLength(before);

    // The identical report again is genuine (Twilio may deliver twice): accepted, same eventKey for core to de-duplicate.
    const replay = await receiver.post(params, signature);
    expect(replay.status).toBe(200);
    expect(receiver.statuses.slice(before).map((s) => s.eventKey)).toEqual([`${params.MessageSid}:sent`]);
  });

  test('a report signed with another account\'s token is refused', async () => {
    const other = await startLocalTwilioServer({ accountSid: ACCOUNT_SID, authToken: 'another-accounts-auth-token' });
    try {
      const otherSms = await createSmsPort({ ...settings, authToken: 'another-accounts-auth-token', apiUrl: other.url });
      await otherSms.send(otp());
      await other.callbacksSettled();
      expect(receiver.received.map((r) => r.httpStatus)).toEqual([403, 403]);
      expect(receiver.statuses).toEqual([]);
    } finally {
      await other.stop();
    }
  });
});

describe('the local server on the wire', () => {
  const api = (path: string, init: RequestInit & { auth?: string } = {}) =>
    fetch(`${twilioServer.url}/2010-04-01/Accounts/${ACCOUNT_SID}${path}`, {
      ...init,
      headers: { authorization: init.auth ?? `Basic ${Buffer.from(`${ACCOUNT_SID}:${AUTH_TOKEN}`).toString('base64')}`, 'content-type': 'application/x-www-form-urlencoded' },
    });

  test('answers Twilio\'s error JSON for bad credentials and bad input', async () => {
    const unauthorized = await api('/Messages.json', { method: 'POST', body: 'To=%2B919812345678', auth: 'Basic Zm9vOmJhcg==' });
    expect(unauthorized.status).toBe(401);
    expect(await unauthorized.json()).toEqual({ code: 20003, message: 'Authenticate', more_info: 'https://www.twilio.com/docs/errors/20003', status: 401 });

    const noBody = await api('/Messages.json', { method: 'POST', body: new URLSearchParams({ To: BUYER, From: 'RLSERV' }).toString() });
    expect(noBody.status).toBe(400);
    expect(await noBody.json()).toMatchObject({ code: 21602, status: 400 });

    const badTemplate = await api('/Messages.json', { method: 'POST', body: new URLSearchParams({ To: BUYER, From: 'RLSERV', Body: 'x', DltPEId: PE_ID, DltTemplateId: 'ORDER-OTP' }).toString() });
    expect(await badTemplate.json()).toMatchObject({ code: 21901, status: 400 });
  });

  test('India: a message without DLT ids is accepted, then undelivered (30007) as operator scrubbing does', async () => {
    const created = await api('/Messages.json', {
      method: 'POST',
      body: new URLSearchParams({ To: BUYER, From: 'RLSERV', Body: 'Unregistered text', StatusCallback: `${receiver.publicUrl}${TWILIO_STATUS_PATH}` }).toString(),
    });
    expect(created.status).toBe(201);
    const resource = (await created.json()) as { sid: string; status: string };
    expect(resource.status).toBe('queued');
    await twilioServer.callbacksSettled();
    expect(receiver.statuses.at(-1)).toMatchObject({ providerMessageId: resource.sid, status: 'FAILED', reason: '30007' });

    const fetched = await api(`/Messages/${resource.sid}.json`);
    expect(await fetched.json()).toMatchObject({ sid: resource.sid, status: 'undelivered', error_code: 30007 });
  });

  test('DELETE /_local/sms forgets messages and pending faults', async () => {
    await sms.send(otp());
    await injectFaults(3, 'transient');
    const cleared = await fetch(`${twilioServer.url}/_local/sms`, { method: 'DELETE' });
    expect(await cleared.json()).toEqual({ deleted: 1 });
    await sms.send(otp());
    expect(await localMessages()).toHaveLength(1);
  });
});
