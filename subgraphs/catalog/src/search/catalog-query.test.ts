import { buildCatalogQuery, type CatalogQuery } from './catalog-query.js';

const base: CatalogQuery = {
  table: 'materials',
  priceColumn: 'base_price_paise',
  includeArchived: false,
  sort: 'RELEVANCE',
  offset: 0,
  limit: 20,
};

describe('catalog page query', () => {
  it('binds every user value as a parameter, never into the SQL text', () => {
    const { sql, params } = buildCatalogQuery({
      ...base,
      search: "ultratech'; drop table materials; --",
      brands: ["o'neil"],
      categoryId: 'c-1',
      vendorId: 'v-1',
      minPricePaise: 100,
      maxPricePaise: 200,
    });
    expect(sql).not.toContain('drop table');
    expect(sql).not.toContain("o'neil");
    expect(params).toEqual(expect.arrayContaining(['c-1', 'v-1', 100, 200, "o'neil", 'drop:*', 'ultratech:*']));
    expect(sql.split('?').length - 1).toBe(params.length);
  });

  it('binds parameters in the order their placeholders appear (CTE, select, where, page)', () => {
    const { sql, params } = buildCatalogQuery({ ...base, categoryId: 'c-1', search: 'ultratech 53', minPricePaise: 7, limit: 5, offset: 10 });
    expect(params).toEqual(['c-1', 'ultratech:* | 53:*', 'ultratech 53', 7, 'ultratech:*', 'ultratech', '53:*', 5, 10]);
    const placeholders = sql.split('?');
    // The select clause's ts_rank gets the OR query, the where clause the per-token ones.
    expect(placeholders[0]).toMatch(/from categories where id = $/);
    expect(placeholders[1]).toMatch(/ts_rank\(.*to_tsquery\('simple', $/s);
  });

  it('walks the category tree when a category is given', () => {
    expect(buildCatalogQuery({ ...base, categoryId: 'c' }).sql).toMatch(/with recursive category_tree/);
    expect(buildCatalogQuery(base).sql).not.toMatch(/category_tree/);
  });

  it('uses trigram similarity only for tokens long enough to have meaningful trigrams', () => {
    const { sql } = buildCatalogQuery({ ...base, search: 'ultratek 53' });
    expect(sql.match(/<%/g)).toHaveLength(1);
    expect(sql.match(/@@ to_tsquery/g)).toHaveLength(2);
  });

  it('hides archived rows unless asked, and sorts by relevance only when searching', () => {
    expect(buildCatalogQuery(base).sql).toMatch(/t\.is_active/);
    expect(buildCatalogQuery({ ...base, includeArchived: true }).sql).not.toMatch(/t\.is_active/);
    expect(buildCatalogQuery(base).sql).toMatch(/order by t\.name asc, t\.id/);
    expect(buildCatalogQuery({ ...base, search: 'cement' }).sql).toMatch(/order by relevance desc/);
    expect(buildCatalogQuery({ ...base, sort: 'PRICE_DESC' }).sql).toMatch(/order by t\.base_price_paise desc/);
  });

  it('checks offers against the right table for labour', () => {
    const { sql } = buildCatalogQuery({ ...base, table: 'labor_categories', priceColumn: 'daily_rate_paise', offeredOnly: true });
    expect(sql).toMatch(/from vendor_labor_availabilities o where o\.labor_category_id = t\.id and o\.is_available and o\.workers_available > 0/);
  });
});
