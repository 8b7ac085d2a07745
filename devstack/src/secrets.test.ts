import { makeLocalSecrets, ownSecretsOf } from './secrets.js';
import { SUBGRAPHS } from './services.js';

describe('local secrets', () => {
  it('each secret goes to exactly the one subgraph that uses it', () => {
    const secrets = makeLocalSecrets();
    const places = {
      razorpayUrl: 'http://127.0.0.1:1',
      mediaDir: '/tmp/media',
      mediaPublicUrl: 'http://127.0.0.1:2',
      smtpUrl: 'smtp://127.0.0.1:3',
      twilioUrl: 'http://127.0.0.1:4',
      whatsappUrl: 'http://127.0.0.1:5',
      notificationsPublicUrl: 'http://127.0.0.1:6',
      gatewayUrl: 'http://127.0.0.1:7/graphql',
      mapsUrl: 'http://127.0.0.1:8',
    };
    const envs = Object.fromEntries(SUBGRAPHS.map((s) => [s.name, ownSecretsOf(s.name, secrets, places)]));
    const holders = (value: string) => Object.entries(envs).filter(([, env]) => Object.values(env).includes(value)).map(([name]) => name);
    expect(holders(secrets.razorpay.keySecret)).toEqual(['payments']);
    expect(holders(secrets.razorpay.webhookSecret)).toEqual(['payments']);
    expect(holders(secrets.otpHashKey)).toEqual(['vendors']);
    expect(holders(secrets.otpEncryptionKey)).toEqual(['vendors']);
    expect(holders(secrets.mediaSigningKey)).toEqual(['integrations']);
    expect(holders(secrets.twilio.authToken)).toEqual(['notifications']);
    expect(holders(secrets.whatsapp.appSecret)).toEqual(['notifications']);
    // The one exception: the WhatsApp vendor bot (integrations) sends from the same business
    // number, so the access token goes to both; the app secret and verify token stay with the
    // webhook's owner.
    expect(holders(secrets.whatsapp.accessToken)).toEqual(['integrations', 'notifications']);
    expect(envs.integrations).toMatchObject({ WHATSAPP_GRAPH_URL: 'http://127.0.0.1:5', GATEWAY_URL: 'http://127.0.0.1:7/graphql' });
    expect(holders(secrets.whatsapp.verifyToken)).toEqual(['notifications']);
    expect(holders(secrets.mapsApiKey)).toEqual(['integrations']);
    expect(envs.integrations).toMatchObject({ MAPS_PROVIDER: 'local', MAPS_BASE_URL: 'http://127.0.0.1:8' });
    expect(envs.notifications).toMatchObject({ PUSH_TRANSPORT: 'local', EMAIL_TRANSPORT: 'smtp', SMTP_URL: 'smtp://127.0.0.1:3', TWILIO_API_URL: 'http://127.0.0.1:4', WHATSAPP_GRAPH_URL: 'http://127.0.0.1:5', PUBLIC_URL: 'http://127.0.0.1:6' });
    expect(envs.identity).toEqual({});
    expect(envs.catalog).toEqual({});
    expect(envs.orders).toEqual({});
  });
});
