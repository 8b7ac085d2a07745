import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../services.js';
import { stackFiles } from '../stack-files.js';

/**
 * `npm run generate` writes docker-compose.yml, docker/postgres-init/01-databases.sql,
 * .env.example and tsconfig.json from the subgraph list (devstack/src/services.ts);
 * `--check` fails when the checked-in files differ from what the list produces.
 */
const check = process.argv.includes('--check');
let stale = 0;
for (const file of stackFiles()) {
  const path = join(REPO_ROOT, file.path);
  let current = '';
  try {
    current = readFileSync(path, 'utf8');
  } catch {
    // missing counts as stale
  }
  if (current === file.content) continue;
  if (check) {
    stale += 1;
    process.stderr.write(`stale: ${file.path}\n`);
  } else {
    writeFileSync(path, file.content);
    process.stdout.write(`wrote ${file.path}\n`);
  }
}
if (check && stale) {
  process.stderr.write('Run `npm run generate` and commit the result.\n');
  process.exit(1);
}
process.stdout.write(check ? 'generated stack files are current\n' : 'stack files ok\n');
