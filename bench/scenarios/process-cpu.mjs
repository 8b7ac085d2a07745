// CPU time per process of the stack, read from /proc (Linux): the stack's processes are the
// descendants of this process (devstack spawns the gateway, the subgraphs, PostgreSQL and the
// Auth emulator), named by their command line. Elsewhere, or against a running stack
// (BENCH_GATEWAY_URL), only the load generator itself is found.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** Fields of /proc/<pid>/stat after the command name (which may contain spaces and parentheses). */
function statFields(pid) {
  const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return text.slice(text.lastIndexOf(')') + 2).split(' ');
}

/** Which part of the stack a process is, from its command line; undefined for helpers (sh, npm). */
function processName(pid) {
  const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
  const line = argv.join(' ');
  const subgraph = /subgraphs\/([\w-]+)\/dist\/main\.js/.exec(line);
  if (subgraph) return subgraph[1];
  if (/gateway\/dist\/main\.js/.test(line)) return 'gateway';
  if (/(^|\/)postgres(\s|$)/.test(argv[0]) || /^postgres: /.test(line)) return 'postgresql';
  if (/redis-server/.test(line)) return 'redis';
  if (/firebase|emulator/i.test(line)) return 'auth emulator';
  return undefined;
}

/** Every process below `root` (its children, their children, …) with the PPID from /proc. */
function descendants(root) {
  const children = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const ppid = Number(statFields(entry)[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  const found = [];
  const queue = [...(children.get(root) ?? [])];
  while (queue.length) {
    const pid = queue.shift();
    found.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return found;
}

/** The stack's processes below this one, each with the part of the stack it is (helpers such as sh and npm left out). */
function stackProcesses() {
  const named = [];
  for (const pid of descendants(process.pid)) {
    try {
      const name = processName(pid);
      if (name) named.push([name, pid]);
    } catch {
      // Ended between listing and reading.
    }
  }
  return named;
}

/**
 * CPU seconds so far per part of the stack, and for the load generator (this process, which also
 * runs the local providers: the SMTP catcher, Twilio, WhatsApp Cloud API, Maps and Razorpay servers). A process's user + system time, plus the time of its children
 * that have ended (cutime + cstime): a PostgreSQL backend that exits during the hold moves its time
 * to the postmaster, so the difference of two samples counts it either way.
 */
export function sampleCpu() {
  const byName = new Map();
  const add = (name, ticks) => {
    const entry = byName.get(name) ?? { name, pids: 0, seconds: 0 };
    entry.pids += 1;
    entry.seconds += ticks / CLOCK_TICKS;
    byName.set(name, entry);
  };
  try {
    const own = statFields(process.pid);
    add('load generator', Number(own[11]) + Number(own[12]));
    for (const [name, pid] of stackProcesses()) {
      try {
        const f = statFields(pid);
        // Fields 14-17 of stat (utime, stime, cutime, cstime) are 11-14 here.
        add(name, Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]));
      } catch {
        // Ended between listing and reading.
      }
    }
  } catch {
    // No /proc (not Linux): only process.cpuUsage() for the load generator.
    const { user, system } = process.cpuUsage();
    byName.set('load generator', { name: 'load generator', pids: 1, seconds: (user + system) / 1e6 });
  }
  return byName;
}

/**
 * Voluntary context switches so far per process of the stack, every thread summed
 * (/proc/<pid>/task/<tid>/status): how often the processes woke up to wait again. An idle process
 * that wakes 100 times a second (a 10 ms timer) costs CPU with nothing to do. Empty without /proc.
 * Compare two samples with wakeupsBetween.
 */
export function sampleWakeups() {
  const byPid = new Map();
  const count = (pid) => {
    let total = 0;
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const status = readFileSync(`/proc/${pid}/task/${tid}/status`, 'utf8');
      total += Number(/^voluntary_ctxt_switches:\s+(\d+)/m.exec(status)?.[1] ?? 0);
    }
    return total;
  };
  try {
    for (const [name, pid] of [['load generator', process.pid], ...stackProcesses()]) {
      try {
        byPid.set(pid, { name, switches: count(pid) });
      } catch {
        // Ended while we read it.
      }
    }
  } catch {
    // No /proc.
  }
  return byPid;
}

/**
 * Wake-ups between two samples per part of the stack, over the processes alive at both: a process
 * that ended in between (a PostgreSQL backend whose pool closed it) takes its count with it, and
 * subtracting per part would then go negative. Processes that started or ended in between are
 * left out, so a part with short-lived processes is counted low, never wrong the other way.
 */
export function wakeupsBetween(start, end) {
  const byName = new Map();
  for (const [pid, { name, switches }] of end) {
    const before = start.get(pid);
    if (!before || before.name !== name) continue;
    byName.set(name, (byName.get(name) ?? 0) + switches - before.switches);
  }
  return byName;
}

/**
 * Connections opened by this machine so far (Linux's `Tcp: ActiveOpens`, every connect() on the
 * box): the difference across the hold counts the stack's reconnects, which keep-alive settings
 * decide, with no timing in it. Null where /proc/net/snmp is not there.
 */
export function tcpOpens() {
  try {
    const lines = readFileSync('/proc/net/snmp', 'utf8').split('\n').filter((l) => l.startsWith('Tcp:'));
    const names = lines[0].split(/\s+/);
    return Number(lines[1].split(/\s+/)[names.indexOf('ActiveOpens')]);
  } catch {
    return null;
  }
}

/** CPU seconds spent between two samples, per part, in the order the table prints them. */
export function cpuBetween(start, end) {
  const rank = (name) => (name === 'gateway' ? 0 : name === 'postgresql' ? 2 : name === 'redis' ? 3 : name === 'auth emulator' ? 4 : name === 'load generator' ? 5 : 1);
  return [...end.values()]
    .map(({ name, pids, seconds }) => ({ name, pids, seconds: Math.max(0, seconds - (start.get(name)?.seconds ?? 0)) }))
    .sort((a, b) => rank(a.name) - rank(b.name) || a.name.localeCompare(b.name));
}

/** The parts of the stack that are not subgraphs (every other name is a subgraph's). */
export const NOT_SUBGRAPHS = new Set(['gateway', 'postgresql', 'redis', 'auth emulator', 'load generator']);

/**
 * For run.mjs's `measure(…, sampleCpu)`: () → { part: CPU seconds so far }, or null where only the
 * load generator can be seen (no /proc, or a running stack via BENCH_GATEWAY_URL).
 */
export function stackCpuSampler() {
  const sample = () => Object.fromEntries([...sampleCpu().values()].map(({ name, seconds }) => [name, seconds]));
  return Object.keys(sample()).some((name) => name !== 'load generator') ? sample : null;
}

/**
 * Table columns for a row with `cpuMsPerRequest` (run.mjs's `measure` with a sampler): the stack's
 * CPU ms per request (the load generator is shown but not summed) and the processes, busiest first.
 */
export const CPU_COLUMNS = [
  ['CPU ms/req (stack)', (r) => (r.cpuMsPerRequest ? Math.round(Object.entries(r.cpuMsPerRequest).reduce((sum, [name, ms]) => (name === 'load generator' ? sum : sum + ms), 0) * 100) / 100 : '–')],
  [
    'by process',
    (r) =>
      r.cpuMsPerRequest
        ? Object.entries(r.cpuMsPerRequest).filter(([, ms]) => ms >= 0.05).sort(([, a], [, b]) => b - a).map(([name, ms]) => `${name} ${ms}`).join(', ')
        : '–',
  ],
];
