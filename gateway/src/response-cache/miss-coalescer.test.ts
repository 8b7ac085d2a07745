import { MissCoalescer } from './miss-coalescer.js';

describe('coalescing concurrent misses', () => {
  it('never makes a request wait for an operation whose answers were never stored (private ones)', async () => {
    const coalescer = new MissCoalescer();
    expect(await coalescer.awaitTurn('me', 'k')).toBeNull();
    expect(await coalescer.awaitTurn('me', 'k')).toBeNull();
  });

  it('the first miss of a cacheable operation computes; the others wait until it is done', async () => {
    const coalescer = new MissCoalescer();
    coalescer.answerStored('page', 'old-key', 5);
    const release = await coalescer.awaitTurn('page', 'new-key');
    expect(release).toEqual(expect.any(Function));
    let followerDone = false;
    const follower = coalescer.awaitTurn('page', 'new-key').then((r) => ((followerDone = true), r));
    await new Promise((r) => setImmediate(r));
    expect(followerDone).toBe(false);
    release!();
    expect(await follower).toBeNull();
    // Done: the next miss computes again (e.g. the leader's answer was not cacheable after all).
    expect(await coalescer.awaitTurn('page', 'new-key')).toEqual(expect.any(Function));
  });

  it('does not coalesce an answer known to be in the cache', async () => {
    const coalescer = new MissCoalescer();
    coalescer.answerStored('page', 'key', 5);
    expect(await coalescer.awaitTurn('page', 'key')).toBeNull();
  });

  it('stops waiting for a leader that does not finish in time, and lets a new one lead', async () => {
    let now = 0;
    const coalescer = new MissCoalescer(20, () => now);
    coalescer.answerStored('page', 'other', 5);
    await coalescer.awaitTurn('page', 'key'); // never released
    expect(await coalescer.awaitTurn('page', 'key')).toBeNull(); // waited 20 ms
    now = 21;
    expect(await coalescer.awaitTurn('page', 'key')).toEqual(expect.any(Function));
  });
});
