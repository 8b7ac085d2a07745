import { GraphQLError, Kind, isScalarType, type GraphQLSchema, type ValueNode } from 'graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';

/**
 * The gateway's schema comes from the supergraph SDL, where a custom scalar is only a name: it
 * would pass `pricePaise: 9007199254740992` (2^53) inside an input object through untouched, the
 * subgraph's SafeInt then refuses the whole request with HTTP 400, and the gateway reported that
 * as INTERNAL_SERVER_ERROR. Giving the gateway's SafeInt the same coercion as the subgraphs'
 * (graphql-scalars: a number that `Number.isSafeInteger` accepts) makes it BAD_USER_INPUT with
 * the variable's path, before any subgraph is called. DateTimeISO (type-graphql's Date scalar in
 * inputs such as `rescheduledFor`) gets graphql-scalars' own parsing for the same reason: the
 * hostile-inputs suite found "yesterday" and "2026-02-30T00:00:00Z" answered INTERNAL_SERVER_ERROR.
 */
export function coerceCustomScalars(schema: GraphQLSchema): void {
  const dateTime = schema.getType('DateTimeISO');
  if (isScalarType(dateTime)) {
    dateTime.parseValue = (value: unknown) => GraphQLDateTimeISO.parseValue(value);
    dateTime.parseLiteral = (ast: ValueNode) => GraphQLDateTimeISO.parseLiteral(ast, undefined);
  }
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
