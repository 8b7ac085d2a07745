// The stack with nothing to do: CPU per process and how often each process wakes up, after a
// settle. What an idle stack burns is a floor under every loaded run's CPU (the seed-mix hold
// counts it too) and what each replica costs in production when nobody is using it. Manual:
// `npm run bench -- idle` (a fresh stack; against a running one only the load generator is seen).
import { cpuBetween, sampleCpu, sampleWakeups, wakeupsBetween } from './process-cpu.mjs';
import { sleep } from './stats.mjs';

const SETTLE_SECONDS = Number(process.env.BENCH_IDLE_SETTLE_SECONDS ?? 40);
const IDLE_SECONDS = Number(process.env.BENCH_IDLE_SECONDS ?? 60);

const round = (n, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

export const idle = {
  name: 'idle',
  manual: true,
  description: `the stack idle: CPU % of a core and wake-ups per second per process over ${IDLE_SECONDS} s, after ${SETTLE_SECONDS} s to settle`,
  columns: [
    ['process', (r) => r.process],
    ['processes', (r) => r.pids],
    ['% of a core', (r) => r.corePercent],
    ['wake-ups/s', (r) => r.wakeupsPerSecond],
  ],
  prepare: async () => ({}),
  custom: async () => {
    await sleep(SETTLE_SECONDS * 1000);
    const cpuAtStart = sampleCpu();
    const wakeAtStart = sampleWakeups();
    await sleep(IDLE_SECONDS * 1000);
    const cpu = cpuBetween(cpuAtStart, sampleCpu());
    const wakeups = wakeupsBetween(wakeAtStart, sampleWakeups());
    const rows = cpu.map((p) => {
      const switches = wakeups.get(p.name);
      return {
        process: p.name,
        pids: p.pids,
        corePercent: round((100 * p.seconds) / IDLE_SECONDS),
        wakeupsPerSecond: switches === undefined ? null : round(switches / IDLE_SECONDS, 1),
        errors: 0,
      };
    });
    const total = rows.reduce((sum, r) => sum + r.corePercent, 0);
    return {
      rows,
      report: [`the whole stack idle: ${round(total)} % of a core (load generator included); a wake-up is a voluntary context switch of any thread of the process, counted over the processes alive for the whole window`],
      settleSeconds: SETTLE_SECONDS,
      idleSeconds: IDLE_SECONDS,
    };
  },
};
