import { MIN_FUZZY_TOKEN_LENGTH, prefixTsQuery, searchTokens } from './search-text.js';

/** Offer `o` is not of a suspended vendor (vendor/suspended-vendor.ts). */
export const NOT_SUSPENDED_SQL = 'not exists (select 1 from suspended_vendors sv where sv.vendor_id = o.vendor_id)';

/**
 * Builds the one SQL statement behind a catalog page: filters, text match, sort, page and the
 * total (a window count), with every value bound as a parameter. Pure, so it is unit-tested;
 * the service runs it and maps rows to entities.
 */
export interface CatalogQuery {
  table: 'materials' | 'labor_categories';
  /** Restrict to this category and its descendants. */
  categoryId?: string;
  search?: string;
  /** Price column filtered and sorted on. */
  priceColumn: 'base_price_paise' | 'daily_rate_paise';
  minPricePaise?: number;
  maxPricePaise?: number;
  /** Lower-cased brands (materials only). */
  brands?: string[];
  /** Only items this vendor offers as available (and, for materials, in stock). */
  vendorId?: string;
  /** Only items at least one vendor offers (in stock, for materials). */
  offeredOnly?: boolean;
  includeArchived: boolean;
  sort: 'RELEVANCE' | 'NAME_ASC' | 'NAME_DESC' | 'PRICE_ASC' | 'PRICE_DESC' | 'NEWEST';
  offset: number;
  limit: number;
}

export interface BuiltQuery {
  sql: string;
  params: unknown[];
}

const TSV = `to_tsvector('simple', t.search_text)`;

export function buildCatalogQuery(q: CatalogQuery): BuiltQuery {
  // Positional `?` parameters must be bound in the order they appear in the SQL text, so each
  // clause collects its own and they are concatenated in text order at the end.
  const cte: unknown[] = [];
  const select: unknown[] = [];
  const where: unknown[] = [];
  const conditions: string[] = [];
  const bindTo = (list: unknown[]) => (value: unknown) => {
    list.push(value);
    return '?';
  };
  const w = bindTo(where);
  let prefix = '';

  if (q.categoryId) {
    prefix = `with recursive category_tree as (
      select id from categories where id = ${bindTo(cte)(q.categoryId)}
      union all
      select c.id from categories c join category_tree tree on c.parent_id = tree.id
    ) `;
    conditions.push('t.category_id in (select id from category_tree)');
  }
  if (!q.includeArchived) conditions.push('t.is_active');
  if (q.minPricePaise !== undefined) conditions.push(`t.${q.priceColumn} >= ${w(q.minPricePaise)}`);
  if (q.maxPricePaise !== undefined) conditions.push(`t.${q.priceColumn} <= ${w(q.maxPricePaise)}`);
  if (q.brands?.length) conditions.push(`lower(t.brand) in (${q.brands.map((b) => w(b)).join(', ')})`);

  const offers =
    q.table === 'materials'
      ? { table: 'vendor_inventories', key: 'material_id', available: `o.is_available and o.stock_quantity > 0 and ${NOT_SUSPENDED_SQL}` }
      : { table: 'vendor_labor_availabilities', key: 'labor_category_id', available: `o.is_available and o.workers_available > 0 and ${NOT_SUSPENDED_SQL}` };
  if (q.vendorId) {
    conditions.push(
      `exists (select 1 from ${offers.table} o where o.${offers.key} = t.id and o.vendor_id = ${w(q.vendorId)} and ${offers.available})`,
    );
  }
  if (q.offeredOnly) {
    conditions.push(`exists (select 1 from ${offers.table} o where o.${offers.key} = t.id and ${offers.available})`);
  }

  const tokens = q.search ? searchTokens(q.search) : [];
  let relevance = '0';
  if (tokens.length) {
    // Every token must match: by prefix in the full-text index, or (long tokens) by trigram
    // word similarity, which forgives typos like "ultratek".
    for (const token of tokens) {
      const fts = `${TSV} @@ to_tsquery('simple', ${w(`${token}:*`)})`;
      conditions.push(token.length >= MIN_FUZZY_TOKEN_LENGTH ? `(${fts} or ${w(token)} <% t.search_text)` : fts);
    }
    const s = bindTo(select);
    relevance = `ts_rank(${TSV}, to_tsquery('simple', ${s(prefixTsQuery(tokens, '|'))})) + word_similarity(${s(tokens.join(' '))}, t.search_text)`;
  }

  const order = {
    RELEVANCE: tokens.length ? 'relevance desc, t.name asc' : 't.name asc',
    NAME_ASC: 't.name asc',
    NAME_DESC: 't.name desc',
    PRICE_ASC: `t.${q.priceColumn} asc, t.name asc`,
    PRICE_DESC: `t.${q.priceColumn} desc, t.name asc`,
    NEWEST: 't.created_at desc',
  }[q.sort];

  const sql = `${prefix}select t.*, ${relevance} as relevance, count(*) over () as total_count
    from ${q.table} t
    ${conditions.length ? `where ${conditions.join('\n      and ')}` : ''}
    order by ${order}, t.id
    limit ? offset ?`;
  return { sql, params: [...cte, ...select, ...where, q.limit, q.offset] };
}
