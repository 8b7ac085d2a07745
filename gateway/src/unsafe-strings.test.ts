import fc from 'fast-check';
import { findUnsafeStrings, problemWith } from './unsafe-strings.js';

describe('unsafe strings at the edge', () => {
  it('accepts ordinary text in any script, emoji (surrogate pairs) included', () => {
    for (const text of ['Sri Balaji Building Materials', 'श्री बालाजी', 'சிமெண்ட்', '🧱 bricks', "O'Neil & Sons <b>", '']) {
      expect(problemWith(text)).toBeUndefined();
    }
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (text) => problemWith(text.replace(/\u0000/g, '')) === undefined));
  });

  it('refuses NUL and unpaired surrogates wherever they stand', () => {
    expect(problemWith('a\u0000b')).toMatch(/NUL/);
    expect(problemWith('\uD83E')).toMatch(/surrogate/);
    expect(problemWith('x\uDDF1y')).toMatch(/surrogate/);
    expect(problemWith('\uDDF1\uD83E')).toMatch(/surrogate/);
  });

  it('reports the path of each offending variable', () => {
    const found = findUnsafeStrings({ query: 'mutation', variables: { input: { fullName: 'ok', items: [{ note: 'bad\u0000' }] } } });
    expect(found).toEqual([{ field: 'variables.input.items[0].note', messages: [expect.stringMatching(/NUL/)] }]);
  });
});
