import { EMULATOR_WEB_API_KEY, whatsAppBotMode } from './bot-settings.js';

describe('the WhatsApp bot settings', () => {
  const local = { FIREBASE_AUTH_EMULATOR_HOST: '127.0.0.1:9099', FIREBASE_WEB_API_KEY: EMULATOR_WEB_API_KEY };

  it('is off without WhatsApp settings, even with a gateway URL (docker-compose)', () => {
    expect(whatsAppBotMode({ ...local, GATEWAY_URL: 'http://gateway:4000/graphql' })).toEqual({ on: false });
  });

  it('is on with the number, the token and the gateway', () => {
    expect(whatsAppBotMode({ ...local, WHATSAPP_PHONE_NUMBER_ID: '1', WHATSAPP_ACCESS_TOKEN: 't', GATEWAY_URL: 'http://g/graphql' })).toEqual({ on: true, problems: [] });
  });

  it('names what is missing when half-configured, and the Web API key outside the emulator', () => {
    expect(whatsAppBotMode({ ...local, WHATSAPP_ACCESS_TOKEN: 't' }).on && whatsAppBotMode({ ...local, WHATSAPP_ACCESS_TOKEN: 't' })).toEqual({
      on: true,
      problems: [expect.stringMatching(/^WHATSAPP_PHONE_NUMBER_ID/), expect.stringMatching(/^GATEWAY_URL/)],
    });
    expect(whatsAppBotMode({ FIREBASE_WEB_API_KEY: EMULATOR_WEB_API_KEY, WHATSAPP_PHONE_NUMBER_ID: '1', WHATSAPP_ACCESS_TOKEN: 't', GATEWAY_URL: 'http://g/graphql' })).toEqual({
      on: true,
      problems: [expect.stringMatching(/^FIREBASE_WEB_API_KEY/)],
    });
  });
});
