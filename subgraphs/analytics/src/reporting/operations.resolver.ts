import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { ForbiddenError, ValidationError, assertId, type RequestContext } from '@realserv/platform';
import { AnalyticsRange } from './analytics.types.js';
import { AnalyticsRebuildResult, FulfilmentAnalytics, PaymentsAnalytics, RevenueAnalytics, SupportAnalytics, VendorOwnAnalytics, VendorsAnalytics } from './operations.types.js';
import type { OperationsReports } from './analytics-reports.js';
import type { AnalyticsRebuild } from './analytics-rebuild.js';

const RANGE = { description: 'Days (granularity is ignored: totals over the range).' };

@Resolver()
export class OperationsResolver {
  constructor(
    private readonly reports: OperationsReports,
    private readonly rebuilder: AnalyticsRebuild,
  ) {}

  @Authorized('ADMIN')
  @Query(() => PaymentsAnalytics, { description: 'Admins only: online success rate, failures by reason, refunds. Errors: BAD_USER_INPUT for a bad range.' })
  paymentsAnalytics(@Ctx() ctx: RequestContext, @Arg('range', () => AnalyticsRange, RANGE) range: AnalyticsRange): Promise<PaymentsAnalytics> {
    return this.reports.payments(ctx.em, range);
  }

  @Authorized('ADMIN')
  @Query(() => FulfilmentAnalytics, {
    description:
      'Admins only: acceptance rate, time to confirm, confirm → delivered p50/p90 (marketplace-wide), rejections and cancellations by reason, for all vendors or one. Errors: BAD_USER_INPUT for a bad range.',
  })
  fulfilmentAnalytics(
    @Ctx() ctx: RequestContext,
    @Arg('range', () => AnalyticsRange, RANGE) range: AnalyticsRange,
    @Arg('vendorId', () => ID, { nullable: true, description: 'Only this vendor’s decisions and reasons.' }) vendorId?: string | null,
  ): Promise<FulfilmentAnalytics> {
    return this.reports.fulfilment(ctx.em, range, vendorId ? assertId(vendorId) : undefined);
  }

  @Authorized('ADMIN')
  @Query(() => VendorsAnalytics, { description: 'Admins only: KYC funnel and time to decision, active vendors, top vendors. Errors: BAD_USER_INPUT for a bad range.' })
  vendorsAnalytics(@Ctx() ctx: RequestContext, @Arg('range', () => AnalyticsRange, RANGE) range: AnalyticsRange): Promise<VendorsAnalytics> {
    return this.reports.vendors(ctx.em, range);
  }

  @Authorized('ADMIN')
  @Query(() => RevenueAnalytics, { description: 'Admins only: settlements’ commission, GST on it, TCS and TDS withheld, payouts. Errors: BAD_USER_INPUT for a bad range.' })
  revenueAnalytics(@Ctx() ctx: RequestContext, @Arg('range', () => AnalyticsRange, RANGE) range: AnalyticsRange): Promise<RevenueAnalytics> {
    return this.reports.revenue(ctx.em, range);
  }

  @Authorized('ADMIN')
  @Query(() => SupportAnalytics, {
    description: 'Admins only: tickets opened and resolved, SLA breaches, first-response p50/p90, open tickets, disputes, dispute rate per delivered order, outcomes and refunds. Errors: BAD_USER_INPUT for a bad range.',
  })
  supportAnalytics(@Ctx() ctx: RequestContext, @Arg('range', () => AnalyticsRange, RANGE) range: AnalyticsRange): Promise<SupportAnalytics> {
    return this.reports.support(ctx.em, range);
  }

  @Authorized('VENDOR', 'ADMIN')
  @Query(() => VendorOwnAnalytics, {
    description:
      'Vendors: their own sales by week and material, repeat buyers and acceptance rate; admins pass vendorId. Errors: FORBIDDEN for buyers, or a vendor asking for another vendor; BAD_USER_INPUT for a bad range, or an admin without vendorId.',
  })
  myVendorAnalytics(
    @Ctx() ctx: RequestContext,
    @Arg('range', () => AnalyticsRange, { description: 'Days (weeks are ISO weeks from Monday).' }) range: AnalyticsRange,
    @Arg('vendorId', () => ID, { nullable: true, description: 'Admins: the vendor. Vendors: omit it (or give their own).' }) vendorId?: string | null,
  ): Promise<VendorOwnAnalytics> {
    const caller = ctx.caller!;
    const own = caller.roles.includes('VENDOR') ? caller.vendorId : null;
    let target: string;
    if (caller.roles.includes('ADMIN') && vendorId) target = assertId(vendorId);
    else if (own && (!vendorId || vendorId === own)) target = own;
    else if (caller.roles.includes('ADMIN')) throw new ValidationError('Admins name the vendor: vendorId.', { reason: 'VENDOR_REQUIRED' });
    else throw new ForbiddenError('Vendors see only their own analytics.');
    return this.reports.vendorOwn(ctx.em, target, range);
  }

  @Authorized('ADMIN')
  @Mutation(() => AnalyticsRebuildResult, {
    description:
      'Admins only: empties the read models and replays every counted event into them in one transaction (readers see the old figures until it commits). Generated demo history, written straight into the day tables, is not in the log and is dropped.',
  })
  async rebuildAnalytics(): Promise<AnalyticsRebuildResult> {
    const { replayedEvents } = await this.rebuilder.rebuild();
    return { replayedEvents, rebuiltAt: new Date() };
  }
}
