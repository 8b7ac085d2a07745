import type DataLoader from 'dataloader';
import { plainRows, toPage, type LoaderFactory, type Page, type PageInput, type RequestContext } from '@realserv/platform';
import { buildCatalogQuery, type CatalogQuery } from './catalog-query.js';

/**
 * Runs a catalog page query (one statement: rows plus a window count) and maps the rows to plain
 * read-only objects (a page is never changed, so no entity hydration), priming `byId` with them so
 * the page's field resolvers find its rows without another query. Past the last page there are no
 * rows to carry the count, so it is asked once more.
 */
export async function runCatalogPage<T extends { id: string }>(
  ctx: RequestContext,
  entity: new () => T,
  query: CatalogQuery,
  page: PageInput | undefined,
  byId: LoaderFactory<string, T | null>,
): Promise<Page<T>> {
  const { sql, params } = buildCatalogQuery(query);
  const rows = await ctx.em.getConnection().execute<Array<Record<string, unknown>>>(sql, params);
  let total = rows.length ? Number(rows[0]!.total_count) : 0;
  if (!rows.length && query.offset > 0) {
    const first = buildCatalogQuery({ ...query, offset: 0, limit: 1 });
    const firstRows = await ctx.em.getConnection().execute<Array<Record<string, unknown>>>(first.sql, first.params);
    total = firstRows.length ? Number(firstRows[0]!.total_count) : 0;
  }
  const items = plainRows(ctx.em, entity, rows);
  const loader: DataLoader<string, T | null> = ctx.loaders.get(byId);
  for (const item of items) loader.prime(item.id, item);
  return toPage(items, total, page);
}
