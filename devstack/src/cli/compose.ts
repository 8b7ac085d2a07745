import { join } from 'node:path';
import { composeSupergraph } from '../compose.js';
import { writeGeneratedFiles } from '../generated-files.js';
import { REPO_ROOT } from '../services.js';

/**
 * `npm run compose` writes schema/<subgraph>.graphql and schema/supergraph.graphql;
 * `--check` fails when the checked-in files differ from what the code produces.
 */
const check = process.argv.includes('--check');
const composition = await composeSupergraph();
const files = [
  ...composition.subgraphs.map((s) => ({ path: join(REPO_ROOT, 'schema', `${s.name}.graphql`), content: s.sdl })),
  { path: join(REPO_ROOT, 'schema', 'supergraph.graphql'), content: composition.supergraphSdl },
  { path: join(REPO_ROOT, 'schema', 'api.graphql'), content: composition.apiSdl },
];
writeGeneratedFiles(files, { check, command: 'npm run compose' });
process.stdout.write(check ? 'schema/ is current\n' : 'composition ok\n');
process.exit(0);
