import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
// The module alone: the package's index brings the whole stack (and firebase-admin) into the test's environment.
import { freePort } from '@realserv/devstack/ports';
import { eventually } from './eventually.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** A free port outside the ephemeral range (devstack's `freePort`: see why there). */
export { freePort };

/**
 * Another gateway process on the test stack's subgraphs, started from the stack's gateway
 * environment plus `env`: for tests of gateway settings the shared gateway must not have
 * (production modes, tight limits, Redis), of start-up refusals, and of restarts.
 */
export class GatewayProcess {
  /** Everything the process printed (start-up refusals are asserted on it). */
  output = '';
  readonly exited: Promise<number | null>;
  readonly child: ChildProcess;

  constructor(
    readonly port: number,
    env: Record<string, string>,
  ) {
    const base = JSON.parse(process.env.REALSERV_GATEWAY_ENV ?? '{}') as Record<string, string>;
    this.child = spawn(process.execPath, ['gateway/dist/main.js'], {
      cwd: repoRoot,
      env: { PATH: process.env.PATH ?? '', ...base, PORT: String(port), LOG_LEVEL: 'warn', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const collect = (chunk: Buffer) => void (this.output += chunk.toString('utf8'));
    this.child.stdout!.on('data', collect);
    this.child.stderr!.on('data', collect);
    this.exited = new Promise((resolve) => this.child.once('exit', (code) => resolve(code)));
  }

  /** Starts one and waits until it answers /health/ready (its subgraphs reachable). */
  static async start(env: Record<string, string> = {}, port?: number): Promise<GatewayProcess> {
    const gateway = new GatewayProcess(port ?? (await freePort()), env);
    await gateway.ready('/health/ready');
    return gateway;
  }

  url(path: string): string {
    return `http://127.0.0.1:${this.port}${path}`;
  }

  get graphqlUrl(): string {
    return this.url('/graphql');
  }

  async ready(healthPath = '/health/live'): Promise<void> {
    await eventually(
      async () => {
        if (this.child.exitCode !== null) throw new Error(`the gateway exited with ${this.child.exitCode}: ${this.output}`);
        return (await fetch(this.url(healthPath)).then((r) => r.ok, () => false)) || null;
      },
      { timeoutMs: 60_000, what: `a gateway on port ${this.port}` },
    );
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    this.child.kill('SIGTERM');
    await this.exited;
  }
}
