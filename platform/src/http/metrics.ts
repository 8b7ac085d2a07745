import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import { createServer, type Server } from 'node:http';
import express, { type Express, type RequestHandler } from 'express';
import { keepIdleConnections } from './keep-alive.js';

/** One Prometheus registry per process, served at `/metrics`. */
export const metricsRegistry = new Registry();
// The event-loop lag histogram samples on a timer: prom-client's default 10 ms woke every idle
// process 100 times a second (0.6 % of a core per process on the 2026-12-02 machine, ten processes
// in the devstack). Every 100 ms still shows any stall the metric is for.
collectDefaultMetrics({ register: metricsRegistry, eventLoopMonitoringPrecision: 100 });

const httpDuration = new Histogram({
  name: 'http_request_duration_seconds',
  help: 'HTTP request duration by route and status',
  labelNames: ['method', 'route', 'status'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  registers: [metricsRegistry],
});

export const graphqlOperationDuration = new Histogram({
  name: 'graphql_operation_duration_seconds',
  help: 'GraphQL operation duration by operation type and outcome',
  labelNames: ['type', 'outcome'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  registers: [metricsRegistry],
});

export function setDefaultMetricLabels(labels: Record<string, string>): void {
  metricsRegistry.setDefaultLabels(labels);
}

export const measureHttp: RequestHandler = (req, res, next) => {
  const end = httpDuration.startTimer();
  res.on('finish', () => {
    // Route patterns, not raw URLs, keep label cardinality bounded.
    const route = (req.route as { path?: string } | undefined)?.path ?? req.baseUrl ?? 'unmatched';
    end({ method: req.method, route: route || req.path.split('/').slice(0, 2).join('/'), status: String(res.statusCode) });
  });
  next();
};

export const serveMetrics: RequestHandler = async (_req, res) => {
  res.setHeader('content-type', metricsRegistry.contentType);
  res.send(await metricsRegistry.metrics());
};

/**
 * Metrics describe traffic and internals, so they are not for the public port. With METRICS_PORT
 * set, `/metrics` is served only there (a listener for the scraper, never published); without
 * it, outside production it stays on the main port for convenience, and in production it is off.
 * Returns a closer for the separate listener.
 */
export async function exposeMetrics(
  app: Express,
  config: { NODE_ENV: string; HOST: string; METRICS_PORT?: number | undefined },
): Promise<{ url: string | null; close(): Promise<void> }> {
  if (config.METRICS_PORT === undefined) {
    if (config.NODE_ENV !== 'production') app.get('/metrics', serveMetrics);
    return { url: null, close: async () => undefined };
  }
  const metricsApp = express();
  metricsApp.disable('x-powered-by');
  metricsApp.get('/metrics', serveMetrics);
  const server: Server = createServer(metricsApp);
  keepIdleConnections(server);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.METRICS_PORT, config.HOST, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.METRICS_PORT;
  return {
    url: `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${port}/metrics`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
