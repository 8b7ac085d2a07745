// Small pieces the scenarios and run.mjs share: percentiles of measured latencies, the latency
// columns of the printed tables, a pause, rounding for the tables.

/** Nearest-rank percentile of an ascending array (NaN when empty). */
export function pct(sorted, p) {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** The latency columns of a result table, as [header, (row) => cell] pairs (see run.mjs `print`). */
export const LATENCY_COLUMNS = [
  ['p50 ms', (r) => r.p50],
  ['p95 ms', (r) => r.p95],
  ['p99 ms', (r) => r.p99],
  ['max ms', (r) => r.max],
];

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** `n` rounded to `digits` decimals (1 unless told): the figures the result tables print. */
export const round = (n, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
