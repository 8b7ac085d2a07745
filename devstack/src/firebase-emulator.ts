import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
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
  onLog?: (line: string) => void;
}): Promise<AuthEmulator> {
  mkdirSync(options.workDir, { recursive: true });
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
  const child: ChildProcess = spawn(
    process.execPath,
    [cli, 'emulators:start', '--only', 'auth', '--project', options.projectId, '--config', config],
    {
      cwd: options.workDir,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, CI: 'true', FIREBASE_CLI_EXPERIMENTS: '', NO_UPDATE_NOTIFIER: '1' },
    },
  );
  const log = (chunk: Buffer) => options.onLog?.(chunk.toString('utf8').trimEnd());
  child.stdout?.on('data', log);
  child.stderr?.on('data', log);
  let exited = false;
  child.on('exit', () => {
    exited = true;
  });
  const host = `127.0.0.1:${options.port}`;
  await waitFor('the Firebase Auth emulator', async () => {
    if (exited) throw new GaveUp('The Firebase Auth emulator exited during start-up; see its log.');
    return httpOk(`http://${host}/`);
  });
  return {
    host,
    pid: child.pid,
    projectId: options.projectId,
    stop: () => stopProcessGroup(child),
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
