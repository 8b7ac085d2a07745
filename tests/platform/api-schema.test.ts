import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  isUnionType,
  type GraphQLNamedType,
} from 'graphql';

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

/** Every public type, field, argument, input field and enum value that has no description. */
function undescribed(sdl: string): string[] {
  const schema = buildSchema(sdl);
  const missing: string[] = [];
  const check = (description: string | null | undefined, coordinate: string) => {
    if (!description?.trim()) missing.push(coordinate);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    check(type.description, type.name);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        check(field.description, `${type.name}.${field.name}`);
        for (const arg of field.args) check(arg.description, `${type.name}.${field.name}(${arg.name}:)`);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) check(field.description, `${type.name}.${field.name}`);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) check(value.description, `${type.name}.${value.name}`);
    }
  }
  return missing;
}

describe('the client API schema (schema/api.graphql)', () => {
  it('holds no internal type: every type is reachable from Query, Mutation or Subscription', () => {
    const { all, reachable } = reachableTypes(apiSdl);
    expect(all.filter((name) => !reachable.has(name))).toEqual([]);
  });

  it('does not name the stock-reservation machinery that only subgraphs use', () => {
    expect(apiSdl).not.toMatch(/StockReservation/);
  });

  it('describes every public type, field, argument, input field and enum value (Apollo Sandbox shows them)', () => {
    expect(undescribed(apiSdl)).toEqual([]);
  });
});
