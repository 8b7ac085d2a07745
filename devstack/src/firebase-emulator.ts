import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, fstatSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { GaveUp, httpOk, waitFor } from './ports.js';

export interface AuthEmulator {
  host: string;
  /** Process group of the emulator. */
  pid: number | undefined;
  projectId: string;
  stop(): Promise<void>;
}

/**
 * The Firebase Auth emulator from `firebase-tools`, offline. It is started as its own process
 * group so stopping it stops every process it started.
 */
export async function startAuthEmulator(options: {
  workDir: string;
  port: number;
  hubPort: number;
  loggingPort: number;
  projectId: string;
  /**
   * Keep accounts between runs: imported from here at start when present, exported here when
   * the emulator stops on SIGTERM (a clean stop). A SIGKILLed emulator exports nothing.
   */
  exportDir?: string;
  /**
   * Its output, appended by the emulator itself (not through a pipe): an emulator left running
   * by a killed runner can still log, and so still export when the next start stops it.
   */
  logFile: string;
}): Promise<AuthEmulator> {
  mkdirSync(options.workDir, { recursive: true });
  const tmp = join(options.workDir, 'tmp');
  mkdirSync(tmp, { recursive: true });
  const config = join(options.workDir, 'firebase.json');
  writeFileSync(
    config,
    JSON.stringify({
      emulators: {
        auth: { host: '127.0.0.1', port: options.port },
        hub: { host: '127.0.0.1', port: options.hubPort },
        logging: { host: '127.0.0.1', port: options.loggingPort },
        ui: { enabled: false },
        singleProjectMode: true,
      },
    }),
  );
  const cli = createRequire(import.meta.url).resolve('firebase-tools/lib/bin/firebase.js');
  const persistence = options.exportDir
    ? [
        ...(existsSync(join(options.exportDir, 'firebase-export-metadata.json')) ? ['--import', options.exportDir] : []),
        '--export-on-exit',
        options.exportDir,
      ]
    : [];
  mkdirSync(dirname(options.logFile), { recursive: true });
  const output = openSync(options.logFile, 'a');
  const logStart = fstatSync(output).size;
  const child: ChildProcess = spawn(
    process.execPath,
    [cli, 'emulators:start', '--only', 'auth', '--project', options.projectId, '--config', config, ...persistence],
    {
      cwd: options.workDir,
      detached: true,
      stdio: ['ignore', output, output],
      // Its own TMPDIR: the emulator finds its hub (e.g. for --export-on-exit) through a locator
      // file in the temporary directory, per project id, which other instances would overwrite.
      env: { ...process.env, TMPDIR: tmp, CI: 'true', FIREBASE_CLI_EXPERIMENTS: '', NO_UPDATE_NOTIFIER: '1' },
    },
  );
  closeSync(output);
  // Its HTTP port answers before an --import has finished; this line comes after.
  const ready = () => readFileSync(options.logFile).subarray(logStart).includes('All emulators ready');
  let exited = false;
  child.on('exit', () => {
    exited = true;
  });
  const host = `127.0.0.1:${options.port}`;
  try {
    // Slow to boot on a busy machine (tens of seconds), hence the longer wait.
    await waitFor('the Firebase Auth emulator', async () => {
      if (exited) throw new GaveUp('The Firebase Auth emulator exited during start-up; see its log.');
      return ready() && (await httpOk(`http://${host}/`));
    }, { timeoutMs: 120_000 });
  } catch (error) {
    await stopProcessGroup(child);
    throw error;
  }
  return {
    host,
    pid: child.pid,
    projectId: options.projectId,
    // Time for --export-on-exit on a busy machine.
    stop: () => stopProcessGroup(child, 20_000),
  };
}

/** SIGTERM to the whole group, then SIGKILL if it has not exited in time. */
export async function stopProcessGroup(child: ChildProcess, timeoutMs = 8000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  }, timeoutMs);
  await exited;
  clearTimeout(timer);
}
