import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runningHolder } from './lock.js';

export interface PruneOptions {
  /** Where the directories are (default: the OS temp directory). */
  parent?: string;
  /** Ended directories kept, newest first, so the last run's logs can still be read. */
  keep?: number;
  /** A directory changed more recently than this may belong to a run that is starting. */
  minAgeMs?: number;
  now?: number;
}

/**
 * Removes the data directories of test and bench runs that have ended (`realserv-e2e-…`,
 * `realserv-bench-…`): each run makes a fresh one and leaves it behind with its logs, media and,
 * when killed, its PostgreSQL data (hundreds of MB). Kept: the newest `keep` ended ones, any whose
 * runner is alive, any with a process of its stack still running (a killed run's orphans: stop
 * them first), and any changed in the last `minAgeMs`. Returns the directories removed.
 */
export function pruneEndedDataDirs(prefix: string, options: PruneOptions = {}): string[] {
  const parent = options.parent ?? tmpdir();
  const keep = options.keep ?? 1;
  const minAgeMs = options.minAgeMs ?? 10 * 60_000;
  const now = options.now ?? Date.now();
  const ended: Array<{ dir: string; changed: number }> = [];
  for (const name of readdirSync(parent)) {
    if (!name.startsWith(prefix)) continue;
    const dir = join(parent, name);
    let changed: number;
    try {
      const stat = statSync(dir);
      if (!stat.isDirectory()) continue;
      changed = stat.mtimeMs;
    } catch {
      continue; // removed meanwhile
    }
    if (now - changed < minAgeMs || runningHolder(dir) || stackProcessAlive(dir)) continue;
    ended.push({ dir, changed });
  }
  ended.sort((a, b) => b.changed - a.changed);
  const removed: string[] = [];
  for (const { dir } of ended.slice(keep)) {
    rmSync(dir, { recursive: true, force: true });
    removed.push(dir);
  }
  return removed;
}

/** Whether a process the stack recorded (pids.json: process groups it started) still runs. */
function stackProcessAlive(dir: string): boolean {
  let pids: number[];
  try {
    pids = JSON.parse(readFileSync(join(dir, 'pids.json'), 'utf8')) as number[];
  } catch {
    return false;
  }
  return pids.some((pid) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch (error) {
      // EPERM: it exists but is not ours to signal.
      return (error as NodeJS.ErrnoException).code === 'EPERM';
    }
  });
}
