import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CALLER_HEADER, REQUEST_ID_HEADER, createLogger, verifyCallerEnvelope } from '@realserv/platform';
import { SignedCallerDataSource } from './data-source.js';
import type { GatewayContext } from './context.js';

const KEY = 'k'.repeat(32);

/** A subgraph stand-in: answers with `reply`, records what it was sent. */
async function subgraph(reply: { status: number; headers: Record<string, string>; body: string }) {
  const received: Array<{ method: string; headers: IncomingHttpHeaders; body: string }> = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      received.push({ method: req.method!, headers: req.headers, body });
      res.writeHead(reply.status, reply.headers);
      res.end(reply.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/graphql`, received, close: () => server.close() };
}

function send(source: SignedCallerDataSource, restrict: (hint: unknown) => void = () => undefined) {
  const context: GatewayContext = { caller: { kind: 'USER', userId: 'u-1', roles: ['BUYER'] } as never, requestId: 'req-7', log: createLogger('data-source-test', 'silent'), clientIp: '127.0.0.1' };
  return source.process({
    // GraphQLDataSourceRequestKind.INCOMING_OPERATION (the enum is not exported from the package root).
    kind: 'incoming operation',
    request: { query: 'query Q($id: ID!) { material(id: $id) { id name } }', variables: { id: 'm-1' }, operationName: 'Q' },
    context,
    incomingRequestContext: { overallCachePolicy: { restrict } } as never,
    pathInIncomingRequest: [],
  } as never);
}

describe("the gateway's subgraph fetches (SignedCallerDataSource over undici's request)", () => {
  test('POSTs the operation as JSON with the signed caller and request id only, and returns the data; the cache-control header reaches the cache policy', async () => {
    const peer = await subgraph({ status: 200, headers: { 'content-type': 'application/json; charset=utf-8', 'Cache-Control': 'max-age=30, public' }, body: JSON.stringify({ data: { material: { id: 'm-1', name: 'OPC 53' } } }) });
    const hints: unknown[] = [];
    try {
      const response = await send(new SignedCallerDataSource('catalog', peer.url, KEY), (hint) => hints.push(hint));
      expect(response.data).toEqual({ material: { id: 'm-1', name: 'OPC 53' } });
      expect(hints).toEqual([{ maxAge: 30, scope: 'PUBLIC' }]);
      const [sent] = peer.received;
      expect(sent!.method).toBe('POST');
      expect(sent!.headers['content-type']).toBe('application/json');
      expect(JSON.parse(sent!.body)).toEqual({ query: 'query Q($id: ID!) { material(id: $id) { id name } }', variables: { id: 'm-1' }, operationName: 'Q' });
      expect(sent!.headers[REQUEST_ID_HEADER]).toBe('req-7');
      const check = verifyCallerEnvelope(sent!.headers[CALLER_HEADER] as string, KEY, 'catalog', { maxAgeSeconds: 60 });
      expect(check).toMatchObject({ ok: true });
    } finally {
      peer.close();
    }
  });

  test('a subgraph answering an HTTP error with a text body is a GraphQL error carrying the status and the body', async () => {
    const peer = await subgraph({ status: 503, headers: { 'content-type': 'text/plain' }, body: 'upstream connect error' });
    try {
      const error = await send(new SignedCallerDataSource('orders', peer.url, KEY)).catch((e: unknown) => e);
      expect(error).toMatchObject({
        message: '503: Service Unavailable',
        extensions: { response: { status: 503, statusText: 'Service Unavailable', url: peer.url, body: 'upstream connect error' } },
      });
    } finally {
      peer.close();
    }
  });

  test('a 401 answer with a JSON body is UNAUTHENTICATED, the body parsed', async () => {
    const peer = await subgraph({ status: 401, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ errors: [{ message: 'bad caller' }] }) });
    try {
      const error = await send(new SignedCallerDataSource('orders', peer.url, KEY)).catch((e: unknown) => e);
      expect(error).toMatchObject({ extensions: { code: 'UNAUTHENTICATED', response: { status: 401, body: { errors: [{ message: 'bad caller' }] } } } });
    } finally {
      peer.close();
    }
  });
});
