import type { PgBoss } from 'pg-boss';
import { prepareStatements } from './prepared-statements.js';

/** A stand-in for pg-boss's database: records what reaches its executeSql. */
function fakeBoss() {
  const calls: Array<{ text: unknown; values: unknown; options: unknown }> = [];
  const db = {
    async executeSql(text: unknown, values?: unknown, options?: unknown) {
      calls.push({ text, values, options });
      return { rows: [] };
    },
  };
  return { boss: { getDb: () => db } as unknown as PgBoss, db, calls };
}

describe('pg-boss statements as named prepared statements', () => {
  test('a parameterised statement goes named, by a hash of its text: the same text always under the same name, another text under another', async () => {
    const { boss, db, calls } = fakeBoss();
    prepareStatements(boss);
    const signal = new AbortController().signal;
    await db.executeSql('SELECT $1::int', [1], { signal });
    await db.executeSql('SELECT $1::int', [2]);
    await db.executeSql('SELECT $1::text', ['x']);
    const [first, second, third] = calls;
    expect(first!.text).toEqual({ name: expect.stringMatching(/^pgboss_[0-9a-f]{32}$/), text: 'SELECT $1::int' });
    expect(first!.values).toEqual([1]);
    expect(first!.options).toEqual({ signal });
    expect(second!.text).toEqual(first!.text);
    expect((third!.text as { name: string }).name).not.toBe((first!.text as { name: string }).name);
  });

  test('statements without parameters stay plain text (the simple protocol, which may carry several commands)', async () => {
    const { boss, db, calls } = fakeBoss();
    prepareStatements(boss);
    await db.executeSql('BEGIN; CREATE TABLE t (id int); COMMIT;');
    await db.executeSql('SELECT 1', []);
    expect(calls.map((c) => c.text)).toEqual(['BEGIN; CREATE TABLE t (id int); COMMIT;', 'SELECT 1']);
  });

  test('past the cap, new texts go unnamed while the named ones keep their names', async () => {
    const { boss, db, calls } = fakeBoss();
    prepareStatements(boss, 2);
    for (const text of ['SELECT $1', 'SELECT $1 + 1', 'SELECT $1 + 2', 'SELECT $1']) await db.executeSql(text, [1]);
    expect(calls.map((c) => (typeof c.text === 'string' ? 'plain' : 'named'))).toEqual(['named', 'named', 'plain', 'named']);
  });

  test('a statement PostgreSQL refuses as stale (a pg-boss upgrade changed its table) goes under a new name from then on', async () => {
    const calls: unknown[] = [];
    let refuse = true;
    const db = {
      async executeSql(text: unknown, _values?: unknown) {
        calls.push(text);
        if (typeof text !== 'string' && refuse) {
          refuse = false;
          throw Object.assign(new Error('cached plan must not change result type'), { code: '0A000' });
        }
        return { rows: [] };
      },
    };
    prepareStatements({ getDb: () => db } as unknown as PgBoss);
    await expect(db.executeSql('SELECT * FROM job WHERE id = $1', [1])).rejects.toThrow('cached plan');
    await db.executeSql('SELECT * FROM job WHERE id = $1', [1]);
    const [first, second] = calls as Array<{ name: string }>;
    expect(second!.name).toMatch(/^pgboss_g1_[0-9a-f]{32}$/);
    expect(second!.name).not.toBe(first!.name);
  });
});
