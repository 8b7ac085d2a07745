import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  buildSchema,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  parse,
  typeFromAST,
  type GraphQLInputType,
  type OperationDefinitionNode,
} from 'graphql';
import { gatewayConfigSchema } from './config.js';
import { cachedOperationCost, operationCost } from './query-cost.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const schema = buildSchema(readFileSync(`${root}schema/api.graphql`, 'utf8'));
const defaults = gatewayConfigSchema.parse({ FIREBASE_PROJECT_ID: 'x' });
const maxCost = defaults.MAX_QUERY_COST;
const adminMaxCost = defaults.MAX_QUERY_COST * defaults.ADMIN_QUERY_COST_FACTOR;
/** The smallest values that satisfy an operation's required variables (pages at their default). */
function sampleVariables(query: string): Record<string, unknown> {
  const operation = parse(query).definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  const sample = (type: GraphQLInputType): unknown => {
    const inner = getNullableType(type);
    if (isListType(inner)) return [];
    if (isEnumType(inner)) return inner.getValues()[0]!.value;
    if (isInputObjectType(inner)) {
      return Object.fromEntries(Object.values(inner.getFields()).filter((f) => isNonNullType(f.type)).map((f) => [f.name, sample(f.type)]));
    }
    return ({ Int: 1, Float: 1, Boolean: true, SafeInt: 1 } as Record<string, unknown>)[inner.name] ?? 'x';
  };
  return Object.fromEntries(
    (operation.variableDefinitions ?? []).map((v) => [v.variable.name.value, sample(typeFromAST(schema, v.type as never) as GraphQLInputType)]),
  );
}

const cost = (query: string, variables: Record<string, unknown> = {}) => operationCost(schema, parse(query), variables);

describe('query cost counts list sizes', () => {
  it('a page costs its limit times what each item selects', () => {
    const five = cost('{ materials(page: { limit: 5 }) { items { id name } } }');
    const fifty = cost('{ materials(page: { limit: 50 }) { items { id name } } }');
    expect(fifty).toBeGreaterThanOrEqual(five * 9);
    // The default page is 20 and the limit is capped at 100, as the subgraphs do.
    expect(cost('{ materials { items { id name } } }')).toBe(cost('{ materials(page: { limit: 20 }) { items { id name } } }'));
    expect(cost('{ materials(page: { limit: 5000 }) { items { id } } }')).toBe(cost('{ materials(page: { limit: 100 }) { items { id } } }'));
    expect(cost('query Q($p: PageInput) { materials(page: $p) { items { id } } }', { p: { limit: 100 } })).toBe(
      cost('{ materials(page: { limit: 100 }) { items { id } } }'),
    );
  });

  it('nested unpaginated lists multiply by their assumed sizes: the 164-byte amplification query is refused', () => {
    const attack =
      '{ materials(page:{limit:100}) { items { offers { vendor { inventory { material { offers { vendor { inventory { material { name } } } } } } } } } } }';
    expect(attack.length).toBeLessThan(170);
    expect(cost(attack)).toBeGreaterThan(maxCost * 1000);
  });

  it("a ticket's messages: the deprecated list counts its 100, messagesPage its limit, each message its 5 attachments", () => {
    const message = 'id body attachments { mediaId }';
    const list = cost(`query T($id: ID!) { supportTicket(id: $id) { messages { ${message} } } }`, { id: 'x' });
    const page = (limit?: number) =>
      cost(`query T($id: ID!, $p: PageInput) { supportTicket(id: $id) { messagesPage(page: $p) { items { ${message} } } } }`, {
        id: 'x',
        ...(limit === undefined ? {} : { p: { limit } }),
      });
    // A message selecting one attachment field costs 1 + 5 × 1 for the attachments plus its 2 scalars.
    const perMessage = 2 + (1 + 5 * 1);
    expect(list).toBeGreaterThanOrEqual(100 * perMessage);
    expect(list).toBeLessThan(101 * perMessage + 5);
    expect(page()).toBeGreaterThanOrEqual(20 * perMessage);
    expect(page()).toBeLessThan(100 * perMessage);
    expect(page(100)).toBeGreaterThanOrEqual(100 * perMessage);
    expect(page(5000)).toBe(page(100));
  });

  it('every first-party document fits under its limit with room to spare (buyer app, vendor web and the WhatsApp bot: MAX_QUERY_COST; admin: × ADMIN_QUERY_COST_FACTOR)', () => {
    const costs: Array<[string, number]> = [];
    const manifests: Record<string, string> = {
      'buyer-app': 'clients/buyer-app/generated',
      'vendor-web': 'clients/vendor-web/generated',
      admin: 'clients/admin/generated',
      'whatsapp-bot': 'subgraphs/integrations/src/whatsapp-bot/gateway/generated',
    };
    for (const [app, dir] of Object.entries(manifests)) {
      const manifest = JSON.parse(readFileSync(`${root}${dir}/persisted-documents.json`, 'utf8')) as Record<string, string>;
      for (const document of Object.values(manifest)) {
        const name = /(query|mutation|subscription)\s+(\w+)/.exec(document)?.[2] ?? '?';
        const limit = app === 'admin' ? adminMaxCost : maxCost;
        costs.push([`${app}:${name}`, cost(document, sampleVariables(document)) / limit]);
      }
    }
    expect(costs.length).toBeGreaterThan(30);
    const over = costs.filter(([, share]) => share > 0.5);
    expect(over).toEqual([]);
  });
});

describe('remembered costs', () => {
  it('a parsed document costs the same as computed afresh, for each set of variables and each operation', () => {
    const document = parse('query Q($p: PageInput) { materials(page: $p) { items { id } } } query R { categories(kind: MATERIAL) { id } }');
    for (const limit of [5, 100, 5, 50]) {
      expect(cachedOperationCost(schema, document, { p: { limit } }, 'Q')).toBe(operationCost(schema, document, { p: { limit } }, 'Q'));
    }
    expect(cachedOperationCost(schema, document, { p: { limit: 100 } }, 'Q')).toBeGreaterThan(cachedOperationCost(schema, document, { p: { limit: 5 } }, 'Q'));
    expect(cachedOperationCost(schema, document, {}, 'R')).toBe(operationCost(schema, document, {}, 'R'));
    expect(cachedOperationCost(schema, document, {}, 'R')).not.toBe(cachedOperationCost(schema, document, { p: { limit: 100 } }, 'Q'));
  });
});
