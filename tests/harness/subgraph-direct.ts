import { randomUUID } from 'node:crypto';
import { signCallerEnvelope, type Caller } from '@realserv/platform';

/**
 * Calls a subgraph directly, signed with the gateway's key for it, as the gateway would. Used
 * where a test must observe the subgraph itself (its per-request SQL statements and peer calls).
 */
export async function callSubgraph(
  name: string,
  query: string,
  variables: Record<string, unknown> = {},
  caller: Caller | null = null,
): Promise<{ body: { data?: unknown; errors?: unknown[] }; sqlStatements: number; peerCalls: number; peerSqlStatements: number }> {
  const urls = JSON.parse(process.env.REALSERV_SUBGRAPH_URLS ?? '{}') as Record<string, string>;
  const env = JSON.parse(process.env.REALSERV_GATEWAY_ENV ?? '{}') as Record<string, string>;
  const key = env[`SUBGRAPH_${name.toUpperCase()}_CALLER_KEY`];
  if (!urls[name] || !key) throw new Error(`Unknown subgraph ${name}`);
  const header = signCallerEnvelope(
    { caller, requestId: randomUUID(), aud: name, iat: Math.floor(Date.now() / 1000) },
    key,
  );
  const response = await fetch(urls[name], {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-realserv-caller': header },
    body: JSON.stringify({ query, variables }),
  });
  return {
    body: (await response.json()) as { data?: unknown; errors?: unknown[] },
    sqlStatements: Number(response.headers.get('x-sql-statements')),
    peerCalls: Number(response.headers.get('x-peer-calls')),
    // What the peers it called reported they sent to their databases (theirs and their peers').
    peerSqlStatements: Number(response.headers.get('x-peer-sql-statements')),
  };
}
