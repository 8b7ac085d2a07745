/**
 * Durations (time to confirm, confirm → delivered, time to a KYC decision) are kept as counts in
 * log-spaced buckets per day, so p50/p90 over any range is a sum of a few hundred small rows,
 * never a scan of raw orders. Bucket b holds durations in (BASE^(b-1), BASE^b] seconds (bucket 0:
 * up to one second); with BASE = 1.1 a percentile read from bucket bounds is within 10 % of the
 * exact one (HdrHistogram's and Prometheus' native histograms use the same idea).
 */
export const BUCKET_BASE = 1.1;
/** The last bucket (≈ 86 years): longer durations are clamped into it. */
export const MAX_BUCKET = 300;

/** The bucket a duration in seconds falls in. */
export function bucketOf(seconds: number): number {
  if (!(seconds > 1)) return 0;
  // The epsilon keeps exact powers in their own bucket despite floating-point logarithms.
  return Math.min(MAX_BUCKET, Math.ceil(Math.log(seconds) / Math.log(BUCKET_BASE) - 1e-9));
}

/** The upper bound of a bucket, in seconds: what a percentile in it reads as. */
export function bucketUpperSeconds(bucket: number): number {
  return bucket <= 0 ? 1 : Math.pow(BUCKET_BASE, bucket);
}

/**
 * The q-quantile (0 < q ≤ 1) of the durations counted in `buckets` (bucket → count): the upper
 * bound of the bucket holding the ⌈q·n⌉-th smallest duration (nearest-rank), or null with none.
 */
export function percentileFromBuckets(buckets: ReadonlyMap<number, number> | Iterable<[number, number]>, q: number): number | null {
  const sorted = [...(buckets instanceof Map ? buckets.entries() : buckets)].filter(([, n]) => n > 0).sort(([a], [b]) => a - b);
  const total = sorted.reduce((sum, [, n]) => sum + n, 0);
  if (total === 0) return null;
  const rank = Math.max(1, Math.ceil(q * total));
  let seen = 0;
  for (const [bucket, n] of sorted) {
    seen += n;
    if (seen >= rank) return bucketUpperSeconds(bucket);
  }
  return bucketUpperSeconds(sorted[sorted.length - 1]![0]);
}
