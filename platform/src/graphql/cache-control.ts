import type { GraphQLResolveInfo } from 'graphql';

/**
 * Apollo's cache hints, declared in every subgraph's SDL so its types and fields may carry
 * `@cacheControl(maxAge: …)`. Apollo Server's cache-control plugin (on by default) combines the
 * hints of the fields an answer resolved into its `cache-control` header: the smallest max age,
 * and PRIVATE if any field is. Root fields and fields returning objects without a hint count as
 * max age 0, so anything not hinted is never cached. The gateway combines the headers of every
 * subgraph fetch the same way (docs/caching.md). The scope enum is not part of the client API.
 */
export const CACHE_CONTROL_SDL = `enum CacheControlScope @inaccessible {
  PUBLIC
  PRIVATE
}

directive @cacheControl(maxAge: Int, scope: CacheControlScope, inheritMaxAge: Boolean) on FIELD_DEFINITION | OBJECT | INTERFACE | UNION`;

/** For value types (Money, PageInfo): as cacheable as the field that returns them. */
export const INHERIT_MAX_AGE = '@cacheControl(inheritMaxAge: true)';

/**
 * For root fields that answer for the caller alone (`myInventory`) but return a type that is
 * public elsewhere: never cached, by anyone.
 */
export const CALLER_ONLY = '@cacheControl(maxAge: 0, scope: PRIVATE)';

interface InfoWithCacheControl {
  cacheControl?: { setCacheHint(hint: { scope: 'PRIVATE' }): void };
}

/**
 * The answer being resolved depends on who asks (e.g. a vendor's own unavailable rows): the
 * whole response becomes PRIVATE, so no shared cache keeps it.
 */
export function answerDependsOnCaller(info: GraphQLResolveInfo): void {
  (info as GraphQLResolveInfo & InfoWithCacheControl).cacheControl?.setCacheHint({ scope: 'PRIVATE' });
}
