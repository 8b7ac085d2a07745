import DataLoader from 'dataloader';
import { findPlain, manyByKey, type RequestContext } from '@realserv/platform';
import { Category } from './category/category.entity.js';
import { Material } from './material/material.entity.js';
import { LaborCategory } from './labor/labor-category.entity.js';
import { VendorInventory } from './inventory/vendor-inventory.entity.js';
import { VendorLaborAvailability } from './labor/vendor-labor-availability.entity.js';
import { GstRate } from './gst/gst-rate.entity.js';
import { notSuspended } from './vendor/suspended-vendor.js';
import { StockReservationLine } from './reservation/stock-reservation-line.entity.js';

/** Every loader here is one SQL statement per request however many parents ask. */
function byId<T extends { id: string }>(entity: new () => T) {
  return (ctx: RequestContext) =>
    new DataLoader<string, T | null>(async (ids) => {
      // Rows this request already loaded (e.g. the page's materials) come from the identity
      // map; only the rest cost a query.
      const unitOfWork = ctx.em.getUnitOfWork();
      const known = new Map<string, T>();
      for (const id of ids) {
        const cached = unitOfWork.getById<T>(entity, id as never);
        if (cached) known.set(id, cached);
      }
      const missing = ids.filter((id) => !known.has(id));
      if (missing.length) {
        const rows = (await ctx.em.find(entity as never, { id: { $in: missing } } as never)) as T[];
        for (const row of rows) known.set(row.id, row);
      }
      return ids.map((id) => known.get(id) ?? null);
    });
}

export const categoriesById = byId(Category);
export const materialsById = byId(Material);
export const laborCategoriesById = byId(LaborCategory);

export const activeChildrenByParentId = (ctx: RequestContext) =>
  new DataLoader<string, Category[]>(async (parentIds) => {
    const rows = await ctx.em.find(
      Category,
      { parentId: { $in: [...parentIds] }, isActive: true },
      { orderBy: { sortOrder: 'asc', name: 'asc' } },
    );
    return manyByKey(parentIds, rows, (c) => c.parentId);
  });

/**
 * Vendors offering a material now: available, in stock, cheapest first. Read-only plain rows
 * (`findPlain`), not managed entities: a catalog page asks for the offers of 20 materials at once.
 */
export const offersByMaterialId = (ctx: RequestContext) =>
  new DataLoader<string, VendorInventory[]>(async (materialIds) => {
    const offers = await findPlain(
      ctx.em,
      VendorInventory,
      { materialId: { $in: [...materialIds] }, isAvailable: true, stockQuantity: { $gt: 0 }, ...notSuspended() },
      { orderBy: { pricePaise: 'asc', id: 'asc' } },
    );
    return manyByKey(materialIds, offers, (o) => o.materialId);
  });

export const laborOffersByCategoryId = (ctx: RequestContext) =>
  new DataLoader<string, VendorLaborAvailability[]>(async (categoryIds) => {
    const rows = await ctx.em.find(
      VendorLaborAvailability,
      { laborCategoryId: { $in: [...categoryIds] }, isAvailable: true, workersAvailable: { $gt: 0 }, ...notSuspended() },
      { orderBy: { dailyRatePaise: 'asc', id: 'asc' } },
    );
    return manyByKey(categoryIds, rows, (o) => o.laborCategoryId);
  });

/** A vendor's inventory rows; `includeUnavailable` only for the vendor themself or admins. */
export const inventoryByVendorId = (includeUnavailable: boolean) => {
  const factory = (ctx: RequestContext) =>
    new DataLoader<string, VendorInventory[]>(async (vendorIds) => {
      const rows = await ctx.em.find(
        VendorInventory,
        { vendorId: { $in: [...vendorIds] }, ...(includeUnavailable ? {} : { isAvailable: true, ...notSuspended() }) },
        { orderBy: { createdAt: 'asc', id: 'asc' } },
      );
      return manyByKey(vendorIds, rows, (o) => o.vendorId);
    });
  return factory;
};
export const publicInventoryByVendorId = inventoryByVendorId(false);
export const fullInventoryByVendorId = inventoryByVendorId(true);

export const laborOffersByVendorId = (includeUnavailable: boolean) => (ctx: RequestContext) =>
  new DataLoader<string, VendorLaborAvailability[]>(async (vendorIds) => {
    const rows = await ctx.em.find(
      VendorLaborAvailability,
      { vendorId: { $in: [...vendorIds] }, ...(includeUnavailable ? {} : { isAvailable: true, ...notSuspended() }) },
      { orderBy: { createdAt: 'asc', id: 'asc' } },
    );
    return manyByKey(vendorIds, rows, (o) => o.vendorId);
  });
export const publicLaborOffersByVendorId = laborOffersByVendorId(false);
export const fullLaborOffersByVendorId = laborOffersByVendorId(true);

export const gstRatesByCode = (ctx: RequestContext) =>
  new DataLoader<string, GstRate[]>(async (codes) => {
    const rows = await ctx.em.find(GstRate, { hsnCode: { $in: [...codes] } }, { orderBy: { effectiveFrom: 'asc' } });
    return manyByKey(codes, rows, (r) => r.hsnCode);
  });

export const reservationLinesByReservationId = (ctx: RequestContext) =>
  new DataLoader<string, StockReservationLine[]>(async (reservationIds) => {
    const rows = await ctx.em.find(
      StockReservationLine,
      { reservationId: { $in: [...reservationIds] } },
      { orderBy: { reservationId: 'asc', position: 'asc' } },
    );
    return manyByKey(reservationIds, rows, (l) => l.reservationId);
  });
