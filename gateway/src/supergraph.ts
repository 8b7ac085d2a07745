import { readFileSync } from 'node:fs';
import { Kind, parse, type EnumTypeDefinitionNode } from 'graphql';

/** The static supergraph composed at build time (`npm run compose`). */
export function readSupergraph(path: string): { sdl: string; subgraphNames: string[] } {
  const sdl = readFileSync(path, 'utf8');
  const document = parse(sdl);
  const joinGraph = document.definitions.find(
    (d): d is EnumTypeDefinitionNode => d.kind === Kind.ENUM_TYPE_DEFINITION && d.name.value === 'join__Graph',
  );
  const subgraphNames = (joinGraph?.values ?? []).flatMap((value) => {
    const directive = value.directives?.find((d) => d.name.value === 'join__graph');
    const nameArg = directive?.arguments?.find((a) => a.name.value === 'name');
    return nameArg && nameArg.value.kind === Kind.STRING ? [nameArg.value.value] : [];
  });
  if (subgraphNames.length === 0) throw new Error(`${path} names no subgraphs: is it a composed supergraph?`);
  return { sdl, subgraphNames };
}
