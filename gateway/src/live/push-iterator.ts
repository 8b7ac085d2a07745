/**
 * An async iterator fed by pushes, with a bounded buffer: a subscriber that cannot keep up is
 * ended with an error instead of growing memory without limit.
 */
export function pushIterator<T>(options: { maxBuffered: number; onReturn: () => void }) {
  const buffer: T[] = [];
  let waiting: ((result: IteratorResult<T>) => void) | null = null;
  let done = false;
  let failure: Error | null = null;

  const finish = () => {
    if (done) return;
    done = true;
    options.onReturn();
    waiting?.({ value: undefined, done: true });
    waiting = null;
  };

  const iterator: AsyncIterableIterator<T> = {
    [Symbol.asyncIterator]() {
      return this;
    },
    next() {
      if (buffer.length) return Promise.resolve({ value: buffer.shift()!, done: false });
      if (failure) return Promise.reject(failure);
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve) => {
        waiting = resolve;
      });
    },
    return() {
      finish();
      return Promise.resolve({ value: undefined, done: true });
    },
    throw(error: unknown) {
      finish();
      return Promise.reject(error);
    },
  };

  return {
    iterator,
    push(value: T): void {
      if (done) return;
      if (waiting) {
        const resolve = waiting;
        waiting = null;
        resolve({ value, done: false });
        return;
      }
      if (buffer.length >= options.maxBuffered) {
        failure = new Error('Subscriber too slow: updates were not being read.');
        finish();
        return;
      }
      buffer.push(value);
    },
    end: finish,
    get closed() {
      return done;
    },
  };
}
