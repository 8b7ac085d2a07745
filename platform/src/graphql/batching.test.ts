import { manyByKey, oneByKey } from './batching.js';

describe('DataLoader batch shaping', () => {
  const rows = [
    { id: 'b', group: 'x' },
    { id: 'a', group: 'y' },
    { id: 'c', group: 'x' },
  ];
  it('answers one row per key in key order, null for missing keys', () => {
    expect(oneByKey(['a', 'z', 'b'], rows, (r) => r.id)).toEqual([rows[1], null, rows[0]]);
  });
  it('groups rows per key in key order, keeping row order, empty for missing keys', () => {
    expect(manyByKey(['x', 'q', 'y'], rows, (r) => r.group)).toEqual([[rows[0], rows[2]], [], [rows[1]]]);
  });
});
