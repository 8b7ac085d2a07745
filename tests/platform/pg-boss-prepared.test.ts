import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { createPgBoss } from '@realserv/platform';
import { serverUrl } from '../harness/subgraph-db.js';

/**
 * pg-boss as the stack makes it (createPgBoss), on the test stack's events database in a schema of
 * its own: its parameterised statements reach PostgreSQL as named prepared statements, and jobs
 * still go round (send, fetch past the five runs after which PostgreSQL may switch to a generic
 * plan, complete). One pooled connection, so the session that prepared them is the one asked.
 */
describe('pg-boss with prepared statements, on PostgreSQL', () => {
  const schema = `prepared_${randomUUID().replace(/-/g, '').slice(0, 10)}`;
  const boss = createPgBoss({ connectionString: serverUrl('events'), schema, applicationName: 'prepared-test', schedule: false, poolSize: 1 });
  const db = boss.getDb();

  beforeAll(async () => {
    await boss.start();
    await boss.createQueue('work');
  });
  afterAll(async () => {
    await boss.stop({ graceful: false, close: true });
    const admin = new pg.Client({ connectionString: serverUrl('events') });
    await admin.connect();
    await admin.query(`drop schema if exists ${schema} cascade`);
    await admin.end();
  });

  test('send, fetch and complete go round eight times; the session holds pg-boss statements prepared under their hashed names', async () => {
    for (let round = 0; round < 8; round++) {
      const id = await boss.send('work', { round });
      const [job] = await boss.fetch<{ round: number }>('work');
      expect({ id: job?.id, round: job?.data.round }).toEqual({ id, round });
      await boss.complete('work', job!.id);
    }
    const { rows } = (await db.executeSql(`select name, statement from pg_prepared_statements where name like 'pgboss\\_%'`)) as { rows: Array<{ name: string; statement: string }> };
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const row of rows) expect(row.name).toMatch(/^pgboss_[0-9a-f]{32}$/);
    expect(rows.some((row) => row.statement.includes(`${schema}.job`))).toBe(true);
    const [counts] = (await db.executeSql(`select count(*)::int as n from ${schema}.job where name = 'work' and state = 'completed'`)).rows as Array<{ n: number }>;
    expect(counts!.n).toBe(8);
  });
});
