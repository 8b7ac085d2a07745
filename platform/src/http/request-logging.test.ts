import type { AddressInfo } from 'node:net';
import express from 'express';
import { pino } from 'pino';
import { requestLogging } from './request-logging.js';

/** A server with requestLogging at `level`; returns its URL, the lines written and a closer. */
async function serve(level: string) {
  const lines: Array<Record<string, unknown>> = [];
  // createLogger's redaction of credentials, writing into `lines`.
  const log = pino({ level, redact: { paths: ['req.headers.authorization'], censor: '[redacted]' } }, { write: (l: string) => lines.push(JSON.parse(l) as Record<string, unknown>) });
  const app = express();
  app.use(requestLogging({ log, requestId: (_req, res) => (res.setHeader('x-request-id', 'req-12345678'), 'req-12345678'), quiet: (req) => req.url === '/health' }));
  app.get('/x', (req, res) => {
    if (req.query.warn) req.log.warn('careful');
    res.json({ id: req.id });
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, lines, close: () => new Promise((resolve) => server.close(resolve)) };
}

describe('request logging', () => {
  it('at warn: request ids and request-bound warnings (URL secrets redacted), no access lines', async () => {
    const { url, lines, close } = await serve('warn');
    try {
      const plain = await fetch(`${url}/x`, { headers: { authorization: 'Bearer secret-token' } });
      expect(plain.headers.get('x-request-id')).toBe('req-12345678');
      expect(await plain.json()).toEqual({ id: 'req-12345678' });
      expect(lines).toEqual([]);
      await (await fetch(`${url}/x?warn=1&sig=abc`, { headers: { authorization: 'Bearer secret-token' } })).json();
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatchObject({ msg: 'careful', req: { id: 'req-12345678', method: 'GET', url: '/x?warn=1&sig=[redacted]', headers: { authorization: '[redacted]' } } });
    } finally {
      await close();
    }
  });

  it('at info: one access line per request, none for quiet paths', async () => {
    const { url, lines, close } = await serve('info');
    try {
      await (await fetch(`${url}/x?sig=abc`)).json();
      await fetch(`${url}/health`);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatchObject({ msg: 'request completed', req: { id: 'req-12345678', url: '/x?sig=[redacted]' }, res: { statusCode: 200 } });
    } finally {
      await close();
    }
  });
});
