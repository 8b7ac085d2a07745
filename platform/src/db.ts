import { MikroORM, defineConfig, type EntityManager, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { ReflectMetadataProvider } from '@mikro-orm/decorators/legacy';
import type { Constructor, EntityData, EntityName, FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import type { Migration } from '@mikro-orm/migrations';
import type { Logger } from 'pino';
import { Counter } from 'prom-client';
import { metricsRegistry } from './http/metrics.js';
import { countStatement } from './request-cost.js';
import { ParameterisedPostgreSqlDriver } from './parameterised-driver.js';

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

export { costOfThisRequest, countRequestCost, detachedFromRequest } from './request-cost.js';

function recordStatement(): void {
  sqlStatements.inc();
  countStatement();
}

export function databaseConfig(options: DatabaseOptions): Options {
  return defineConfig({
    clientUrl: options.clientUrl,
    // Values go as parameters, repeated statements prepared (parameterised-driver.ts).
    driver: ParameterisedPostgreSqlDriver,
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

/**
 * Read-only rows as plain objects with the entity's property names and JS values, through
 * MikroORM's own result mapping (columns to properties, dates) and its custom types (bigint,
 * JSON), but without hydration, the identity map or change tracking. For pages that are
 * only read (#12: hydrating a catalog page's materials and offers into managed entities was
 * about a fifth of the catalog subgraph's CPU on a cache miss). Never flush what this returns:
 * it is not managed. Loaders that expect a page's rows in the identity map must be primed.
 */
export function plainRows<T extends object>(em: EntityManager, entity: EntityName<T>, rows: Array<Record<string, unknown>>): T[] {
  const meta = em.getMetadata().get(entity);
  const platform = em.getPlatform();
  const driver = em.getDriver();
  const converted = meta.props.filter((prop) => prop.customType);
  return rows.map((row) => {
    const data = driver.mapResult(row as EntityData<T>, meta) as Record<string, unknown>;
    for (const prop of converted) {
      const value = data[prop.name];
      if (value != null) data[prop.name] = prop.customType!.convertToJSValue(value, platform);
    }
    // The class's prototype after the values are own properties (so its accessors are not run):
    // type-graphql hands `@Root()` of a field resolver over as is only when it is an instance, and
    // builds a new one per field resolver call otherwise.
    return Object.setPrototypeOf(data, meta.prototype) as T;
  });
}

/**
 * The rows of one read-only statement as plain entity objects (plainRows): no query builder, no
 * hydration, no identity map. For reads that only answer (the caller's own profile, a list), where
 * building and tracking entities was most of the subgraph's CPU (docs/performance.md). Never
 * flush or change what this returns; a write loads its entity with the EntityManager.
 */
export async function readPlain<T extends object>(em: EntityManager, entity: EntityName<T>, sql: string, params: unknown[]): Promise<T[]> {
  const rows = await em.getConnection().execute<Array<Record<string, unknown>>>(sql, params, 'all', em.getTransactionContext());
  return plainRows(em, entity, rows);
}

/**
 * `em.find` for reads that only answer (a page of orders, a loader's rows): the same conditions
 * and order, as plain entity objects (plainRows) from the query builder's rows, without
 * hydration or the identity map. Never flush or change what this returns.
 */
export async function findPlain<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  options: { orderBy?: QueryOrderMap<T>; limit?: number; offset?: number } = {},
): Promise<T[]> {
  const qb = em.createQueryBuilder(entity).select('*').where(where as never);
  if (options.orderBy) qb.orderBy(options.orderBy);
  if (options.limit !== undefined) qb.limit(options.limit);
  if (options.offset) qb.offset(options.offset);
  return plainRows(em, entity, await qb.execute<Array<Record<string, unknown>>>('all', false));
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
