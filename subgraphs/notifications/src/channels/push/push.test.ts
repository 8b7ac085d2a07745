import type { AddressInfo } from 'node:net';
import express from 'express';
import { FirebaseMessagingError } from 'firebase-admin/messaging';
import type { Messaging, TokenMessage } from 'firebase-admin/messaging';
import { ProviderError, type PushMessage } from '../port.js';
import { FcmPushPort, fcmProviderError } from './fcm-push-port.js';
import { LocalPushPort } from './local/index.js';
import { ANDROID_CHANNEL_ID, buildFcmMessage, fcmMessageProblem } from './push-message.js';

const TOKEN = 'fcm-token-0123456789abcdefghijklmnopqrstuvwxyz';
const message: PushMessage = { token: TOKEN, title: 'Order RS-1 placed', body: 'Your order is placed.', data: { orderId: 'o-1', event: 'OrderPlaced' }, reference: 'n-1' };

/** A real firebase-admin error, as `messaging().send` throws it. */
const fcmError = (code: string) => new FirebaseMessagingError({ code, message: `FCM said ${code}` });

describe('the FCM message', () => {
  test('is a visible notification with the app’s ids, high priority on Android and an alert on iOS', () => {
    expect(buildFcmMessage(message)).toEqual({
      token: TOKEN,
      notification: { title: 'Order RS-1 placed', body: 'Your order is placed.' },
      data: { orderId: 'o-1', event: 'OrderPlaced', notificationId: 'n-1' },
      android: { priority: 'high', notification: { channelId: ANDROID_CHANNEL_ID, sound: 'default' } },
      apns: { headers: { 'apns-priority': '10' }, payload: { aps: { sound: 'default' } } },
    });
  });

  test('is refused when FCM would refuse it', () => {
    expect(fcmMessageProblem(buildFcmMessage(message))).toBeNull();
    expect(fcmMessageProblem(buildFcmMessage({ ...message, token: 'has space' }))).toMatch(/token/);
    expect(fcmMessageProblem(buildFcmMessage({ ...message, title: '' }))).toMatch(/title/);
    expect(fcmMessageProblem(buildFcmMessage({ ...message, data: { 'google.x': 'y' } }))).toMatch(/reserved/);
    expect(fcmMessageProblem(buildFcmMessage({ ...message, data: { from: 'y' } }))).toMatch(/reserved/);
    expect(fcmMessageProblem(buildFcmMessage({ ...message, body: 'x'.repeat(5000) }))).toMatch(/bytes/);
  });
});

describe('FCM errors', () => {
  test.each([
    ['messaging/registration-token-not-registered', 'registration-token-not-registered', true],
    ['messaging/invalid-registration-token', 'invalid-registration-token', true],
    ['messaging/invalid-argument', 'invalid-argument', true],
    ['messaging/mismatched-credential', 'mismatched-credential', true],
    ['messaging/internal-error', 'internal-error', false],
    ['messaging/server-unavailable', 'server-unavailable', false],
    ['messaging/message-rate-exceeded', 'message-rate-exceeded', false],
    ['messaging/device-message-rate-exceeded', 'device-message-rate-exceeded', false],
    ['messaging/unknown-error', 'unknown-error', false],
    ['app/network-timeout', 'app/network-timeout', false],
  ])('%s → %s, permanent %s', (code, reason, permanent) => {
    // firebase-admin's own error for messaging codes; app-level ones (network) carry just a code.
    const error = fcmProviderError(code.startsWith('messaging/') ? fcmError(code.slice('messaging/'.length)) : { code });
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ channel: 'PUSH', reason, permanent });
  });

  test('anything without a code is a transient unknown error', () => {
    expect(fcmProviderError(new Error('socket hang up'))).toMatchObject({ reason: 'unknown-error', permanent: false });
  });

  test('the adapter sends the built message and maps what firebase-admin throws', async () => {
    const sent: TokenMessage[] = [];
    const ok: Pick<Messaging, 'send'> = { send: async (m) => (sent.push(m as TokenMessage), 'projects/p/messages/42') };
    await expect(new FcmPushPort(ok).send(message)).resolves.toEqual({ providerMessageId: 'projects/p/messages/42' });
    expect(sent).toEqual([buildFcmMessage(message)]);

    const stale: Pick<Messaging, 'send'> = { send: async () => Promise.reject(fcmError('registration-token-not-registered')) };
    await expect(new FcmPushPort(stale).send(message)).rejects.toMatchObject({ reason: 'registration-token-not-registered', permanent: true });
    const down: Pick<Messaging, 'send'> = { send: async () => Promise.reject(fcmError('server-unavailable')) };
    await expect(new FcmPushPort(down).send(message)).rejects.toMatchObject({ reason: 'server-unavailable', permanent: false });

    // A message FCM would refuse never leaves.
    const never: Pick<Messaging, 'send'> = { send: async () => { throw new Error('must not be called'); } };
    await expect(new FcmPushPort(never).send({ ...message, data: { 'gcm.x': '1' } })).rejects.toMatchObject({ reason: 'invalid-payload', permanent: true });
  });
});

describe('the local push recorder', () => {
  test('records the same built message, and refuses what FCM would', async () => {
    const local = new LocalPushPort();
    const accepted = await local.send(message);
    expect(local.sent(TOKEN)).toEqual([{ name: accepted.providerMessageId, message: buildFcmMessage(message), at: expect.any(String) }]);
    await expect(local.send({ ...message, token: '' })).rejects.toMatchObject({ reason: 'invalid-payload', permanent: true });
    expect(local.sent()).toHaveLength(1);
  });

  test('injected faults fail the next sends, then it accepts again; a stale token always fails', async () => {
    const local = new LocalPushPort();
    local.failNext('transient', 2);
    local.failNext('permanent');
    await expect(local.send(message)).rejects.toMatchObject({ reason: 'internal-error', permanent: false });
    await expect(local.send(message)).rejects.toMatchObject({ permanent: false });
    await expect(local.send(message)).rejects.toMatchObject({ reason: 'registration-token-not-registered', permanent: true });
    await expect(local.send(message)).resolves.toHaveProperty('providerMessageId');
    local.markStale(TOKEN);
    await expect(local.send(message)).rejects.toMatchObject({ reason: 'registration-token-not-registered', permanent: true });
    expect(local.sent()).toHaveLength(1);
  });
});

describe('createPushPort', () => {
  test('PUSH_TRANSPORT picks the adapter: FCM on firebase-admin, or the local recorder with its routes', async () => {
    const { createPushPort } = await import('./index.js');
    const fcm = await createPushPort({ transport: 'fcm', projectId: 'demo-realserv' });
    expect(fcm).toBeInstanceOf(FcmPushPort);
    expect(fcm.routes).toBeUndefined();
    const local = await createPushPort({ transport: 'local', projectId: 'demo-realserv' });
    expect(local).toBeInstanceOf(LocalPushPort);
    expect(typeof local.routes).toBe('function');
  });
});

describe('the local recorder’s /_local/push routes', () => {
  test('tests inject faults and read what was accepted over HTTP', async () => {
    const local = new LocalPushPort();
    const app = express();
    const router = express.Router();
    local.routes(router);
    app.use(router);
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/_local/push`;
    const post = (path: string, body: unknown) => fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    try {
      expect((await post('/faults', { fault: 'sometimes' })).status).toBe(400);
      expect((await post('/faults', { fault: 'transient', times: 1 })).status).toBe(200);
      await expect(local.send(message)).rejects.toMatchObject({ permanent: false });
      await local.send(message);
      await local.send({ ...message, token: `${TOKEN}-other` });
      const read = (await (await fetch(`${base}/messages?token=${TOKEN}`)).json()) as { messages: Array<{ message: TokenMessage }> };
      expect(read.messages.map((m) => m.message)).toEqual([buildFcmMessage(message)]);
      expect((await post('/stale-tokens', { token: TOKEN })).status).toBe(200);
      await expect(local.send(message)).rejects.toMatchObject({ reason: 'registration-token-not-registered' });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
