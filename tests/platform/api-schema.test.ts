import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSchema, getNamedType, isInputObjectType, isInterfaceType, isObjectType, isUnionType, type GraphQLNamedType } from 'graphql';

const apiSdl = readFileSync(fileURLToPath(new URL('../../schema/api.graphql', import.meta.url)), 'utf8');

/** Every named type reachable from the root operation types, through fields, arguments and members. */
function reachableTypes(sdl: string): { all: string[]; reachable: Set<string> } {
  const schema = buildSchema(sdl);
  const reachable = new Set<string>();
  const visit = (type: GraphQLNamedType | null | undefined) => {
    if (!type || reachable.has(type.name)) return;
    reachable.add(type.name);
    if (isObjectType(type) || isInterfaceType(type)) {
      type.getInterfaces().forEach(visit);
      for (const field of Object.values(type.getFields())) {
        visit(getNamedType(field.type));
        field.args.forEach((a) => visit(getNamedType(a.type)));
      }
      if (isInterfaceType(type)) schema.getImplementations(type).objects.forEach(visit);
    } else if (isUnionType(type)) {
      type.getTypes().forEach(visit);
    } else if (isInputObjectType(type)) {
      Object.values(type.getFields()).forEach((f) => visit(getNamedType(f.type)));
    }
  };
  [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].forEach(visit);
  const all = Object.keys(schema.getTypeMap()).filter((n) => !n.startsWith('__'));
  return { all, reachable };
}

describe('the client API schema (schema/api.graphql)', () => {
  it('holds no internal type: every type is reachable from Query, Mutation or Subscription', () => {
    const { all, reachable } = reachableTypes(apiSdl);
    expect(all.filter((name) => !reachable.has(name))).toEqual([]);
  });

  it('does not name the stock-reservation machinery that only subgraphs use', () => {
    expect(apiSdl).not.toMatch(/StockReservation/);
  });
});
