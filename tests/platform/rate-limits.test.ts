import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import { newRegisteredUser } from '../harness/actors.js';
import { eventually } from '../harness/eventually.js';
import { gatewayUrl } from '../harness/graphql-client.js';
import { GatewayProcess, freePort } from '../harness/extra-gateway.js';

async function send(token: string, query: string, url = gatewayUrl()) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: Array<{ extensions?: Record<string, unknown> }> };
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body, codes: (body.errors ?? []).map((e) => e.extensions?.code) };
}

const ORDER = '00000000-0000-4000-8000-000000000000';
const attempt = (alias: string, code: string) => `${alias}: verifyDeliveryOtp(orderId: "${ORDER}", code: "${code}") { id }`;

describe('per-caller rate limits at the gateway', () => {
  it('aliases do not multiply delivery-OTP attempts: eleven in one request are refused before anything runs', async () => {
    const vendor = await newRegisteredUser('VENDOR');
    const aliases = Array.from({ length: 11 }, (_, i) => attempt(`a${i}`, String(100000 + i))).join(' ');
    const answer = await send(vendor.token, `mutation { ${aliases} }`);
    expect(answer.status).toBe(429);
    expect(answer.codes).toEqual(['RATE_LIMITED']);
    expect(answer.body.data).toBeUndefined();
    expect(Number(answer.retryAfter)).toBeGreaterThan(0);
    expect(answer.body.errors?.[0]?.extensions).toMatchObject({ limit: 'otp-verification', retryAfterSeconds: expect.any(Number) });
  });

  it('ten attempts run (and fail on their merits); the eleventh is RATE_LIMITED with a retry hint; others are unaffected', async () => {
    const vendor = await newRegisteredUser('VENDOR');
    for (let i = 0; i < 10; i += 1) {
      const answer = await send(vendor.token, `mutation { ${attempt('a', String(200000 + i))} }`);
      expect(answer.codes).not.toContain('RATE_LIMITED');
    }
    const limited = await send(vendor.token, `mutation { ${attempt('a', '299999')} }`);
    expect(limited.codes).toEqual(['RATE_LIMITED']);
    // Another caller has a budget of its own.
    const other = await newRegisteredUser('VENDOR');
    expect((await send(other.token, `mutation { ${attempt('a', '123456')} }`)).codes).not.toContain('RATE_LIMITED');
  });

  const hasRedis = spawnSync('redis-server', ['--version']).status === 0;
  (hasRedis ? describe : describe.skip)('with REDIS_URL, two gateway instances share one budget', () => {
    const gateways: GatewayProcess[] = [];
    let redis: ChildProcess | undefined;
    const urls: string[] = [];

    beforeAll(async () => {
      const redisPort = await freePort();
      redis = spawn('redis-server', ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
      await eventually(
        () => new Promise<true | null>((resolve) => { const s = connect(redisPort, '127.0.0.1', () => { s.end(); resolve(true); }); s.on('error', () => resolve(null)); }),
        { what: 'redis-server' },
      );
      for (let i = 0; i < 2; i += 1) {
        const gateway = await GatewayProcess.start({ REDIS_URL: `redis://127.0.0.1:${redisPort}`, RATE_LIMITS: 'otp-verification=3/600' });
        gateways.push(gateway);
        urls.push(gateway.graphqlUrl);
      }
    }, 120_000);

    afterAll(async () => {
      await Promise.all(gateways.map((gateway) => gateway.stop()));
      redis?.kill('SIGTERM');
    });

    it('attempts on one instance count on the other', async () => {
      const vendor = await newRegisteredUser('VENDOR');
      expect((await send(vendor.token, `mutation { ${attempt('a', '111111')} ${attempt('b', '222222')} }`, urls[0])).codes).not.toContain('RATE_LIMITED');
      expect((await send(vendor.token, `mutation { ${attempt('a', '333333')} }`, urls[1])).codes).not.toContain('RATE_LIMITED');
      expect((await send(vendor.token, `mutation { ${attempt('a', '444444')} }`, urls[1])).codes).toEqual(['RATE_LIMITED']);
      expect((await send(vendor.token, `mutation { ${attempt('a', '555555')} }`, urls[0])).codes).toEqual(['RATE_LIMITED']);
    });
  });
});
