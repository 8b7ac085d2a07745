import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  ForbiddenError,
  NotFoundError,
  ValidationError,
  assertId,
  isAdmin,
  pageWindow,
  recordEvent,
  type Page,
  type PageInput,
  type RequestContext,
} from '@realserv/platform';
import { CatalogChanged } from '@realserv/contracts';
import { CategoryKind } from '../category/category.entity.js';
import { categoryPathNames, type CategoryService } from '../category/category.service.js';
import { assertKnownTaxCode } from '../gst/gst.service.js';
import type { CatalogQuery } from '../search/catalog-query.js';
import { materialsById } from '../catalog.loaders.js';
import { runCatalogPage } from '../search/catalog-page.js';
import { assertSlugFree, rethrowSlugConflict } from '../slugs.js';
import { materialSearchText } from '../search/search-documents.js';
import { Material } from './material.entity.js';
import type { MaterialImages } from './material-images.js';
import { CatalogSort, type CreateMaterialInput, type MaterialFilter, type UpdateMaterialInput } from './material.inputs.js';

export class MaterialService {
  constructor(
    private readonly categories: CategoryService,
    private readonly images: MaterialImages,
  ) {}

  /** One SQL statement: filters, text match, sort, page and total count. */
  async search(
    ctx: RequestContext,
    filter: MaterialFilter | undefined,
    sort: CatalogSort | undefined,
    page: PageInput | undefined,
  ): Promise<Page<Material>> {
    if (filter?.includeArchived && !isAdmin(ctx)) throw new ForbiddenError('Only admins can list archived materials.');
    checkRange(filter?.minPricePaise, filter?.maxPricePaise);
    const { offset, limit } = pageWindow(page);
    const query: CatalogQuery = {
      table: 'materials',
      priceColumn: 'base_price_paise',
      // An empty string is a bad id, not "no filter".
      ...(filter?.categoryId != null ? { categoryId: assertId(filter.categoryId, 'categoryId') } : {}),
      ...(filter?.search ? { search: filter.search } : {}),
      ...(filter?.minPricePaise !== undefined ? { minPricePaise: filter.minPricePaise } : {}),
      ...(filter?.maxPricePaise !== undefined ? { maxPricePaise: filter.maxPricePaise } : {}),
      ...(filter?.brands?.length ? { brands: filter.brands.map((b) => b.trim().toLowerCase()) } : {}),
      ...(filter?.vendorId != null ? { vendorId: assertId(filter.vendorId, 'vendorId') } : {}),
      offeredOnly: filter?.inStock === true,
      includeArchived: filter?.includeArchived === true,
      sort: sort ?? CatalogSort.RELEVANCE,
      offset,
      limit,
    };
    return runCatalogPage(ctx, Material, query, page, materialsById);
  }

  async find(ctx: RequestContext, id: string | undefined, slug: string | undefined): Promise<Material | null> {
    if ((id === undefined) === (slug === undefined)) throw new ValidationError('Give exactly one of id and slug.');
    const material =
      id !== undefined
        ? await ctx.em.findOne(Material, { id: assertId(id) })
        : await ctx.em.findOne(Material, { slug: slug!.toLowerCase() });
    // Archived materials stay readable by id (orders refer to them) but not by slug for browse.
    if (material && !material.isActive && slug !== undefined && !isAdmin(ctx)) return null;
    return material;
  }

  /** The active materials among `ids` (one statement); at most 100 ids. */
  async activeByIds(ctx: RequestContext, ids: string[]): Promise<Material[]> {
    if (ids.length > 100) throw new ValidationError('At most 100 material ids.', { field: 'ids' });
    const wanted = [...new Set(ids.map((id) => assertId(id, 'ids')))];
    return wanted.length ? ctx.em.find(Material, { id: { $in: wanted }, isActive: true }) : [];
  }

  async create(ctx: RequestContext, input: CreateMaterialInput): Promise<Material> {
    const imageIds = imageIdsOf(input.imageMediaIds);
    let attachedFor: string | null = null;
    return ctx.em
      .transactional(async (em) => {
        const category = await this.categories.require(em, input.categoryId, CategoryKind.MATERIAL);
        await assertKnownTaxCode(em, input.hsnCode, 'hsnCode');
        await assertSlugFree(em, Material, input.slug);
        assertDistinctSpecKeys(input.specifications);
        const material = em.create(Material, {
          categoryId: category.id,
          name: input.name.trim(),
          slug: input.slug,
          description: input.description.trim(),
          brand: input.brand?.trim() || null,
          specifications: input.specifications.map((s) => ({ key: s.key, label: s.label, value: s.value, unit: s.unit ?? null })),
          unit: input.unit,
          unitDescription: input.unitDescription.trim(),
          basePricePaise: input.basePricePaise,
          hsnCode: input.hsnCode,
          imageMediaIds: imageIds,
          searchText: '',
        });
        material.searchText = materialSearchText(material, await categoryPathNames(em, category.id));
        recordEvent(em, CatalogChanged, { entity: 'Material', entityId: material.id });
        // Last before the commit: if integrations refuses an image or does not answer, nothing commits.
        if (imageIds.length) {
          attachedFor = material.id;
          await this.images.attach(material.id, imageIds, ctx.requestId);
        }
        return material;
      })
      .catch(async (error: unknown) => {
        // The references recorded for a material that never committed are released (checked against the database).
        if (attachedFor) await this.releaseUnused(ctx, attachedFor, imageIds);
        return rethrowSlugConflict(error);
      });
  }

  async update(ctx: RequestContext, id: string, input: UpdateMaterialInput): Promise<Material> {
    const imageIds = input.imageMediaIds !== undefined ? imageIdsOf(input.imageMediaIds) : undefined;
    let added: string[] = [];
    let dropped: string[] = [];
    let attached = false;
    const updated = await ctx.em
      .transactional(async (em) => {
        // Every change of a material's images holds its row lock, so the images seen here are the
        // committed ones and releaseUnused (which takes the same lock) cannot interleave.
        const material = await em.findOne(Material, { id: assertId(id) }, imageIds ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
        if (!material) throw new NotFoundError('Material', id);
        if (input.categoryId) material.categoryId = (await this.categories.require(em, input.categoryId, CategoryKind.MATERIAL)).id;
        if (input.hsnCode !== undefined) {
          await assertKnownTaxCode(em, input.hsnCode, 'hsnCode');
          material.hsnCode = input.hsnCode;
        }
        if (input.slug !== undefined && input.slug !== material.slug) {
          await assertSlugFree(em, Material, input.slug);
          material.slug = input.slug;
        }
        if (input.specifications) {
          assertDistinctSpecKeys(input.specifications);
          material.specifications = input.specifications.map((s) => ({ key: s.key, label: s.label, value: s.value, unit: s.unit ?? null }));
        }
        if (input.name !== undefined) material.name = input.name.trim();
        if (input.description !== undefined) material.description = input.description.trim();
        if (input.brand !== undefined) material.brand = input.brand?.trim() || null; // null or '' clears it
        if (input.unit !== undefined) material.unit = input.unit;
        if (input.unitDescription !== undefined) material.unitDescription = input.unitDescription.trim();
        if (input.basePricePaise !== undefined) material.basePricePaise = input.basePricePaise;
        if (imageIds) {
          added = imageIds.filter((m) => !material.imageMediaIds.includes(m));
          dropped = material.imageMediaIds.filter((m) => !imageIds.includes(m));
          material.imageMediaIds = imageIds;
        }
        if (input.isActive !== undefined) material.isActive = input.isActive;
        material.searchText = materialSearchText(material, await categoryPathNames(em, material.categoryId));
        recordEvent(em, CatalogChanged, { entity: 'Material', entityId: material.id });
        // Last before the commit: if integrations refuses an image or does not answer, nothing commits.
        if (added.length) {
          attached = true;
          await this.images.attach(material.id, added, ctx.requestId);
        }
        return material;
      })
      .catch(async (error: unknown) => {
        if (attached) await this.releaseUnused(ctx, id.toLowerCase(), added);
        return rethrowSlugConflict(error);
      });
    // After the commit: images the material no longer shows may be deleted by their owner.
    await this.releaseUnused(ctx, updated.id, dropped);
    return updated;
  }

  /**
   * Releases the material's references to those of `candidates` it does not show (now committed),
   * under its row lock so an update attaching one of them again either committed before (and is
   * seen) or waits. A failed release keeps the reference (the safe side: the image stays
   * undeletable), counted in media_reference_release_failed_total{holder="catalog:CATALOG_IMAGE"} and logged with the material and
   * image ids, from which an operator releases them (docs/media.md).
   */
  private async releaseUnused(ctx: RequestContext, materialId: string, candidates: string[]): Promise<void> {
    if (!candidates.length) return;
    try {
      await ctx.em.fork().transactional(async (em) => {
        const current = await em.findOne(Material, { id: materialId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
        const unused = candidates.filter((m) => !current?.imageMediaIds.includes(m));
        await this.images.release(materialId, unused, ctx.requestId);
      });
    } catch (error) {
      this.images.releaseFailed(candidates.length);
      ctx.log.warn({ err: error, materialId, mediaIds: candidates }, 'catalog image references not released: the images stay undeletable until released');
    }
  }

  /** Archived materials leave browse and search; orders that refer to them keep working. */
  async archive(ctx: RequestContext, id: string): Promise<Material> {
    const material = await ctx.em.findOne(Material, { id: assertId(id) });
    if (!material) throw new NotFoundError('Material', id);
    material.isActive = false;
    recordEvent(ctx.em, CatalogChanged, { entity: 'Material', entityId: material.id });
    await ctx.em.flush();
    return material;
  }
}

export async function requireActiveMaterials(em: EntityManager, ids: string[]): Promise<Map<string, Material>> {
  const materials = await em.find(Material, { id: { $in: ids } });
  const byId = new Map(materials.map((m) => [m.id, m]));
  for (const id of ids) {
    const material = byId.get(id);
    if (!material) throw new ValidationError(`materialId ${id} does not name a material.`, { field: 'materialId', id });
    if (!material.isActive) throw new ValidationError(`Material ${material.name} is archived.`, { field: 'materialId', id });
  }
  return byId;
}

/** Image ids as stored: valid ids, lower case, each once, in the order given. */
function imageIdsOf(ids: string[]): string[] {
  return [...new Set(ids.map((m) => assertId(m, 'imageMediaIds')))];
}

function checkRange(min: number | undefined, max: number | undefined): void {
  if (min !== undefined && max !== undefined && min > max) {
    throw new ValidationError('The minimum price is above the maximum.', { field: 'minPricePaise' });
  }
}

function assertDistinctSpecKeys(specs: Array<{ key: string }>): void {
  const keys = specs.map((s) => s.key);
  if (new Set(keys).size !== keys.length) throw new ValidationError('Specification keys must be unique.', { field: 'specifications' });
}

export { checkRange };
