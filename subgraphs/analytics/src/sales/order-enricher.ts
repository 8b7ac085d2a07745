import DataLoader from 'dataloader';
import { LRUCache } from 'lru-cache';
import type { EventPayload, PeerClient } from '@realserv/platform';
import type { OrderPlaced } from '@realserv/contracts';
import { OrderForAnalyticsDocument } from '../ports/generated/orders.js';
import { MaterialCategoriesForAnalyticsDocument, MaterialCategoryForAnalyticsDocument } from '../ports/generated/catalog.js';
import { VendorNamesForAnalyticsDocument } from '../ports/generated/vendors.js';
import type { OrderLineShape } from './sales-deltas.js';

/** What OrderPlaced does not carry: the delivery city, the lines with their categories, the vendor's name. */
export interface OrderEnrichment {
  city: string;
  vendorName: string;
  lines: OrderLineShape[];
}

/** What OrderPlaced says about the order (city and lines absent on events recorded before 2026-12-03). */
export type PlacedOrder = Pick<EventPayload<typeof OrderPlaced>, 'orderId' | 'vendorId' | 'deliveryCity' | 'lines'>;

interface PlacedLine {
  materialId: string | null;
  tradeId: string | null;
  name: string;
  totalPaise: number;
}

interface CategoryOf {
  id: string;
  name: string;
}

export interface CategoryCacheOptions {
  /** Materials remembered (least recently used go first). */
  max: number;
  /**
   * How long a material's category is trusted. Catalog's CatalogChanged is a live (non-durable)
   * event delivered to one replica's queue at most, so it cannot invalidate every replica's
   * cache: a recategorised or renamed category is picked up within this time instead.
   */
  ttlMs: number;
  /** The clock the TTL is measured with (tests move it; default `performance`). */
  clock?: { now: () => number };
}

export const CATEGORY_CACHE: CategoryCacheOptions = { max: 10_000, ttlMs: 10 * 60_000 };


/** `materialsForService` answers at most 100 ids per call. */
const MATERIALS_PER_CALL = 100;

/**
 * Reads, over signed SERVICE calls, what the read models are broken down by (the events stay
 * small: producers are not changed for analytics). A failing peer throws, so the handler fails
 * and its event is retried.
 *
 * Categories go through a DataLoader whose cache is an LRU with a TTL: the uncached materials
 * of every order enriched in the same tick are asked in ONE `materialsForService` call, and a
 * failed call is not cached (DataLoader drops a failed batch's keys). Vendors' names (the VENDOR
 * rows' label) go through one the same way (`vendorContacts(ids)`): with both cached, an order
 * costs no peer call: OrderPlaced carries the city and the lines (#12: peer calls were half of
 * analytics' CPU per order); an event recorded before it did is completed by orders' `order`.
 */
export class OrderEnricher {
  private readonly categories: DataLoader<string, CategoryOf>;
  private readonly vendorNames: DataLoader<string, string | null>;

  constructor(
    private readonly peers: { orders: PeerClient; catalog: PeerClient; vendors: PeerClient },
    cache: CategoryCacheOptions = CATEGORY_CACHE,
  ) {
    this.categories = new DataLoader((ids) => this.loadCategories(ids), {
      maxBatchSize: MATERIALS_PER_CALL,
      cacheMap: new LRUCache<string, Promise<CategoryOf>>({
        max: cache.max,
        ttl: cache.ttlMs,
        ...(cache.clock ? { perf: cache.clock, ttlResolution: 0 } : {}),
      }),
    });
    this.vendorNames = new DataLoader((ids) => this.loadVendorNames(ids), {
      maxBatchSize: MATERIALS_PER_CALL,
      cacheMap: new LRUCache<string, Promise<string | null>>({
        max: cache.max,
        ttl: cache.ttlMs,
        ...(cache.clock ? { perf: cache.clock, ttlResolution: 0 } : {}),
      }),
    });
  }

  /**
   * The city and lines come with OrderPlaced (orders sends them since 2026-12-03); an event
   * recorded before that is completed by asking orders for the order.
   */
  async enrich(placed: PlacedOrder): Promise<OrderEnrichment> {
    const [order, vendorName] = await Promise.all([this.cityAndLines(placed), this.vendorName(placed.vendorId)]);
    const materialIds = [...new Set(order.lines.flatMap((line) => (line.materialId ? [line.materialId] : [])))];
    const found = await this.categories.loadMany(materialIds);
    const failed = found.find((c): c is Error => c instanceof Error);
    if (failed) throw failed;
    const categoryOf = new Map(materialIds.map((id, i) => [id, found[i] as CategoryOf]));
    const lines = order.lines.map((line): OrderLineShape => {
      // Labour lines count under their trade (a LABOUR category of its own in the breakdown).
      const category = line.materialId ? categoryOf.get(line.materialId)! : { id: line.tradeId ?? 'labour', name: line.name };
      return { materialId: line.materialId, name: line.name, categoryId: category.id, categoryName: category.name, totalPaise: line.totalPaise };
    });
    return { city: order.city, vendorName, lines };
  }

  private async cityAndLines(placed: PlacedOrder): Promise<{ city: string; lines: PlacedLine[] }> {
    if (placed.deliveryCity !== undefined && placed.lines) {
      return {
        city: placed.deliveryCity,
        lines: placed.lines.map((line) => ({
          materialId: line.kind === 'MATERIAL' ? line.refId : null,
          tradeId: line.kind === 'LABOUR' ? line.refId : null,
          name: line.name,
          totalPaise: line.lineTotalPaise,
        })),
      };
    }
    const { order } = await this.peers.orders.request(OrderForAnalyticsDocument, { id: placed.orderId });
    if (!order) throw new Error(`order ${placed.orderId} not found at orders`);
    return {
      city: order.deliveryAddress.city,
      lines: order.items.map((item) => ({ materialId: item.material?.id ?? null, tradeId: item.laborCategory?.id ?? null, name: item.name, totalPaise: item.lineTotal.paise })),
    };
  }

  /** The vendor's business name (cached like categories: a rename shows within the TTL); its id if vendors does not know it (not cached). */
  private async vendorName(vendorId: string): Promise<string> {
    const name = await this.vendorNames.load(vendorId);
    if (name === null) this.vendorNames.clear(vendorId);
    return name ?? vendorId;
  }

  private async loadVendorNames(ids: readonly string[]): Promise<Array<string | null>> {
    const { vendorContacts } = await this.peers.vendors.request(VendorNamesForAnalyticsDocument, { ids: [...ids] });
    const byId = new Map(vendorContacts.map((v) => [v.id, v.businessName]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** One batched call; a material archived since it was ordered is left out of it and asked alone. */
  private async loadCategories(ids: readonly string[]): Promise<CategoryOf[]> {
    const { materialsForService } = await this.peers.catalog.request(MaterialCategoriesForAnalyticsDocument, { ids: [...ids] });
    const byId = new Map(materialsForService.map((m) => [m.id, { id: m.category.id, name: m.category.name }]));
    for (const id of ids.filter((id) => !byId.has(id))) {
      const { material } = await this.peers.catalog.request(MaterialCategoryForAnalyticsDocument, { id });
      if (!material) throw new Error(`material ${id} not found at catalog`);
      byId.set(id, { id: material.category.id, name: material.category.name });
    }
    return ids.map((id) => byId.get(id)!);
  }
}
