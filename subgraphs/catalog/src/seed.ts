import type { EntityManager } from '@mikro-orm/postgresql';
import type { SubgraphRuntime } from '@realserv/platform';
import { Category, CategoryKind } from './category/category.entity.js';
import { GstRate } from './gst/gst-rate.entity.js';
import { Material } from './material/material.entity.js';
import { SaleUnit } from './material/sale-unit.js';
import { LaborCategory } from './labor/labor-category.entity.js';
import { VendorInventory } from './inventory/vendor-inventory.entity.js';
import { VendorLaborAvailability } from './labor/vendor-labor-availability.entity.js';
import { laborSearchText, materialSearchText } from './search/search-documents.js';
import {
  SEED_CATEGORIES,
  SEED_GST_RATES,
  SEED_LABOR_CATEGORIES,
  SEED_MATERIALS,
  SEED_VENDOR_CATALOGS,
} from './seed/catalog-data.js';

/**
 * Loads the demo catalog (categories, GST rates, materials, trades, demo vendors' offers).
 * Idempotent: rows are matched by slug (or natural key) and only missing ones are created.
 */
export async function seedCatalog(runtime: SubgraphRuntime): Promise<void> {
  const em = runtime.orm.em.fork();
  await em.transactional(async (tx) => {
    const categories = await seedCategories(tx);
    await seedGstRates(tx);
    const pathOf = (slug: string): string[] => {
      const names: string[] = [];
      for (let c = categories.get(slug); c; c = c.parent ? categories.get(c.parent) : undefined) names.unshift(c.entity.name);
      return names;
    };
    const materials = new Map((await tx.find(Material, {})).map((m) => [m.slug, m]));
    for (const seed of SEED_MATERIALS) {
      if (materials.has(seed.slug)) continue;
      const material = tx.create(Material, {
        categoryId: categories.get(seed.category)!.entity.id,
        name: seed.name,
        slug: seed.slug,
        description: seed.description,
        brand: seed.brand ?? null,
        specifications: seed.specifications.map((s) => ({ ...s, unit: s.unit ?? null })),
        unit: SaleUnit[seed.unit],
        unitDescription: seed.unitDescription,
        basePricePaise: seed.basePricePaise,
        hsnCode: seed.hsnCode,
        searchText: '',
      });
      material.searchText = materialSearchText(material, pathOf(seed.category));
      materials.set(seed.slug, material);
    }
    const trades = new Map((await tx.find(LaborCategory, {})).map((t) => [t.slug, t]));
    for (const seed of SEED_LABOR_CATEGORIES) {
      if (trades.has(seed.slug)) continue;
      const trade = tx.create(LaborCategory, {
        categoryId: categories.get(seed.category)!.entity.id,
        name: seed.name,
        slug: seed.slug,
        skillDescription: seed.skillDescription,
        hourlyRatePaise: seed.hourlyRatePaise,
        dailyRatePaise: seed.dailyRatePaise,
        sacCode: seed.sacCode,
        searchText: '',
      });
      trade.searchText = laborSearchText(trade, pathOf(seed.category));
      trades.set(seed.slug, trade);
    }
    await tx.flush();
    for (const vendor of SEED_VENDOR_CATALOGS) {
      const existingInventory = new Set((await tx.find(VendorInventory, { vendorId: vendor.vendorId })).map((r) => r.materialId));
      for (const row of vendor.inventory) {
        const material = materials.get(row.material)!;
        if (existingInventory.has(material.id)) continue;
        tx.create(VendorInventory, {
          vendorId: vendor.vendorId,
          materialId: material.id,
          pricePaise: row.pricePaise ?? null,
          stockQuantity: row.stockQuantity,
          minOrderQuantity: row.minOrderQuantity,
          leadTimeDays: row.leadTimeDays,
        });
      }
      const existingOffers = new Set((await tx.find(VendorLaborAvailability, { vendorId: vendor.vendorId })).map((r) => r.laborCategoryId));
      for (const offer of vendor.laborOffers) {
        const trade = trades.get(offer.laborCategory)!;
        if (existingOffers.has(trade.id)) continue;
        tx.create(VendorLaborAvailability, {
          vendorId: vendor.vendorId,
          laborCategoryId: trade.id,
          workersAvailable: offer.workersAvailable,
          dailyRatePaise: offer.dailyRatePaise ?? null,
        });
      }
    }
  });
}

async function seedCategories(em: EntityManager): Promise<Map<string, { entity: Category; parent?: string }>> {
  const existing = new Map((await em.find(Category, {})).map((c) => [c.slug, c]));
  const result = new Map<string, { entity: Category; parent?: string }>();
  // Parents are listed before children in the seed; create in order so ids exist.
  for (const seed of SEED_CATEGORIES) {
    let entity = existing.get(seed.slug);
    if (!entity) {
      const parent = seed.parent ? result.get(seed.parent)?.entity : undefined;
      if (seed.parent && !parent) throw new Error(`Seed category ${seed.slug} lists parent ${seed.parent} before it exists`);
      entity = em.create(Category, {
        name: seed.name,
        slug: seed.slug,
        kind: CategoryKind[seed.kind],
        parentId: parent?.id ?? null,
        description: seed.description,
        sortOrder: seed.sortOrder,
      });
    }
    result.set(seed.slug, { entity, ...(seed.parent ? { parent: seed.parent } : {}) });
  }
  await em.flush();
  return result;
}

async function seedGstRates(em: EntityManager): Promise<void> {
  const existing = new Set((await em.find(GstRate, {})).map((r) => `${r.hsnCode}@${r.effectiveFrom}`));
  for (const rate of SEED_GST_RATES) {
    if (existing.has(`${rate.hsnCode}@${rate.effectiveFrom}`)) continue;
    em.create(GstRate, { ...rate });
  }
  await em.flush();
}
