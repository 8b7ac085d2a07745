import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '@realserv/platform';
import { BuyerProfile } from './buyer-profile.entity.js';
import { UpdateBuyerProfileInput } from './buyer-profile.inputs.js';
import type { BuyerProfileService } from './buyer-profile.service.js';

@Resolver(() => BuyerProfile)
export class BuyerProfileResolver {
  constructor(private readonly profiles: BuyerProfileService) {}

  @Authorized('BUYER')
  @Mutation(() => BuyerProfile, { description: 'Buyers only: sets the company name and GSTIN printed on their invoices. Errors: FORBIDDEN for non-buyers; BAD_USER_INPUT for an invalid GSTIN.' })
  updateBuyerProfile(@Arg('input', { description: 'The fields to change.' }) input: UpdateBuyerProfileInput, @Ctx() ctx: RequestContext): Promise<BuyerProfile> {
    return this.profiles.update(ctx, input);
  }
}
