// What an HTTP call between our services costs the caller: Node's `fetch` against platform's
// postAndRead (undici's `request`), which the gateway's subgraph fetches and PeerClient use. A
// server in a child process answers a 1 KB JSON body over keep-alive; the caller's CPU per call
// (process.cpuUsage) is what the two clients differ in. Not load through the gateway, and needs
// no stack: `npm run bench -- http-client` (docs/performance.md, "Subgraph and peer calls").
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { postAndRead, useKeepAliveForFetch } from '@realserv/platform';
import { round } from './stats.mjs';

const CALLS = Number(process.env.BENCH_HTTP_CALLS ?? 20_000);
const CONCURRENCY = Number(process.env.BENCH_HTTP_CONCURRENCY ?? 10);
const ROUNDS = Number(process.env.BENCH_HTTP_ROUNDS ?? 2);

export const httpClient = {
  name: 'http-client',
  manual: true,
  description: `the caller's CPU per HTTP call, Node's fetch against postAndRead (undici's request): ${CALLS} POSTs of a GraphQL-sized body, ${CONCURRENCY} at a time, a 1 KB JSON answer over keep-alive, ${ROUNDS} rounds each`,
  columns: [
    ['client', (r) => r.client],
    ['round', (r) => r.round],
    ['calls', (r) => r.calls],
    ['caller CPU µs per call', (r) => r.cpuMicros],
    ['wall µs per call', (r) => r.wallMicros],
  ],
  prepare: async () => ({}),
  custom: async () => {
    useKeepAliveForFetch();
    const server = fork(fileURLToPath(new URL('./http-client-server.mjs', import.meta.url)));
    try {
      const port = await new Promise((resolve, reject) => {
        server.once('message', resolve);
        server.once('error', reject);
      });
      const url = `http://127.0.0.1:${port}/graphql`;
      const body = JSON.stringify({ query: 'query Q($id: ID!) { material(id: $id) { id name price { paise } } }', variables: { id: 'x'.repeat(36) } });
      const headers = { 'content-type': 'application/json', 'x-realserv-caller': 'c'.repeat(300), 'x-request-id': 'bench' };
      const clients = {
        fetch: async () => {
          const response = await fetch(url, { method: 'POST', headers, body });
          response.headers.get('content-type');
          return response.json();
        },
        postAndRead: async () => {
          const response = await postAndRead(url, body, headers, 10_000);
          response.headers.get('content-type');
          return JSON.parse(response.text);
        },
      };
      const rows = [];
      for (let r = 1; r <= ROUNDS; r++) {
        for (const [client, call] of Object.entries(clients)) {
          for (let i = 0; i < Math.min(CALLS, 2_000); i++) await call(); // warm up
          const cpu = process.cpuUsage();
          const started = performance.now();
          let sent = 0;
          await Promise.all(
            Array.from({ length: CONCURRENCY }, async () => {
              while (sent < CALLS) {
                sent++;
                const answer = await call();
                if (!answer?.data) throw new Error(`${client}: unexpected answer ${JSON.stringify(answer).slice(0, 200)}`);
              }
            }),
          );
          const used = process.cpuUsage(cpu);
          rows.push({ client, round: r, calls: sent, cpuMicros: round((used.user + used.system) / sent), wallMicros: round(((performance.now() - started) * 1000) / sent), errors: 0 });
        }
      }
      return { rows, settings: { calls: CALLS, concurrency: CONCURRENCY, rounds: ROUNDS } };
    } finally {
      server.kill();
    }
  },
};
