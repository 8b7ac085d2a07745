import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * What one request cost its subgraph: SQL statements sent and calls to peer subgraphs. The
 * subgraph server runs each request inside `countRequestCost` and reports both in the
 * `x-sql-statements` and `x-peer-calls` response headers, which is how tests prove a query shape
 * has no N+1 and how many round trips an operation such as placeOrder makes. `x-peer-sql-statements`
 * adds what the peers it called reported, so an operation's whole SQL cost can be asserted.
 */
interface RequestCost {
  statements: number;
  peerCalls: number;
  /** SQL statements the peers this request called reported (their own and their peers'). */
  peerStatements: number;
}

const requestCost = new AsyncLocalStorage<RequestCost>();

export function countRequestCost<T>(fn: () => T): T {
  return requestCost.run({ statements: 0, peerCalls: 0, peerStatements: 0 }, fn);
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

/** A peer's answer said what it cost there (its `x-sql-statements` plus `x-peer-sql-statements`). */
export function countPeerStatements(statements: number): void {
  const cost = requestCost.getStore();
  if (cost && Number.isFinite(statements) && statements > 0) cost.peerStatements += statements;
}

/** This request's cost so far; undefined outside a counted request. */
export function costOfThisRequest(): Readonly<RequestCost> | undefined {
  return requestCost.getStore();
}
