import type { PeerClient } from '@realserv/platform';
import type { OrderAddress } from '../order/order.entity.js';
import { BuyerDeliveryAddressDocument } from './generated/identity.js';

/** The buyer's saved address, read from identity (which owns it) at the moment of ordering. */
export interface BuyerAddresses {
  find(buyerId: string, addressId: string, requestId: string): Promise<OrderAddress | null>;
}

export class PeerBuyerAddresses implements BuyerAddresses {
  constructor(private readonly identity: PeerClient) {}

  async find(buyerId: string, addressId: string, requestId: string): Promise<OrderAddress | null> {
    const data = await this.identity.request(BuyerDeliveryAddressDocument, { id: addressId, buyerId }, requestId);
    return data.buyerDeliveryAddress;
  }
}
