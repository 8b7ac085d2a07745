import { randomUUID } from 'node:crypto';
import type { Actor } from '../harness/actors.js';
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

// ---- admin helpers: a fresh category and material -------------------------------------

export const CREATE_CATEGORY = `mutation C($input: CreateCategoryInput!) { createCategory(input: $input) { id slug name kind isActive parent { id } } }`;
export const CREATE_MATERIAL = `mutation M($input: CreateMaterialInput!) { createMaterial(input: $input) { id slug name brand unit basePrice { paise formatted } category { id } specifications { key value unit } } }`;

export const unique = () => randomUUID().slice(0, 8);

export async function newCategory(admin: Actor, overrides: Record<string, unknown> = {}) {
  const tag = unique();
  return dataOf(
    await admin.run<{ createCategory: { id: string; slug: string; name: string } }>(CREATE_CATEGORY, {
      input: { name: `Test ${tag}`, slug: `test-${tag}`, kind: 'MATERIAL', ...overrides },
    }),
  ).createCategory;
}

export function materialInput(categoryId: string, overrides: Record<string, unknown> = {}) {
  const tag = unique();
  return {
    categoryId,
    name: `Zenith Waterproof Cement ${tag}`,
    slug: `zenith-waterproof-cement-${tag}`,
    description: 'Waterproof PPC cement for basements and water tanks.',
    brand: 'Zenith',
    specifications: [
      { key: 'grade', label: 'Grade', value: '53' },
      { key: 'weight', label: 'Weight', value: '50', unit: 'kg' },
    ],
    unit: 'BAG',
    unitDescription: '50 kg bag',
    basePricePaise: 47_500,
    hsnCode: '2523',
    ...overrides,
  };
}
