import { ApolloServer } from '@apollo/server';
import type { Caller, Logger } from '@realserv/platform';
import type { GatewayContext } from '../context.js';
import { createResponseCache, type ResponseCache } from './response-cache.js';

/**
 * The cache's rules on a plain Apollo Server whose fields carry the hints the subgraphs give
 * (in the gateway the same policy comes from the subgraphs' `cache-control` headers).
 */
const typeDefs = `
  enum CacheControlScope { PUBLIC PRIVATE }
  directive @cacheControl(maxAge: Int, scope: CacheControlScope, inheritMaxAge: Boolean) on FIELD_DEFINITION | OBJECT | INTERFACE | UNION
  type Query {
    price: Int @cacheControl(maxAge: 60)
    whoAmI: String @cacheControl(maxAge: 60, scope: PRIVATE)
    unhinted: Int
  }
  type Mutation { reprice: Int @cacheControl(maxAge: 60) }
`;

const log = { warn: () => undefined } as unknown as Logger;
const person = (userId: string, roles: Caller['roles']): Caller =>
  ({ firebaseUid: userId, userId, roles, vendorId: roles.includes('VENDOR') ? `vendor-of-${userId}` : null, email: null, phone: null }) satisfies Caller;

describe('the gateway response cache', () => {
  let server: ApolloServer<GatewayContext>;
  let cache: ResponseCache;
  let resolved: Record<string, number>;
  let outcomes: string[];

  beforeEach(async () => {
    resolved = { price: 0, whoAmI: 0, unhinted: 0 };
    outcomes = [];
    cache = createResponseCache({ mode: 'memory', memoryBytes: 1_000_000, log, onOutcome: (outcome) => outcomes.push(outcome) });
    server = new ApolloServer<GatewayContext>({
      typeDefs,
      resolvers: {
        Query: {
          price: () => ++resolved.price! * 100,
          whoAmI: (_: unknown, __: unknown, ctx: GatewayContext) => (resolved.whoAmI!++, ctx.caller?.userId ?? 'anonymous'),
          unhinted: () => ++resolved.unhinted!,
        },
        Mutation: { reprice: () => 1 },
      },
      plugins: cache.plugins,
    });
    await server.start();
  });
  afterEach(() => server.stop());

  async function ask(query: string, caller: Caller | null = null) {
    const contextValue: GatewayContext = { caller, requestId: 'test-request', log, clientIp: '127.0.0.1' };
    const response = await server.executeOperation({ query }, { contextValue });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return { data: response.body.singleResult.data, cacheControl: response.http.headers.get('cache-control'), age: response.http.headers.get('age') };
  }

  it('serves a public answer to every caller who sees the public view, from the cache', async () => {
    expect(await ask('{ price }')).toEqual({ data: { price: 100 }, cacheControl: 'max-age=60, public', age: undefined });
    expect(await ask('{ price }', person('buyer-1', ['BUYER']))).toEqual({ data: { price: 100 }, cacheControl: 'max-age=60, public', age: '0' });
    expect(resolved.price).toBe(1);
  });

  it('never stores an answer with a private field, so no caller gets another caller’s', async () => {
    const first = await ask('{ price whoAmI }', person('buyer-1', ['BUYER']));
    const second = await ask('{ price whoAmI }', person('buyer-2', ['BUYER']));
    expect([first.data, second.data]).toEqual([{ price: 100, whoAmI: 'buyer-1' }, { price: 200, whoAmI: 'buyer-2' }]);
    expect([first.cacheControl, second.cacheControl, second.age]).toEqual(['max-age=60, private', 'max-age=60, private', undefined]);
  });

  it('does not store answers with an unhinted field (max age 0) or to mutations', async () => {
    await ask('{ price unhinted }');
    expect(await ask('{ price unhinted }')).toMatchObject({ data: { price: 200, unhinted: 2 }, cacheControl: 'no-store', age: undefined });
    expect(await ask('mutation { reprice }')).toMatchObject({ cacheControl: 'no-store' });
  });

  it('vendors and admins neither read nor fill the shared cache, and their answers are private', async () => {
    await ask('{ price }');
    expect(await ask('{ price }', person('vendor-1', ['VENDOR']))).toEqual({ data: { price: 200 }, cacheControl: 'max-age=60, private', age: undefined });
    expect(await ask('{ price }', person('admin-1', ['ADMIN']))).toMatchObject({ data: { price: 300 }, age: undefined });
    expect(await ask('{ price }')).toMatchObject({ data: { price: 100 }, age: '0' });
  });

  it('a catalog mutation through this gateway or a catalog event makes cached answers unreachable', async () => {
    await ask('{ price }');
    cache.subgraphAnswered('orders', 'mutation { placeOrder { id } }');
    cache.subgraphAnswered('catalog', 'query { _entities { __typename } }');
    cache.liveEvent({ type: 'OrderPlaced', id: 'e1', source: 'orders', keys: {} });
    expect(await ask('{ price }')).toMatchObject({ data: { price: 100 }, age: '0' });

    cache.subgraphAnswered('catalog', 'mutation { updateMyInventory { id } }');
    expect(await ask('{ price }')).toMatchObject({ data: { price: 200 }, age: undefined });
    cache.liveEvent({ type: 'InventoryChanged', id: 'e2', source: 'catalog', keys: {} });
    expect(await ask('{ price }')).toMatchObject({ data: { price: 300 }, age: undefined });
    expect(await ask('{ price }')).toMatchObject({ data: { price: 300 }, age: '0' });
  });

  it('concurrent misses of a public answer compute it once', async () => {
    await ask('{ price }');
    cache.subgraphAnswered('catalog', 'mutation { updateMyInventory { id } }');
    const answers = await Promise.all([1, 2, 3, 4, 5].map(() => ask('{ price }', person('buyer-1', ['BUYER']))));
    expect(answers.map((a) => a.data)).toEqual(Array(5).fill({ price: 200 }));
    expect(resolved.price).toBe(2);
  });

  it('counts each query as a hit, a miss, uncacheable or a bypass (the hit rate in the gateway metrics), mutations not at all', async () => {
    await ask('{ price }');
    await ask('{ price }', person('buyer-1', ['BUYER']));
    await ask('{ unhinted }');
    await ask('{ whoAmI }', person('buyer-1', ['BUYER']));
    await ask('{ price }', person('vendor-1', ['VENDOR']));
    await ask('mutation { reprice }');
    expect(outcomes).toEqual(['miss', 'hit', 'uncacheable', 'uncacheable', 'bypass']);
  });

  it('can be turned off: answers keep their cache-control header', async () => {
    await server.stop();
    cache = createResponseCache({ mode: 'off', memoryBytes: 1_000_000, log });
    server = new ApolloServer<GatewayContext>({ typeDefs, resolvers: { Query: { price: () => ++resolved.price! } }, plugins: cache.plugins });
    await server.start();
    await ask('{ price }');
    expect(await ask('{ price }')).toEqual({ data: { price: 2 }, cacheControl: 'max-age=60, public', age: undefined });
  });
});
