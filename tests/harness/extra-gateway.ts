import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { eventually } from './eventually.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface ExtraGateway {
  url: string;
  process: ChildProcess;
  stop(): void;
}

/**
 * Another gateway process on the test stack's subgraphs, with settings of its own (production
 * modes, tight limits, Redis): for tests of gateway configuration that the shared gateway must
 * not have.
 */
export async function startExtraGateway(env: Record<string, string>): Promise<ExtraGateway> {
  const base = JSON.parse(process.env.REALSERV_GATEWAY_ENV ?? '{}') as Record<string, string>;
  const port = await freePort();
  const child = spawn(process.execPath, ['gateway/dist/main.js'], {
    cwd: repoRoot,
    env: { PATH: process.env.PATH ?? '', ...base, LOG_LEVEL: 'warn', ...env, PORT: String(port) },
    stdio: 'ignore',
  });
  let exited = false;
  child.once('exit', () => (exited = true));
  await eventually(
    async () => {
      if (exited) throw new Error('the extra gateway exited during start-up');
      return (await fetch(`http://127.0.0.1:${port}/health/ready`).then((r) => r.ok, () => false)) || null;
    },
    { timeoutMs: 60_000, what: 'the extra gateway' },
  );
  return { url: `http://127.0.0.1:${port}/graphql`, process: child, stop: () => void child.kill('SIGTERM') };
}
