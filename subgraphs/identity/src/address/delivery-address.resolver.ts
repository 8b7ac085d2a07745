import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '@realserv/platform';
import { DeliveryAddress } from './delivery-address.entity.js';
import { AddAddressInput, UpdateAddressInput } from './delivery-address.inputs.js';
import type { DeliveryAddressService } from './delivery-address.service.js';

@Resolver(() => DeliveryAddress)
export class DeliveryAddressResolver {
  constructor(private readonly addresses: DeliveryAddressService) {}

  @Authorized('BUYER')
  @Query(() => [DeliveryAddress], { description: "The signed-in buyer's addresses, default first." })
  myAddresses(@Ctx() ctx: RequestContext): Promise<DeliveryAddress[]> {
    return this.addresses.list(ctx);
  }

  @Authorized('BUYER')
  @Mutation(() => DeliveryAddress, { description: 'The first address a buyer adds becomes their default.' })
  addAddress(@Arg('input') input: AddAddressInput, @Ctx() ctx: RequestContext): Promise<DeliveryAddress> {
    return this.addresses.add(ctx, input);
  }

  @Authorized('BUYER')
  @Mutation(() => DeliveryAddress)
  updateAddress(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: UpdateAddressInput,
    @Ctx() ctx: RequestContext,
  ): Promise<DeliveryAddress> {
    return this.addresses.update(ctx, id, input);
  }

  @Authorized('BUYER')
  @Mutation(() => DeliveryAddress)
  setDefaultAddress(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<DeliveryAddress> {
    return this.addresses.setDefault(ctx, id);
  }

  @Authorized('BUYER')
  @Mutation(() => ID, { description: 'Returns the id of the deleted address.' })
  deleteAddress(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<string> {
    return this.addresses.delete(ctx, id);
  }
}
