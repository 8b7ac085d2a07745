import { toPage, type Page, type PageInput, type RequestContext } from '@realserv/platform';
import { buildCatalogQuery, type CatalogQuery } from './catalog-query.js';

/**
 * Runs a catalog page query (one statement: rows plus a window count) and maps the rows to
 * entities. Past the last page there are no rows to carry the count, so it is asked once more.
 */
export async function runCatalogPage<T extends object>(
  ctx: RequestContext,
  entity: new () => T,
  query: CatalogQuery,
  page: PageInput | undefined,
): Promise<Page<T>> {
  const { sql, params } = buildCatalogQuery(query);
  const rows = await ctx.em.getConnection().execute<Array<Record<string, unknown>>>(sql, params);
  let total = rows.length ? Number(rows[0]!.total_count) : 0;
  if (!rows.length && query.offset > 0) {
    const first = buildCatalogQuery({ ...query, offset: 0, limit: 1 });
    const firstRows = await ctx.em.getConnection().execute<Array<Record<string, unknown>>>(first.sql, first.params);
    total = firstRows.length ? Number(firstRows[0]!.total_count) : 0;
  }
  return toPage(
    rows.map((row) => ctx.em.map(entity, row)),
    total,
    page,
  );
}
