import { createServer } from 'node:http';
import express from 'express';
import { exposeMetrics } from './metrics.js';

async function status(app: express.Express, path: string): Promise<number> {
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as { port: number };
  try {
    return (await fetch(`http://127.0.0.1:${address.port}${path}`)).status;
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

describe('where /metrics is served (gateway and subgraphs alike)', () => {
  it('in production: never on the main port; on METRICS_PORT when set', async () => {
    const off = express();
    await exposeMetrics(off, { NODE_ENV: 'production', HOST: '127.0.0.1' });
    expect(await status(off, '/metrics')).toBe(404);

    const main = express();
    const internal = await exposeMetrics(main, { NODE_ENV: 'production', HOST: '127.0.0.1', METRICS_PORT: 0 });
    try {
      expect(await status(main, '/metrics')).toBe(404);
      const response = await fetch(internal.url!);
      expect(response.status).toBe(200);
      // The scraper's connection stays open past Node's 5 s default, as on every server (keep-alive.ts).
      expect(response.headers.get('keep-alive')).toBe('timeout=65');
      expect(await response.text()).toContain('process_cpu');
    } finally {
      await internal.close();
    }
  });

  it('outside production without METRICS_PORT: on the main port, for local use', async () => {
    const app = express();
    await exposeMetrics(app, { NODE_ENV: 'development', HOST: '127.0.0.1' });
    expect(await status(app, '/metrics')).toBe(200);
  });
});
