import { GraphQLError, Kind, isScalarType, type GraphQLSchema, type ValueNode } from 'graphql';

/**
 * The gateway's schema comes from the supergraph SDL, where a custom scalar is only a name: it
 * would pass `pricePaise: 9007199254740992` (2^53) inside an input object through untouched, the
 * subgraph's SafeInt then refuses the whole request with HTTP 400, and the gateway reported that
 * as INTERNAL_SERVER_ERROR. Giving the gateway's SafeInt the same coercion as the subgraphs'
 * (graphql-scalars: a number that `Number.isSafeInteger` accepts) makes it BAD_USER_INPUT with
 * the variable's path, before any subgraph is called.
 */
export function coerceCustomScalars(schema: GraphQLSchema): void {
  const safeInt = schema.getType('SafeInt');
  if (!isScalarType(safeInt)) return;
  const check = (value: unknown): number => {
    if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
      throw new GraphQLError(`SafeInt cannot represent ${typeof value === 'number' && Number.isInteger(value) ? 'unsafe integer' : 'non-integer'} value: ${String(value)}`);
    }
    return value;
  };
  safeInt.parseValue = check;
  safeInt.parseLiteral = (ast: ValueNode) => {
    if (ast.kind !== Kind.INT) throw new GraphQLError(`SafeInt cannot represent a non-integer literal: ${ast.kind}`);
    return check(Number(ast.value));
  };
}
