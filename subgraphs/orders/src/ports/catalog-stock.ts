import type { PeerClient } from '@realserv/platform';
import { ReleaseStockDocument, ReserveStockDocument, type ReserveStockMutation } from './generated/catalog.js';

/** What catalog answers to a reservation (the selection in `catalog.peer.graphql`). */
export type StockReservation = ReserveStockMutation['reserveStock'];
export type ReservedLine = StockReservation['lines'][number];

/**
 * Catalog owns prices and stock. Placing an order reserves stock there (atomically, idempotent
 * by the order id) and gets back the server-side prices and GST rates to snapshot.
 */
export interface CatalogStock {
  reserve(input: {
    reservationId: string;
    vendorId: string;
    pricingDate: string;
    items: Array<{ kind: 'MATERIAL' | 'LABOUR'; refId: string; quantity: number }>;
  }, requestId: string): Promise<StockReservation>;
  release(reservationId: string, requestId: string): Promise<void>;
}

export class PeerCatalogStock implements CatalogStock {
  constructor(private readonly catalog: PeerClient) {}

  async reserve(input: Parameters<CatalogStock['reserve']>[0], requestId: string): Promise<StockReservation> {
    const data = await this.catalog.request(ReserveStockDocument, { input }, requestId);
    return data.reserveStock;
  }

  async release(reservationId: string, requestId: string): Promise<void> {
    await this.catalog.request(ReleaseStockDocument, { id: reservationId }, requestId);
  }
}
