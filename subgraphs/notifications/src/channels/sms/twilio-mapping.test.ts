import twilio from 'twilio';
import { ProviderError } from '../port.js';
import { providerErrorFromTwilio } from './twilio-errors.js';
import { providerStatusFromTwilio } from './twilio-status-route.js';

/** What the SDK throws for an error answer: its own RestException built from Twilio's error JSON. */
const restException = (statusCode: number, code?: number) =>
  new twilio.RestException({ statusCode, body: code ? { code, message: `error ${code}`, more_info: '', status: statusCode } : null });

describe('providerErrorFromTwilio', () => {
  test.each([
    [400, 21211, true], // invalid To
    [400, 21614, true], // not a mobile number
    [400, 21610, true], // recipient replied STOP
    [400, 21408, true], // region not enabled
    [400, 21901, true], // DltTemplateId invalid
    [401, 20003, true], // wrong credentials: the same request fails again
    [429, 20429, false], // too many requests
    [500, 20500, false],
    [503, undefined, false],
  ])('HTTP %i code %s → permanent %s', (status, code, permanent) => {
    const error = providerErrorFromTwilio(restException(status, code));
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ channel: 'SMS', reason: code ? String(code) : `HTTP_${status}`, permanent });
  });

  test('axios-level failures: timeouts and connection errors are transient', () => {
    expect(providerErrorFromTwilio(Object.assign(new Error('timeout of 10000ms exceeded'), { isAxiosError: true, code: 'ECONNABORTED' }))).toMatchObject({ reason: 'TIMEOUT', permanent: false });
    expect(providerErrorFromTwilio(Object.assign(new Error('socket hang up'), { isAxiosError: true, code: 'ECONNRESET', status: undefined }))).toMatchObject({ reason: 'ECONNRESET', permanent: false });
    expect(providerErrorFromTwilio(new Error('something odd'))).toMatchObject({ reason: 'UNKNOWN', permanent: false });
  });
});

describe('providerStatusFromTwilio', () => {
  const sid = `SM${'0'.repeat(32)}`;
  const at = new Date('2026-03-10T10:00:00Z');

  test.each([
    ['sent', 'SENT', null],
    ['delivered', 'DELIVERED', null],
    ['read', 'READ', null],
    ['undelivered', 'FAILED', '30005'],
    ['failed', 'FAILED', '30005'],
  ])('%s → %s', (messageStatus, status, reason) => {
    const params = { MessageSid: sid, MessageStatus: messageStatus, ...(reason ? { ErrorCode: reason } : {}) };
    expect(providerStatusFromTwilio(params, at)).toEqual({ channel: 'SMS', providerMessageId: sid, status, reason, at, eventKey: `${sid}:${messageStatus}` });
  });

  test('a failure without an ErrorCode still says how it failed', () => {
    expect(providerStatusFromTwilio({ MessageSid: sid, MessageStatus: 'failed' }, at)?.reason).toBe('failed');
  });

  test('progress we do not track and malformed sids report nothing', () => {
    for (const MessageStatus of ['queued', 'accepted', 'sending', 'scheduled', 'canceled', '']) {
      expect(providerStatusFromTwilio({ MessageSid: sid, MessageStatus }, at)).toBeNull();
    }
    expect(providerStatusFromTwilio({ MessageSid: 'SMnot-a-sid', MessageStatus: 'delivered' }, at)).toBeNull();
    expect(providerStatusFromTwilio({ MessageStatus: 'delivered' }, at)).toBeNull();
  });
});
