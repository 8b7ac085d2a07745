import { smsSettingsFromConfig, statusCallbackUrl } from './sms-settings.js';

const full = {
  TWILIO_ACCOUNT_SID: 'AC0123456789abcdef0123456789abcdef',
  TWILIO_AUTH_TOKEN: 'twilio-auth-token-0123',
  SMS_SENDER_ID: 'RLSERV',
  DLT_ENTITY_ID: '1001526103320756973',
  PUBLIC_URL: 'https://notifications.realserv.com/',
};

describe('smsSettingsFromConfig', () => {
  test('no SMS settings: the channel is off', () => {
    expect(smsSettingsFromConfig({})).toBeNull();
  });

  test('all of them: settings, with the local API URL only when given', () => {
    expect(smsSettingsFromConfig(full)).toEqual({
      accountSid: full.TWILIO_ACCOUNT_SID,
      authToken: full.TWILIO_AUTH_TOKEN,
      senderId: 'RLSERV',
      dltEntityId: full.DLT_ENTITY_ID,
      publicUrl: full.PUBLIC_URL,
    });
    expect(smsSettingsFromConfig({ ...full, TWILIO_API_URL: 'http://127.0.0.1:4101' })?.apiUrl).toBe('http://127.0.0.1:4101');
  });

  test('some of them: refused, naming what is missing', () => {
    expect(() => smsSettingsFromConfig({ ...full, DLT_ENTITY_ID: undefined, PUBLIC_URL: undefined })).toThrow('set DLT_ENTITY_ID, PUBLIC_URL too');
    expect(() => smsSettingsFromConfig({ TWILIO_API_URL: 'http://127.0.0.1:4101' })).toThrow('TWILIO_ACCOUNT_SID');
  });
});

test('the status callback URL is the public URL plus the route path, without a doubled slash', () => {
  expect(statusCallbackUrl({ publicUrl: full.PUBLIC_URL })).toBe('https://notifications.realserv.com/webhooks/twilio/status');
  expect(statusCallbackUrl({ publicUrl: 'http://127.0.0.1:4007' })).toBe('http://127.0.0.1:4007/webhooks/twilio/status');
});
