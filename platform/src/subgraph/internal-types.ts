import { Kind, type ConstDirectiveNode, type DefinitionNode, type DocumentNode, type TypeNode } from 'graphql';

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);
const INACCESSIBLE: ConstDirectiveNode = { kind: Kind.DIRECTIVE, name: { kind: Kind.NAME, value: 'inaccessible' }, arguments: [] };

type Directed = { directives?: readonly ConstDirectiveNode[] | undefined };
const isInaccessible = (node: Directed) => node.directives?.some((d) => d.name.value === 'inaccessible') ?? false;
const namedType = (type: TypeNode): string => (type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type));

/**
 * A type that only `@inaccessible` fields, arguments or types refer to is internal too: mark it
 * `@inaccessible`, or composition keeps it in the client API as a dangling type (type-graphql
 * cannot put directives on enums). Types nothing refers to (entity stubs, orphans) are left alone.
 */
export function markInternalOnlyTypes(document: DocumentNode): DocumentNode {
  const definitions = [...document.definitions];
  const internal = new Set<string>();
  for (const d of definitions) if ('name' in d && d.name && isInaccessible(d as Directed)) internal.add(d.name.value);

  for (let changed = true; changed; ) {
    changed = false;
    const publicRefs = new Set<string>();
    const anyRefs = new Set<string>();
    for (const d of definitions) {
      const owner = 'name' in d && d.name ? d.name.value : undefined;
      const ownerHidden = owner !== undefined && internal.has(owner);
      for (const [name, hidden] of references(d)) {
        anyRefs.add(name);
        if (!ownerHidden && !hidden) publicRefs.add(name);
      }
    }
    for (const d of definitions) {
      if (!('name' in d) || !d.name || ROOT_TYPES.has(d.name.value) || internal.has(d.name.value)) continue;
      const name = d.name.value;
      if (anyRefs.has(name) && !publicRefs.has(name) && isMarkable(d)) {
        internal.add(name);
        changed = true;
      }
    }
  }

  return {
    ...document,
    definitions: definitions.map((d) => {
      if (!('name' in d) || !d.name || !internal.has(d.name.value) || isInaccessible(d as Directed) || !isMarkable(d)) return d;
      return { ...d, directives: [...((d as Directed).directives ?? []), INACCESSIBLE] } as DefinitionNode;
    }),
  };
}

function isMarkable(d: DefinitionNode): boolean {
  return (
    d.kind === Kind.ENUM_TYPE_DEFINITION ||
    d.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION ||
    d.kind === Kind.OBJECT_TYPE_DEFINITION ||
    d.kind === Kind.INTERFACE_TYPE_DEFINITION ||
    d.kind === Kind.UNION_TYPE_DEFINITION
  );
}

/** Every type a definition refers to, with whether the referring element is itself hidden. */
function* references(d: DefinitionNode): Generator<[string, boolean]> {
  switch (d.kind) {
    case Kind.OBJECT_TYPE_DEFINITION:
    case Kind.OBJECT_TYPE_EXTENSION:
    case Kind.INTERFACE_TYPE_DEFINITION:
    case Kind.INTERFACE_TYPE_EXTENSION:
      for (const i of d.interfaces ?? []) yield [i.name.value, false];
      for (const field of d.fields ?? []) {
        const hidden = isInaccessible(field);
        yield [namedType(field.type), hidden];
        for (const arg of field.arguments ?? []) yield [namedType(arg.type), hidden || isInaccessible(arg)];
      }
      break;
    case Kind.INPUT_OBJECT_TYPE_DEFINITION:
    case Kind.INPUT_OBJECT_TYPE_EXTENSION:
      for (const field of d.fields ?? []) yield [namedType(field.type), isInaccessible(field)];
      break;
    case Kind.UNION_TYPE_DEFINITION:
    case Kind.UNION_TYPE_EXTENSION:
      for (const member of d.types ?? []) yield [member.name.value, false];
      break;
    default:
      break;
  }
}
