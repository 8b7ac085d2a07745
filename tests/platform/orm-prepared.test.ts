import { MikroORM } from '@mikro-orm/postgresql';
import { createLogger, databaseConfig } from '@realserv/platform';
import { databaseUrl } from '../harness/subgraph-db.js';

/**
 * The ORM as every subgraph opens it (databaseConfig): values reach PostgreSQL as parameters, not
 * written into the statement, so a statement has one text whatever its values, and a repeated one
 * is a named prepared statement that PostgreSQL plans once per connection (docs/performance.md).
 * One pooled connection, so the session that prepared them is the one asked; a temporary table, so
 * nothing of the stack's own data is touched.
 */
describe('MikroORM statements as parameters and prepared statements, on PostgreSQL', () => {
  let orm: MikroORM;
  const execute = <T extends object[] = Array<Record<string, unknown>>>(sql: string, params: unknown[] = []) => orm.em.getConnection().execute<T>(sql, params);

  beforeAll(async () => {
    orm = await MikroORM.init({
      ...databaseConfig({ clientUrl: databaseUrl('identity'), entities: [], migrations: [], poolMax: 1, log: createLogger('orm-prepared-test', 'silent') }),
      discovery: { warnWhenNoEntities: false },
    });
    await execute('create temp table prepared_probe (id text primary key, at timestamptz, doc jsonb, raw bytea, big bigint, n int)');
  });
  afterAll(async () => {
    await orm?.close(true);
  });

  test('values of every kind go in and come back unchanged, quotes, backslashes and an injection attempt included', async () => {
    const at = new Date('2026-12-03T10:11:12.345Z');
    const tricky = "o'brien \\ $1 ? -- '); drop table prepared_probe; --";
    await execute('insert into prepared_probe (id, at, doc, raw, big, n) values (?, ?, ?, ?, ?, ?)', [tricky, at, { say: "it's", list: [1, 2] }, Buffer.from([0, 1, 255]), 9007199254740993n, 7]);
    const [row] = await execute<Array<{ id: string; at: Date; doc: unknown; raw: Buffer; big: string; n: number }>>('select * from prepared_probe where id in (?) and n = ?', [[tricky, 'absent'], 7]);
    expect(row!.id).toBe(tricky);
    expect(new Date(row!.at).toISOString()).toBe(at.toISOString());
    expect(row!.doc).toEqual({ say: "it's", list: [1, 2] });
    expect([...row!.raw]).toEqual([0, 1, 255]);
    expect(String(row!.big)).toBe('9007199254740993');
    const counted = await execute<Array<{ count: string }>>('select count(*) from prepared_probe');
    expect(Number(counted[0]!.count)).toBe(1);
  });

  test('a statement run with eight different values is prepared once, under a hashed name, with $n parameters, and PostgreSQL moves it to a generic plan', async () => {
    for (let i = 0; i < 8; i++) await execute('insert into prepared_probe (id, n) values (?, 1)', [`row-${i}`]);
    for (let i = 0; i < 8; i++) expect(await execute('select id from prepared_probe where id = ?', [`row-${i}`])).toEqual([{ id: `row-${i}` }]);
    const prepared = await execute<Array<{ name: string; statement: string; generic_plans: string; custom_plans: string }>>(
      `select name, statement, generic_plans, custom_plans from pg_prepared_statements where statement like '%prepared_probe where id = $1%'`,
    );
    expect(prepared).toHaveLength(1);
    expect(prepared[0]!.name).toMatch(/^orm_[0-9a-f]{32}$/);
    expect(prepared[0]!.statement).toBe('select id from prepared_probe where id = $1');
    // First use unnamed (a text is named when it comes again), then seven runs of the named statement.
    expect(Number(prepared[0]!.custom_plans) + Number(prepared[0]!.generic_plans)).toBe(7);
    expect(Number(prepared[0]!.generic_plans)).toBeGreaterThan(0);
  });

  test('a transaction sends its statements the same way, and a rollback undoes them', async () => {
    await expect(
      orm.em.fork().transactional(async (em) => {
        await em.getConnection().execute('insert into prepared_probe (id, n) values (?, 2)', ['in-transaction'], 'run', em.getTransactionContext());
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await execute('select id from prepared_probe where id = ?', ['in-transaction'])).toEqual([]);
  });

  test('a column added under a prepared `select *` (a newer version migrated first): the statement is prepared again and answers with the new column', async () => {
    for (let i = 0; i < 3; i++) await execute('select * from prepared_probe where id = ?', ['row-1']);
    await execute('alter table prepared_probe add column added_later text');
    const [row] = await execute('select * from prepared_probe where id = ?', ['row-1']);
    expect(row).toEqual(expect.objectContaining({ id: 'row-1', added_later: null }));
  });

  test('inside a transaction the refused statement fails that transaction once; the next use prepares it again', async () => {
    for (let i = 0; i < 3; i++) await execute('select id, n, added_later from prepared_probe where id = ? or id = ?', ['row-2', 'row-3']);
    await execute('alter table prepared_probe alter column added_later type varchar(20)');
    await expect(
      orm.em.fork().transactional((em) => em.getConnection().execute('select id, n, added_later from prepared_probe where id = ? or id = ?', ['row-2', 'row-3'], 'all', em.getTransactionContext())),
    ).rejects.toThrow(/cached plan must not change result type/);
    expect(await execute('select id, n, added_later from prepared_probe where id = ? or id = ?', ['row-2', 'row-3'])).toHaveLength(2);
  });
});
