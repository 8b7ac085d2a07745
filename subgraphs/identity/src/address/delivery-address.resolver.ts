import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '@realserv/platform';
import { DeliveryAddress } from './delivery-address.entity.js';
import { AddAddressInput, UpdateAddressInput } from './delivery-address.inputs.js';
import type { DeliveryAddressService } from './delivery-address.service.js';

@Resolver(() => DeliveryAddress)
export class DeliveryAddressResolver {
  constructor(private readonly addresses: DeliveryAddressService) {}

  @Authorized('BUYER')
  @Query(() => [DeliveryAddress], { description: 'Buyers only: the signed-in buyer’s addresses, default first, then oldest first.' })
  myAddresses(@Ctx() ctx: RequestContext): Promise<DeliveryAddress[]> {
    return this.addresses.list(ctx);
  }

  @Authorized('BUYER')
  @Mutation(() => DeliveryAddress, { description: 'Buyers only: saves a delivery address; the first one a buyer adds becomes their default. Errors: CONFLICT beyond 50 addresses; BAD_USER_INPUT for invalid fields.' })
  addAddress(@Arg('input', { description: 'The address.' }) input: AddAddressInput, @Ctx() ctx: RequestContext): Promise<DeliveryAddress> {
    return this.addresses.add(ctx, input);
  }

  @Authorized('BUYER')
  @Mutation(() => DeliveryAddress, { description: 'Buyers only: edits one of their addresses; past orders keep their copy. Errors: NOT_FOUND for an address that is not theirs.' })
  updateAddress(
    @Arg('id', () => ID, { description: 'The address to edit.' }) id: string,
    @Arg('input', { description: 'The fields to change.' }) input: UpdateAddressInput,
    @Ctx() ctx: RequestContext,
  ): Promise<DeliveryAddress> {
    return this.addresses.update(ctx, id, input);
  }

  @Authorized('BUYER')
  @Mutation(() => DeliveryAddress, { description: 'Buyers only: makes one of their addresses the default (the previous default stops being one). Errors: NOT_FOUND for an address that is not theirs.' })
  setDefaultAddress(@Arg('id', () => ID, { description: 'The address to make default.' }) id: string, @Ctx() ctx: RequestContext): Promise<DeliveryAddress> {
    return this.addresses.setDefault(ctx, id);
  }

  @Authorized('BUYER')
  @Mutation(() => ID, { description: 'Buyers only: deletes one of their addresses and returns its id; if it was the default, their oldest remaining address becomes default. Errors: NOT_FOUND for an address that is not theirs.' })
  deleteAddress(@Arg('id', () => ID, { description: 'The address to delete.' }) id: string, @Ctx() ctx: RequestContext): Promise<string> {
    return this.addresses.delete(ctx, id);
  }
}
