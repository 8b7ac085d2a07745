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
import { pinoHttp } from 'pino-http';
import {
  REQUEST_ID_HEADER,
  checkAuthEmulator,
  createErrorFormatter,
  redactError,
  redactRequest,
  exposeMetrics,
  firebaseAuth,
  healthRouter,
  measureHttp,
  operationMetricsPlugin,
  setDefaultMetricLabels,
  type Caller,
  type Logger,
  DomainError,
  ServiceUnavailableError,
} from '@realserv/platform';
import type { GatewayConfig } from './config.js';
import type { GatewayContext } from './context.js';
import { SignedCallerDataSource } from './data-source.js';
import { TokenVerifier } from './token-verifier.js';
import { PostgresLiveEventSource, RedisLiveEventSource, type LiveEventSource } from './live/live-source.js';
import { attachSubscriptions } from './live/subscriptions.js';
import type { GraphQLSchema } from 'graphql';

export interface RunningGateway {
  url: string;
  httpServer: Server;
  gateway: ApolloGateway;
  stop: () => Promise<void>;
}

const REQUEST_ID_PATTERN = /^[A-Za-z0-9._-]{8,64}$/;

export async function startGateway(config: GatewayConfig, supergraphSdl: string, log: Logger): Promise<RunningGateway> {
  setDefaultMetricLabels({ service: 'gateway' });
  const production = config.NODE_ENV === 'production';
  checkAuthEmulator('gateway', config, log);
  const verifier = new TokenVerifier(firebaseAuth(config), config.AUTH_REVOCATION_CACHE_SECONDS, log);

  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name }) => {
      const subgraph = config.subgraphs[name];
      if (!subgraph) throw new Error(`No SUBGRAPH_${name.toUpperCase()}_URL configured`);
      return new SignedCallerDataSource(name, subgraph.url, subgraph.callerKey);
    },
  });

  let apiSchema: GraphQLSchema | null = null;
  gateway.onSchemaLoadOrUpdate(({ apiSchema: schema }) => {
    apiSchema = schema;
  });

  const armor = new ApolloArmor({
    maxDepth: { n: config.MAX_QUERY_DEPTH, exposeLimits: !production },
    costLimit: { maxCost: config.MAX_QUERY_COST, exposeLimits: !production },
    maxAliases: { n: config.MAX_ALIASES, exposeLimits: !production },
    maxDirectives: { n: 20, exposeLimits: !production },
    maxTokens: { n: config.MAX_TOKENS, exposeLimits: !production },
    blockFieldSuggestion: { enabled: production },
  });
  const protection = armor.protect();

  const app = express();
  app.disable('x-powered-by');
  const httpServer = createServer(app);
  let shuttingDown = false;

  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: config.INTROSPECTION ?? !production,
    includeStacktraceInErrorResponses: !production,
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
  app.use(measureHttp);
  app.use(
    pinoHttp({
      logger: log,
      // Signed URLs and GET variables: see platform/src/logger.ts.
      serializers: { req: redactRequest, err: redactError },
      genReqId: (req, res) => {
        const given = req.headers[REQUEST_ID_HEADER];
        const id = typeof given === 'string' && REQUEST_ID_PATTERN.test(given) ? given : randomUUID();
        res.setHeader(REQUEST_ID_HEADER, id);
        return id;
      },
      autoLogging: { ignore: (req) => (req.url ?? '').startsWith('/health') || req.url === '/metrics' },
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
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const requestId = String(req.id);
        const caller = await authenticate(req.headers.authorization, verifier);
        return { caller, requestId, log: req.log } satisfies GatewayContext;
      },
    }),
  );

  let live: LiveEventSource | null = null;
  let subscriptions: { close(): Promise<void> } | null = null;
  if (config.REDIS_URL || config.EVENTS_DATABASE_URL) {
    live = config.REDIS_URL
      ? new RedisLiveEventSource(config.REDIS_URL, log)
      : new PostgresLiveEventSource(config.EVENTS_DATABASE_URL!, log);
    await live.start();
    subscriptions = attachSubscriptions({
      httpServer,
      apollo,
      schema: () => apiSchema!,
      validationRules: protection.validationRules as unknown as ValidationRule[],
      verifier,
      live,
      log,
      limits: {
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
      await subscriptions?.close();
      await live?.stop();
      await apollo.stop();
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
