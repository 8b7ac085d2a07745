import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every service's log of this test run (services, gateway, PostgreSQL, the Auth emulator), by file. */
export function stackLogs(): Array<{ file: string; text: string }> {
  const dataDir = process.env.REALSERV_DATA_DIR;
  if (!dataDir) throw new Error('REALSERV_DATA_DIR is not set: run e2e tests through jest (global setup).');
  const dir = join(dataDir, 'logs');
  return readdirSync(dir).map((file) => ({ file, text: readFileSync(join(dir, file), 'utf8') }));
}
