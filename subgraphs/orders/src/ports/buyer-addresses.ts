import type { PeerClient } from '@realserv/platform';
import type { OrderAddress } from '../order/order.entity.js';

/** The buyer's saved address, read from identity (which owns it) at the moment of ordering. */
export interface BuyerAddresses {
  find(buyerId: string, addressId: string, requestId: string): Promise<OrderAddress | null>;
}

export class PeerBuyerAddresses implements BuyerAddresses {
  constructor(private readonly identity: PeerClient) {}

  async find(buyerId: string, addressId: string, requestId: string): Promise<OrderAddress | null> {
    const data = await this.identity.request<{ buyerDeliveryAddress: OrderAddress | null }>(
      `query Address($id: ID!, $buyerId: ID!) {
        buyerDeliveryAddress(id: $id, buyerId: $buyerId) {
          label contactName contactPhone line1 line2 landmark city state pincode latitude longitude
        }
      }`,
      { id: addressId, buyerId },
      requestId,
    );
    return data.buyerDeliveryAddress;
  }
}
