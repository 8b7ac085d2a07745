import { Arg, Authorized, Ctx, Directive, ID, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '@realserv/platform';
import { DeliveryAddress } from './delivery-address.entity.js';
import type { DeliveryAddressService } from './delivery-address.service.js';

/** For peer subgraphs only (orders snapshots the address when an order is placed). */
@Resolver(() => DeliveryAddress)
export class ServiceAddressResolver {
  constructor(private readonly addresses: DeliveryAddressService) {}

  @Authorized('SERVICE')
  @Directive('@inaccessible')
  @Query(() => DeliveryAddress, { nullable: true, description: "A buyer's address, if it belongs to that buyer; its latitude and longitude are always filled (an address saved before geocoding is geocoded now)." })
  buyerDeliveryAddress(
    @Arg('id', () => ID) id: string,
    @Arg('buyerId', () => ID) buyerId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<DeliveryAddress | null> {
    return this.addresses.forOrder(ctx, id, buyerId);
  }
}
