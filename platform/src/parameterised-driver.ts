import { NativeQueryBuilder, PostgreSqlConnection, PostgreSqlDriver, isRaw, raw, type Configuration, type EntityData, type LoggingOptions, type Transaction } from '@mikro-orm/postgresql';
import { CompiledQuery } from 'kysely';
import { StatementNames, isStalePlan } from './statement-names.js';
import { toPositional, type SqlQuoting } from './sql-parameters.js';

/** Distinct ORM statements one process prepares at most; later ones go unnamed (parsed and planned on every call). */
export const MAX_ORM_PREPARED_STATEMENTS = 500;

type Query = string | NativeQueryBuilder | ReturnType<typeof raw>;
/** What is used here of `pg`'s pool and its clients. */
interface PgClient {
  query(...args: unknown[]): unknown;
}
interface PgPool {
  on(event: 'connect', listener: (client: PgClient) => void): unknown;
}
type PoolOverrides = Parameters<PostgreSqlConnection['createKyselyDialect']>[0] & { onPoolCreated?: (pool: PgPool) => unknown };

/**
 * MikroORM's PostgreSQL connection, sending each statement's values as parameters instead of
 * written into its text (toPositional), and a repeated text as a named prepared statement on
 * each pooled connection (StatementNames, named at its second use). MikroORM 7 formats every
 * value into the SQL, so no two calls of a statement had the same text, and PostgreSQL parsed and
 * planned every one of them: about a quarter of its CPU in #12's mix (docs/capacity.md).
 *
 * Only `execute` changes, which every query builder, `em.find`, flush and raw statement goes
 * through; transactions, streams and dumps are MikroORM's own. When a migration changes a table
 * under a prepared `select *` (a rolling update), PostgreSQL refuses the old statement; the names
 * are then dropped and the statement sent again (isStalePlan).
 */
export class ParameterisedPostgreSqlConnection extends PostgreSqlConnection {
  private readonly statementNames = new StatementNames('orm', { max: MAX_ORM_PREPARED_STATEMENTS, sightings: 2 });

  override createKyselyDialect(overrides: PoolOverrides) {
    const { onPoolCreated } = overrides ?? {};
    return super.createKyselyDialect({
      ...overrides,
      onPoolCreated: (pool: PgPool) => {
        pool.on('connect', (client) => nameRepeatedStatements(client, this.statementNames));
        return onPoolCreated?.(pool);
      },
    } as PoolOverrides);
  }

  override async execute<T extends EntityData<object> | EntityData<object>[] = EntityData<object>[]>(
    query: Query,
    params: readonly unknown[] | Record<string, unknown> = [],
    method: 'all' | 'get' | 'run' = 'all',
    ctx?: Transaction,
    loggerContext?: LoggingOptions,
  ): Promise<T> {
    await this.ensureConnection();
    // MikroORM's prepareQuery, without the formatting.
    if (query instanceof NativeQueryBuilder) query = query.toRaw();
    if (typeof query === 'string' && !Array.isArray(params)) query = raw(query, params as Record<string, unknown>);
    let values = params as readonly unknown[];
    if (isRaw(query)) {
      values = query.params;
      query = query.sql;
    }
    const sql = this.config.get('onQuery')(query as string, values as unknown[]);
    const positional = toPositional(sql, values, this.platform as unknown as SqlQuoting);
    const { signal, inflightQueryAbortStrategy, ...logged } = (loggerContext ?? {}) as LoggingOptions & { signal?: AbortSignal; inflightQueryAbortStrategy?: unknown };
    const abort = signal == null && inflightQueryAbortStrategy == null ? undefined : { signal, inflightQueryAbortStrategy };
    const client = (ctx ?? this.getClient()) as { executeQuery(query: CompiledQuery, options?: unknown): Promise<unknown> };
    const run = () => client.executeQuery(CompiledQuery.raw(positional.text, positional.values), abort);
    return this.executeQuery(
      sql,
      async () => {
        let result;
        try {
          result = await run();
        } catch (error) {
          // A table changed under a prepared statement (a migration of a newer version): every name
          // is dropped, and outside a transaction the statement goes again, prepared afresh. Inside
          // one, the transaction has failed and the error stands (the request can be retried).
          if (!isStalePlan(error)) throw error;
          this.statementNames.invalidate();
          if (ctx) throw error;
          result = await run();
        }
        return this.transformRawResult<T>(result, method);
      },
      { query: sql, params: values as unknown[], ...logged },
    );
  }
}

/** The PostgreSQL driver with ParameterisedPostgreSqlConnection (MikroORM's `driver` option). */
export class ParameterisedPostgreSqlDriver extends PostgreSqlDriver {
  constructor(config: Configuration) {
    super(config);
    (this as unknown as { connection: PostgreSqlConnection }).connection = new ParameterisedPostgreSqlConnection(this.config);
  }
}

/** Kysely sends `client.query(text, values)`; a repeated parameterised text goes under its name. */
function nameRepeatedStatements(client: PgClient, names: StatementNames): void {
  const query = client.query.bind(client);
  client.query = (text: unknown, values?: unknown, ...rest: unknown[]) => {
    if (typeof text === 'string' && Array.isArray(values) && values.length) {
      const name = names.nameOf(text);
      if (name !== undefined) return query({ name, text, values }, ...rest);
    }
    return query(text, values, ...rest);
  };
}
