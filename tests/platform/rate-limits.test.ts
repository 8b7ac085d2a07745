import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer, connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import { newRegisteredUser } from '../harness/actors.js';
import { eventually } from '../harness/eventually.js';
import { gatewayUrl } from '../harness/graphql-client.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

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
    const children: ChildProcess[] = [];
    const urls: string[] = [];
    const freePort = () =>
      new Promise<number>((resolve) => {
        const server = createServer();
        server.listen(0, '127.0.0.1', () => {
          const address = server.address();
          server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
        });
      });

    beforeAll(async () => {
      const redisPort = await freePort();
      children.push(spawn('redis-server', ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' }));
      await eventually(
        () => new Promise<true | null>((resolve) => { const s = connect(redisPort, '127.0.0.1', () => { s.end(); resolve(true); }); s.on('error', () => resolve(null)); }),
        { what: 'redis-server' },
      );
      const env = JSON.parse(process.env.REALSERV_GATEWAY_ENV ?? '{}') as Record<string, string>;
      for (let i = 0; i < 2; i += 1) {
        const port = await freePort();
        children.push(
          spawn(process.execPath, ['gateway/dist/main.js'], {
            cwd: repoRoot,
            env: { PATH: process.env.PATH ?? '', ...env, PORT: String(port), LOG_LEVEL: 'warn', REDIS_URL: `redis://127.0.0.1:${redisPort}`, RATE_LIMITS: 'otp-verification=3/600' },
            stdio: 'ignore',
          }),
        );
        urls.push(`http://127.0.0.1:${port}/graphql`);
        await eventually(async () => (await fetch(`http://127.0.0.1:${port}/health/ready`).then((r) => r.ok, () => false)) || null, { timeoutMs: 60_000, what: `gateway ${i}` });
      }
    }, 120_000);

    afterAll(() => {
      for (const child of children) child.kill('SIGTERM');
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
