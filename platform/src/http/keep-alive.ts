import type { Server } from 'node:http';
import { Agent, setGlobalDispatcher } from 'undici';

/**
 * How long our HTTP servers keep an idle keep-alive connection open. A client that sends a
 * request on a connection the server is closing at that moment gets "other side closed" (the
 * gateway answered one such request with INTERNAL_SERVER_ERROR in a saturated bench run): Node's
 * default is 5 s, and undici clients reuse a connection until 2 s before the server's advertised
 * timeout, so an event loop 2 s late lost the race. The rule is that the side that closes idle
 * connections first is the client: servers wait longer than every client in front of them
 * (AWS and GCP load balancers idle out at 60 s, our own clients at CLIENT_IDLE_MS).
 */
export const SERVER_IDLE_MS = 65_000;

/** How long our own HTTP clients (the gateway's subgraph fetches, peer calls) keep an idle connection. */
export const CLIENT_IDLE_MS = 30_000;

/** Applies SERVER_IDLE_MS; the headers timeout must exceed it (Node docs), or that timer races instead. */
export function keepIdleConnections(server: Server): void {
  server.keepAliveTimeout = SERVER_IDLE_MS;
  server.headersTimeout = SERVER_IDLE_MS + 1_000;
}

let installed = false;

/**
 * Node's `fetch` (the gateway's data sources, `PeerClient`, the health checks) goes through the
 * global undici dispatcher. This one closes idle connections after CLIENT_IDLE_MS, well before
 * any of our servers does, and keeps them that long rather than the 3 s undici derives from a
 * Node server's default 5 s hint, so bursts reuse connections instead of reconnecting.
 */
export function useKeepAliveForFetch(): void {
  if (installed) return;
  installed = true;
  setGlobalDispatcher(new Agent({ keepAliveTimeout: CLIENT_IDLE_MS, keepAliveMaxTimeout: CLIENT_IDLE_MS }));
}
