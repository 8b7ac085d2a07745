import { createServer, type Server } from 'node:http';
import { randomUUID } from 'node:crypto';
import express from 'express';
import { GraphQLError, type ValidationRule } from 'graphql';
import cors from 'cors';
import { ApolloServer, HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { ApolloGateway } from '@apollo/gateway';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from '@apollo/server/plugin/landingPage/default';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  REQUEST_ID_HEADER,
  checkAuthEmulator,
  createErrorFormatter,
  requestLogging,
  exposeMetrics,
  metricsRegistry,
  firebaseAuth,
  healthRouter,
  measureHttp,
  operationMetricsPlugin,
  setDefaultMetricLabels,
  settleUrlParseWarning,
  type Caller,
  type Logger,
  DomainError,
  jsonErrorHandler,
  jsonNotFound,
  ServiceUnavailableError,
  keepIdleConnections,
  useKeepAliveForFetch,
} from '@realserv/platform';
import type { GatewayConfig } from './config.js';
import type { GatewayContext } from './context.js';
import { SignedCallerDataSource } from './data-source.js';
import { TokenVerifier } from './token-verifier.js';
import { PostgresLiveEventSource, RedisLiveEventSource, type LiveEventSource } from './live/live-source.js';
import { attachSubscriptions } from './live/subscriptions.js';
import { legacyJsonStatusPlugin } from './legacy-json-status.js';
import { TrustedDocuments, admitDocument, trustedDocumentsMiddleware } from './trusted-documents.js';
import { rejectUnsafeStrings } from './unsafe-strings.js';
import { coerceCustomScalars } from './scalars.js';
import { parseRateOverrides, rateLimitPlugin } from './rate-limits.js';
import { fairUsePlugin, maxCostFor, operationCost } from './query-cost.js';
import { createResponseCache } from './response-cache/response-cache.js';
import { Redis } from 'ioredis';
import { Counter } from 'prom-client';
import { dashboardRouter } from './dashboard.js';
// Types of req.id and req.log, which requestLogging (platform) sets.
import type {} from 'pino-http';
import type { GraphQLSchema } from 'graphql';

/** The response cache's hit rate: queries by what the cache did for them (docs/caching.md). */
const responseCacheQueries = new Counter({
  name: 'gateway_response_cache_queries_total',
  help: 'Queries by response-cache outcome: hit, miss (computed and stored), uncacheable (private, unhinted or failed), bypass (vendors, admins, subscription updates)',
  labelNames: ['outcome'] as const,
  registers: [metricsRegistry],
});

export interface RunningGateway {
  url: string;
  httpServer: Server;
  gateway: ApolloGateway;
  stop: () => Promise<void>;
}

const REQUEST_ID_PATTERN = /^[A-Za-z0-9._-]{8,64}$/;

export async function startGateway(config: GatewayConfig, supergraphSdl: string, log: Logger): Promise<RunningGateway> {
  setDefaultMetricLabels({ service: 'gateway' });
  settleUrlParseWarning();
  const production = config.NODE_ENV === 'production';
  checkAuthEmulator('gateway', config, log);
  const verifier = new TokenVerifier(firebaseAuth(config), config.AUTH_REVOCATION_CACHE_SECONDS, log);

  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name }) => {
      const subgraph = config.subgraphs[name];
      if (!subgraph) throw new Error(`No SUBGRAPH_${name.toUpperCase()}_URL configured`);
      // Data sources are built when the gateway loads (apollo.start), after responseCache below.
      return new SignedCallerDataSource(name, subgraph.url, subgraph.callerKey, (...answer) => responseCache.subgraphAnswered(...answer));
    },
  });

  let apiSchema: GraphQLSchema | null = null;
  gateway.onSchemaLoadOrUpdate(({ apiSchema: schema }) => {
    coerceCustomScalars(schema);
    apiSchema = schema;
  });

  const armor = new ApolloArmor({
    maxDepth: { n: config.MAX_QUERY_DEPTH, exposeLimits: !production },
    // Replaced by fairUsePlugin's cost, which multiplies by list sizes (armor counts fields only).
    costLimit: { enabled: false },
    maxAliases: { n: config.MAX_ALIASES, exposeLimits: !production },
    maxDirectives: { n: 20, exposeLimits: !production },
    // Apollo Server's own parser enforces the token limit (parseOptions below): armor's plugin
    // re-parses and rethrows, which turned a long document into HTTP 500 instead of a parse error.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: production },
  });
  const protection = armor.protect();

  const trustedMode = config.TRUSTED_DOCUMENTS ?? (production ? 'require' : 'allow');
  const trusted = new TrustedDocuments(
    trustedMode === 'off' ? [] : config.TRUSTED_DOCUMENTS_MANIFESTS.split(',').map((p) => p.trim()).filter(Boolean),
    log,
  );

  const rateRules = parseRateOverrides(config.RATE_LIMITS);
  const sharedRedis = config.REDIS_URL ? new Redis(config.REDIS_URL, { lazyConnect: false, maxRetriesPerRequest: 1, enableOfflineQueue: false }) : undefined;
  sharedRedis?.on('error', (error) => log.warn({ err: error }, 'Redis unavailable: rate limits and budgets fall back to this instance, the response cache is skipped'));
  const responseCache = createResponseCache({
    mode: config.RESPONSE_CACHE ?? (sharedRedis ? 'redis' : 'memory'),
    memoryBytes: config.RESPONSE_CACHE_MEMORY_MB * 1024 * 1024,
    log,
    ...(sharedRedis ? { redis: sharedRedis } : {}),
    onOutcome: (outcome) => responseCacheQueries.inc({ outcome }),
  });

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.TRUST_PROXY);
  const httpServer = createServer(app);
  keepIdleConnections(httpServer);
  useKeepAliveForFetch();
  let shuttingDown = false;

  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: config.INTROSPECTION ?? !production,
    includeStacktraceInErrorResponses: !production,
    // Automatic persisted queries are a cache any client can fill, not an allow-list: trusted
    // documents (below) replace them.
    persistedQueries: false,
    // Over the limit is a syntax error: HTTP 400 with GRAPHQL_PARSE_FAILED, before validation.
    parseOptions: { maxTokens: config.MAX_TOKENS },
    // onShutdown (platform) owns signals and the shutdown order.
    stopOnTerminationSignals: false,
    formatError: createErrorFormatter({
      exposeInternals: !production,
      onInternalError: (error) => log.error({ err: error }, 'unhandled gateway error'),
    }),
    plugins: [
      // graphql-armor ships CommonJS typings of @apollo/server; the plugins are the same at runtime.
      ...(protection.plugins as unknown as ApolloServerPlugin<GatewayContext>[]),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      operationMetricsPlugin(),
      legacyJsonStatusPlugin<GatewayContext>(),
      rateLimitPlugin<GatewayContext>({ rules: rateRules, log, ...(sharedRedis ? { redis: sharedRedis } : {}) }),
      fairUsePlugin<GatewayContext>({
        maxCost: config.MAX_QUERY_COST,
        adminCostFactor: config.ADMIN_QUERY_COST_FACTOR,
        budgetPerMinute: config.QUERY_COST_BUDGET_PER_MINUTE,
        maxInFlight: config.MAX_IN_FLIGHT_PER_CALLER,
        anonymousIpFactor: config.ANONYMOUS_IP_FACTOR,
        maxResponseBytes: config.MAX_RESPONSE_BYTES,
        exposeLimits: !production,
        log,
        ...(sharedRedis ? { redis: sharedRedis } : {}),
      }),
      ...responseCache.plugins,
      production
        ? ApolloServerPluginLandingPageProductionDefault({ footer: false })
        : ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false }),
    ],
    validationRules: protection.validationRules as unknown as ValidationRule[],
  });
  await apollo.start();

  const subgraphReadyUrls = Object.values(config.subgraphs).map((s) => new URL('/health/ready', s.url).toString());
  app.use(
    healthRouter(
      [
        {
          name: 'subgraphs',
          check: async () => {
            const results = await Promise.all(
              subgraphReadyUrls.map((url) =>
                fetch(url, { signal: AbortSignal.timeout(2000) }).then((r) => r.ok, () => false),
              ),
            );
            return results.every(Boolean);
          },
        },
      ],
      () => shuttingDown,
    ),
  );
  const metrics = await exposeMetrics(app, config);
  // Trusted documents are re-read on SIGHUP or by an admin, so a new app release's manifest is
  // accepted without restarting the gateway (and dropping its sockets).
  const reloadTrusted = () => {
    try {
      trusted.reload();
    } catch (error) {
      log.error({ err: error }, 'trusted documents not reloaded; the previous set stays in force');
      throw error;
    }
  };
  const onHangup = () => {
    try {
      reloadTrusted();
    } catch {
      // logged above
    }
  };
  process.on('SIGHUP', onHangup);
  app.post('/admin/trusted-documents/reload', async (req, res) => {
    let caller: Caller | null;
    try {
      caller = await authenticate(req.headers.authorization, verifier);
    } catch (error) {
      res.status(401).json({ errors: [{ message: (error as Error).message, extensions: { code: 'UNAUTHENTICATED' } }] });
      return;
    }
    if (!caller) {
      res.status(401).json({ errors: [{ message: 'Sign in as an admin.', extensions: { code: 'UNAUTHENTICATED' } }] });
      return;
    }
    if (!caller.roles.includes('ADMIN')) {
      res.status(403).json({ errors: [{ message: 'Only admins may reload trusted documents.', extensions: { code: 'FORBIDDEN' } }] });
      return;
    }
    try {
      reloadTrusted();
      res.json({ data: { mode: trustedMode, documents: trusted.size } });
    } catch (error) {
      res.status(400).json({ errors: [{ message: `Manifest rejected: ${(error as Error).message}`, extensions: { code: 'BAD_REQUEST' } }] });
    }
  });
  app.use(measureHttp);
  app.use(
    requestLogging({
      log,
      requestId: (req, res) => {
        const given = req.headers[REQUEST_ID_HEADER];
        const id = typeof given === 'string' && REQUEST_ID_PATTERN.test(given) ? given : randomUUID();
        res.setHeader(REQUEST_ID_HEADER, id);
        return id;
      },
      quiet: (req) => (req.url ?? '').startsWith('/health') || req.url === '/metrics',
    }),
  );

  const allowedOrigins = config.CORS_ORIGINS.split(',').map((o) => o.trim()).filter(Boolean);
  app.use(
    '/graphql',
    cors({
      origin: allowedOrigins.includes('*') ? true : allowedOrigins,
      credentials: false,
      maxAge: 600,
      exposedHeaders: [REQUEST_ID_HEADER],
    }),
    express.json({ limit: config.MAX_BODY_BYTES }),
    rejectUnsafeStrings,
    trustedDocumentsMiddleware(trusted, trustedMode),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const requestId = String(req.id);
        const caller = await authenticate(req.headers.authorization, verifier);
        return { caller, requestId, log: req.log, clientIp: req.ip ?? 'unknown' } satisfies GatewayContext;
      },
    }),
  );

  // The admin dashboard (same origin as /graphql, so no CORS): clients/admin-dashboard.
  app.get('/dashboard', (req, res, next) => (req.path === '/dashboard' ? res.redirect(301, '/dashboard/') : next()));
  app.use('/dashboard', dashboardRouter(config));

  app.use(jsonNotFound);
  app.use(jsonErrorHandler({ log, exposeInternals: !production }));

  let live: LiveEventSource | null = null;
  let subscriptions: { close(): Promise<void> } | null = null;
  if (config.REDIS_URL || config.EVENTS_DATABASE_URL) {
    live = config.REDIS_URL
      ? new RedisLiveEventSource(config.REDIS_URL, log)
      : new PostgresLiveEventSource(config.EVENTS_DATABASE_URL!, log);
    await live.start();
    live.listen(responseCache.liveEvent);
    subscriptions = attachSubscriptions({
      httpServer,
      apollo,
      schema: () => apiSchema!,
      validationRules: protection.validationRules as unknown as ValidationRule[],
      verifier,
      live,
      log,
      admission: {
        resolveDocument: (payload) => {
          const decision = admitDocument(trusted, trustedMode, payload as Record<string, unknown>);
          if (decision.kind === 'refuse') return { error: new GraphQLError(decision.message, { extensions: { code: decision.code } }) };
          if (decision.kind === 'replace') return { query: decision.document };
          return typeof payload.query === 'string' ? { query: payload.query } : { error: new GraphQLError('A subscription needs a query or a document id.', { extensions: { code: 'BAD_REQUEST' } }) };
        },
        checkCost: (schema, document, variables, caller) => {
          let cost: number;
          try {
            cost = operationCost(schema, document, variables);
          } catch {
            return null; // variables that do not coerce are refused when the subscription is set up
          }
          const maxCost = maxCostFor(caller, config.MAX_QUERY_COST, config.ADMIN_QUERY_COST_FACTOR);
          if (cost <= maxCost) return null;
          return new GraphQLError('This subscription asks for too much in each update: select fewer nested lists.', {
            extensions: { code: 'QUERY_TOO_COMPLEX', ...(production ? {} : { cost, maxCost }) },
          });
        },
      },
      limits: {
        maxTokens: config.MAX_TOKENS,
        maxSubscriptionsPerSocket: config.MAX_SUBSCRIPTIONS_PER_SOCKET,
        connectionInitTimeoutMs: config.WS_CONNECTION_INIT_TIMEOUT_MS,
        keepAliveMs: config.WS_KEEPALIVE_MS,
        maxMessageBytes: config.WS_MAX_MESSAGE_BYTES,
        maxBufferedUpdates: 100,
        maxSocketBufferBytes: 1_000_000,
        // Open sockets are re-checked (fresh lookups) this often: no longer than HTTP's cache window.
        revocationCheckMs: (config.AUTH_REVOCATION_CACHE_SECONDS || 5) * 1000,
      },
    });
  } else {
    log.warn('Neither REDIS_URL nor EVENTS_DATABASE_URL is set: subscriptions are disabled');
  }

  await new Promise<void>((resolve) => httpServer.listen(config.PORT, config.HOST, resolve));
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  const url = `http://localhost:${port}/graphql`;
  log.info({ url, metrics: metrics.url }, 'gateway ready');

  return {
    url,
    httpServer,
    gateway,
    stop: async () => {
      shuttingDown = true;
      process.off('SIGHUP', onHangup);
      await subscriptions?.close();
      await live?.stop();
      await apollo.stop();
      sharedRedis?.disconnect();
      await metrics.close();
    },
  };
}

/**
 * No header: anonymous. A header that is not a valid token: UNAUTHENTICATED, never anonymous.
 * An identity provider that cannot be reached: SERVICE_UNAVAILABLE (503, retryable).
 */
async function authenticate(header: string | undefined, verifier: TokenVerifier): Promise<Caller | null> {
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match?.[1]) throw unauthenticated('Authorization must be "Bearer <Firebase ID token>".');
  try {
    return await verifier.verify(match[1]);
  } catch (error) {
    if (error instanceof ServiceUnavailableError) {
      throw new GraphQLError(error.message, {
        extensions: {
          code: error.code,
          retryable: true,
          http: { status: 503, headers: new HeaderMap([['retry-after', '5']]) },
        },
      });
    }
    throw unauthenticated(error instanceof DomainError ? error.message : 'Could not verify the ID token.');
  }
}

// Thrown while building the context, so Apollo answers 401 with this code before execution.
function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}
