import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '@realserv/platform';
import { DEFAULT_OPTIONS_LIMIT, MAX_OPTIONS_LIMIT } from './delivery-options.js';
import { DeliveryOption, DeliveryOptionItemInput } from './delivery-option.types.js';
import type { DeliveryOptionsService } from './delivery-options.service.js';

@Resolver(() => DeliveryOption)
export class DeliveryOptionsResolver {
  constructor(private readonly service: DeliveryOptionsService) {}

  @Authorized('BUYER')
  @Query(() => [DeliveryOption], {
    description: `Buyers only: every ACTIVE vendor accepting orders that serves one of the buyer’s addresses (radius or drawn areas) and has the whole list in stock in the quantities asked, priced landed (items, delivery for the road distance, GST) exactly as placeOrder would charge now; cheapest landed total first (then nearer, then sooner), at most \`limit\`. At most ${100} vendors are priced per request: when more serve the site, those with the cheapest goods. Errors: NOT_FOUND for an address that is not the buyer’s; BAD_USER_INPUT for an empty or repeated list, a bad limit, or (reason ADDRESS_NOT_LOCATED) an address without coordinates.`,
  })
  deliveryOptions(
    @Arg('addressId', () => ID, { description: 'One of the signed-in buyer’s saved addresses: the site.' }) addressId: string,
    @Arg('items', () => [DeliveryOptionItemInput], { description: '1 to 100 materials, each once, with quantities.' }) items: DeliveryOptionItemInput[],
    @Ctx() ctx: RequestContext,
    @Arg('limit', () => Int, { nullable: true, description: `How many options, 1 to ${MAX_OPTIONS_LIMIT} (default ${DEFAULT_OPTIONS_LIMIT}).` }) limit?: number,
  ): Promise<DeliveryOption[]> {
    return this.service.options(ctx, addressId, items, limit ?? DEFAULT_OPTIONS_LIMIT);
  }
}
