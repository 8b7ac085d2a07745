import DataLoader from 'dataloader';
import type { RequestContext } from '@realserv/platform';
import { Category } from './category/category.entity.js';
import { Material } from './material/material.entity.js';
import { LaborCategory } from './labor/labor-category.entity.js';
import { VendorInventory } from './inventory/vendor-inventory.entity.js';
import { VendorLaborAvailability } from './labor/vendor-labor-availability.entity.js';
import { GstRate } from './gst/gst-rate.entity.js';
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

function groupBy<T, K>(rows: T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
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
    const groups = groupBy(rows, (c) => c.parentId);
    return parentIds.map((id) => groups.get(id) ?? []);
  });

/** Vendors offering a material now: available, in stock, cheapest first. */
export const offersByMaterialId = (ctx: RequestContext) =>
  new DataLoader<string, VendorInventory[]>(async (materialIds) => {
    const rows = await ctx.em.find(
      VendorInventory,
      { materialId: { $in: [...materialIds] }, isAvailable: true, stockQuantity: { $gt: 0 } },
      { orderBy: { pricePaise: 'asc', id: 'asc' } },
    );
    const groups = groupBy(rows, (o) => o.materialId);
    return materialIds.map((id) => groups.get(id) ?? []);
  });

export const laborOffersByCategoryId = (ctx: RequestContext) =>
  new DataLoader<string, VendorLaborAvailability[]>(async (categoryIds) => {
    const rows = await ctx.em.find(
      VendorLaborAvailability,
      { laborCategoryId: { $in: [...categoryIds] }, isAvailable: true, workersAvailable: { $gt: 0 } },
      { orderBy: { dailyRatePaise: 'asc', id: 'asc' } },
    );
    const groups = groupBy(rows, (o) => o.laborCategoryId);
    return categoryIds.map((id) => groups.get(id) ?? []);
  });

/** A vendor's inventory rows; `includeUnavailable` only for the vendor themself or admins. */
export const inventoryByVendorId = (includeUnavailable: boolean) => {
  const factory = (ctx: RequestContext) =>
    new DataLoader<string, VendorInventory[]>(async (vendorIds) => {
      const rows = await ctx.em.find(
        VendorInventory,
        { vendorId: { $in: [...vendorIds] }, ...(includeUnavailable ? {} : { isAvailable: true }) },
        { orderBy: { createdAt: 'asc', id: 'asc' } },
      );
      const groups = groupBy(rows, (o) => o.vendorId);
      return vendorIds.map((id) => groups.get(id) ?? []);
    });
  return factory;
};
export const publicInventoryByVendorId = inventoryByVendorId(false);
export const fullInventoryByVendorId = inventoryByVendorId(true);

export const laborOffersByVendorId = (includeUnavailable: boolean) => (ctx: RequestContext) =>
  new DataLoader<string, VendorLaborAvailability[]>(async (vendorIds) => {
    const rows = await ctx.em.find(
      VendorLaborAvailability,
      { vendorId: { $in: [...vendorIds] }, ...(includeUnavailable ? {} : { isAvailable: true }) },
      { orderBy: { createdAt: 'asc', id: 'asc' } },
    );
    const groups = groupBy(rows, (o) => o.vendorId);
    return vendorIds.map((id) => groups.get(id) ?? []);
  });
export const publicLaborOffersByVendorId = laborOffersByVendorId(false);
export const fullLaborOffersByVendorId = laborOffersByVendorId(true);

export const gstRatesByCode = (ctx: RequestContext) =>
  new DataLoader<string, GstRate[]>(async (codes) => {
    const rows = await ctx.em.find(GstRate, { hsnCode: { $in: [...codes] } }, { orderBy: { effectiveFrom: 'asc' } });
    const groups = groupBy(rows, (r) => r.hsnCode);
    return codes.map((code) => groups.get(code) ?? []);
  });

export const reservationLinesByReservationId = (ctx: RequestContext) =>
  new DataLoader<string, StockReservationLine[]>(async (reservationIds) => {
    const rows = await ctx.em.find(
      StockReservationLine,
      { reservationId: { $in: [...reservationIds] } },
      { orderBy: { reservationId: 'asc', position: 'asc' } },
    );
    const groups = groupBy(rows, (l) => l.reservationId);
    return reservationIds.map((id) => groups.get(id) ?? []);
  });
