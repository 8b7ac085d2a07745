import type { EntityManager } from '@mikro-orm/postgresql';
import { assertSlugFree, rethrowSlugConflict } from '../slugs.js';
import { ConflictError, NotFoundError, ValidationError, assertId, recordEvent, type RequestContext } from '@realserv/platform';
import { CatalogChanged } from '@realserv/contracts';
import { Category, CategoryKind } from './category.entity.js';
import type { CreateCategoryInput, UpdateCategoryInput } from './category.inputs.js';
import { Material } from '../material/material.entity.js';
import { LaborCategory } from '../labor/labor-category.entity.js';
import { laborSearchText, materialSearchText } from '../search/search-documents.js';

export class CategoryService {
  /** Root categories (children resolve level by level through a loader). */
  roots(ctx: RequestContext, kind: CategoryKind | undefined, includeArchived: boolean): Promise<Category[]> {
    return ctx.em.find(
      Category,
      { parentId: null, ...(kind ? { kind } : {}), ...(includeArchived ? {} : { isActive: true }) },
      { orderBy: { sortOrder: 'asc', name: 'asc' } },
    );
  }

  async find(ctx: RequestContext, id: string | undefined, slug: string | undefined): Promise<Category | null> {
    if ((id === undefined) === (slug === undefined)) throw new ValidationError('Give exactly one of id and slug.');
    return id !== undefined
      ? ctx.em.findOne(Category, { id: assertId(id) })
      : ctx.em.findOne(Category, { slug: slug!.toLowerCase() });
  }

  async require(em: EntityManager, id: string, kind?: CategoryKind, field = 'categoryId'): Promise<Category> {
    const category = await em.findOne(Category, { id: assertId(id, field) });
    if (!category) throw new ValidationError(`${field} does not name a category.`, { field });
    if (kind && category.kind !== kind) {
      throw new ValidationError(`${field} must be a ${kind} category.`, { field });
    }
    if (!category.isActive) throw new ValidationError(`${field} names an archived category.`, { field });
    return category;
  }

  async create(ctx: RequestContext, input: CreateCategoryInput): Promise<Category> {
    return ctx.em.transactional(async (em) => {
      if (input.parentId) await this.require(em, input.parentId, input.kind, 'parentId');
      await assertSlugFree(em, Category, input.slug);
      const category = em.create(Category, {
        name: input.name.trim(),
        slug: input.slug,
        kind: input.kind,
        parentId: input.parentId ?? null,
        description: input.description?.trim() || null,
        sortOrder: input.sortOrder,
      });
      recordEvent(em, CatalogChanged, { entity: 'Category', entityId: category.id });
      return category;
    }).catch(rethrowSlugConflict);
  }

  async update(ctx: RequestContext, id: string, input: UpdateCategoryInput): Promise<Category> {
    return ctx.em.transactional(async (em) => {
      const category = await em.findOne(Category, { id: assertId(id) });
      if (!category) throw new NotFoundError('Category', id);
      if (input.parentId && input.makeRoot) throw new ValidationError('Give parentId or makeRoot, not both.');
      if (input.parentId) {
        const parent = await this.require(em, input.parentId, category.kind, 'parentId');
        if ((await descendantIds(em, category.id)).includes(parent.id)) {
          throw new ValidationError('A category cannot move under itself or its own sub-category.', { field: 'parentId' });
        }
        category.parentId = parent.id;
      }
      if (input.makeRoot) category.parentId = null;
      if (input.slug !== undefined && input.slug !== category.slug) {
        await assertSlugFree(em, Category, input.slug);
        category.slug = input.slug;
      }
      const renamed = input.name !== undefined && input.name.trim() !== category.name;
      if (input.name !== undefined) category.name = input.name.trim();
      if (input.description !== undefined) category.description = input.description?.trim() || null; // null or '' clears it
      if (input.sortOrder !== undefined) category.sortOrder = input.sortOrder;
      if (input.isActive !== undefined) category.isActive = input.isActive;
      await em.flush();
      // Materials are found by their categories' names: keep their search text in step.
      if (renamed || input.parentId || input.makeRoot) await refreshSearchTextBelow(em, category.id);
      recordEvent(em, CatalogChanged, { entity: 'Category', entityId: category.id });
      return category;
    }).catch(rethrowSlugConflict);
  }

  /** Archiving hides a category from browse; it must be empty of active items first. */
  async archive(ctx: RequestContext, id: string): Promise<Category> {
    return ctx.em.transactional(async (em) => {
      const category = await em.findOne(Category, { id: assertId(id) });
      if (!category) throw new NotFoundError('Category', id);
      const [children, materials, trades] = await Promise.all([
        em.count(Category, { parentId: category.id, isActive: true }),
        em.count(Material, { categoryId: category.id, isActive: true }),
        em.count(LaborCategory, { categoryId: category.id, isActive: true }),
      ]);
      if (children + materials + trades > 0) {
        throw new ConflictError('Archive or move its active sub-categories, materials and trades first.', {
          activeChildren: children,
          activeMaterials: materials,
          activeLaborCategories: trades,
        });
      }
      category.isActive = false;
      recordEvent(em, CatalogChanged, { entity: 'Category', entityId: category.id });
      return category;
    });
  }
}

/** Names from the root down to this category, e.g. ["Steel", "TMT Bars"]. */
export async function categoryPathNames(em: EntityManager, categoryId: string): Promise<string[]> {
  const rows = await em.getConnection().execute<Array<{ name: string }>>(
    `with recursive path as (
       select id, parent_id, name, 0 as depth from categories where id = ?
       union all
       select c.id, c.parent_id, c.name, path.depth + 1 from categories c join path on c.id = path.parent_id
     ) select name from path order by depth desc`,
    [categoryId],
  );
  return rows.map((r) => r.name);
}

export async function descendantIds(em: EntityManager, categoryId: string): Promise<string[]> {
  const rows = await em.getConnection().execute<Array<{ id: string }>>(
    `with recursive tree as (
       select id from categories where id = ?
       union all
       select c.id from categories c join tree on c.parent_id = tree.id
     ) select id from tree`,
    [categoryId],
  );
  return rows.map((r) => r.id);
}

/** Recomputes search text for materials and trades anywhere under a category. */
async function refreshSearchTextBelow(em: EntityManager, categoryId: string): Promise<void> {
  const ids = await descendantIds(em, categoryId);
  const materials = await em.find(Material, { categoryId: { $in: ids } });
  const trades = await em.find(LaborCategory, { categoryId: { $in: ids } });
  // The category table is small: one read, paths computed in memory.
  const byId = new Map((await em.find(Category, {})).map((c) => [c.id, c]));
  const pathOf = (id: string): string[] => {
    const names: string[] = [];
    for (let c = byId.get(id); c; c = c.parentId ? byId.get(c.parentId) : undefined) names.unshift(c.name);
    return names;
  };
  for (const m of materials) m.searchText = materialSearchText(m, pathOf(m.categoryId));
  for (const t of trades) t.searchText = laborSearchText(t, pathOf(t.categoryId));
  await em.flush();
}
