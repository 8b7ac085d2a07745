import { CPU_COLUMNS, stackCpuSampler } from './process-cpu.mjs';

const BROWSE = `query Browse($categoryId: ID) {
  materials(filter: { categoryId: $categoryId }, page: { limit: 20 }) {
    items { id name slug brand unit basePrice { paise formatted } category { id name } offers { price { paise } stockQuantity vendor { id } } }
    pageInfo { totalCount hasNextPage }
  }
}`;

const SEARCH = `query Search($search: String!) {
  materials(filter: { search: $search }, page: { limit: 20 }) {
    items { id name brand basePrice { paise } specifications { key value unit } }
    pageInfo { totalCount }
  }
}`;

export async function rootCategoryIds(gatewayUrl) {
  const response = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ categories(kind: MATERIAL) { id } }' }),
  });
  const json = await response.json();
  if (!json.data) throw new Error(`categories: ${JSON.stringify(json).slice(0, 300)}`);
  const { data } = json;
  return data.categories.map((c) => c.id);
}

/** The buyer app's first screen: a category's first page of materials with offers. */
export const catalogBrowse = {
  name: 'catalog-browse',
  description: 'anonymous buyer browsing a category page (20 materials, category, price, offers with vendor)',
  // With a fresh stack, CPU ms per page of each process (from /proc).
  columns: (defaults) => [...defaults, ...CPU_COLUMNS],
  prepare: async ({ gatewayUrl }) => ({ categoryIds: await rootCategoryIds(gatewayUrl), sampleCpu: stackCpuSampler() }),
  custom: async (context, { levels, measure }) => {
    const rows = [];
    for (const connections of levels) rows.push(await measure(catalogBrowse.request(context), connections, context.sampleCpu ?? undefined));
    return { rows };
  },
  request: ({ categoryIds }) => ({
    headers: { 'content-type': 'application/json' },
    requests: categoryIds.map((categoryId) => ({ body: JSON.stringify({ query: BROWSE, variables: { categoryId } }) })),
  }),
};

/** Search box traffic: prefix, multi-word and misspelt queries. */
export const catalogSearch = {
  name: 'catalog-search',
  description: 'anonymous buyer searching ("tmt 12mm", "ultratech 53", "ultratek", "m sand", "vitrified 600")',
  prepare: async () => ({ terms: ['tmt 12mm', 'ultratech 53', 'ultratek', 'm sand', 'vitrified 600', 'pvc pipe', 'emulsion 20'] }),
  request: ({ terms }) => ({
    headers: { 'content-type': 'application/json' },
    requests: terms.map((search) => ({ body: JSON.stringify({ query: SEARCH, variables: { search } }) })),
  }),
};
