import { readFileSync, writeFileSync } from 'node:fs';

/**
 * Writes generated files whose content changed, or with `check` only lists the stale ones and
 * exits 1 saying which command regenerates them (what the staleness tests run).
 */
export function writeGeneratedFiles(files: Array<{ path: string; content: string }>, options: { check: boolean; command: string }): void {
  let stale = 0;
  for (const file of files) {
    let current = '';
    try {
      current = readFileSync(file.path, 'utf8');
    } catch {
      // missing counts as stale
    }
    if (current === file.content) continue;
    if (options.check) {
      stale += 1;
      process.stderr.write(`stale: ${file.path}\n`);
    } else {
      writeFileSync(file.path, file.content);
      process.stdout.write(`wrote ${file.path}\n`);
    }
  }
  if (options.check && stale) {
    process.stderr.write(`Run \`${options.command}\` and commit the result.\n`);
    process.exit(1);
  }
}
