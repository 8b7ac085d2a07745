import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AlreadyRunning, lockDataDir, runningHolder } from './lock.js';

describe('runner lock (one npm start per data directory)', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'realserv-lock-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  test('a lock held by a live process is refused with where it runs and how to stop it', () => {
    // The parent of this test process (alive for as long as the test runs) holds it.
    writeFileSync(join(dataDir, 'runner.lock'), JSON.stringify({ pid: process.ppid, gatewayUrl: 'http://localhost:4000/graphql', dataDir }));
    expect(() => lockDataDir(dataDir, 'http://localhost:4010/graphql')).toThrow(
      new AlreadyRunning({ pid: process.ppid, gatewayUrl: 'http://localhost:4000/graphql', dataDir }),
    );
    expect(existsSync(join(dataDir, 'runner.lock'))).toBe(true);
  });

  test('a lock left by a dead runner is taken over and reported; a clean release removes it', () => {
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    writeFileSync(join(dataDir, 'runner.lock'), JSON.stringify({ pid: Number(dead.stdout), gatewayUrl: 'x', dataDir }));
    const lock = lockDataDir(dataDir, 'http://localhost:4000/graphql');
    expect(lock.previousRunDied).toBe(true);
    lock.release();
    expect(existsSync(join(dataDir, 'runner.lock'))).toBe(false);
    const next = lockDataDir(dataDir, 'http://localhost:4000/graphql');
    expect(next.previousRunDied).toBe(false);
    next.release();
  });

  test('a reused pid (another process, started later) does not hold the lock', () => {
    writeFileSync(join(dataDir, 'runner.lock'), JSON.stringify({ pid: process.ppid, startTime: '1', gatewayUrl: 'x', dataDir }));
    const lock = lockDataDir(dataDir, 'http://localhost:4000/graphql');
    expect(lock.previousRunDied).toBe(true);
    lock.release();
  });

  test('the runner records where the local providers listen; other commands read it while it runs', () => {
    const lock = lockDataDir(dataDir, 'http://localhost:4000/graphql');
    lock.recordLocalUrls({ mail: 'http://127.0.0.1:4110' });
    lock.recordLocalUrls({ sms: 'http://127.0.0.1:4120' });
    expect(runningHolder(dataDir)).toMatchObject({ pid: process.pid, localUrls: { mail: 'http://127.0.0.1:4110', sms: 'http://127.0.0.1:4120' } });
    lock.release();
    expect(runningHolder(dataDir)).toBeUndefined();
  });
});
