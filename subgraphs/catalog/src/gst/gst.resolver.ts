import { Arg, Authorized, Ctx, FieldResolver, Float, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '@realserv/platform';
import { GstRate } from './gst-rate.entity.js';
import { AddGstRateInput, type GstService } from './gst.service.js';

@Resolver(() => GstRate)
export class GstRateResolver {
  constructor(private readonly gstService: GstService) {}

  @Query(() => [GstRate], { description: 'Anyone: the dated GST rate table, optionally for one HSN/SAC code, by code then start date.' })
  gstRates(@Ctx() ctx: RequestContext, @Arg('hsnCode', { nullable: true, description: 'Only rates of this HSN or SAC code.' }) hsnCode?: string): Promise<GstRate[]> {
    return this.gstService.list(ctx, hsnCode);
  }

  @Authorized('ADMIN')
  @Mutation(() => GstRate, { description: 'Admins only: adds a rate for a code from a date; existing rates are never edited (orders were taxed by them). Errors: CONFLICT when a rate for the code already starts on that date; BAD_USER_INPUT for an impossible date.' })
  addGstRate(@Arg('input', { description: 'The code, rate and first day.' }) input: AddGstRateInput, @Ctx() ctx: RequestContext): Promise<GstRate> {
    return this.gstService.add(ctx, input);
  }

  @FieldResolver(() => Float, { description: 'Rate in percent, e.g. 18.' })
  ratePercent(@Root() rate: GstRate): number {
    return rate.rateBasisPoints / 100;
  }
}
