import { buildSchema, graphql } from 'graphql';
import { coerceCustomScalars } from './scalars.js';

describe('SafeInt at the gateway', () => {
  const schema = buildSchema('scalar SafeInt\ninput P { paise: SafeInt }\ntype Query { price(p: P): SafeInt }');
  schema.getQueryType()!.getFields().price!.resolve = (_root, args: { p?: { paise?: number } }) => args.p?.paise ?? null;
  coerceCustomScalars(schema);
  const run = (variables: Record<string, unknown>) => graphql({ schema, source: 'query Q($p: P) { price(p: $p) }', variableValues: variables });

  it('passes safe integers and refuses 2^53, fractions and strings nested in inputs', async () => {
    expect((await run({ p: { paise: Number.MAX_SAFE_INTEGER } })).data).toEqual({ price: Number.MAX_SAFE_INTEGER });
    for (const paise of [2 ** 53, 1.5, '100']) {
      const result = await run({ p: { paise } });
      expect(result.errors?.[0]?.message).toMatch(/at "p.paise"; SafeInt cannot represent/);
    }
  });
  it('refuses an unsafe literal', async () => {
    const result = await graphql({ schema, source: '{ price(p: { paise: 9007199254740992 }) }' });
    expect(result.errors?.[0]?.message).toMatch(/SafeInt cannot represent/);
  });
});

describe('DateTimeISO at the gateway', () => {
  const schema = buildSchema('scalar DateTimeISO\ninput A { at: DateTimeISO! }\ntype Query { when(a: A): String }');
  schema.getQueryType()!.getFields().when!.resolve = (_root, args: { a: { at: Date } }) => args.a.at.toISOString();
  coerceCustomScalars(schema);
  const run = (at: unknown) => graphql({ schema, source: 'query Q($a: A) { when(a: $a) }', variableValues: { a: { at } } });

  it('passes an ISO date-time and refuses words and impossible dates nested in inputs, as the subgraphs do', async () => {
    expect((await run('2026-12-03T10:00:00Z')).data).toEqual({ when: '2026-12-03T10:00:00.000Z' });
    for (const at of ['yesterday', '2026-02-30T00:00:00Z', 42]) {
      const result = await run(at);
      expect(result.errors?.[0]?.message).toMatch(/at "a.at"/);
    }
  });
});
