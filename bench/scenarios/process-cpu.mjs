// CPU time per process of a local stack (Linux /proc), so a result can say where the time went
// even on a busy machine: the processes are found by the ports they listen on; PostgreSQL is its
// postmaster and every backend under it. Elsewhere (no /proc) it measures nothing.
import { existsSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';

const TICKS_PER_SECOND = 100;

function listeningInodes(port) {
  const inodes = new Set();
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    if (!existsSync(file)) continue;
    for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      if (fields.length < 10 || fields[3] !== '0A') continue;
      if (parseInt(fields[1].split(':')[1], 16) === port) inodes.add(fields[9]);
    }
  }
  return inodes;
}

function pidListeningOn(port) {
  const inodes = listeningInodes(port);
  if (!inodes.size) return null;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    let fds;
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        const match = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
        if (match && inodes.has(match[1])) return Number(pid);
      } catch {
        // gone meanwhile
      }
    }
  }
  return null;
}

/** utime + stime of a process, and its parent's pid. */
function stat(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return null;
  }
}

function ticksOf(process) {
  if (!process.withChildren) return stat(process.pid)?.ticks ?? 0;
  let ticks = stat(process.pid)?.ticks ?? 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    const s = stat(pid);
    if (s?.ppid === process.pid) ticks += s.ticks;
  }
  return ticks;
}

/**
 * `urls`: { name: url } of HTTP services (gateway, subgraphs) and `postgres: url` of a database
 * URL. Returns sample() → { name: CPU seconds so far }, or null where /proc is not available.
 */
export function processCpu(urls) {
  if (!existsSync('/proc/net/tcp')) return null;
  const processes = [];
  for (const [name, url] of Object.entries(urls)) {
    const port = Number(new URL(url).port);
    const pid = port ? pidListeningOn(port) : null;
    if (pid) processes.push({ name, pid, withChildren: name === 'postgres' });
  }
  if (!processes.length) return null;
  return () => Object.fromEntries(processes.map((p) => [p.name, ticksOf(p) / TICKS_PER_SECOND]));
}
