import type { PeerClient } from '@realserv/platform';

export interface ReservedLine {
  kind: 'MATERIAL' | 'LABOUR';
  refId: string;
  name: string;
  unit: string;
  unitDescription: string;
  quantity: number;
  unitPricePaise: number;
  gstRateBasisPoints: number;
  hsnOrSac: string;
}

export interface StockReservation {
  id: string;
  status: 'RESERVED' | 'COMMITTED' | 'RELEASED';
  lines: ReservedLine[];
}

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

const LINE = 'kind refId name unit unitDescription quantity unitPricePaise gstRateBasisPoints hsnOrSac';

export class PeerCatalogStock implements CatalogStock {
  constructor(private readonly catalog: PeerClient) {}

  async reserve(input: Parameters<CatalogStock['reserve']>[0], requestId: string): Promise<StockReservation> {
    const data = await this.catalog.request<{ reserveStock: StockReservation }>(
      `mutation Reserve($input: ReserveStockInput!) { reserveStock(input: $input) { id status lines { ${LINE} } } }`,
      { input },
      requestId,
    );
    return data.reserveStock;
  }

  async release(reservationId: string, requestId: string): Promise<void> {
    await this.catalog.request(
      'mutation Release($id: ID!) { releaseStock(reservationId: $id) { id status } }',
      { id: reservationId },
      requestId,
    );
  }
}
