import { whatsappSettingsFromConfig } from './whatsapp-settings.js';

const defaults = { WHATSAPP_GRAPH_URL: 'https://graph.facebook.com', WHATSAPP_GRAPH_VERSION: 'v21.0' };
const full = {
  ...defaults,
  WHATSAPP_PHONE_NUMBER_ID: '106540352242922',
  WHATSAPP_ACCESS_TOKEN: 'EAAG-system-user-token-0001',
  WHATSAPP_APP_SECRET: 'app-secret-0123456789abcdef',
  WHATSAPP_VERIFY_TOKEN: 'verify-token-0123456789',
};

describe('WhatsApp settings from the notifications config', () => {
  test('none given: the channel is off', () => {
    expect(whatsappSettingsFromConfig(defaults)).toBeNull();
  });

  test('all given: the settings, with the Graph API URL and version', () => {
    expect(whatsappSettingsFromConfig(full)).toEqual({
      phoneNumberId: '106540352242922',
      accessToken: 'EAAG-system-user-token-0001',
      appSecret: 'app-secret-0123456789abcdef',
      verifyToken: 'verify-token-0123456789',
      graphUrl: 'https://graph.facebook.com',
      graphVersion: 'v21.0',
    });
  });

  test('some given: refused, naming what is missing', () => {
    const { WHATSAPP_APP_SECRET: _secret, WHATSAPP_VERIFY_TOKEN: _token, ...half } = full;
    expect(() => whatsappSettingsFromConfig(half)).toThrow('set WHATSAPP_APP_SECRET, WHATSAPP_VERIFY_TOKEN too');
  });
});
