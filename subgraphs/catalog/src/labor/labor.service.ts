import { randomUUID } from 'node:crypto';
import {
  ForbiddenError,
  NotFoundError,
  ValidationError,
  assertId,
  isAdmin,
  pageWindow,
  recordEvent,
  requireVendorId,
  type Page,
  type PageInput,
  type RequestContext,
} from '@realserv/platform';
import { CatalogChanged, InventoryChanged } from '@realserv/contracts';
import { CategoryKind } from '../category/category.entity.js';
import { categoryPathNames, type CategoryService } from '../category/category.service.js';
import { assertKnownTaxCode } from '../gst/gst.service.js';
import { checkRange } from '../material/material.service.js';
import { CatalogSort } from '../material/material.inputs.js';
import { laborCategoriesById } from '../catalog.loaders.js';
import { runCatalogPage } from '../search/catalog-page.js';
import { assertSlugFree, rethrowSlugConflict } from '../slugs.js';
import { laborSearchText } from '../search/search-documents.js';
import { LaborCategory } from './labor-category.entity.js';
import { VendorLaborAvailability } from './vendor-labor-availability.entity.js';
import type { CreateLaborCategoryInput, LaborCategoryFilter, UpdateLaborCategoryInput, UpdateLaborOffersInput } from './labor.inputs.js';

export class LaborService {
  constructor(private readonly categories: CategoryService) {}

  async search(
    ctx: RequestContext,
    filter: LaborCategoryFilter | undefined,
    sort: CatalogSort | undefined,
    page: PageInput | undefined,
  ): Promise<Page<LaborCategory>> {
    if (filter?.includeArchived && !isAdmin(ctx)) throw new ForbiddenError('Only admins can list archived trades.');
    checkRange(filter?.minDailyRatePaise, filter?.maxDailyRatePaise);
    return runCatalogPage(ctx, LaborCategory, {
      table: 'labor_categories',
      priceColumn: 'daily_rate_paise',
      // An empty string is a bad id, not "no filter".
      ...(filter?.categoryId != null ? { categoryId: assertId(filter.categoryId, 'categoryId') } : {}),
      ...(filter?.search ? { search: filter.search } : {}),
      ...(filter?.minDailyRatePaise !== undefined ? { minPricePaise: filter.minDailyRatePaise } : {}),
      ...(filter?.maxDailyRatePaise !== undefined ? { maxPricePaise: filter.maxDailyRatePaise } : {}),
      ...(filter?.vendorId != null ? { vendorId: assertId(filter.vendorId, 'vendorId') } : {}),
      offeredOnly: filter?.available === true,
      includeArchived: filter?.includeArchived === true,
      sort: sort ?? CatalogSort.RELEVANCE,
      ...pageWindow(page),
    }, page, laborCategoriesById);
  }

  async find(ctx: RequestContext, id: string | undefined, slug: string | undefined): Promise<LaborCategory | null> {
    if ((id === undefined) === (slug === undefined)) throw new ValidationError('Give exactly one of id and slug.');
    return id !== undefined
      ? ctx.em.findOne(LaborCategory, { id: assertId(id) })
      : ctx.em.findOne(LaborCategory, { slug: slug!.toLowerCase() });
  }

  async create(ctx: RequestContext, input: CreateLaborCategoryInput): Promise<LaborCategory> {
    if (input.hourlyRatePaise > input.dailyRatePaise) {
      throw new ValidationError('The hourly rate cannot exceed the daily rate.', { field: 'hourlyRatePaise' });
    }
    return ctx.em
      .transactional(async (em) => {
        const category = await this.categories.require(em, input.categoryId, CategoryKind.LABOUR);
        await assertKnownTaxCode(em, input.sacCode, 'sacCode');
        await assertSlugFree(em, LaborCategory, input.slug);
        const trade = em.create(LaborCategory, {
          categoryId: category.id,
          name: input.name.trim(),
          slug: input.slug,
          skillDescription: input.skillDescription.trim(),
          hourlyRatePaise: input.hourlyRatePaise,
          dailyRatePaise: input.dailyRatePaise,
          sacCode: input.sacCode,
          searchText: '',
        });
        trade.searchText = laborSearchText(trade, await categoryPathNames(em, category.id));
        recordEvent(em, CatalogChanged, { entity: 'LaborCategory', entityId: trade.id });
        return trade;
      })
      .catch(rethrowSlugConflict);
  }

  async update(ctx: RequestContext, id: string, input: UpdateLaborCategoryInput): Promise<LaborCategory> {
    return ctx.em
      .transactional(async (em) => {
        const trade = await em.findOne(LaborCategory, { id: assertId(id) });
        if (!trade) throw new NotFoundError('LaborCategory', id);
        if (input.categoryId) trade.categoryId = (await this.categories.require(em, input.categoryId, CategoryKind.LABOUR)).id;
        if (input.sacCode !== undefined) {
          await assertKnownTaxCode(em, input.sacCode, 'sacCode');
          trade.sacCode = input.sacCode;
        }
        if (input.slug !== undefined && input.slug !== trade.slug) {
          await assertSlugFree(em, LaborCategory, input.slug);
          trade.slug = input.slug;
        }
        if (input.name !== undefined) trade.name = input.name.trim();
        if (input.skillDescription !== undefined) trade.skillDescription = input.skillDescription.trim();
        if (input.hourlyRatePaise !== undefined) trade.hourlyRatePaise = input.hourlyRatePaise;
        if (input.dailyRatePaise !== undefined) trade.dailyRatePaise = input.dailyRatePaise;
        if (input.isActive !== undefined) trade.isActive = input.isActive;
        if (trade.hourlyRatePaise > trade.dailyRatePaise) {
          throw new ValidationError('The hourly rate cannot exceed the daily rate.', { field: 'hourlyRatePaise' });
        }
        trade.searchText = laborSearchText(trade, await categoryPathNames(em, trade.categoryId));
        recordEvent(em, CatalogChanged, { entity: 'LaborCategory', entityId: trade.id });
        return trade;
      })
      .catch(rethrowSlugConflict);
  }

  async archive(ctx: RequestContext, id: string): Promise<LaborCategory> {
    const trade = await ctx.em.findOne(LaborCategory, { id: assertId(id) });
    if (!trade) throw new NotFoundError('LaborCategory', id);
    trade.isActive = false;
    recordEvent(ctx.em, CatalogChanged, { entity: 'LaborCategory', entityId: trade.id });
    await ctx.em.flush();
    return trade;
  }

  /** The calling vendor's labour offers, all or nothing; never another vendor's. */
  async updateOffers(ctx: RequestContext, input: UpdateLaborOffersInput): Promise<VendorLaborAvailability[]> {
    const vendorId = requireVendorId(ctx);
    const ids = input.offers.map((o) => assertId(o.laborCategoryId, 'laborCategoryId'));
    if (new Set(ids).size !== ids.length) throw new ValidationError('Each trade may appear once.', { field: 'laborCategoryId' });
    return ctx.em.transactional(async (em) => {
      const trades = await em.find(LaborCategory, { id: { $in: ids } });
      const known = new Map(trades.map((t) => [t.id, t]));
      for (const id of ids) {
        const trade = known.get(id);
        if (!trade) throw new ValidationError(`laborCategoryId ${id} does not name a trade.`, { field: 'laborCategoryId', id });
        if (!trade.isActive) throw new ValidationError(`${trade.name} is archived.`, { field: 'laborCategoryId', id });
      }
      const rows = await em.upsertMany(
        VendorLaborAvailability,
        input.offers.map((o) => ({
          vendorId,
          laborCategoryId: o.laborCategoryId.toLowerCase(),
          workersAvailable: o.workersAvailable,
          dailyRatePaise: o.dailyRatePaise ?? null,
          isAvailable: o.isAvailable,
          id: randomUUID(),
          createdAt: new Date(),
          updatedAt: new Date(),
        })),
        {
          onConflictFields: ['vendorId', 'laborCategoryId'],
          onConflictAction: 'merge',
          onConflictExcludeFields: ['id', 'createdAt'],
        },
      );
      recordEvent(em, InventoryChanged, { vendorId, offers: 'LABOUR' });
      return rows;
    });
  }
}
