import type { ApolloServerPlugin } from '@apollo/server';
import ApolloServerPluginResponseCache from '@apollo/server-plugin-response-cache';
import { InMemoryLRUCache, type KeyValueCache } from '@apollo/utils.keyvaluecache';
import type { Redis } from 'ioredis';
import type { Logger } from '@realserv/platform';
import type { GatewayContext } from '../context.js';
import type { LiveEvent } from '../live/live-source.js';
import { createHash } from 'node:crypto';
import { RedisResponseStore } from './redis-store.js';
import { MissCoalescer } from './miss-coalescer.js';
import { CATALOG_EVENTS, CATALOG_PRODUCERS, CacheGeneration, isMutationText, seesPublicView } from './shared-answers.js';

export type ResponseCacheMode = 'off' | 'memory' | 'redis';

/**
 * What the cache did for one query: `hit` (answered from it), `miss` (computed, and public, so
 * stored), `uncacheable` (computed; a private or unhinted field, or an error: not stored), or
 * `bypass` (a vendor, an admin or a subscription update: never read nor filled).
 */
export type ResponseCacheOutcome = 'hit' | 'miss' | 'uncacheable' | 'bypass';

export interface ResponseCacheOptions {
  mode: ResponseCacheMode;
  /** Bytes the in-process cache may hold (mode `memory`). */
  memoryBytes: number;
  /** Mode `redis`: the gateway's Redis connection (fails fast, no offline queue). */
  redis?: Redis;
  log: Logger;
  /** Called once per query answered (the gateway counts them: `gateway_response_cache_queries_total`). */
  onOutcome?: (outcome: ResponseCacheOutcome) => void;
}

export interface ResponseCache {
  plugins: ApolloServerPlugin<GatewayContext>[];
  /** Every subgraph response the gateway receives, with the operation it sent. */
  subgraphAnswered(subgraph: string, query: string | undefined): void;
  /** Every live event the gateway hears. */
  liveEvent(event: LiveEvent): void;
}

/**
 * Whole answers to public queries, kept as long as the answer's cache policy allows (the
 * smallest max age the subgraphs' `cache-control` headers gave, see docs/caching.md):
 * - only answers whose every field is PUBLIC are stored; PRIVATE ones never are (no session
 *   keys: nothing private is cached at all), nor answers with errors;
 * - vendors and admins neither read nor fill it (their views are wider);
 * - catalog writes move the cache generation (part of every key): through this gateway at once,
 *   on every gateway when the catalog's event arrives.
 */
export function createResponseCache(options: ResponseCacheOptions): ResponseCache {
  const generation = new CacheGeneration();
  let announce: (generation: string) => void = () => undefined;
  const plugins: ApolloServerPlugin<GatewayContext>[] = [cachePolicyPlugin()];
  if (options.mode !== 'off') {
    if (options.mode === 'redis' && !options.redis) throw new Error('RESPONSE_CACHE=redis needs REDIS_URL');
    const store = options.mode === 'redis' ? new RedisResponseStore(options.redis!, options.log) : null;
    const cache: KeyValueCache<string> = store ?? new InMemoryLRUCache<string>({ maxSize: options.memoryBytes });
    if (store) {
      // A restarted gateway shares the others' answers at once instead of after the next event.
      void store.readGeneration().then((value) => value && generation.join(value));
      announce = (value) => void store.writeGeneration(value);
    }
    const sharesCache = (context: GatewayContext) => seesPublicView(context.caller) && !context.subscriptionLookup;
    if (options.onOutcome) plugins.push(outcomePlugin(options.onOutcome, sharesCache));
    plugins.push(
      coalescingPlugin(new MissCoalescer(), generation, sharesCache),
      ApolloServerPluginResponseCache<GatewayContext>({
        cache,
        // No caller ever has a session: PRIVATE answers are not stored, public ones are shared.
        sessionId: async () => null,
        extraCacheKeyData: async () => generation.current,
        shouldReadFromCache: async ({ contextValue }) => sharesCache(contextValue),
        shouldWriteToCache: async ({ contextValue }) => sharesCache(contextValue),
      }),
    );
  }
  return {
    plugins,
    subgraphAnswered: (subgraph, query) => {
      if (CATALOG_PRODUCERS.has(subgraph) && isMutationText(query)) generation.advance();
    },
    liveEvent: (event) => {
      if (!CATALOG_EVENTS.has(event.type)) return;
      generation.advanceTo(event.id);
      announce(generation.current);
    },
  };
}

/**
 * The answer's cache policy before the subgraphs' headers narrow it: mutations are never
 * cacheable, and what vendors and admins read is PRIVATE (the `cache-control` header says so
 * to browsers and CDNs too).
 */
function cachePolicyPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        // Before Apollo's cache-control plugin (installed last) turns the policy into the header.
        async willSendResponse({ operation, overallCachePolicy, contextValue }) {
          if (operation?.operation !== 'query') overallCachePolicy.restrict({ maxAge: 0 });
          else if (!seesPublicView(contextValue.caller)) overallCachePolicy.restrict({ scope: 'PRIVATE' });
        },
      };
    },
  };
}

/** Counts every query's outcome, so the hit rate under load is measured, not guessed (docs/caching.md). */
function outcomePlugin(
  onOutcome: (outcome: ResponseCacheOutcome) => void,
  sharesCache: (context: GatewayContext) => boolean,
): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, metrics, contextValue, overallCachePolicy, response }) {
          if (operation?.operation !== 'query') return;
          if (!sharesCache(contextValue)) return onOutcome('bypass');
          if (metrics.responseCacheHit) return onOutcome('hit');
          const stored = overallCachePolicy.policyIfCacheable()?.scope === 'PUBLIC' && response.body.kind === 'single' && !response.body.singleResult.errors;
          onOutcome(stored ? 'miss' : 'uncacheable');
        },
      };
    },
  };
}

const sha = (text: string) => createHash('sha256').update(text).digest('base64url');

/**
 * Placed before the response cache: concurrent misses of one public answer wait for the first
 * (MissCoalescer), which releases them once the response cache has stored its answer.
 */
function coalescingPlugin(
  coalescer: MissCoalescer,
  generation: CacheGeneration,
  sharesCache: (context: GatewayContext) => boolean,
): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ contextValue }) {
      if (!sharesCache(contextValue)) return;
      let operation = '';
      let key = '';
      let release: (() => void) | null = null;
      return {
        async responseForOperation(requestContext) {
          if (requestContext.operation?.operation !== 'query') return null;
          operation = sha(`${requestContext.operationName ?? ''}\n${requestContext.source}`);
          key = sha(JSON.stringify([operation, requestContext.request.variables ?? {}, generation.current]));
          release = await coalescer.awaitTurn(operation, key);
          return null;
        },
        async willSendResponse({ response, overallCachePolicy, metrics }) {
          if (!key) return;
          const policy = overallCachePolicy.policyIfCacheable();
          const body = response.body.kind === 'single' ? response.body.singleResult : null;
          if (!metrics.responseCacheHit && policy?.scope === 'PUBLIC' && body?.data && !body.errors) coalescer.answerStored(operation, key, policy.maxAge);
          // After the response cache's own willSendResponse has stored the answer (same turn).
          if (release) setImmediate(release);
        },
      };
    },
  };
}
