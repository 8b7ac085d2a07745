import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeSupergraph } from '../compose.js';
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
let stale = 0;
for (const file of files) {
  let current = '';
  try {
    current = readFileSync(file.path, 'utf8');
  } catch {
    // missing counts as stale
  }
  if (current === file.content) continue;
  if (check) {
    stale += 1;
    process.stderr.write(`stale: ${file.path}\n`);
  } else {
    writeFileSync(file.path, file.content);
    process.stdout.write(`wrote ${file.path}\n`);
  }
}
if (check && stale) {
  process.stderr.write('Run `npm run compose` and commit the result.\n');
  process.exit(1);
}
process.stdout.write(check ? 'schema/ is current\n' : 'composition ok\n');
process.exit(0);
