import type { PgBoss } from 'pg-boss';
import { StatementNames, isStalePlan } from '../statement-names.js';

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
 * Names come from StatementNames (a hash of the text). Statements without parameters are left
 * alone: they go by the simple protocol, which may hold several commands (pg-boss's migrations)
 * and cannot be prepared. At most MAX_PREPARED_STATEMENTS texts are named, which bounds what
 * each connection keeps.
 */
export function prepareStatements(boss: PgBoss, max = MAX_PREPARED_STATEMENTS): void {
  const db = boss.getDb() as unknown as ExecuteSql;
  const execute = db.executeSql.bind(db);
  const names = new StatementNames('pgboss', { max, sightings: 1 });
  db.executeSql = (text, values, options) => {
    if (typeof text !== 'string' || !values?.length) return execute(text, values, options);
    const name = names.nameOf(text);
    if (name === undefined) return execute(text, values, options);
    // A pg-boss upgrade that changed its tables under a prepared statement: new names from now on.
    return execute({ name, text }, values, options).catch((error: unknown) => {
      if (isStalePlan(error)) names.invalidate();
      throw error;
    });
  };
}
