#!/usr/bin/env node
/**
 * Builds the dashboard (type-check, then `vite build` into dist/) only when its sources changed
 * since the last build or dist/ is missing, so `npm start` and the browser test stay fast.
 * The sources' hash is kept in dist/.source-hash (the gateway does not serve dotfiles).
 * `--force` builds regardless.
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, globSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const stamp = join(root, 'dist', '.source-hash');
const inputs = ['index.html', 'package.json', 'tsconfig.json', 'vite.config.ts', 'scripts/build-if-stale.mjs', 'src/**/*', 'generated/**/*']
  .flatMap((pattern) => globSync(pattern, { cwd: root }))
  .filter((file) => statSync(join(root, file)).isFile())
  .sort();

function sourceHash() {
  const hash = createHash('sha256');
  for (const file of inputs) {
    hash.update(file).update('\0').update(readFileSync(join(root, file))).update('\0');
  }
  return hash.digest('hex');
}

const wanted = sourceHash();
const force = process.argv.includes('--force');
if (!force && existsSync(join(root, 'dist', 'index.html')) && existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === wanted) {
  process.stdout.write('admin dashboard: up to date (clients/admin-dashboard/dist)\n');
  process.exit(0);
}

process.stdout.write('admin dashboard: building clients/admin-dashboard (tsc, vite build)…\n');
const bin = (name) => join(root, 'node_modules', '.bin', name);
try {
  // A production bundle whatever NODE_ENV the caller runs with (jest sets `test`, which would
  // give React's development build).
  const env = { ...process.env, NODE_ENV: 'production' };
  execFileSync(bin('tsc'), ['-p', 'tsconfig.json'], { cwd: root, stdio: 'inherit', env });
  execFileSync(bin('vite'), ['build', '--mode', 'production', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit', env });
} catch {
  process.stderr.write('admin dashboard: the build failed (see above)\n');
  process.exit(1);
}
writeFileSync(stamp, `${wanted}\n`);
process.stdout.write('admin dashboard: built into clients/admin-dashboard/dist\n');
