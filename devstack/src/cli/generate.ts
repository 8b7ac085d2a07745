import { join } from 'node:path';
import { writeGeneratedFiles } from '../generated-files.js';
import { REPO_ROOT } from '../services.js';
import { stackFiles } from '../stack-files.js';

/**
 * `npm run generate` writes docker-compose.yml, docker/postgres-init/01-databases.sql,
 * .env.example and tsconfig.json from the subgraph list (devstack/src/services.ts);
 * `--check` fails when the checked-in files differ from what the list produces.
 */
const check = process.argv.includes('--check');
writeGeneratedFiles(
  stackFiles().map((file) => ({ path: join(REPO_ROOT, file.path), content: file.content })),
  { check, command: 'npm run generate' },
);
process.stdout.write(check ? 'generated stack files are current\n' : 'stack files ok\n');
