import { createHash } from 'node:crypto';
import type { PgBoss } from 'pg-boss';

/** Distinct statements one process names at most; later ones go unnamed (planned on every call, as before). */
export const MAX_PREPARED_STATEMENTS = 200;

interface ExecuteSql {
  executeSql(text: string | { name: string; text: string }, values?: unknown[], options?: unknown): Promise<unknown>;
}

/**
 * Sends pg-boss's parameterised statements as named prepared statements, so each pooled
 * connection plans a statement once and then reuses the plan (PostgreSQL keeps custom plans for the
 * first five runs, then a generic plan when that is no dearer).
 *
 * pg-boss sends its statements unnamed, so PostgreSQL parses and plans every fetch, insert and
 * complete afresh: with orders alone, planning in the events database took 8.9 ms of PostgreSQL's
 * time per order against 6.1 ms of execution (docs/capacity.md, fifth session).
 *
 * The name is a hash of the text, so one text always has one name (pg refuses a name reused for
 * another text). Statements without parameters are left alone: they go by the simple protocol,
 * which may hold several commands (pg-boss's migrations) and cannot be prepared. At most
 * MAX_PREPARED_STATEMENTS texts are named, which bounds what each connection keeps.
 */
export function prepareStatements(boss: PgBoss, max = MAX_PREPARED_STATEMENTS): void {
  const db = boss.getDb() as unknown as ExecuteSql;
  const execute = db.executeSql.bind(db);
  const names = new Map<string, string>();
  db.executeSql = (text, values, options) => {
    if (typeof text !== 'string' || !values?.length) return execute(text, values, options);
    let name = names.get(text);
    if (name === undefined && names.size < max) {
      name = `pgboss_${createHash('sha256').update(text).digest('hex').slice(0, 32)}`;
      names.set(text, name);
    }
    return execute(name === undefined ? text : { name, text }, values, options);
  };
}
