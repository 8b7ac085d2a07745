import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { canListen, freePort } from './ports.js';
import { SUBGRAPHS } from './services.js';
import { startStack } from './stack.js';

/** Pids of running services started with one of these PORT values (Linux: /proc/<pid>/environ). */
function servicesListeningOn(ports: number[]): number[] {
  const wanted = new Set(ports.map((port) => `PORT=${port}`));
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
        const environ = readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0');
        return cmdline.includes('dist/main.js') && environ.some((variable) => wanted.has(variable));
      } catch {
        return false; // ended meanwhile, or not ours to read
      }
    })
    .map(Number);
}

const linux = existsSync('/proc/self/environ');

(linux ? test : test.skip)(
  'a subgraph that cannot start stops the whole stack: none of the others is left running',
  async () => {
    const subgraphPorts = Object.fromEntries(await Promise.all(SUBGRAPHS.map(async (s) => [s.name, await freePort()] as const)));
    const ports = { gateway: await freePort(), postgres: await freePort(), emulator: await freePort(), subgraphs: subgraphPorts };
    // Something else holds notifications' port: it exits with EADDRINUSE while the others come up.
    const squatter = createServer();
    squatter.listen(subgraphPorts.notifications, '127.0.0.1');
    await once(squatter, 'listening');
    const dataDir = mkdtempSync(join(tmpdir(), 'realserv-failed-start-'));
    try {
      await expect(startStack({ dataDir, persistent: false, seedDemoData: false, logLevel: 'warn', ports })).rejects.toThrow(/notifications exited/);
      const others = SUBGRAPHS.filter((s) => s.name !== 'notifications').map((s) => subgraphPorts[s.name]!);
      expect(servicesListeningOn(others)).toEqual([]);
      for (const port of [...others, ports.postgres, ports.emulator]) expect(await canListen(port)).toBe(true);
    } finally {
      squatter.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
  300_000,
);
