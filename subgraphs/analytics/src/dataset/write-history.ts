import { createLogger, migrateUp, openDatabase, subgraphEntities } from '@realserv/platform';
import { analyticsSubgraph } from '../schema.js';
import { addDays, indiaDay } from '../reporting/analytics-calendar.js';
import { sqlOf } from '../reporting/read-model-sql.js';
import { generateHistory, type HistoryOptions } from './generate-history.js';

export { generateHistory, type HistoryOptions } from './generate-history.js';

/**
 * Opens the analytics database (migrating it if needed) and adds a generated history ending
 * yesterday in India: by default a year, 50 vendors, 10 cities. Used by
 * `npm run analytics:generate` and bench's analytics-dashboard scenario.
 */
export async function writeHistory(
  databaseUrl: string,
  options: Partial<HistoryOptions> & { orders: number },
): Promise<{ orders: number; gmvPaise: number; seconds: number }> {
  const orm = await openDatabase({
    clientUrl: databaseUrl,
    entities: subgraphEntities(analyticsSubgraph),
    migrations: analyticsSubgraph.migrations,
    poolMax: 2,
    log: createLogger('analytics-generate', 'warn'),
  });
  try {
    await migrateUp(orm);
    const started = Date.now();
    const result = await generateHistory(sqlOf(orm.em.fork()), {
      vendors: 50,
      cities: 10,
      days: 365,
      lastDay: addDays(indiaDay(new Date()), -1),
      ...options,
    });
    return { ...result, seconds: Math.round((Date.now() - started) / 100) / 10 };
  } finally {
    await orm.close(true);
  }
}
