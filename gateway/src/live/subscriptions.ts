import type { Server } from 'node:http';
import { randomUUID } from 'node:crypto';
import { WebSocketServer, type WebSocket } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import {
  GraphQLError,
  Kind,
  getOperationAST,
  parse,
  print,
  specifiedRules,
  validate,
  visit,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import { getArgumentValues } from 'graphql/execution/values.js';
import type { ApolloServer } from '@apollo/server';
import { ServiceUnavailableError, type Caller, type Logger } from '@realserv/platform';
import type { GatewayContext } from '../context.js';
import { sessionProblem, type TokenVerifier } from '../token-verifier.js';
import type { LiveEvent, LiveEventSource } from './live-source.js';
import { LIVE_TOPICS, type LiveTopic } from './topics.js';
import { pushIterator } from './push-iterator.js';

export interface SubscriptionLimits {
  maxSubscriptionsPerSocket: number;
  connectionInitTimeoutMs: number;
  keepAliveMs: number;
  maxMessageBytes: number;
  /** Updates buffered for one subscription before it is ended as too slow. */
  maxBufferedUpdates: number;
  /** Bytes queued on a socket before it is closed as a slow consumer. */
  maxSocketBufferBytes: number;
  /** How often open sockets' users are looked up again (suspended, deleted, revoked → closed). */
  revocationCheckMs: number;
  /** The same token limit as HTTP (MAX_TOKENS). */
  maxTokens: number;
}

/**
 * The HTTP edge's document rules, applied to subscriptions too: trusted documents (a document id
 * in `extensions`, and only known documents in `require` mode) and the query-cost limit.
 */
export interface SubscriptionAdmission {
  /** The text to run: the payload's, or the trusted document its id names; or why not. */
  resolveDocument(payload: { query?: unknown; extensions?: Record<string, unknown> | null }): { query: string } | { error: GraphQLError };
  /** An error when the subscription's selection costs more than the caller may ask for. */
  checkCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, caller: Caller): GraphQLError | null;
}

/** Close code for a socket whose user may no longer use it (graphql-ws' own "Forbidden"). */
export const SESSION_ENDED_CLOSE_CODE = 4403;

type SocketExtra = {
  caller?: Caller;
  /** The ID token the socket authenticated with, re-verified for every new subscription. */
  token?: string;
  subscriptions?: number;
  expiryTimer?: NodeJS.Timeout;
  [key: string]: unknown;
};

interface LiveContext {
  caller: Caller;
  topic: LiveTopic;
  responseKey: string;
  args: Record<string, unknown>;
  lookupDocument: string;
}

/**
 * graphql-ws on the gateway's own HTTP server and `/graphql` path. The socket authenticates
 * once (Firebase ID token in `connection_init`); each subscription listens to live events and,
 * for each one that concerns it, runs its selection as a query through the federated gateway
 * with the subscriber's identity, so authorization is re-checked for every update.
 * A socket outlives HTTP's per-request checks, so its session is re-checked too: every new
 * subscription verifies the token again, and every `revocationCheckMs` the users of all open
 * sockets are looked up afresh; a suspended, deleted or revoked user's sockets are closed (4403).
 */
export function attachSubscriptions(options: {
  httpServer: Server;
  apollo: ApolloServer<GatewayContext>;
  schema: () => GraphQLSchema;
  validationRules: ValidationRule[];
  verifier: TokenVerifier;
  live: LiveEventSource;
  admission: SubscriptionAdmission;
  log: Logger;
  limits: SubscriptionLimits;
}): { close(): Promise<void> } {
  const { apollo, verifier, live, log, limits } = options;
  const wsServer = new WebSocketServer({ server: options.httpServer, path: '/graphql', maxPayload: limits.maxMessageBytes });

  const runLookup = async (caller: Caller, query: string, variables: Record<string, unknown>): Promise<ExecutionResult> => {
    const requestId = randomUUID();
    const response = await apollo.executeOperation(
      { query, variables },
      { contextValue: { caller, requestId, log: log.child({ requestId, subscription: true }), clientIp: 'subscription', subscriptionLookup: true } },
    );
    if (response.body.kind !== 'single') return { errors: [new GraphQLError('Unexpected incremental result')] };
    return response.body.singleResult as ExecutionResult;
  };

  /**
   * Many sockets often want the same answer to the same event: a vendor's web app open on
   * several devices, identical selections. The result of a lookup depends only on who asks,
   * what they select and which event it is, so identical lookups for one event share one query.
   */
  const inflight = new Map<string, Promise<ExecutionResult>>();
  const sharedLookup = (eventId: string, caller: Caller, query: string, variables: Record<string, unknown>): Promise<ExecutionResult> => {
    const key = JSON.stringify([eventId, caller.firebaseUid, caller.userId, caller.vendorId, caller.roles, query, variables]);
    let pending = inflight.get(key);
    if (!pending) {
      pending = runLookup(caller, query, variables);
      inflight.set(key, pending);
      // Kept briefly so subscriptions still working through earlier events reuse it.
      setTimeout(() => inflight.delete(key), 5_000).unref();
    }
    return pending;
  };

  /** Open, authenticated sockets and the session each was opened with. */
  const sessions = new Map<WebSocket, { uid: string; authTime: number }>();
  const endSession = (socket: WebSocket, reason: string) => {
    sessions.delete(socket);
    // Close reasons are limited to 123 bytes.
    socket.close(SESSION_ENDED_CLOSE_CODE, reason.slice(0, 120));
  };
  let checking = false;
  const recheckOpenSockets = async () => {
    if (checking || sessions.size === 0) return;
    checking = true;
    try {
      const states = await verifier.refresh([...new Set([...sessions.values()].map((s) => s.uid))]);
      for (const [socket, session] of sessions) {
        const state = states.get(session.uid);
        const problem = state ? sessionProblem(state, session.authTime) : null;
        if (problem) {
          log.info({ firebaseUid: session.uid }, 'closing a subscription socket: its session ended');
          endSession(socket, problem);
        }
      }
    } catch {
      // Identity provider unreachable (logged by the verifier): keep the sockets, check again next time.
    } finally {
      checking = false;
    }
  };
  const recheckTimer = setInterval(() => void recheckOpenSockets(), limits.revocationCheckMs);
  recheckTimer.unref();

  const server = useServer<Record<string, unknown>, SocketExtra>(
    {
      schema: () => options.schema(),
      connectionInitWaitTimeout: limits.connectionInitTimeoutMs,
      onConnect: async (ctx) => {
        const params = ctx.connectionParams ?? {};
        const raw = (params.authorization ?? params.Authorization ?? params.token) as unknown;
        const token = typeof raw === 'string' ? raw.replace(/^Bearer\s+/i, '') : '';
        if (!token) return false; // graphql-ws closes with 4403 Forbidden
        const socket = ctx.extra.socket as WebSocket;
        try {
          const { caller, expiresAt, authTime } = await verifier.verifySession(token);
          ctx.extra.caller = caller;
          ctx.extra.token = token;
          ctx.extra.subscriptions = 0;
          // graphql-ws cannot re-authenticate a socket: close it when the token expires.
          ctx.extra.expiryTimer = setTimeout(() => socket.close(4403, 'Token expired'), Math.max(0, expiresAt - Date.now()));
          ctx.extra.expiryTimer.unref();
          sessions.set(socket, { uid: caller.firebaseUid, authTime });
          socket.once('close', () => {
            clearTimeout(ctx.extra.expiryTimer);
            sessions.delete(socket);
          });
          return true;
        } catch (error) {
          // An outage is not the client's fault: "try again later" (1013), not "forbidden".
          if (error instanceof ServiceUnavailableError) socket.close(1013, 'Identity provider unavailable: retry');
          return false;
        }
      },
      onSubscribe: async (ctx, _id, payload) => {
        const caller = ctx.extra.caller;
        if (!caller || !ctx.extra.token) return [new GraphQLError('Not authenticated', { extensions: { code: 'UNAUTHENTICATED' } })];
        // The user may have been suspended, deleted or signed out everywhere since the socket opened.
        try {
          await verifier.verifySession(ctx.extra.token);
        } catch (error) {
          if (error instanceof ServiceUnavailableError) {
            return [new GraphQLError(error.message, { extensions: { code: error.code, retryable: true } })];
          }
          endSession(ctx.extra.socket as WebSocket, (error as Error).message);
          return [new GraphQLError((error as Error).message, { extensions: { code: 'UNAUTHENTICATED' } })];
        }
        if ((ctx.extra.subscriptions ?? 0) >= limits.maxSubscriptionsPerSocket) {
          return [new GraphQLError(`At most ${limits.maxSubscriptionsPerSocket} subscriptions per connection.`, { extensions: { code: 'RATE_LIMITED' } })];
        }
        const schema = options.schema();
        const resolved = options.admission.resolveDocument(payload as { query?: unknown; extensions?: Record<string, unknown> | null });
        if ('error' in resolved) return [resolved.error];
        let document: DocumentNode;
        try {
          document = parse(resolved.query, { maxTokens: limits.maxTokens });
        } catch (error) {
          return [new GraphQLError((error as Error).message, { extensions: { code: 'GRAPHQL_PARSE_FAILED' } })];
        }
        const errors = validate(schema, document, [...specifiedRules, ...options.validationRules]);
        if (errors.length) return errors.map((e) => new GraphQLError(e.message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }));
        const tooCostly = options.admission.checkCost(schema, document, (payload.variables ?? {}) as Record<string, unknown>, caller);
        if (tooCostly) return [tooCostly];
        const operation = getOperationAST(document, payload.operationName ?? undefined);
        if (!operation || operation.operation !== 'subscription') {
          return [new GraphQLError('Only subscriptions go over this socket; send queries and mutations over HTTP.', { extensions: { code: 'BAD_REQUEST' } })];
        }
        const fields = operation.selectionSet.selections.filter((s): s is FieldNode => s.kind === Kind.FIELD);
        if (fields.length !== 1 || operation.selectionSet.selections.length !== 1) {
          return [new GraphQLError('A subscription selects exactly one root field.', { extensions: { code: 'BAD_USER_INPUT' } })];
        }
        const field = fields[0]!;
        const topic = LIVE_TOPICS[field.name.value];
        if (!topic) return [new GraphQLError(`Unknown subscription ${field.name.value}.`, { extensions: { code: 'BAD_USER_INPUT' } })];
        if (topic.roles.length && !topic.roles.some((r) => caller.roles.includes(r))) {
          return [new GraphQLError('You are not allowed to subscribe to this.', { extensions: { code: 'FORBIDDEN' } })];
        }
        const fieldDef = schema.getSubscriptionType()!.getFields()[field.name.value]!;
        const variables = (payload.variables ?? {}) as Record<string, unknown>;
        const args = getArgumentValues(fieldDef, field, variables);
        const fragments = document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION);
        // Only the variables the selection itself uses (the root field's arguments are not re-sent).
        const used = new Set<string>();
        for (const node of [field.selectionSet!, ...fragments]) {
          visit(node, { Variable: (v) => void used.add(v.name.value) });
        }
        const variableDefs = (operation.variableDefinitions ?? [])
          .filter((v) => used.has(v.variable.name.value))
          .map((v) => print(v))
          .join(' ');
        const lookupDocument = [
          `query LiveUpdate($__liveId: ${topic.lookup.idType ?? 'ID'}!${variableDefs ? ` ${variableDefs}` : ''}) { __live: ${topic.lookup.field}(${topic.lookup.idArg}: $__liveId) ${print(field.selectionSet!)} }`,
          ...fragments.map((f) => print(f)),
        ].join('\n');
        if (topic.authorizeArg) {
          // The subscriber must be able to read it now: the same query, same authorization.
          const check = await runLookup(caller, `query LiveCheck($id: ID!) { ${topic.lookup.field}(${topic.lookup.idArg}: $id) { __typename } }`, {
            id: args[topic.authorizeArg],
          });
          if (check.errors?.length) {
            return check.errors.map((e) => new GraphQLError(e.message, { extensions: { code: e.extensions?.code ?? 'FORBIDDEN' } }));
          }
        }
        ctx.extra.subscriptions = (ctx.extra.subscriptions ?? 0) + 1;
        const liveContext: LiveContext = { caller, topic, responseKey: field.alias?.value ?? field.name.value, args, lookupDocument };
        return { schema, document, variableValues: variables, operationName: payload.operationName ?? null, contextValue: liveContext } as ExecutionArgs;
      },
      subscribe: (args) => {
        const ctx = args.contextValue as LiveContext;
        const variables = (args.variableValues ?? {}) as Record<string, unknown>;
        let chain = Promise.resolve();
        const stream = pushIterator<ExecutionResult>({ maxBuffered: limits.maxBufferedUpdates, onReturn: () => unlisten() });
        const unlisten = live.listen((event: LiveEvent) => {
          const id = ctx.topic.match(event, ctx.args, ctx.caller);
          if (!id) return;
          // One update at a time per subscription, in event order.
          chain = chain.then(async () => {
            if (stream.closed) return;
            const result = await sharedLookup(event.id, ctx.caller, ctx.lookupDocument, { ...variables, __liveId: id }).catch(
              (error: unknown): ExecutionResult => ({ errors: [new GraphQLError((error as Error).message)] }),
            );
            const data = result.data as { __live?: unknown } | null | undefined;
            // executeOperation returns formatted errors; graphql-ws serialises GraphQLErrors.
            const errors = (result.errors ?? []).map(
              (e) => new GraphQLError(e.message, { extensions: e.extensions ?? {}, path: e.path as ReadonlyArray<string | number> | undefined }),
            );
            stream.push({
              data: data ? { [ctx.responseKey]: data.__live ?? null } : null,
              ...(errors.length ? { errors } : {}),
            } as ExecutionResult);
          });
        });
        return stream.iterator;
      },
      execute: () => ({ errors: [new GraphQLError('Queries and mutations go over HTTP.')] }),
      onNext: (ctx) => {
        const socket = ctx.extra.socket as WebSocket;
        if (socket.bufferedAmount > limits.maxSocketBufferBytes) {
          log.warn({ buffered: socket.bufferedAmount }, 'closing a slow subscription socket');
          socket.close(1013, 'Too slow: try again later');
        }
      },
      onComplete: (ctx) => {
        ctx.extra.subscriptions = Math.max(0, (ctx.extra.subscriptions ?? 1) - 1);
      },
    },
    wsServer,
    limits.keepAliveMs,
  );

  return {
    close: async () => {
      clearInterval(recheckTimer);
      await server.dispose();
      await new Promise<void>((resolve) => wsServer.close(() => resolve()));
    },
  };
}
