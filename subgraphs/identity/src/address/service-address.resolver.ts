import { Arg, Authorized, Ctx, Directive, ID, Query, Resolver } from 'type-graphql';
import { assertId, type RequestContext } from '@realserv/platform';
import { DeliveryAddress } from './delivery-address.entity.js';

/** For peer subgraphs only (orders snapshots the address when an order is placed). */
@Resolver(() => DeliveryAddress)
export class ServiceAddressResolver {
  @Authorized('SERVICE')
  @Directive('@inaccessible')
  @Query(() => DeliveryAddress, { nullable: true, description: "A buyer's address, if it belongs to that buyer." })
  buyerDeliveryAddress(
    @Arg('id', () => ID) id: string,
    @Arg('buyerId', () => ID) buyerId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<DeliveryAddress | null> {
    return ctx.em.findOne(DeliveryAddress, { id: assertId(id), userId: assertId(buyerId, 'buyerId') });
  }
}
