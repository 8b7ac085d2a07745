import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { GraphQLError, parse, print } from 'graphql';
import { PeerClient, PeerUnavailableError } from './peer-client.js';
import { CALLER_HEADER, REQUEST_ID_HEADER } from './caller.js';
import { NotFoundError, ValidationError, createErrorFormatter } from './errors.js';
import { costOfThisRequest, countRequestCost } from './request-cost.js';

const format = createErrorFormatter({ exposeInternals: false });
const asClientSees = (error: unknown) =>
  format({ message: (error as Error).message }, new GraphQLError((error as Error).message, { originalError: error as Error, path: ['placeOrder'] }));

/** What codegen generates from a `.peer.graphql` file: a document that carries its result and variables types. */
const ProbeDocument = parse('query Probe($id: ID!) { x(id: $id) { id } }') as TypedDocumentNode<{ x: { id: string } }, { id: string }>;

/** A peer answering `answer` to every request, recording what it was sent. */
async function fakePeer(answer: unknown, headers: Record<string, string> = {}): Promise<{ url: string; received: Array<{ body: unknown; headers: IncomingHttpHeaders }>; close(): void }> {
  const received: Array<{ body: unknown; headers: IncomingHttpHeaders }> = [];
  const server = createServer((req, res) => {
    let text = '';
    req.on('data', (chunk: Buffer) => (text += chunk.toString()));
    req.on('end', () => {
      received.push({ body: JSON.parse(text), headers: req.headers });
      res.writeHead(200, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(answer));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/graphql`, received, close: () => server.close() };
}

async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}/graphql`;
}

describe('PeerClient failures', () => {
  const client = (url: string) => new PeerClient({ self: 'orders', peer: 'catalog', url, key: 'k'.repeat(32), timeoutMs: 2000 });

  it('a peer that does not answer is a retryable SERVICE_UNAVAILABLE that names no internal service', async () => {
    const error = await client(await closedPortUrl()).request(ProbeDocument, { id: '1' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PeerUnavailableError);
    expect((error as PeerUnavailableError).internalDetail).toMatch(/^catalog did not answer/);
    const seen = asClientSees(error);
    expect(seen.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', retryable: true });
    expect(seen.message).not.toMatch(/catalog|orders|127\.0\.0\.1|ECONNREFUSED/i);
  });

  it('a peer answering an internal error is SERVICE_UNAVAILABLE too, with the detail kept for the logs', async () => {
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ message: 'relation "x" does not exist', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const error = await client(`http://127.0.0.1:${port}/graphql`).request(ProbeDocument, { id: '1' }).catch((e: unknown) => e);
      expect((error as PeerUnavailableError).internalDetail).toContain('relation "x" does not exist');
      const seen = asClientSees(error);
      expect(seen.extensions?.code).toBe('SERVICE_UNAVAILABLE');
      expect(seen.message).not.toContain('relation');
    } finally {
      server.close();
    }
  });
});

describe('PeerClient slow and broken peers', () => {
  it('a peer that accepts the call but does not answer within timeoutMs is SERVICE_UNAVAILABLE, and the connection is not kept waiting', async () => {
    const server = createServer(() => undefined);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      // Without the timeout this waits for undici's five-minute default, past the test's own limit.
      const error = await new PeerClient({ self: 'orders', peer: 'catalog', url: `http://127.0.0.1:${port}/graphql`, key: 'k'.repeat(32), timeoutMs: 300 })
        .request(ProbeDocument, { id: '1' })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PeerUnavailableError);
      expect((error as PeerUnavailableError).internalDetail).toMatch(/^catalog did not answer/);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  it('an answer that is not JSON (a proxy error page) is SERVICE_UNAVAILABLE naming the HTTP status', async () => {
    const server = createServer((_req, res) => {
      res.writeHead(502, { 'content-type': 'text/html' });
      res.end('<html>Bad gateway</html>');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const error = await new PeerClient({ self: 'orders', peer: 'catalog', url: `http://127.0.0.1:${port}/graphql`, key: 'k'.repeat(32) })
        .request(ProbeDocument, { id: '1' })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PeerUnavailableError);
      expect((error as PeerUnavailableError).internalDetail).toBe('catalog answered HTTP 502');
    } finally {
      server.close();
    }
  });
});

describe('PeerClient typed operations', () => {
  const client = (url: string) => new PeerClient({ self: 'orders', peer: 'catalog', url, key: 'k'.repeat(32), timeoutMs: 2000 });

  it('sends the document as query text with its variables, signed, and returns its data', async () => {
    const peer = await fakePeer({ data: { x: { id: 'x-1' } } });
    try {
      const data = await client(peer.url).request(ProbeDocument, { id: 'x-1' }, 'req-1');
      expect(data.x.id).toBe('x-1');
      await client(peer.url).request(ProbeDocument, { id: 'x-2' }, 'req-2');
      expect(peer.received.map((r) => r.body)).toEqual([
        { query: print(ProbeDocument), variables: { id: 'x-1' } },
        { query: print(ProbeDocument), variables: { id: 'x-2' } },
      ]);
      expect(peer.received[0]!.headers[REQUEST_ID_HEADER]).toBe('req-1');
      expect(peer.received[0]!.headers[CALLER_HEADER]).toEqual(expect.any(String));
    } finally {
      peer.close();
    }
  });

  it("adds up what each peer reports it sent to its databases (its own statements and its peers')", async () => {
    const peer = await fakePeer({ data: { x: { id: 'x-1' } } }, { 'x-sql-statements': '3', 'x-peer-sql-statements': '2' });
    try {
      const cost = await countRequestCost(async () => {
        await client(peer.url).request(ProbeDocument, { id: 'x-1' });
        await client(peer.url).request(ProbeDocument, { id: 'x-2' });
        return costOfThisRequest();
      });
      expect(cost).toEqual({ statements: 0, peerCalls: 2, peerStatements: 10 });
    } finally {
      peer.close();
    }
  });

  it('errors the peer reports with a code come back as the same domain errors, details kept', async () => {
    const invalid = await fakePeer({ errors: [{ message: 'quantity is too large', extensions: { code: 'BAD_USER_INPUT', field: 'quantity', stacktrace: ['x'] } }] });
    const missing = await fakePeer({ errors: [{ message: 'Material not found.', extensions: { code: 'NOT_FOUND' } }] });
    try {
      const validation = await client(invalid.url).request(ProbeDocument, { id: '1' }).catch((e: unknown) => e);
      expect(validation).toBeInstanceOf(ValidationError);
      expect(validation).toMatchObject({ message: 'quantity is too large', details: { field: 'quantity' } });
      expect((validation as ValidationError).details).not.toHaveProperty('stacktrace');
      const notFound = await client(missing.url).request(ProbeDocument, { id: '1' }).catch((e: unknown) => e);
      expect(notFound).toBeInstanceOf(NotFoundError);
      expect((notFound as NotFoundError).message).toBe('Material not found.');
    } finally {
      invalid.close();
      missing.close();
    }
  });

  it('checks variables and the result against the document at compile time (tsc -p tsconfig.tests.json)', () => {
    const typeErrors = async (peer: PeerClient) => {
      // @ts-expect-error a variable of the wrong type
      await peer.request(ProbeDocument, { id: 1 });
      // @ts-expect-error a variable the operation does not declare
      await peer.request(ProbeDocument, { id: '1', other: true });
      // @ts-expect-error a field the operation does not select
      (await peer.request(ProbeDocument, { id: '1' })).x.name;
    };
    expect(typeErrors).toBeInstanceOf(Function);
  });
});
