import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * What one request cost its subgraph: SQL statements sent and calls to peer subgraphs. The
 * subgraph server runs each request inside `countRequestCost` and reports both in the
 * `x-sql-statements` and `x-peer-calls` response headers, which is how tests prove a query shape
 * has no N+1 and how many round trips an operation such as placeOrder makes.
 */
interface RequestCost {
  statements: number;
  peerCalls: number;
}

const requestCost = new AsyncLocalStorage<RequestCost>();

export function countRequestCost<T>(fn: () => T): T {
  return requestCost.run({ statements: 0, peerCalls: 0 }, fn);
}

/** Runs background work (e.g. the outbox relay kicked by a request) outside that request's count. */
export function detachedFromRequest<T>(fn: () => T): T {
  return requestCost.exit(fn);
}

export function countStatement(): void {
  const cost = requestCost.getStore();
  if (cost) cost.statements += 1;
}

export function countPeerCall(): void {
  const cost = requestCost.getStore();
  if (cost) cost.peerCalls += 1;
}

/** This request's cost so far; undefined outside a counted request. */
export function costOfThisRequest(): Readonly<RequestCost> | undefined {
  return requestCost.getStore();
}
