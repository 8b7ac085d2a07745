import {
  getNamedType,
  getNullableType,
  isListType,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { Redis } from 'ioredis';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { RateLimiterRes } from 'rate-limiter-flexible';
import type { Logger } from '@realserv/platform';
import { budgetLimiter, callerKey, type RateLimitContext } from './rate-limits.js';

/**
 * What an operation costs, in "objects the gateway may have to produce": every field costs 1,
 * and a list multiplies what is selected inside it by how long it can be. Paginated fields
 * (`page: { limit }`, default 20, capped 100 by the subgraphs) multiply by their limit; lists
 * without pagination by the size assumed below (what a busy marketplace holds, not an average).
 * A nested query (materials → offers → vendor → inventory → material …) therefore costs what
 * its answer really weighs, where a depth-only rule let a 164-byte query fetch 3 MB.
 */
export const DEFAULT_PAGE_LIMIT = 20;
export const MAX_PAGE_LIMIT = 100;
export const DEFAULT_LIST_SIZE = 20;

/** `Type.field` → the longest list we expect there. */
export const ASSUMED_LIST_SIZES: Record<string, number> = {
  'Query.categories': 15,
  'Query.gstRates': 20,
  'Query.vendorInventory': 200,
  'Query.myInventory': 200,
  'Vendor.inventory': 200,
  'Query.vendorLaborOffers': 10,
  'Query.myLaborOffers': 10,
  'Vendor.laborOffers': 10,
  'Query.myAddresses': 20,
  'Category.children': 6,
  'Vendor.kycDocuments': 10,
  'LaborCategory.offers': 50,
  'Material.offers': 50,
  'Material.specifications': 20,
  'Order.items': 50,
  'Order.statusHistory': 20,
  'Payment.refunds': 10,
  'Payment.transactions': 20,
  'Delivery.history': 20,
  // The deprecated list returns a ticket's first 100 messages (orders' LEGACY_MESSAGES_LIMIT);
  // `messagesPage` is a page field, sized by its limit like every other (capped at 100).
  'SupportTicket.messages': 100,
  'TicketMessage.attachments': 5,
  'Settlement.lines': 100,
  'GenerateSettlementsPayload.settlements': 50,
  'Mutation.updateMyInventory': 200,
  'Mutation.updateMyLaborOffers': 10,
};

const listSizeEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const page = args.page as { limit?: unknown } | undefined;
  if (field.args.some((a) => a.name === 'page')) {
    // A page object: its `items` list is sized by the limit asked for here.
    const asked = typeof page?.limit === 'number' ? page.limit : DEFAULT_PAGE_LIMIT;
    const limit = Math.min(Math.max(asked, 0), MAX_PAGE_LIMIT);
    return 1 + pageItemsCost(childComplexity, limit);
  }
  if (!isListType(getNullableType(field.type))) return undefined;
  // `items` of a page type was sized by the paginated parent (see pageItemsCost).
  if (field.name === 'items' && type.name.endsWith('Page')) return undefined;
  const size = ASSUMED_LIST_SIZES[`${type.name}.${field.name}`] ?? DEFAULT_LIST_SIZE;
  const named = getNamedType(field.type);
  // A list of scalars is one value of bounded size; a list of objects is that many objects.
  return 'getFields' in named ? 1 + size * Math.max(childComplexity, 1) : 1 + Math.ceil(size / 10);
};

/**
 * graphql-query-complexity gives a page field the summed cost of its children (`items` +
 * `pageInfo`); items dominate, so the whole child cost is multiplied by the limit, which only
 * over-counts the small `pageInfo` and never under-counts.
 */
function pageItemsCost(childComplexity: number, limit: number): number {
  return Math.max(childComplexity, 1) * Math.max(limit, 1);
}

export function operationCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, operationName?: string): number {
  return getComplexity({
    schema,
    query: document,
    variables,
    ...(operationName ? { operationName } : {}),
    estimators: [listSizeEstimator, simpleEstimator({ defaultComplexity: 1 })],
  });
}

/**
 * operationCost, remembered per schema and parsed document (Apollo Server hands the same
 * DocumentNode to every request with the same text) for each operation name and variables: the
 * cost is a pure function of those, and computing it walked the whole document on every request.
 */
const costs = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Map<string, number>>>();
const COSTS_PER_DOCUMENT = 256;

export function cachedOperationCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, operationName?: string): number {
  let documents = costs.get(schema);
  if (!documents) costs.set(schema, (documents = new WeakMap()));
  let known = documents.get(document);
  if (!known) documents.set(document, (known = new Map()));
  const key = `${operationName ?? ''}\n${JSON.stringify(variables)}`;
  let cost = known.get(key);
  if (cost === undefined) {
    cost = operationCost(schema, document, variables, operationName);
    // Bounded: variables such as search terms vary without end.
    if (known.size >= COSTS_PER_DOCUMENT) known.clear();
    known.set(key, cost);
  }
  return cost;
}

export interface FairUseOptions {
  maxCost: number;
  /**
   * Admins' limit is `maxCost × adminCostFactor`: settlement runs and reports legitimately touch
   * many objects, and admin accounts are few and audited. Their budget per minute is not raised.
   */
  adminCostFactor: number;
  /** Cost points one caller may spend per minute (0: no budget). */
  budgetPerMinute: number;
  /** Operations one caller may have running at once on this instance. */
  maxInFlight: number;
  /**
   * Anonymous callers are counted by IP address, and many people share one (mobile carriers'
   * NAT, an office): their budget and in-flight limit are this many times a signed-in caller's.
   */
  anonymousIpFactor: number;
  /** Largest response body sent; bigger answers are replaced by RESPONSE_TOO_LARGE. */
  maxResponseBytes: number;
  exposeLimits: boolean;
  redis?: Redis;
  log: Logger;
}

/** The cost limit for this caller: admins' is `adminCostFactor` times everyone else's (HTTP and subscriptions alike). */
export function maxCostFor(caller: { roles: string[] } | null, maxCost: number, adminCostFactor: number): number {
  return caller?.roles.includes('ADMIN') ? maxCost * adminCostFactor : maxCost;
}

/**
 * One client must not starve the others: an operation over `maxCost` is refused before it
 * runs; each caller spends from a per-minute cost budget (shared through Redis) and may have
 * only a few operations in flight; an answer that still comes out huge is not sent.
 */
export function fairUsePlugin<T extends RateLimitContext & { subscriptionLookup?: boolean; caller: { roles: string[] } | null }>(options: FairUseOptions): ApolloServerPlugin<T> {
  const budget =
    options.budgetPerMinute > 0 ? budgetLimiter({ keyPrefix: 'realserv:rl:query-cost', points: options.budgetPerMinute, duration: 60 }, options.redis) : null;
  const inFlight = new Map<string, number>();
  const refuse = (message: string, code: string, status: number, extensions: Record<string, unknown> = {}, headers: Array<[string, string]> = []) =>
    new GraphQLError(message, { extensions: { code, ...extensions, http: { status, headers: new HeaderMap(headers) } } });

  return {
    async requestDidStart() {
      let heldBy: string | null = null;
      let cost = 0;
      return {
        async didResolveOperation({ document, request, contextValue, schema, operationName }) {
          // A subscription's per-event lookup was admitted when the client subscribed.
          if (contextValue.subscriptionLookup) return;
          try {
            cost = cachedOperationCost(schema, document, request.variables ?? {}, operationName ?? undefined);
          } catch (error) {
            // Variables that do not coerce: execution refuses them with BAD_USER_INPUT before
            // anything runs, so there is nothing to cost.
            if (error instanceof GraphQLError) return;
            throw error;
          }
          const maxCost = maxCostFor(contextValue.caller, options.maxCost, options.adminCostFactor);
          if (cost > maxCost) {
            throw refuse(
              options.exposeLimits
                ? `This operation would cost ${cost}, more than the limit of ${maxCost}: ask for smaller pages or fewer nested lists.`
                : 'This operation asks for too much at once: ask for smaller pages or fewer nested lists.',
              'QUERY_TOO_COMPLEX',
              400,
              options.exposeLimits ? { cost, maxCost } : {},
            );
          }
          const key = callerKey(contextValue);
          const factor = contextValue.caller ? 1 : options.anonymousIpFactor;
          if (budget) {
            try {
              await budget.consume(key, Math.max(Math.ceil(cost / factor), 1));
            } catch (error) {
              if (!(error instanceof RateLimiterRes)) throw error;
              const retryAfterSeconds = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
              options.log.warn({ key, cost, retryAfterSeconds }, 'query-cost budget spent');
              throw refuse(`You asked for too much in the last minute: try again in ${retryAfterSeconds} s.`, 'RATE_LIMITED', 429, { limit: 'query-cost', retryAfterSeconds }, [
                ['retry-after', String(retryAfterSeconds)],
              ]);
            }
          }
          const running = inFlight.get(key) ?? 0;
          if (running >= options.maxInFlight * factor) {
            throw refuse('Too many of your requests are running at once: wait for one to finish.', 'RATE_LIMITED', 429, { limit: 'concurrency', retryAfterSeconds: 1 }, [
              ['retry-after', '1'],
            ]);
          }
          inFlight.set(key, running + 1);
          heldBy = key;
        },
        async willSendResponse({ response, metrics }) {
          if (heldBy) {
            const left = (inFlight.get(heldBy) ?? 1) - 1;
            if (left > 0) inFlight.set(heldBy, left);
            else inFlight.delete(heldBy);
            heldBy = null;
          }
          // Only answers that could be large are measured (serialising twice is not free). A
          // response-cache hit was measured when it was stored: this plugin runs before the
          // cache's, which stores no answer with errors, so an oversized one was never stored.
          if (cost < 500 || response.body.kind !== 'single' || metrics.responseCacheHit) return;
          const size = Buffer.byteLength(JSON.stringify(response.body.singleResult));
          if (size <= options.maxResponseBytes) return;
          options.log.warn({ size, cost }, 'response over MAX_RESPONSE_BYTES replaced by an error');
          response.body.singleResult = {
            errors: [
              {
                message: 'The answer is too large to send: ask for smaller pages or fewer nested lists.',
                extensions: { code: 'RESPONSE_TOO_LARGE', ...(options.exposeLimits ? { size, maxResponseBytes: options.maxResponseBytes } : {}) },
              },
            ],
          };
          response.http.status = 200;
        },
      };
    },
  };
}

