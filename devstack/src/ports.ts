import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/** Where freePort picks from when nothing narrows it: above the well-known and registered ports most tools use, below every OS's ephemeral range but Linux's. */
const DEFAULT_RANGE: readonly [number, number] = [15_000, 32_767];
/** A narrower range than this is not worth picking from at random: the OS picks instead. */
const MIN_RANGE_SIZE = 1_000;

/** Linux's ephemeral ports (what `connect` gives an outgoing connection as its local port), or null elsewhere. */
export function linuxEphemeralRange(): [number, number] | null {
  try {
    const [low, high] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/).map(Number);
    return Number.isInteger(low) && Number.isInteger(high) ? [low!, high!] : null;
  } catch {
    return null;
  }
}

/**
 * The ports freePort picks from: 15000–32767 without the ephemeral range (macOS and Windows use
 * 49152–65535, Linux 32768–60999 by default, so usually all of it). When the ephemeral range
 * covers it, the larger free part on either side that holds at least 1,000 ports; null when none
 * does (freePort then lets the OS pick).
 */
export function portRange(ephemeral: [number, number] | null = linuxEphemeralRange()): [number, number] | null {
  const [low, high] = DEFAULT_RANGE;
  if (!ephemeral || ephemeral[1] < low || ephemeral[0] > high) return [low, high];
  const below: [number, number] = [low, ephemeral[0] - 1];
  const above: [number, number] = [ephemeral[1] + 1, high];
  const size = ([a, b]: [number, number]) => b - a + 1;
  const best = size(below) >= size(above) ? below : above;
  return size(best) >= MIN_RANGE_SIZE ? best : null;
}

/** Ports this process handed out: never twice, since a service may not have bound its port yet. */
const handedOut = new Set<number>();

/**
 * A TCP port that is free on loopback right now, for a service about to be started on it.
 *
 * Not the OS's pick (`listen(0)`): that port is an ephemeral one, so in the moment between
 * closing it here and the service binding it, any outgoing connection (a database pool opening,
 * a fetch) may be given it as its local port, and the service dies with EADDRINUSE. That
 * happened to a bench stack's notifications subgraph. Ports outside the ephemeral range are
 * never given to outgoing connections; picking them at random keeps two stacks started at once
 * (two test runs, a bench beside `npm start`) apart, and each is checked by binding it.
 */
export async function freePort(options: { range?: [number, number] | null; random?: () => number } = {}): Promise<number> {
  const range = options.range === undefined ? portRange() : options.range;
  const random = options.random ?? Math.random;
  if (range) {
    for (let attempt = 0; attempt < 100; attempt++) {
      const port = range[0] + Math.floor(random() * (range[1] - range[0] + 1));
      if (handedOut.has(port) || !(await canListen(port))) continue;
      handedOut.add(port);
      return port;
    }
  }
  const port = await osPickedPort();
  handedOut.add(port);
  return port;
}

/** Whether a server could listen on the port on loopback now (it is closed again at once). */
export function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.unref();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

function osPickedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Thrown from a `waitFor` check to stop waiting at once (e.g. the process died). */
export class GaveUp extends Error {}

export async function waitFor(
  what: string,
  check: () => Promise<boolean>,
  { timeoutMs = 60_000, intervalMs = 100 } = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    // A check that never settles (a connection to a listener that never answers) ends at the deadline.
    let timer: NodeJS.Timeout | undefined;
    const outOfTime = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), Math.max(0, deadline - Date.now()));
    });
    const ok = await Promise.race([
      check().catch((error: unknown) => {
        if (error instanceof GaveUp) throw error;
        return false;
      }),
      outOfTime,
    ]).finally(() => clearTimeout(timer));
    if (ok) return;
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
}

export async function httpOk(url: string): Promise<boolean> {
  const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
  return response.ok;
}
