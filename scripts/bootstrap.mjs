// Runs before `npm start` and `npm test` with whatever Node the machine has (Node 20 is enough):
// installs the workspace with pnpm when node_modules is missing or older than the lockfile.
// The workspace pins Node 24 (npm package `node`), which npm scripts then find first on PATH.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const PNPM = 'pnpm@12.21.0';
const marker = 'node_modules/.modules.yaml';
const lockfile = 'pnpm-lock.yaml';

const installed = existsSync(marker) && existsSync('node_modules/.bin/node');
const stale = installed && existsSync(lockfile) && statSync(lockfile).mtimeMs > statSync(marker).mtimeMs;
if (!installed || stale) {
  console.log(installed ? 'pnpm-lock.yaml changed: installing…' : 'First run: installing dependencies with pnpm…');
  const frozen = process.env.CI ? ' --frozen-lockfile' : '';
  execSync(`npx --yes ${PNPM} install${frozen}`, { stdio: 'inherit', env: { ...process.env, npm_config_yes: 'true' } });
}
