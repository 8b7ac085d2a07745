// Summarises V8 CPU profiles (`node --cpu-prof`, e.g. from BENCH_NODE_OPTIONS): the top frames by
// self time and the share of time per package, optionally only the last N seconds of each
// profile (the load, not the start-up), and with --inclusive the top frames by inclusive time
// (the frame or anything it called: where a request's time goes, not only its leaves). Each
// profile is named by the service whose code it ran (gateway, subgraphs/orders, …). Usage:
//   node bench/cpu-profile.mjs [--last=SECONDS] [--top=N] [--inclusive] file.cpuprofile…
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

const args = process.argv.slice(2);
const option = (name, fallback) => Number(args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const lastSeconds = option('last', 0);
const top = option('top', 20);
const inclusive = args.includes('--inclusive');

for (const file of args.filter((a) => !a.startsWith('--'))) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
  const withSelf = new Map();
  // Sample i was taken at startTime + sum(timeDeltas[0..i]); keep the window asked for.
  const times = [];
  let t = profile.startTime;
  for (const delta of profile.timeDeltas) times.push((t += delta));
  const from = lastSeconds > 0 ? profile.endTime - lastSeconds * 1e6 : -Infinity;
  const self = new Map();
  const byPackage = new Map();
  let total = 0;
  profile.samples.forEach((id, i) => {
    if (times[i] < from) return;
    const frame = nodes.get(id).callFrame;
    if (frame.functionName === '(idle)') return;
    const weight = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    total += weight;
    const key = frameKey(frame);
    self.set(key, (self.get(key) ?? 0) + weight);
    const pkg = packageOf(frame);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + weight);
    if (!inclusive) return;
    // Each frame on the sample's stack once (a recursive function is not counted twice).
    const seen = new Set();
    for (let node = id; node !== undefined; node = parent.get(node)) {
      const k = frameKey(nodes.get(node).callFrame);
      if (seen.has(k)) continue;
      seen.add(k);
      withSelf.set(k, (withSelf.get(k) ?? 0) + weight);
    }
  });
  const pct = (ms) => `${((100 * ms) / total).toFixed(1)} %`;
  console.log(`## ${basename(file)} (${serviceOf(profile)}): ${(total / 1000).toFixed(1)} s of CPU${lastSeconds ? ` in the last ${lastSeconds} s` : ''}`);
  console.log('\ntop frames (self time)');
  for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${pct(ms).padStart(7)}  ${key}`);
  if (inclusive) {
    console.log('\ntop frames (inclusive: the frame and what it called)');
    for (const [key, ms] of [...withSelf].filter(([key]) => !key.startsWith('(root)')).sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${pct(ms).padStart(7)}  ${key}`);
  }
  console.log('\nby package');
  for (const [pkg, ms] of [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${pct(ms).padStart(7)}  ${pkg}`);
  console.log('');
}

/** The service a profile came from: the RealServ code most of its functions belong to. */
function serviceOf(profile) {
  const counts = new Map();
  for (const { callFrame } of profile.nodes) {
    const match = /\/(gateway|subgraphs\/[^/]+)\/dist\//.exec(callFrame.url);
    if (match) counts.set(match[1], (counts.get(match[1]) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'unknown service';
}

/** A function by name and place: the key frames are summed under. */
function frameKey(frame) {
  return `${frame.functionName || '(anonymous)'} ${shorten(frame.url)}:${frame.lineNumber + 1}`;
}

function shorten(url) {
  const i = url.lastIndexOf('node_modules/');
  if (i >= 0) return url.slice(i + 'node_modules/'.length);
  return url.replace(/^file:\/\/.*?\/(gateway|platform|subgraphs|contracts)\//, '$1/');
}

function packageOf(frame) {
  const { url, functionName } = frame;
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return 'node core';
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules\/)/.exec(url);
  if (match) return match[1];
  const ours = /\/(gateway|platform|subgraphs\/[^/]+|contracts)\//.exec(url);
  return ours ? `realserv ${ours[1]}` : url;
}
