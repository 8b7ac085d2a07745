import { parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { DEFAULT_RATE_RULES, countRateLimitedFields, parseRateOverrides } from './rate-limits.js';

function costs(source: string, variables: Record<string, unknown> = {}) {
  const document = parse(source);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition').map((d) => [d.name.value, d]),
  );
  const result = countRateLimitedFields(operation, fragments, variables, DEFAULT_RATE_RULES);
  return Object.fromEntries([...result].map(([rule, n]) => [rule.name, n]));
}

describe('rate-limited fields', () => {
  it('every alias of a limited field costs a point, through fragments and inline fragments', () => {
    expect(costs('mutation { a: verifyDeliveryOtp(orderId: "1", code: "1") { id } b: verifyDeliveryOtp(orderId: "1", code: "2") { id } }')).toEqual({
      'otp-verification': 2,
    });
    expect(
      costs(`mutation { ...F ... on Mutation { c: verifyDeliveryOtp(orderId: "1", code: "3") { id } } }
             fragment F on Mutation { a: verifyDeliveryOtp(orderId: "1", code: "1") { id } verifyPayment(input: {}) { id } }`),
    ).toEqual({ 'otp-verification': 2, 'payment-verification': 1 });
  });

  it('search costs only when there is a search term, given inline or as a variable', () => {
    expect(costs('{ materials(page: { limit: 5 }) { items { id } } }')).toEqual({});
    expect(costs('{ materials(filter: { search: "" }) { items { id } } }')).toEqual({});
    expect(costs('{ materials(filter: { search: "tmt" }) { items { id } } }')).toEqual({ search: 1 });
    expect(costs('query Q($f: MaterialFilter) { materials(filter: $f) { items { id } } }', { f: { search: 'ultratech' } })).toEqual({ search: 1 });
    expect(costs('query Q($s: String) { a: materials(filter: { search: $s }) { items { id } } b: laborCategories(filter: { search: $s }) { items { id } } }', { s: 'mason' })).toEqual({ search: 2 });
  });

  it('fields below the root do not count (a nested field is no new attempt)', () => {
    expect(costs('{ order(id: "1") { id } me { id } }')).toEqual({});
  });

  it('RATE_LIMITS overrides a rule and refuses unknown names or bad syntax', () => {
    const rules = parseRateOverrides('search=600/60, otp-verification=3/900');
    expect(rules.find((r) => r.name === 'search')).toMatchObject({ points: 600, durationSeconds: 60 });
    expect(rules.find((r) => r.name === 'otp-verification')).toMatchObject({ points: 3, durationSeconds: 900 });
    expect(rules.find((r) => r.name === 'sign-up')).toMatchObject({ points: 5, durationSeconds: 3600 });
    expect(() => parseRateOverrides('serch=1/1')).toThrow(/no rule named/);
    expect(() => parseRateOverrides('search=lots')).toThrow(/name=points\/seconds/);
  });
});
