import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Another runner holds this data directory; the message says where it is and how to stop it. */
export class AlreadyRunning extends Error {
  constructor(readonly holder: LockHolder) {
    super(
      `RealServ is already running from this checkout (pid ${holder.pid}, gateway ${holder.gatewayUrl}, data ${holder.dataDir}): ` +
        `use that one, or stop it with Ctrl-C in its terminal or \`kill ${holder.pid}\`, then start again.`,
    );
    this.name = 'AlreadyRunning';
  }
}

export interface LockHolder {
  pid: number;
  /** Kernel start time of the process (guards against a reused pid). */
  startTime?: string;
  gatewayUrl: string;
  dataDir: string;
  /** The local providers' URLs by name (`mail`, `sms`, `whatsapp`, …), for `npm run inbox`. */
  localUrls?: Record<string, string>;
}

export interface RunnerLock {
  /** The lock was left by a runner that did not stop cleanly (killed, crashed). */
  previousRunDied: boolean;
  /** Writes where the local providers listen into the lock, so other commands find them (merged with earlier ones). */
  recordLocalUrls(urls: Record<string, string>): void;
  release(): void;
}

/**
 * One runner per data directory: `runner.lock` holds the runner's pid while it runs and is
 * removed by a clean stop. A lock whose process is gone was left by a killed runner.
 */
export function lockDataDir(dataDir: string, gatewayUrl: string): RunnerLock {
  const file = join(dataDir, 'runner.lock');
  const me: LockHolder = { pid: process.pid, startTime: startTimeOf(process.pid), gatewayUrl, dataDir };
  let previousRunDied = false;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeFileSync(file, JSON.stringify(me), { flag: 'wx' });
      return {
        previousRunDied,
        recordLocalUrls: (urls) => {
          me.localUrls = { ...me.localUrls, ...urls };
          if (readHolder(file)?.pid === process.pid) writeFileSync(file, JSON.stringify(me));
        },
        release: () => {
          if (readHolder(file)?.pid === process.pid) rmSync(file, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = readHolder(file);
    if (holder && holder.pid !== process.pid && isAlive(holder)) throw new AlreadyRunning(holder);
    previousRunDied = true;
    rmSync(file, { force: true });
  }
  throw new Error(`Could not take the lock ${file}; is another RealServ starting right now?`);
}

/** Who runs RealServ from this data directory now; undefined when nothing does (no lock, or its runner is gone). */
export function runningHolder(dataDir: string): LockHolder | undefined {
  const holder = readHolder(join(dataDir, 'runner.lock'));
  return holder && isAlive(holder) ? holder : undefined;
}

function readHolder(file: string): LockHolder | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as LockHolder;
  } catch {
    return undefined;
  }
}

function isAlive(holder: LockHolder): boolean {
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const startTime = startTimeOf(holder.pid);
  return !holder.startTime || !startTime || startTime === holder.startTime;
}

/** Field 22 of /proc/<pid>/stat (Linux); undefined elsewhere. */
function startTimeOf(pid: number): string | undefined {
  const stat = `/proc/${pid}/stat`;
  if (!existsSync(stat)) return undefined;
  try {
    const text = readFileSync(stat, 'utf8');
    return text.slice(text.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}
