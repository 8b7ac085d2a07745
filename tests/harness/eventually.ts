/**
 * Polls a condition until it holds or the time runs out (tests never sleep for a fixed time).
 * 30 s by default: events cross several queues, and a loaded 2-core machine can take seconds.
 */
export async function eventually<T>(
  check: () => Promise<T | false | null | undefined>,
  { timeoutMs = 30_000, intervalMs = 50, what = 'condition' } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
