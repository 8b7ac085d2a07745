import type { ApolloServerPlugin } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  valueFromASTUntyped,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Logger } from '@realserv/platform';

/**
 * Per-caller budgets for operations that are expensive (search) or worth guessing at (sign-up,
 * delivery OTPs, payment signatures). Every occurrence of a field costs a point, so aliasing
 * `verifyDeliveryOtp` ten times in one request spends ten attempts. A signed-in caller is
 * counted by user, an anonymous one by IP address. With Redis the budgets are shared by every
 * gateway instance (memory otherwise, and as insurance while Redis is unreachable).
 */
export interface RateRule {
  name: string;
  fields: string[];
  points: number;
  durationSeconds: number;
  /** Counts only occurrences this accepts (e.g. `materials` with a search term). */
  counts?: (args: Record<string, unknown>) => boolean;
}

const hasSearch = (args: Record<string, unknown>) => {
  const filter = args.filter as { search?: unknown } | undefined;
  return typeof filter?.search === 'string' && filter.search.trim() !== '';
};

export const DEFAULT_RATE_RULES: RateRule[] = [
  { name: 'sign-up', fields: ['register'], points: 5, durationSeconds: 3600 },
  { name: 'otp-verification', fields: ['verifyDeliveryOtp'], points: 10, durationSeconds: 600 },
  { name: 'payment-verification', fields: ['verifyPayment'], points: 20, durationSeconds: 600 },
  { name: 'search', fields: ['materials', 'laborCategories'], points: 120, durationSeconds: 60, counts: hasSearch },
  // Each lookup may be a paid Google Maps call (integrations' location; cached lookups are free).
  { name: 'geocoding', fields: ['geocodeAddress', 'reverseGeocode'], points: 30, durationSeconds: 60 },
];

/** `RATE_LIMITS=search=600/60,otp-verification=5/600` overrides points/seconds per rule. */
export function parseRateOverrides(spec: string | undefined, rules = DEFAULT_RATE_RULES): RateRule[] {
  const overrides = new Map<string, { points: number; durationSeconds: number }>();
  for (const part of (spec ?? '').split(',').map((p) => p.trim()).filter(Boolean)) {
    const match = /^([a-z-]+)=(\d+)\/(\d+)$/.exec(part);
    if (!match) throw new Error(`RATE_LIMITS: "${part}" is not name=points/seconds`);
    const [, name, points, seconds] = match;
    if (!rules.some((r) => r.name === name)) throw new Error(`RATE_LIMITS: no rule named "${name}" (${rules.map((r) => r.name).join(', ')})`);
    overrides.set(name!, { points: Number(points), durationSeconds: Number(seconds) });
  }
  return rules.map((rule) => ({ ...rule, ...(overrides.get(rule.name) ?? {}) }));
}

/** How many points each rule's fields cost in this operation (root fields, through fragments). */
export function countRateLimitedFields(
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  rules: RateRule[],
): Map<RateRule, number> {
  const costs = new Map<RateRule, number>();
  const byField = new Map<string, RateRule>();
  for (const rule of rules) for (const field of rule.fields) byField.set(field, rule);
  const visit = (selectionSet: SelectionSetNode, seen: Set<string>) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const rule = byField.get(selection.name.value);
        if (rule && (!rule.counts || rule.counts(argumentsOf(selection, variables)))) costs.set(rule, (costs.get(rule) ?? 0) + 1);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet, seen);
      } else {
        const name = selection.name.value;
        const fragment = fragments[name];
        if (fragment && !seen.has(name)) visit(fragment.selectionSet, new Set([...seen, name]));
      }
    }
  };
  visit(operation.selectionSet, new Set());
  return costs;
}

function argumentsOf(field: FieldNode, variables: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries((field.arguments ?? []).map((arg) => [arg.name.value, valueFromASTUntyped(arg.value, variables)]));
}

export interface RateLimitContext {
  caller: { userId: string | null; firebaseUid: string } | null;
  clientIp: string;
}

/** Whom a budget is counted against: a signed-in caller by user, an anonymous one by IP address. */
export const callerKey = (context: RateLimitContext) =>
  context.caller ? `user:${context.caller.userId ?? context.caller.firebaseUid}` : `ip:${context.clientIp}`;

/** A budget shared by every gateway through Redis (this instance's memory while Redis is unreachable), or memory alone. */
export function budgetLimiter(base: { keyPrefix: string; points: number; duration: number }, redis: Redis | undefined): RateLimiterAbstract {
  return redis ? new RateLimiterRedis({ ...base, storeClient: redis, insuranceLimiter: new RateLimiterMemory(base) }) : new RateLimiterMemory(base);
}

export function rateLimitPlugin<T extends RateLimitContext>(options: { rules: RateRule[]; redis?: Redis; log: Logger }): ApolloServerPlugin<T> {
  const limiters = new Map<RateRule, RateLimiterAbstract>();
  for (const rule of options.rules) {
    limiters.set(rule, budgetLimiter({ keyPrefix: `realserv:rl:${rule.name}`, points: rule.points, duration: rule.durationSeconds }, options.redis));
  }
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request, contextValue }) {
          const fragments = Object.fromEntries(
            document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
          );
          if (!operation) return;
          const costs = countRateLimitedFields(operation, fragments, request.variables ?? {}, options.rules);
          if (!costs.size) return;
          const key = callerKey(contextValue);
          for (const [rule, points] of costs) {
            try {
              await limiters.get(rule)!.consume(key, points);
            } catch (error) {
              if (!(error instanceof RateLimiterRes)) throw error;
              const retryAfterSeconds = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
              options.log.warn({ rule: rule.name, key, points, retryAfterSeconds }, 'rate limit reached');
              throw new GraphQLError(`Too many ${rule.name} requests: try again in ${retryAfterSeconds} s.`, {
                extensions: {
                  code: 'RATE_LIMITED',
                  limit: rule.name,
                  retryAfterSeconds,
                  http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) },
                },
              });
            }
          }
        },
      };
    },
  };
}
