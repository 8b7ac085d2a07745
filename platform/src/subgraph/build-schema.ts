import 'reflect-metadata';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { parse, type GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap, type ContainerType } from 'type-graphql';
import { authChecker } from '../graphql/auth-checker.js';
import type { SubgraphDefinition } from './definition.js';
import type { RequestContext } from '../context.js';
import { markInternalOnlyTypes } from './internal-types.js';
import { CACHE_CONTROL_SDL } from '../graphql/cache-control.js';

export const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@override", "@tag", "@interfaceObject"])`;

/**
 * type-graphql builds a plain schema from the decorated classes; it is printed with its
 * directives (`@key`, `@shareable`, `@cacheControl`), prefixed with the Federation 2 `@link` and
 * the cache-hint declarations, and rebuilt by
 * `buildSubgraphSchema` together with type-graphql's resolvers and our reference resolvers.
 */
export async function buildFederatedSchema(
  definition: SubgraphDefinition,
  instances: object[] = [],
): Promise<GraphQLSchema> {
  const container: ContainerType = {
    get: (someClass: new () => object) => instances.find((i) => i.constructor === someClass) ?? new someClass(),
  } as ContainerType;
  const schema = await buildSchema({
    resolvers: definition.resolvers,
    orphanedTypes: definition.orphanedTypes ?? [],
    authChecker,
    validate: { forbidUnknownValues: false, stopAtFirstError: false },
    container,
    skipCheck: true,
    // Subgraphs declare subscription fields but never execute them (the gateway serves them
    // over graphql-ws); type-graphql insists on a PubSub, so it gets one that does nothing.
    pubSub: { publish: () => undefined, subscribe: () => (async function* () {})() } as never,
  });
  describeRootTypes(schema);
  const typeDefs = markInternalOnlyTypes(parse(`${FEDERATION_LINK}\n\n${CACHE_CONTROL_SDL}\n\n${printSchemaWithDirectives(schema)}`));
  const resolvers = createResolversMap(schema) as Record<string, Record<string, unknown>>;
  for (const [typeName, resolveReference] of Object.entries(definition.referenceResolvers ?? {})) {
    resolvers[typeName] = {
      ...(resolvers[typeName] ?? {}),
      __resolveReference: (reference: Record<string, unknown>, ctx: RequestContext) => resolveReference(reference, ctx),
    };
  }
  return buildSubgraphSchema([{ typeDefs, resolvers: resolvers as never }]);
}

/**
 * type-graphql has no option for the root types' descriptions; every subgraph gives the same ones
 * so composition keeps them and Apollo Sandbox shows them.
 */
function describeRootTypes(schema: GraphQLSchema): void {
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
  const subscription = schema.getSubscriptionType();
  if (query) query.description = 'What the API reads. Each field says who may call it and the errors it returns (extensions.code, with extensions.reason where given).';
  if (mutation) mutation.description = 'What the API changes. Each field says who may call it and the errors it returns (extensions.code, with extensions.reason where given).';
  if (subscription) subscription.description = 'Live updates, served by the gateway over graphql-ws to signed-in callers. Each field says who may subscribe.';
}

/** The subgraph's SDL as the gateway sees it (`_service { sdl }`), for composition. */
export async function printSubgraphSdl(definition: SubgraphDefinition): Promise<string> {
  const schema = await buildFederatedSchema(definition);
  const { printSubgraphSchema } = await import('@apollo/subgraph');
  return printSubgraphSchema(schema);
}
