import { graphql, dataOf } from '../harness/graphql-client.js';

export const MATERIAL_FIELDS = `
  id name slug brand unit unitDescription hsnCode isActive
  specifications { key label value unit }
  basePrice { paise currency formatted }
  category { id slug name }
`;

export const MATERIALS = `query Materials($filter: MaterialFilter, $sort: CatalogSort, $page: PageInput) {
  materials(filter: $filter, sort: $sort, page: $page) {
    items { ${MATERIAL_FIELDS} }
    pageInfo { totalCount offset limit hasNextPage }
  }
}`;

export interface MaterialRow {
  id: string;
  name: string;
  slug: string;
  brand: string | null;
  unit: string;
  isActive: boolean;
  hsnCode: string;
  specifications: Array<{ key: string; label: string; value: string; unit: string | null }>;
  basePrice: { paise: number; currency: string; formatted: string };
  category: { id: string; slug: string; name: string };
}

export interface MaterialsData {
  materials: { items: MaterialRow[]; pageInfo: { totalCount: number; offset: number; limit: number; hasNextPage: boolean } };
}

export interface CategoryNode {
  id: string;
  slug: string;
  name: string;
  kind: string;
  children: CategoryNode[];
}

export const CATEGORY_TREE = `query Tree($kind: CategoryKind) {
  categories(kind: $kind) { id slug name kind children { id slug name kind children { id slug name kind children { id slug name kind } } } }
}`;

export async function materialsPage(variables: Record<string, unknown>, token?: string): Promise<MaterialsData['materials']> {
  return dataOf(await graphql<MaterialsData>(MATERIALS, variables, token ? { token } : {})).materials;
}

/** Every material matching a filter, walking all pages. */
export async function allMaterials(filter: Record<string, unknown> = {}, sort?: string): Promise<MaterialRow[]> {
  const items: MaterialRow[] = [];
  for (let offset = 0; ; offset += 100) {
    const page = await materialsPage({ filter, ...(sort ? { sort } : {}), page: { offset, limit: 100 } });
    items.push(...page.items);
    if (!page.pageInfo.hasNextPage) return items;
  }
}

export async function materialCategoryTree(): Promise<CategoryNode[]> {
  return dataOf(await graphql<{ categories: CategoryNode[] }>(CATEGORY_TREE, { kind: 'MATERIAL' })).categories;
}

export function flatten(nodes: CategoryNode[]): CategoryNode[] {
  return nodes.flatMap((n) => [n, ...flatten(n.children ?? [])]);
}

export async function categoryNamed(pattern: RegExp): Promise<CategoryNode> {
  const found = flatten(await materialCategoryTree()).find((c) => pattern.test(c.name));
  if (!found) throw new Error(`No category matches ${pattern}`);
  return found;
}
