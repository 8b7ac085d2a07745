import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { EVENT_CONTRACTS } from '../index.js';
import { renderEventCatalogue, replaceCatalogue } from '../catalogue.js';

/**
 * `npm run docs:events` writes the event catalogue into docs/architecture.md (between its
 * markers); `--check` fails when the file differs from what the registry produces.
 */
const path = fileURLToPath(new URL('../../../docs/architecture.md', import.meta.url));
const current = readFileSync(path, 'utf8');
const next = replaceCatalogue(current, renderEventCatalogue(EVENT_CONTRACTS));
if (next === current) {
  process.stdout.write('the event catalogue is current\n');
} else if (process.argv.includes('--check')) {
  process.stderr.write(`stale: ${path}\nRun \`npm run docs:events\` and commit the result.\n`);
  process.exit(1);
} else {
  writeFileSync(path, next);
  process.stdout.write(`wrote ${path}\n`);
}
