import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { MikroORM } from '@mikro-orm/postgresql';
import { EVENT_ENTITIES, createLogger, databaseConfig } from '@realserv/platform';
import { serverUrl } from './subgraph-db.js';

/** A fresh database with these entities (plus the outbox/inbox tables), for platform tests; `extensions` (e.g. pg_trgm for catalog's indexes) are created first. */
export async function scratchOrm(entities: Array<new () => object>, extensions: string[] = []): Promise<MikroORM> {
  const name = `scratch_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const admin = new pg.Client({ connectionString: serverUrl('postgres') });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  if (extensions.length) {
    const db = new pg.Client({ connectionString: serverUrl(name) });
    await db.connect();
    for (const extension of extensions) await db.query(`create extension if not exists ${extension}`);
    await db.end();
  }
  const orm = await MikroORM.init(
    databaseConfig({ clientUrl: serverUrl(name), entities: [...entities, ...EVENT_ENTITIES], migrations: [], poolMax: 4, log: createLogger('scratch', 'silent') }),
  );
  await orm.schema.create();
  return orm;
}
