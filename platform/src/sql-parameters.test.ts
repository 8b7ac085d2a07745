import { PostgreSqlPlatform, raw } from '@mikro-orm/postgresql';
import { JsonProperty } from '@mikro-orm/core';
import { toPositional, type SqlQuoting } from './sql-parameters.js';

const quoting: SqlQuoting = {
  quoteIdentifier: (id) => `"${id}"`,
  formatDate: (date) => date.toISOString(),
};

describe("MikroORM's placeholders as PostgreSQL parameters", () => {
  test('strings, bigints and dates become numbered parameters; numbers, booleans and null stay in the text', () => {
    const at = new Date('2026-12-03T10:00:00.000Z');
    expect(toPositional('select * from t where a = ? and b = ? and c > ? and d = ? and e = ? and f is ? limit ?', ['x', 12n, at, 5, true, null, 20], quoting)).toEqual({
      text: 'select * from t where a = $1 and b = $2 and c > $3 and d = 5 and e = true and f is null limit 20',
      values: ['x', '12', '2026-12-03T10:00:00.000Z'],
    });
  });

  test('the same statement with other values has the same text', () => {
    const one = toPositional('select * from users where id = ? limit ?', ['a', 1], quoting);
    const two = toPositional('select * from users where id = ? limit ?', ["b'; drop table users; --", 1], quoting);
    expect(two.text).toBe(one.text);
    expect(two.values).toEqual(["b'; drop table users; --"]);
  });

  test('an array is a list of parameters, as MikroORM writes a list of literals', () => {
    expect(toPositional('where id in (?) and n in (?)', [['a', 'b', 'c'], [1, 2]], quoting)).toEqual({ text: 'where id in ($1, $2, $3) and n in (1, 2)', values: ['a', 'b', 'c'] });
  });

  test('`??` is a quoted identifier and `\\?` a question mark, neither a parameter', () => {
    expect(toPositional('select ?? from t where data \\? ? and x = ?', ['name', 'key', 'v'], quoting)).toEqual({ text: 'select "name" from t where data ? $1 and x = $2', values: ['key', 'v'] });
    expect(toPositional('?? = ?', ['col', 'v'], quoting)).toEqual({ text: '"col" = $1', values: ['v'] });
  });

  test('JSON (a plain object or a JSON-tagged value) is one parameter holding its text', () => {
    const tagged = Object.defineProperty(['a', 'b'], JsonProperty, { value: true, enumerable: false });
    expect(toPositional('insert into t (a, b) values (?, ?)', [{ k: 1, s: "it's" }, tagged], quoting)).toEqual({
      text: 'insert into t (a, b) values ($1, $2)',
      values: ['{"k":1,"s":"it\'s"}', '["a","b"]'],
    });
  });

  test("a raw fragment's own placeholders are numbered in place", () => {
    const fragment = raw('lower(?) || ?', ['A', 'b']);
    expect(toPositional('select ? where x = ? and y = ?', ['first', fragment, 'last'], quoting)).toEqual({
      text: 'select $1 where x = lower($2) || $3 and y = $4',
      values: ['first', 'A', 'b', 'last'],
    });
  });

  test('a buffer is one parameter (bytea), not text', () => {
    const { text, values } = toPositional('update t set b = ?', [Buffer.from([1, 2, 255])], quoting);
    expect(text).toBe('update t set b = $1');
    expect(Buffer.isBuffer(values[0])).toBe(true);
    expect([...(values[0] as Buffer)]).toEqual([1, 2, 255]);
  });

  test('without parameters the text is left as it is (the simple protocol may carry several commands)', () => {
    expect(toPositional('begin; select 1; commit;', [], quoting)).toEqual({ text: 'begin; select 1; commit;', values: [] });
  });

  test("each placeholder reads as MikroORM's own formatQuery reads it: inlining the parameters gives MikroORM's text", () => {
    const platform = new PostgreSqlPlatform();
    const cases: Array<[string, unknown[]]> = [
      ['select * from t where a = ? and b in (?) and c = ? and d = ?', ['x', ['p', "q'r"], 3, new Date('2026-01-02T03:04:05.006Z')]],
      ['?? = ? and j = ?', ['col', 'v', { a: [1, 2] }]],
      ['a \\? ? and b = ?', ['k', false]],
      ['x = ? and y = ?', [raw('upper(?)', ['z']), 12n]],
    ];
    for (const [sql, params] of cases) {
      const { text, values } = toPositional(sql, params, platform as unknown as SqlQuoting);
      const inlined = text.replace(/\$(\d+)/g, (_, n: string) => String(platform.quoteValue(values[Number(n) - 1])));
      expect(inlined.replace(/\s+/g, ' ')).toBe(platform.formatQuery(sql, params).replace(/\s+/g, ' '));
    }
  });
});
