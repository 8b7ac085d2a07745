import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GraphQLError } from 'graphql';
import { PeerClient, PeerUnavailableError } from './peer-client.js';
import { createErrorFormatter } from './errors.js';

const format = createErrorFormatter({ exposeInternals: false });
const asClientSees = (error: unknown) =>
  format({ message: (error as Error).message }, new GraphQLError((error as Error).message, { originalError: error as Error, path: ['placeOrder'] }));

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
    const error = await client(await closedPortUrl()).request('{ x }', {}).catch((e: unknown) => e);
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
      const error = await client(`http://127.0.0.1:${port}/graphql`).request('{ x }', {}).catch((e: unknown) => e);
      expect((error as PeerUnavailableError).internalDetail).toContain('relation "x" does not exist');
      const seen = asClientSees(error);
      expect(seen.extensions?.code).toBe('SERVICE_UNAVAILABLE');
      expect(seen.message).not.toContain('relation');
    } finally {
      server.close();
    }
  });
});
