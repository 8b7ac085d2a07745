import { graphql, dataOf, errorCodes } from '../harness/graphql-client.js';
import { seededAdmin } from '../harness/actors.js';
import { DEMO_VENDOR_IDS } from '../harness/vendors.js';
import {
  CATEGORY_TREE,
  CREATE_MATERIAL,
  MATERIALS,
  allMaterials,
  categoryNamed,
  flatten,
  materialCategoryTree,
  materialInput,
  materialsPage,
  newCategory,
  type CategoryNode,
} from './catalog-queries.js';
import { aloneOnTheStack } from '../harness/suite-lock.js';

aloneOnTheStack('Pages through every material and counts them: a material made meanwhile by another file would move the total.');

const specValue = (m: { specifications: Array<{ key: string; value: string }> }, key: string) =>
  m.specifications.find((s) => s.key === key)?.value;

describe('the category tree', () => {
  it('has the material categories builders expect, nested', async () => {
    const roots = await materialCategoryTree();
    const names = roots.map((r) => r.name.toLowerCase()).join(' | ');
    for (const expected of ['cement', 'brick', 'steel', 'sand', 'aggregate', 'tile', 'plumbing', 'electrical', 'paint']) {
      expect(names).toContain(expected);
    }
    expect(roots.every((r) => r.kind === 'MATERIAL')).toBe(true);
    expect(roots.some((r) => r.children.length > 0)).toBe(true);
  });

  it('lists labour categories separately', async () => {
    const { categories } = dataOf(await graphql<{ categories: CategoryNode[] }>(CATEGORY_TREE, { kind: 'LABOUR' }));
    expect(categories.length).toBeGreaterThan(0);
    expect(flatten(categories).every((c) => c.kind === 'LABOUR')).toBe(true);
  });

  it('finds a category by slug, with its parent', async () => {
    const child = flatten(await materialCategoryTree()).find((c) => c.children.length === 0 && c.kind === 'MATERIAL')!;
    const { category } = dataOf(
      await graphql<{ category: { id: string; parent: { id: string } | null } }>(
        'query C($slug: String) { category(slug: $slug) { id parent { id } } }',
        { slug: child.slug },
      ),
    );
    expect(category.id).toBe(child.id);
  });
});

describe('browsing materials', () => {
  it('pages through at least 50 seeded materials with a stable total and no duplicates', async () => {
    const first = await materialsPage({ page: { offset: 0, limit: 20 } });
    expect(first.pageInfo.totalCount).toBeGreaterThanOrEqual(50);
    expect(first.items).toHaveLength(20);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const all = await allMaterials();
    expect(all).toHaveLength(first.pageInfo.totalCount);
    expect(new Set(all.map((m) => m.id)).size).toBe(all.length);
    // Without a search the default order is by name: NAME_DESC is exactly its reverse.
    const descending = await allMaterials({}, 'NAME_DESC');
    expect(all.map((m) => m.name)).toEqual(descending.map((m) => m.name).reverse());
    expect(all.every((m) => Number.isInteger(m.basePrice.paise) && m.basePrice.currency === 'INR')).toBe(true);
  });

  it('filters by a category including its sub-categories', async () => {
    const roots = await materialCategoryTree();
    const parent = roots.find((r) => r.children.length > 0 && /brick|block/i.test(r.name)) ?? roots.find((r) => r.children.length > 0)!;
    const subtreeIds = new Set(flatten([parent]).map((c) => c.id));
    const inParent = await allMaterials({ categoryId: parent.id });
    expect(inParent.length).toBeGreaterThan(0);
    expect(inParent.every((m) => subtreeIds.has(m.category.id))).toBe(true);
    // Materials sit in the children, so the parent's filter must reach down the tree.
    expect(inParent.some((m) => m.category.id !== parent.id)).toBe(true);
    const child = parent.children.find((c) => inParent.some((m) => m.category.id === c.id))!;
    const inChild = await allMaterials({ categoryId: child.id });
    expect(inChild.length).toBeLessThanOrEqual(inParent.length);
    expect(inChild.every((m) => m.category.id === child.id || flatten([child]).some((c) => c.id === m.category.id))).toBe(true);
  });

  it('filters by price range and sorts by price both ways', async () => {
    const cheap = await allMaterials({ minPricePaise: 1000, maxPricePaise: 50_000 }, 'PRICE_ASC');
    expect(cheap.length).toBeGreaterThan(0);
    expect(cheap.every((m) => m.basePrice.paise >= 1000 && m.basePrice.paise <= 50_000)).toBe(true);
    const prices = cheap.map((m) => m.basePrice.paise);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
    const desc = (await materialsPage({ sort: 'PRICE_DESC', page: { limit: 10 } })).items.map((m) => m.basePrice.paise);
    expect(desc).toEqual([...desc].sort((a, b) => b - a));
  });

  it('rejects an inverted price range and negative prices', async () => {
    expect(errorCodes(await graphql(MATERIALS, { filter: { minPricePaise: 500, maxPricePaise: 100 } }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await graphql(MATERIALS, { filter: { minPricePaise: -1 } }))).toEqual(['BAD_USER_INPUT']);
  });

  it('filters by brand, case-insensitively', async () => {
    const all = await allMaterials();
    const brand = all.find((m) => m.brand)!.brand!;
    const branded = await allMaterials({ brands: [brand.toUpperCase()] });
    expect(branded.length).toBeGreaterThan(0);
    expect(branded.every((m) => m.brand?.toLowerCase() === brand.toLowerCase())).toBe(true);
    expect(branded).toHaveLength(all.filter((m) => m.brand?.toLowerCase() === brand.toLowerCase()).length);
  });

  it('filters to what one vendor has in stock, and to what anyone has in stock', async () => {
    const fromBalaji = await allMaterials({ vendorId: DEMO_VENDOR_IDS.balaji });
    const fromModern = await allMaterials({ vendorId: DEMO_VENDOR_IDS.modern });
    expect(fromBalaji.length).toBeGreaterThan(0);
    expect(fromModern.length).toBeGreaterThan(0);
    expect(fromBalaji.some((m) => fromModern.some((n) => n.id === m.id))).toBe(false);
    // A material nobody stocks yet (other suites, the bench smoke run among them, stock every seeded one).
    const admin = await seededAdmin();
    const category = await newCategory(admin);
    const { createMaterial: unstocked } = await admin.ok<{ createMaterial: { id: string } }>(CREATE_MATERIAL, { input: materialInput(category.id) });
    const inStock = await allMaterials({ inStock: true });
    const all = await allMaterials();
    expect(all.some((m) => m.id === unstocked.id)).toBe(true);
    expect(inStock.some((m) => m.id === unstocked.id)).toBe(false);
    for (const m of fromBalaji) expect(inStock.some((s) => s.id === m.id)).toBe(true);
  });

  it('looks a material up by slug and by id, and says null for an unknown slug', async () => {
    const [some] = (await materialsPage({ page: { limit: 1 } })).items;
    const bySlug = dataOf(await graphql<{ material: { id: string } }>('query M($s: String) { material(slug: $s) { id } }', { s: some!.slug }));
    expect(bySlug.material.id).toBe(some!.id);
    const byId = dataOf(await graphql<{ material: { slug: string } }>('query M($id: ID) { material(id: $id) { slug } }', { id: some!.id }));
    expect(byId.material.slug).toBe(some!.slug);
    expect(dataOf(await graphql<{ material: null }>('{ material(slug: "no-such-thing") { id } }')).material).toBeNull();
    expect(errorCodes(await graphql('query M($id: ID, $s: String) { material(id: $id, slug: $s) { id } }', { id: some!.id, s: some!.slug }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(errorCodes(await graphql('{ material(id: "nope") { id } }'))).toEqual(['BAD_USER_INPUT']);
  });

  it('taxes cement at the GST rate in force today (18 % since 22 September 2025)', async () => {
    const cement = await categoryNamed(/^cement$/i);
    const { materials } = dataOf(
      await graphql<{ materials: { items: Array<{ hsnCode: string; gstRate: { rateBasisPoints: number; ratePercent: number; effectiveFrom: string } }> } }>(
        'query C($c: ID) { materials(filter: { categoryId: $c }, page: { limit: 5 }) { items { hsnCode gstRate { rateBasisPoints ratePercent effectiveFrom } } } }',
        { c: cement.id },
      ),
    );
    expect(materials.items.length).toBeGreaterThan(0);
    for (const m of materials.items) {
      expect(m.hsnCode).toBe('2523');
      expect(m.gstRate).toEqual({ rateBasisPoints: 1800, ratePercent: 18, effectiveFrom: '2025-09-22' });
    }
    const { gstRates } = dataOf(await graphql<{ gstRates: Array<{ rateBasisPoints: number; effectiveFrom: string }> }>(
      '{ gstRates(hsnCode: "2523") { rateBasisPoints effectiveFrom } }',
    ));
    expect(gstRates.map((r) => r.rateBasisPoints)).toEqual([2800, 1800]);
  });
});

describe('searching materials', () => {
  it('"tmt 12mm" finds 12 mm TMT bars and nothing else', async () => {
    const found = await allMaterials({ search: 'tmt 12mm' });
    expect(found.length).toBeGreaterThan(0);
    for (const m of found) {
      expect(`${m.name} ${m.category.name}`).toMatch(/tmt/i);
      expect(specValue(m, 'diameter')).toBe('12');
    }
  });

  it('"ultratech 53" puts UltraTech grade-53 cement first', async () => {
    const { items } = await materialsPage({ filter: { search: 'ultratech 53' }, page: { limit: 5 } });
    expect(items.length).toBeGreaterThan(0);
    expect(items[0]!.brand).toMatch(/ultratech/i);
    expect(specValue(items[0]!, 'grade')).toBe('53');
  });

  it('forgives a typo ("ultratek") and matches a prefix ("ultra")', async () => {
    const typo = await allMaterials({ search: 'ultratek cement' });
    expect(typo.length).toBeGreaterThan(0);
    expect(typo.every((m) => /ultratech/i.test(`${m.brand} ${m.name}`))).toBe(true);
    const prefix = await allMaterials({ search: 'ultra' });
    expect(prefix.some((m) => /ultratech/i.test(m.brand ?? ''))).toBe(true);
  });

  it('combines search with a category and finds nothing for nonsense', async () => {
    const steel = await categoryNamed(/steel|tmt/i);
    const within = await allMaterials({ search: '12', categoryId: steel.id });
    const subtree = new Set(flatten([steel]).map((c) => c.id));
    expect(within.every((m) => subtree.has(m.category.id))).toBe(true);
    const none = await materialsPage({ filter: { search: 'qwxzvbnm' } });
    expect(none.items).toEqual([]);
    expect(none.pageInfo).toMatchObject({ totalCount: 0, hasNextPage: false });
  });
});

describe('vendor offers', () => {
  const OFFERS = `query O($id: ID) { material(id: $id) { basePrice { paise } offers { id stockQuantity minOrderQuantity leadTimeDays isAvailable sellsAtBasePrice price { paise formatted } vendor { id } material { id } } } }`;
  interface OffersData {
    material: {
      basePrice: { paise: number };
      offers: Array<{ stockQuantity: number; sellsAtBasePrice: boolean; isAvailable: boolean; price: { paise: number }; vendor: { id: string }; material: { id: string } }>;
    };
  }

  it('lists every vendor selling a material, cheapest first, at their price or the base price', async () => {
    const inStock = await allMaterials({ inStock: true });
    let multi: OffersData['material'] | undefined;
    for (const m of inStock) {
      const { material } = dataOf(await graphql<OffersData>(OFFERS, { id: m.id }));
      expect(material.offers.length).toBeGreaterThan(0);
      for (const offer of material.offers) {
        expect(offer.material.id).toBe(m.id);
        expect(offer.isAvailable).toBe(true);
        expect(offer.stockQuantity).toBeGreaterThan(0);
        if (offer.sellsAtBasePrice) expect(offer.price.paise).toBe(material.basePrice.paise);
      }
      const prices = material.offers.map((o) => o.price.paise);
      expect(prices).toEqual([...prices].sort((a, b) => a - b));
      if (material.offers.length > 1) multi = material;
    }
    expect(multi).toBeDefined();
  });

  it("a vendor's public inventory lists only what buyers can order", async () => {
    const { vendorInventory } = dataOf(
      await graphql<{ vendorInventory: Array<{ isAvailable: boolean; vendor: { id: string } }> }>(
        'query V($v: ID!) { vendorInventory(vendorId: $v) { isAvailable vendor { id } } }',
        { v: DEMO_VENDOR_IDS.lakshmi },
      ),
    );
    expect(vendorInventory.length).toBeGreaterThan(0);
    expect(vendorInventory.every((r) => r.isAvailable && r.vendor.id === DEMO_VENDOR_IDS.lakshmi)).toBe(true);
  });
});

describe('browsing labour', () => {
  const TRADES = `query T($filter: LaborCategoryFilter, $sort: CatalogSort, $page: PageInput) {
    laborCategories(filter: $filter, sort: $sort, page: $page) {
      items { id name slug sacCode hourlyRate { paise } dailyRate { paise formatted } category { kind } offers { vendor { id } workersAvailable dailyRate { paise } } }
      pageInfo { totalCount hasNextPage }
    }
  }`;
  interface TradesData {
    laborCategories: {
      items: Array<{ id: string; name: string; hourlyRate: { paise: number }; dailyRate: { paise: number }; category: { kind: string }; offers: Array<{ vendor: { id: string }; workersAvailable: number; dailyRate: { paise: number } }> }>;
      pageInfo: { totalCount: number };
    };
  }

  it('lists at least six trades with rates, sorted by daily rate on request', async () => {
    const { laborCategories } = dataOf(await graphql<TradesData>(TRADES, { sort: 'PRICE_ASC', page: { limit: 50 } }));
    expect(laborCategories.pageInfo.totalCount).toBeGreaterThanOrEqual(6);
    const rates = laborCategories.items.map((t) => t.dailyRate.paise);
    expect(rates).toEqual([...rates].sort((a, b) => a - b));
    expect(laborCategories.items.every((t) => t.category.kind === 'LABOUR' && t.hourlyRate.paise <= t.dailyRate.paise)).toBe(true);
    const names = laborCategories.items.map((t) => t.name.toLowerCase()).join(' ');
    for (const trade of ['mason', 'carpenter', 'electrician', 'plumber', 'painter']) expect(names).toContain(trade);
  });

  it('searches ("plumb"), filters by vendor and by availability', async () => {
    const { laborCategories } = dataOf(await graphql<TradesData>(TRADES, { filter: { search: 'plumb' } }));
    expect(laborCategories.items.length).toBeGreaterThan(0);
    expect(laborCategories.items[0]!.name).toMatch(/plumb/i);

    const fromLakshmi = dataOf(await graphql<TradesData>(TRADES, { filter: { vendorId: DEMO_VENDOR_IDS.lakshmi } })).laborCategories;
    expect(fromLakshmi.items.length).toBeGreaterThan(0);
    expect(fromLakshmi.items.every((t) => t.offers.some((o) => o.vendor.id === DEMO_VENDOR_IDS.lakshmi && o.workersAvailable > 0))).toBe(true);

    const available = dataOf(await graphql<TradesData>(TRADES, { filter: { available: true }, page: { limit: 100 } })).laborCategories;
    expect(available.items.every((t) => t.offers.length > 0)).toBe(true);
  });

  it("lists a vendor's labour offers", async () => {
    const { vendorLaborOffers } = dataOf(
      await graphql<{ vendorLaborOffers: Array<{ workersAvailable: number; isAvailable: boolean; vendor: { id: string }; laborCategory: { name: string } }> }>(
        'query V($v: ID!) { vendorLaborOffers(vendorId: $v) { workersAvailable isAvailable vendor { id } laborCategory { name } } }',
        { v: DEMO_VENDOR_IDS.balaji },
      ),
    );
    expect(vendorLaborOffers.length).toBeGreaterThan(0);
    expect(vendorLaborOffers.every((o) => o.isAvailable && o.vendor.id === DEMO_VENDOR_IDS.balaji)).toBe(true);
    expect(vendorLaborOffers.map((o) => o.laborCategory.name).join(' ')).toMatch(/mason/i);
  });
});
