import { makeLocalSecrets, ownSecretsOf } from './secrets.js';
import { SUBGRAPHS } from './services.js';

describe('local secrets', () => {
  it('each secret goes to exactly the one subgraph that uses it', () => {
    const secrets = makeLocalSecrets();
    const places = { razorpayUrl: 'http://127.0.0.1:1', mediaDir: '/tmp/media', mediaPublicUrl: 'http://127.0.0.1:2' };
    const envs = Object.fromEntries(SUBGRAPHS.map((s) => [s.name, ownSecretsOf(s.name, secrets, places)]));
    const holders = (value: string) => Object.entries(envs).filter(([, env]) => Object.values(env).includes(value)).map(([name]) => name);
    expect(holders(secrets.razorpay.keySecret)).toEqual(['payments']);
    expect(holders(secrets.razorpay.webhookSecret)).toEqual(['payments']);
    expect(holders(secrets.otpHashKey)).toEqual(['vendors']);
    expect(holders(secrets.otpEncryptionKey)).toEqual(['vendors']);
    expect(holders(secrets.mediaSigningKey)).toEqual(['integrations']);
    expect(envs.identity).toEqual({});
    expect(envs.catalog).toEqual({});
    expect(envs.orders).toEqual({});
  });
});
