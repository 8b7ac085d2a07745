import { StatementNames, isStalePlan } from './statement-names.js';

describe('names for prepared statements', () => {
  test('with two sightings, a text is named at its second use, and keeps that name', () => {
    const names = new StatementNames('orm', { max: 10, sightings: 2 });
    expect(names.nameOf('select $1')).toBeUndefined();
    const name = names.nameOf('select $1');
    expect(name).toMatch(/^orm_[0-9a-f]{32}$/);
    expect(names.nameOf('select $1')).toBe(name);
    expect(names.size).toBe(1);
  });

  test('texts used once (a one-off value written into them) never take a name, so the repeated ones still get theirs', () => {
    const names = new StatementNames('orm', { max: 2, sightings: 2 });
    for (let amount = 0; amount < 50; amount++) expect(names.nameOf(`insert into t values ($1, ${amount})`)).toBeUndefined();
    names.nameOf('select a from t where id = $1');
    expect(names.nameOf('select a from t where id = $1')).toBeDefined();
    expect(names.size).toBe(1);
  });

  test('past the cap, new texts go unnamed while the named ones keep their names', () => {
    const names = new StatementNames('x', { max: 1, sightings: 1 });
    const first = names.nameOf('a');
    expect(first).toBeDefined();
    expect(names.nameOf('b')).toBeUndefined();
    expect(names.nameOf('a')).toBe(first);
  });

  test('one text has one name in every process (a hash of the text), another text another name', () => {
    const one = new StatementNames('p', { max: 5, sightings: 1 });
    const two = new StatementNames('p', { max: 5, sightings: 1 });
    expect(one.nameOf('select 1 where $1')).toBe(two.nameOf('select 1 where $1'));
    expect(one.nameOf('select 2 where $1')).not.toBe(one.nameOf('select 1 where $1'));
  });

  test('after invalidate every text gets a new name (the old ones are refused on their connections)', () => {
    const names = new StatementNames('orm', { max: 10, sightings: 1 });
    const before = names.nameOf('select * from t where id = $1');
    names.invalidate();
    const after = names.nameOf('select * from t where id = $1');
    expect(after).toMatch(/^orm_g1_[0-9a-f]{32}$/);
    expect(after).not.toBe(before);
    expect(names.nameOf('select * from t where id = $1')).toBe(after);
  });

  test("PostgreSQL's refusal of a stale prepared statement is told apart from other errors", () => {
    expect(isStalePlan(Object.assign(new Error('cached plan must not change result type'), { code: '0A000' }))).toBe(true);
    expect(isStalePlan(Object.assign(new Error('cannot run inside a transaction block'), { code: '0A000' }))).toBe(false);
    expect(isStalePlan(Object.assign(new Error('cached plan must not change result type'), { code: '42P01' }))).toBe(false);
    expect(isStalePlan(undefined)).toBe(false);
  });
});
