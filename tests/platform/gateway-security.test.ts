import { createHmac } from 'node:crypto';
import { eventually } from '../harness/eventually.js';
import { newBuyer } from '../harness/actors.js';
import { errorCodes, gatewayUrl, graphql } from '../harness/graphql-client.js';
import { GatewayProcess, freePort } from '../harness/extra-gateway.js';

const subgraphUrls = () => JSON.parse(process.env.REALSERV_SUBGRAPH_URLS ?? '{}') as Record<string, string>;

describe('subgraphs are reachable only through the gateway', () => {
  it('a direct request without the gateway signature is refused, including _service and _entities', async () => {
    const identity = subgraphUrls().identity!;
    for (const query of ['{ _service { sdl } }', '{ _entities(representations: [{ __typename: "User", id: "x" }]) { __typename } }', '{ me { id } }']) {
      const response = await graphql(query, undefined, { url: identity });
      expect(response.status).toBe(401);
      expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
    }
  });

  it('a forged caller header (wrong key) is refused', async () => {
    const payload = Buffer.from(
      JSON.stringify({
        caller: { firebaseUid: 'x', userId: null, roles: ['ADMIN'], vendorId: null, email: null, phone: null },
        requestId: 'forged-request',
        aud: 'identity',
        iat: Math.floor(Date.now() / 1000),
      }),
    ).toString('base64url');
    const signature = createHmac('sha256', 'guessed-key-guessed-key-guessed-key').update(payload).digest('base64url');
    const response = await graphql('{ users { items { id } } }', undefined, {
      url: subgraphUrls().identity!,
      headers: { 'x-realserv-caller': `${payload}.${signature}` },
    });
    expect(response.status).toBe(401);
  });

  it('a peer-signed header is refused unless signed with that peer’s key (and peers are only ever SERVICE)', async () => {
    for (const iss of ['orders', 'nobody']) {
      const payload = Buffer.from(
        JSON.stringify({
          caller: { firebaseUid: 'service:orders', userId: null, roles: ['SERVICE'], vendorId: null, email: null, phone: null, service: iss },
          requestId: 'peer-forgery',
          aud: 'catalog',
          iat: Math.floor(Date.now() / 1000),
          iss,
        }),
      ).toString('base64url');
      const signature = createHmac('sha256', 'not-the-peer-key-not-the-peer-key-00').update(payload).digest('base64url');
      const response = await graphql('{ categories { id } }', undefined, {
        url: subgraphUrls().catalog!,
        headers: { 'x-realserv-caller': `${payload}.${signature}` },
      });
      expect(response.status).toBe(401);
    }
  });

  it('a caller header naming an issuer such as constructor or __proto__ gets a JSON 401, not a crash', async () => {
    for (const iss of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
      const payload = Buffer.from(
        `{"caller":null,"requestId":"crafted-issuer","aud":"catalog","iat":${Math.floor(Date.now() / 1000)},"iss":${JSON.stringify(iss)}}`,
      ).toString('base64url');
      const signature = createHmac('sha256', 'any-key-any-key-any-key-any-key-00').update(payload).digest('base64url');
      const response = await fetch(subgraphUrls().catalog!, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-realserv-caller': `${payload}.${signature}` },
        body: JSON.stringify({ query: '{ categories { id } }' }),
      });
      expect({ iss, status: response.status, type: response.headers.get('content-type') }).toEqual({
        iss,
        status: 401,
        type: expect.stringMatching(/^application\/json/),
      });
      expect(((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
    }
    // A payload that is JSON but not an object is malformed, not a crash either.
    const nullPayload = Buffer.from('null').toString('base64url');
    const response = await fetch(subgraphUrls().catalog!, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-realserv-caller': `${nullPayload}.${createHmac('sha256', 'x'.repeat(40)).update(nullPayload).digest('base64url')}` },
      body: JSON.stringify({ query: '{ categories { id } }' }),
    });
    expect(response.status).toBe(401);
  });

  it('a caller header sent by a client to the gateway is ignored, not forwarded', async () => {
    const response = await graphql('{ users { items { id } } }', undefined, {
      headers: { 'x-realserv-caller': 'anything.at-all' },
    });
    expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
  });
});

describe('gateway operations', () => {
  it('health endpoints answer and, outside production without METRICS_PORT, metrics are on the main port', async () => {
    const base = new URL(gatewayUrl());
    expect((await fetch(new URL('/health/live', base))).status).toBe(200);
    const ready = await fetch(new URL('/health/ready', base));
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ok', checks: { subgraphs: true } });
    const metrics = await (await fetch(new URL('/metrics', base))).text();
    expect(metrics).toContain('http_request_duration_seconds');
    const identityReady = await fetch(new URL('/health/ready', subgraphUrls().identity!));
    expect(await identityReady.json()).toMatchObject({ status: 'ok', checks: { database: true } });
  });

  it('echoes a request id, or makes one', async () => {
    const buyer = await newBuyer();
    const given = await fetch(gatewayUrl(), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${buyer.token}`, 'x-request-id': 'trace-abc-12345' },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(given.headers.get('x-request-id')).toBe('trace-abc-12345');
    const made = await fetch(gatewayUrl(), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses oversized bodies and alias-heavy queries', async () => {
    const big = await fetch(gatewayUrl(), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(400_000) } }),
    });
    expect(big.status).toBe(413);

    // Aliases multiply work (and, later, OTP or login attempts) inside one request.
    const aliases = Array.from({ length: 30 }, (_, i) => `a${i}: me { id }`).join(' ');
    const aliasResponse = await graphql(`{ ${aliases} }`);
    expect(aliasResponse.data ?? null).toBeNull();
    expect(aliasResponse.errors?.[0]?.message).toMatch(/aliases limit/i);

  });

  it('serves Apollo Sandbox to browsers outside production', async () => {
    const page = await fetch(gatewayUrl(), { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/sandbox/i);
  });
});

describe('operation limits', () => {
  it('refuses a query nested deeper than the depth limit (12) and accepts a shallow one', async () => {
    const nest = (depth: number): string => (depth === 0 ? 'id' : `id children { ${nest(depth - 1)} }`);
    const shallow = await graphql(`{ categories { ${nest(3)} } }`);
    expect(shallow.errors).toBeUndefined();
    const deep = await graphql(`{ categories { ${nest(14)} } }`);
    expect(deep.data ?? null).toBeNull();
    expect(deep.errors?.[0]?.message).toMatch(/depth limit/i);
  });
});

describe('production safety of the gateway process', () => {
  const production = { NODE_ENV: 'production', CORS_ORIGINS: 'http://localhost:3000' };

  it('refuses to start in production while FIREBASE_AUTH_EMULATOR_HOST is set, and says why', async () => {
    // The test stack opts in for every local process; this gateway is a deployment that did not.
    const gateway = new GatewayProcess(await freePort(), { ...production, REALSERV_LOCAL_AUTH_EMULATOR: '' });
    try {
      // It must exit; starting up instead is the failure (and is stopped in `finally`).
      const exit = gateway.exited.then((code) => ({ exitCode: code }));
      const outcome = await Promise.race([exit, gateway.ready().then(() => 'started', () => exit)]);
      expect(outcome).toEqual({ exitCode: expect.any(Number) });
      expect(outcome).not.toEqual({ exitCode: 0 });
      expect(gateway.output).toMatch(/FIREBASE_AUTH_EMULATOR_HOST is set with NODE_ENV=production/);
      expect(gateway.output).toMatch(/unsigned ID tokens/);
      expect(gateway.output).toMatch(/REALSERV_LOCAL_AUTH_EMULATOR=I_UNDERSTAND_TOKENS_ARE_UNSIGNED/);
    } finally {
      await gateway.stop();
    }
  });

  it('with the explicit local opt-in it starts, warns loudly, and serves /metrics only on METRICS_PORT; health stays public', async () => {
    const metricsPort = await freePort();
    const gateway = new GatewayProcess(await freePort(), {
      ...production,
      REALSERV_LOCAL_AUTH_EMULATOR: 'I_UNDERSTAND_TOKENS_ARE_UNSIGNED',
      METRICS_PORT: String(metricsPort),
    });
    try {
      await gateway.ready();
      expect(gateway.output).toMatch(/FIREBASE AUTH EMULATOR MODE: ID tokens are NOT signature-checked/);
      expect((await fetch(gateway.url('/health/live'))).status).toBe(200);
      expect((await fetch(gateway.url('/health/ready'))).status).toBe(200);
      const publicMetrics = await fetch(gateway.url('/metrics'));
      expect(publicMetrics.status).toBe(404);
      expect(await publicMetrics.text()).not.toContain('http_request_duration_seconds');
      const internal = await fetch(`http://127.0.0.1:${metricsPort}/metrics`);
      expect(internal.status).toBe(200);
      expect(await internal.text()).toContain('http_request_duration_seconds');
    } finally {
      await gateway.stop();
    }
  }, 90_000);
});

describe('an identity provider outage', () => {
  it('is a retryable SERVICE_UNAVAILABLE (HTTP 503), not "This account no longer exists"', async () => {
    const buyer = await newBuyer();
    // Nothing listens on this port: every user lookup fails like a Firebase outage.
    const gateway = new GatewayProcess(await freePort(), { FIREBASE_AUTH_EMULATOR_HOST: `127.0.0.1:${await freePort()}` });
    try {
      await gateway.ready();
      const response = await graphql('{ me { id } }', undefined, { url: gateway.url('/graphql'), token: buyer.token });
      expect(response.status).toBe(503);
      expect(errorCodes(response)).toEqual(['SERVICE_UNAVAILABLE']);
      expect(response.errors?.[0]?.extensions?.retryable).toBe(true);
      expect(response.errors?.[0]?.message).not.toMatch(/no longer exists/);
      // Anonymous requests need no lookup and still work.
      expect((await graphql('{ __typename }', undefined, { url: gateway.url('/graphql') })).status).toBe(200);
    } finally {
      await gateway.stop();
    }
  }, 90_000);
});
