import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { getPriority, tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { lowerPriority, startStack } from './stack.js';
import { SUBGRAPHS } from './services.js';

describe('background services at a lower CPU priority (backgroundNice)', () => {
  test('lowerPriority runs the process at the niceness asked for', async () => {
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30_000)'], { stdio: 'ignore' });
    try {
      await once(child, 'spawn');
      expect(getPriority(child.pid!)).toBe(0);
      const lines: string[] = [];
      lowerPriority(child.pid, 10, (line) => lines.push(line));
      expect(getPriority(child.pid!)).toBe(10);
      expect(lines).toEqual([]);
      // Linux: every thread, including those Node starts after the call (they inherit it).
      if (existsSync(`/proc/${child.pid}/task`)) {
        // Node starts its threads after the spawn: on a loaded machine that can take a while.
        let threads = readdirSync(`/proc/${child.pid}/task`);
        for (let waited = 0; threads.length < 2 && waited < 20_000; waited += 50) {
          await new Promise((resolve) => setTimeout(resolve, 50));
          threads = readdirSync(`/proc/${child.pid}/task`);
        }
        expect(threads.length).toBeGreaterThan(1);
        // Field 19 of stat is the niceness (after the command name in parentheses).
        const niceness = threads.map((tid) => Number(readFileSync(`/proc/${child.pid}/task/${tid}/stat`, 'utf8').split(') ')[1]!.split(' ')[16]));
        expect(niceness.every((n) => n === 10)).toBe(true);
      }
    } finally {
      child.kill();
    }
  });

  test('a process that cannot be changed is logged, not fatal: the service runs on', () => {
    const lines: string[] = [];
    // No such process (pid_max is far below this).
    expect(() => lowerPriority(2 ** 30, 10, (line) => lines.push(line))).not.toThrow();
    expect(lines).toEqual([expect.stringContaining('could not lower the CPU priority to nice 10')]);
  });

  test('an out-of-range niceness is refused before anything starts', async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'realserv-nice-')), 'data');
    await expect(startStack({ dataDir, persistent: false, seedDemoData: false, backgroundNice: 25 })).rejects.toThrow(RangeError);
    await expect(startStack({ dataDir, persistent: false, seedDemoData: false, backgroundNice: 2.5 })).rejects.toThrow(RangeError);
    expect(existsSync(dataDir)).toBe(false);
  });

  test('the background services are the event-driven ones, never the request path', () => {
    expect(SUBGRAPHS.filter((s) => s.background).map((s) => s.name).sort()).toEqual(['analytics', 'notifications']);
  });
});
