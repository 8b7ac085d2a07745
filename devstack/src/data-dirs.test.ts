import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pruneEndedDataDirs } from './data-dirs.js';

const HOUR = 3_600_000;
let parent: string;
const now = Date.now();

/** A run's data directory, last changed `ageMs` ago, with what its stack left in it. */
function runDir(name: string, ageMs: number, contents: { lock?: object; pids?: number[] } = {}): string {
  const dir = join(parent, name);
  mkdirSync(join(dir, 'logs'), { recursive: true });
  writeFileSync(join(dir, 'logs', 'gateway.log'), 'a line\n');
  if (contents.lock) writeFileSync(join(dir, 'runner.lock'), JSON.stringify(contents.lock));
  if (contents.pids) writeFileSync(join(dir, 'pids.json'), JSON.stringify(contents.pids));
  const at = new Date(now - ageMs);
  utimesSync(dir, at, at);
  return dir;
}

const left = () => readdirSync(parent).sort();

beforeEach(() => {
  parent = mkdtempSync(join(tmpdir(), 'prune-test-'));
});
afterEach(() => rmSync(parent, { recursive: true, force: true }));

describe('pruneEndedDataDirs', () => {
  it('removes ended runs but the newest, and nothing without the prefix', () => {
    runDir('realserv-e2e-old', 3 * HOUR);
    runDir('realserv-e2e-older', 5 * HOUR);
    runDir('realserv-e2e-newest', 2 * HOUR);
    runDir('realserv-bench-x', 4 * HOUR);
    writeFileSync(join(parent, 'realserv-e2e-a-file'), '');
    const removed = pruneEndedDataDirs('realserv-e2e-', { parent, now });
    expect(removed.map((d) => d.slice(parent.length + 1)).sort()).toEqual(['realserv-e2e-old', 'realserv-e2e-older']);
    expect(left()).toEqual(['realserv-bench-x', 'realserv-e2e-a-file', 'realserv-e2e-newest']);
  });

  it('keeps a run that may be starting (changed in the last minutes), one whose runner is alive, and one whose stack still runs', async () => {
    runDir('realserv-e2e-starting', 60_000);
    runDir('realserv-e2e-running', 5 * HOUR, { lock: { pid: process.pid, gatewayUrl: 'http://localhost:1/graphql', dataDir: 'x' } });
    const orphan = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    try {
      runDir('realserv-e2e-orphaned', 5 * HOUR, { lock: { pid: 2 ** 22 + 7, gatewayUrl: 'x', dataDir: 'x' }, pids: [orphan.pid!] });
      runDir('realserv-e2e-killed', 4 * HOUR, { lock: { pid: 2 ** 22 + 7, gatewayUrl: 'x', dataDir: 'x' }, pids: [2 ** 22 + 9] });
      runDir('realserv-e2e-ended', 3 * HOUR);
      const removed = pruneEndedDataDirs('realserv-e2e-', { parent, now });
      // Of the two ended runs (the killed one's processes are gone too), the newer is kept.
      expect(removed).toEqual([join(parent, 'realserv-e2e-killed')]);
      expect(left()).toEqual(['realserv-e2e-ended', 'realserv-e2e-orphaned', 'realserv-e2e-running', 'realserv-e2e-starting']);
      expect(pruneEndedDataDirs('realserv-e2e-', { parent, now, keep: 0 })).toEqual([join(parent, 'realserv-e2e-ended')]);
      expect(existsSync(join(parent, 'realserv-e2e-orphaned'))).toBe(true);
    } finally {
      orphan.kill('SIGKILL');
    }
  });
});
