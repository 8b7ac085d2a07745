import type { PeerClient } from '@realserv/platform';
import { OrderForAnalyticsDocument } from '../ports/generated/orders.js';
import { MaterialCategoryForAnalyticsDocument } from '../ports/generated/catalog.js';
import { VendorNamesForAnalyticsDocument } from '../ports/generated/vendors.js';
import type { OrderLineShape } from './sales-deltas.js';

/** What OrderPlaced does not carry: the delivery city, the lines with their categories, the vendor's name. */
export interface OrderEnrichment {
  city: string;
  vendorName: string;
  lines: OrderLineShape[];
}

/** Categories of materials are fixed in practice; a bounded cache spares catalog a call per line. */
const CATEGORY_CACHE_LIMIT = 10_000;

/**
 * Reads, over signed SERVICE calls, what the read models are broken down by (the events stay
 * small: producers are not changed for analytics). A failing peer throws, so the handler fails
 * and its event is retried.
 */
export class OrderEnricher {
  private readonly categories = new Map<string, { id: string; name: string }>();

  constructor(private readonly peers: { orders: PeerClient; catalog: PeerClient; vendors: PeerClient }) {}

  async enrich(orderId: string, vendorId: string): Promise<OrderEnrichment> {
    const [{ order }, { vendorContacts }] = await Promise.all([
      this.peers.orders.request(OrderForAnalyticsDocument, { id: orderId }),
      this.peers.vendors.request(VendorNamesForAnalyticsDocument, { ids: [vendorId] }),
    ]);
    if (!order) throw new Error(`order ${orderId} not found at orders`);
    const materialIds = [...new Set(order.items.flatMap((item) => (item.material ? [item.material.id] : [])))];
    await Promise.all(materialIds.filter((id) => !this.categories.has(id)).map((id) => this.loadCategory(id)));
    const lines = order.items.map((item): OrderLineShape => {
      const materialId = item.material?.id ?? null;
      // Labour lines count under their trade (a LABOUR category of its own in the breakdown).
      const category = materialId ? this.categories.get(materialId)! : { id: item.laborCategory?.id ?? 'labour', name: item.name };
      return { materialId, name: item.name, categoryId: category.id, categoryName: category.name, totalPaise: item.lineTotal.paise };
    });
    return { city: order.deliveryAddress.city, vendorName: vendorContacts[0]?.businessName ?? vendorId, lines };
  }

  private async loadCategory(materialId: string): Promise<void> {
    const { material } = await this.peers.catalog.request(MaterialCategoryForAnalyticsDocument, { id: materialId });
    if (!material) throw new Error(`material ${materialId} not found at catalog`);
    if (this.categories.size >= CATEGORY_CACHE_LIMIT) this.categories.clear();
    this.categories.set(materialId, { id: material.category.id, name: material.category.name });
  }
}
