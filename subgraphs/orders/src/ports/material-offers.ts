import type { PeerClient } from '@realserv/platform';
import type { MaterialOffers } from '../delivery/delivery-options.js';
import { MaterialOffersDocument } from './generated/catalog.js';

/** Every vendor's live offer (available, in stock) of some materials, with today's GST rates; catalog owns them. */
export interface MaterialOffersSource {
  offersOf(materialIds: string[], requestId: string): Promise<MaterialOffers[]>;
}

export class PeerMaterialOffers implements MaterialOffersSource {
  constructor(private readonly catalog: PeerClient) {}

  async offersOf(materialIds: string[], requestId: string): Promise<MaterialOffers[]> {
    const data = await this.catalog.request(MaterialOffersDocument, { ids: materialIds }, requestId);
    return data.materialsForService.map((m) => ({
      materialId: m.id,
      name: m.name,
      unit: m.unit,
      gstRateBasisPoints: m.gstRate?.rateBasisPoints ?? null,
      offers: m.offers.map((o) => ({
        vendorId: o.vendor.id,
        unitPricePaise: o.price.paise,
        stockQuantity: o.stockQuantity,
        minOrderQuantity: o.minOrderQuantity,
        leadTimeDays: o.leadTimeDays,
      })),
    }));
  }
}
