import { Arg, Authorized, Ctx, FieldResolver, Float, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '@realserv/platform';
import { GstRate } from './gst-rate.entity.js';
import { AddGstRateInput, type GstService } from './gst.service.js';

@Resolver(() => GstRate)
export class GstRateResolver {
  constructor(private readonly gstService: GstService) {}

  @Query(() => [GstRate], { description: 'The dated GST rate table, optionally for one HSN/SAC code.' })
  gstRates(@Ctx() ctx: RequestContext, @Arg('hsnCode', { nullable: true }) hsnCode?: string): Promise<GstRate[]> {
    return this.gstService.list(ctx, hsnCode);
  }

  @Authorized('ADMIN')
  @Mutation(() => GstRate, { description: 'Adds a rate from a date; existing rates are never edited.' })
  addGstRate(@Arg('input') input: AddGstRateInput, @Ctx() ctx: RequestContext): Promise<GstRate> {
    return this.gstService.add(ctx, input);
  }

  @FieldResolver(() => Float, { description: 'Rate in percent, e.g. 18.' })
  ratePercent(@Root() rate: GstRate): number {
    return rate.rateBasisPoints / 100;
  }
}
