// The machine's speed on a fixed piece of work, measured before the stack boots, so results from
// different days and machines can be compared: the same code used 5.1 ms of CPU per mix operation
// on one 2-vCPU machine and 12.5 ms on another (docs/capacity.md). Two figures, in milliseconds of
// CPU time (not wall time: another process on the machine delays the work but does not add to
// it), lower is faster:
// - `js`: what every request of the stack does a lot of (GraphQL parsing and printing, JSON,
//   HMAC), 400 times; in three fresh processes, each the median of 15 rounds after 5 warm-up
//   rounds, and the fastest process counts (a process that starts while the machine is busy,
//   a previous stack still writing its profiles, say, can be slower throughout).
// - `sha256`: 20 MiB hashed by OpenSSL (native code, no JIT: the processor alone).
import { execFileSync } from 'node:child_process';
import { createHash, createHmac } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { parse, print } from 'graphql';

const QUERY = `query CatalogPage($categoryId: ID, $first: Int!, $after: String) {
  materials(categoryId: $categoryId, first: $first, after: $after) {
    edges { cursor node { id name unit gstRateBasisPoints category { id name kind }
      offers { id pricePaise stockQuantity minOrderQuantity vendor { id businessName rating } } } }
    pageInfo { hasNextPage endCursor } totalCount } }`;
const ROWS = Array.from({ length: 20 }, (_, i) => ({
  id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  name: `OPC 53 grade cement ${i}`,
  offers: Array.from({ length: 3 }, (_, j) => ({ id: `${i}-${j}`, pricePaise: 38_500 + j, stockQuantity: 1_000 * j, vendor: { id: `v${j}`, businessName: `Vendor ${j}` } })),
}));
const MIB = Buffer.alloc(1 << 20, 1);

/** CPU milliseconds of this process (user + system), not wall time: a busy machine delays the work but does not add to it. */
function timed(work) {
  const started = process.cpuUsage();
  work();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

function jsRound() {
  for (let i = 0; i < 400; i += 1) {
    print(parse(QUERY));
    const body = JSON.stringify({ data: { materials: ROWS } });
    JSON.parse(body);
    createHmac('sha256', 'calibration').update(body).digest('base64url');
  }
}

function shaRound() {
  for (let i = 0; i < 20; i += 1) createHash('sha256').update(MIB).digest();
}

function median(work) {
  for (let i = 0; i < 5; i += 1) work();
  const times = Array.from({ length: 15 }, () => timed(work)).sort((a, b) => a - b);
  return times[7];
}

const round1 = (ms) => Math.round(ms * 10) / 10;

/** `{ js, sha256 }` in milliseconds (see above); about 3 s. */
export function calibrate() {
  const self = fileURLToPath(import.meta.url);
  const js = Math.min(...[0, 1, 2].map(() => Number(execFileSync(process.execPath, [self, '--child'], { encoding: 'utf8' }))));
  return { js: round1(js), sha256: round1(median(shaRound)) };
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv[2] === '--child') process.stdout.write(String(median(jsRound)));
