import 'reflect-metadata';
import { createServer } from 'node:http';
import { randomUUID } from 'node:crypto';
import express, { type Request } from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { z } from 'zod';
import { loadConfigOrExit } from '../config.js';
import { createLogger, lazyLogger } from '../logger.js';
import { CALLER_HEADER, REQUEST_ID_HEADER, envelopeIssuer, verifyCallerEnvelope, type EnvelopeCheck } from '../caller.js';
import { createRequestContext, type RequestContext } from '../context.js';
import { createErrorFormatter } from '../errors.js';
import { isDatabaseReachable, migrateUp, openDatabase } from '../db.js';
import { costOfThisRequest, countRequestCost } from '../request-cost.js';
import { healthRouter } from '../http/health.js';
import { keepIdleConnections, useKeepAliveForFetch } from '../http/keep-alive.js';
import { exposeMetrics, measureHttp, setDefaultMetricLabels } from '../http/metrics.js';
import { jsonErrorHandler, jsonNotFound } from '../http/json-errors.js';
import { requestLogging } from '../http/request-logging.js';
import { operationMetricsPlugin } from '../graphql/operation-metrics.js';
import { dependencyFailureLogPlugin } from '../graphql/dependency-failures.js';
import { onShutdown, settleUrlParseWarning } from '../process.js';
import { buildFederatedSchema } from './build-schema.js';
import { startJobs } from './jobs.js';
import { subgraphConfigSchema, type SubgraphConfig } from './config.js';
import { subgraphEntities, type SubgraphDefinition, type SubgraphRuntime } from './definition.js';
import { EventBus } from '../events/event-bus.js';
import { ConfigError } from '../config.js';
import { checkAuthEmulator } from '../firebase.js';

export interface RunningSubgraph {
  url: string;
  runtime: SubgraphRuntime;
  stop: () => Promise<void>;
}

/**
 * The whole life of a subgraph process. `node dist/main.js migrate` applies pending migrations
 * and exits; anything else starts the server (migrating and seeding first if configured).
 */
export async function runSubgraph<S extends z.ZodObject>(definition: SubgraphDefinition<S>): Promise<void> {
  const command = process.argv[2] ?? 'serve';
  const schema = definition.configSchema ? subgraphConfigSchema.extend(definition.configSchema.shape) : subgraphConfigSchema;
  const config = loadConfigOrExit(definition.name, schema) as SubgraphConfig & z.infer<S>;
  const log = createLogger(definition.name, config.LOG_LEVEL);
  try {
    checkAuthEmulator(definition.name, config as never, log);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  }
  if (command === 'migrate') {
    const orm = await openDatabase({
      clientUrl: config.DATABASE_URL, entities: subgraphEntities(definition), migrations: definition.migrations,
      poolMax: 1, log,
    });
    const applied = await migrateUp(orm);
    log.info({ applied }, applied.length ? 'migrations applied' : 'database is up to date');
    await orm.close(true);
    return;
  }
  let running: RunningSubgraph;
  try {
    running = await startSubgraph(definition, config, log);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  onShutdown(log, running.stop);
}

export async function startSubgraph<S extends z.ZodObject>(
  definition: SubgraphDefinition<S>,
  config: SubgraphConfig & z.infer<S>,
  log = createLogger(definition.name, config.LOG_LEVEL),
): Promise<RunningSubgraph> {
  setDefaultMetricLabels({ service: definition.name });
  settleUrlParseWarning();
  if (definition.events && !config.EVENTS_DATABASE_URL) {
    throw new ConfigError(definition.name, ['EVENTS_DATABASE_URL: is required because this subgraph publishes or consumes events']);
  }
  const orm = await openDatabase({
    clientUrl: config.DATABASE_URL,
    entities: subgraphEntities(definition),
    migrations: definition.migrations,
    poolMax: config.DB_POOL_MAX,
    debugSql: config.DB_DEBUG_SQL,
    log,
  });
  if (config.MIGRATE_ON_START) {
    const applied = await migrateUp(orm);
    if (applied.length) log.info({ applied }, 'migrations applied');
  }
  const events = definition.events
    ? new EventBus({
        connectionString: config.EVENTS_DATABASE_URL!,
        source: definition.name,
        orm,
        log,
        ...(config.REDIS_URL ? { redisUrl: config.REDIS_URL } : {}),
      })
    : null;
  const runtime: SubgraphRuntime<SubgraphConfig & z.infer<S>> = { name: definition.name, config, log, orm, events };
  const wiring = (await definition.wire?.(runtime)) ?? {};
  if (wiring.subscriptions?.length && !events) {
    throw new Error(`${definition.name}: wire() returns event handlers but the definition does not say events: true`);
  }
  if (config.SEED_DEMO_DATA && definition.seed) {
    await definition.seed(runtime);
    log.info('demo data seeded');
  }
  if (wiring.schedules?.length && !events) {
    throw new Error(`${definition.name}: wire() returns scheduled jobs but the definition does not say events: true`);
  }
  await events?.start(wiring.subscriptions ?? [], wiring.schedules ?? []);
  const schema = await buildFederatedSchema(definition as SubgraphDefinition, wiring.resolvers);
  const production = config.NODE_ENV === 'production';

  const app = express();
  app.disable('x-powered-by');
  const httpServer = createServer(app);
  keepIdleConnections(httpServer);
  useKeepAliveForFetch();
  let shuttingDown = false;

  const apollo = new ApolloServer<RequestContext>({
    schema,
    introspection: true, // only reachable with a gateway signature, see below
    includeStacktraceInErrorResponses: !production,
    // onShutdown (platform) owns signals and the shutdown order.
    stopOnTerminationSignals: false,
    formatError: createErrorFormatter({
      exposeInternals: !production,
      onInternalError: (error) => log.error({ err: error }, 'unhandled resolver error'),
    }),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // Federated tracing costs ~40 % throughput and nothing here reads it.
      ApolloServerPluginInlineTraceDisabled(),
      operationMetricsPlugin(),
      dependencyFailureLogPlugin<RequestContext>(),
      {
        async requestDidStart() {
          return {
            async willSendResponse({ response }) {
              const cost = costOfThisRequest();
              if (!cost) return;
              response.http.headers.set('x-sql-statements', String(cost.statements));
              response.http.headers.set('x-peer-calls', String(cost.peerCalls));
              response.http.headers.set('x-peer-sql-statements', String(cost.peerStatements));
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  app.use(healthRouter([{ name: 'database', check: () => isDatabaseReachable(orm) }], () => shuttingDown));
  app.get('/health/events', async (_req, res) => {
    // Unpublished outbox rows: a growing number means the relay or the events database is stuck.
    const pending = events ? await orm.em.fork().count((await import('../events/event.entities.js')).OutboxEvent, { publishedAt: null }) : 0;
    res.json({ events: Boolean(events), pendingOutbox: pending });
  });
  const metrics = await exposeMetrics(app, config);
  app.use(measureHttp);
  app.use(
    requestLogging({
      log,
      requestId: (req) => (req.headers[REQUEST_ID_HEADER] as string | undefined) ?? randomUUID(),
      quiet: (req) => (req.url ?? '').startsWith('/health'),
    }),
  );

  const extra = express.Router();
  wiring.routes?.(extra);
  app.use(extra);

  /**
   * The gateway signs with CALLER_KEY. A peer subgraph (envelope `iss`) signs with the key this
   * subgraph holds for it in PEER_KEYS, and may only act as that SERVICE, never as a user.
   */
  const verifyRequest = (header: string | undefined): EnvelopeCheck => {
    const options = { maxAgeSeconds: config.CALLER_MAX_AGE_SECONDS };
    const issuer = envelopeIssuer(header);
    if (issuer === undefined) return verifyCallerEnvelope(header, config.CALLER_KEY, definition.name, options);
    const peerKey = config.PEER_KEYS.get(issuer);
    if (!peerKey) return { ok: false, reason: 'bad-signature' };
    const check = verifyCallerEnvelope(header, peerKey, definition.name, options);
    if (!check.ok) return check;
    const caller = check.envelope.caller;
    const isService = caller?.service === issuer && caller.roles.length === 1 && caller.roles[0] === 'SERVICE';
    return isService ? check : { ok: false, reason: 'bad-signature' };
  };

  // Every GraphQL request must carry the gateway's signature for this subgraph: a subgraph
  // reached directly (or its `_entities`/`_service` fields) is not open to the world.
  app.use('/graphql', (req, res, next) => {
    let check: EnvelopeCheck;
    try {
      check = verifyRequest(req.header(CALLER_HEADER));
    } catch {
      // Whatever a crafted header does, the answer is the same JSON 401, never a 500 page.
      check = { ok: false, reason: 'malformed' };
    }
    if (!check.ok) {
      req.log.warn({ reason: check.reason }, 'rejected request without a valid gateway signature');
      res.status(401).json({
        errors: [{ message: 'Requests must come through the gateway.', extensions: { code: 'UNAUTHENTICATED' } }],
      });
      return;
    }
    res.locals.envelope = check.envelope;
    countRequestCost(() => next());
  });
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const envelope = res.locals.envelope as { caller: RequestContext['caller']; requestId: string };
        return createRequestContext({
          caller: envelope.caller,
          requestId: envelope.requestId,
          // Made on first use: most requests log nothing beyond the access line.
          log: lazyLogger(() => (req as Request).log.child({ requestId: envelope.requestId, userId: envelope.caller?.userId ?? null })),
          em: orm.em.fork(),
        });
      },
    }),
  );

  app.use(jsonNotFound);
  app.use(jsonErrorHandler({ log, exposeInternals: !production }));

  await new Promise<void>((resolve) => httpServer.listen(config.PORT, config.HOST, resolve));
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  const url = `http://localhost:${port}/graphql`;
  log.info({ url }, `${definition.name} subgraph ready`);
  const jobs = startJobs(wiring.jobs ?? [], orm, log);

  return {
    url,
    runtime,
    stop: async () => {
      shuttingDown = true;
      await jobs.stop(); // no new runs; waits for the ones in progress
      await apollo.stop(); // drains in-flight requests and closes the HTTP server
      await metrics.close();
      await events?.stop();
      // Last user of the services gone (requests, jobs, event handlers): release what they hold.
      await wiring.stop?.();
      await orm.close(true);
    },
  };
}
