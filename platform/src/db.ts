import { MikroORM, defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { ReflectMetadataProvider } from '@mikro-orm/decorators/legacy';
import type { Constructor } from '@mikro-orm/core';
import type { Migration } from '@mikro-orm/migrations';
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from 'pino';
import { Counter } from 'prom-client';
import { metricsRegistry } from './http/metrics.js';

export type EntityClass = abstract new (...args: never[]) => object;
export interface NamedMigration {
  name: string;
  class: Constructor<Migration>;
}

export interface DatabaseOptions {
  clientUrl: string;
  entities: EntityClass[];
  migrations: NamedMigration[];
  poolMax: number;
  log: Logger;
  /** Log every SQL statement at debug level. */
  debugSql?: boolean;
  /** Where `migration:create` writes new migrations (development only). */
  migrationsPath?: string;
}

const sqlStatements = new Counter({
  name: 'db_sql_statements_total',
  help: 'SQL statements sent to PostgreSQL by MikroORM',
  registers: [metricsRegistry],
});

/**
 * Statements sent while serving one request. The subgraph server runs each request inside
 * `countStatements` and reports the total in the `x-sql-statements` response header, which is
 * how tests prove a query shape has no N+1.
 */
const requestStatements = new AsyncLocalStorage<{ count: number }>();

export function countStatements<T>(fn: () => T): T {
  return requestStatements.run({ count: 0 }, fn);
}

/** Runs background work (e.g. the outbox relay kicked by a request) outside that request's count. */
export function detachedFromRequest<T>(fn: () => T): T {
  return requestStatements.exit(fn);
}

export function statementsInThisRequest(): number | undefined {
  return requestStatements.getStore()?.count;
}

function recordStatement(): void {
  sqlStatements.inc();
  const store = requestStatements.getStore();
  if (store) store.count += 1;
}

export function databaseConfig(options: DatabaseOptions): Options {
  return defineConfig({
    clientUrl: options.clientUrl,
    entities: options.entities,
    metadataProvider: ReflectMetadataProvider,
    extensions: [Migrator],
    pool: { min: 0, max: options.poolMax, idleTimeoutMillis: 30_000 },
    // Entities are loaded per request through a forked EntityManager; the global one must stay empty.
    allowGlobalContext: false,
    forceUtcTimezone: true,
    debug: ['query'],
    loggerFactory: () => ({
      log: (namespace: string, message: string) => {
        if (namespace !== 'query') options.log.debug({ namespace }, message);
      },
      error: (namespace: string, message: string) => options.log.error({ namespace }, message),
      warn: (namespace: string, message: string) => options.log.warn({ namespace }, message),
      logQuery: (context: { query: string }) => {
        recordStatement();
        if (options.debugSql) options.log.debug({ sql: context.query }, 'sql');
      },
      setDebugMode: () => undefined,
      isEnabled: (namespace: string) => namespace === 'query',
    }),
    migrations: {
      migrationsList: options.migrations,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
      path: options.migrationsPath ?? 'src/migrations',
    },
  });
}

export async function openDatabase(options: DatabaseOptions): Promise<MikroORM> {
  return MikroORM.init(databaseConfig(options));
}

export async function migrateUp(orm: MikroORM): Promise<string[]> {
  const applied = await orm.migrator.up();
  return applied.map((m) => m.name);
}

export async function isDatabaseReachable(orm: MikroORM): Promise<boolean> {
  try {
    await orm.em.getConnection().execute('select 1');
    return true;
  } catch {
    return false;
  }
}
