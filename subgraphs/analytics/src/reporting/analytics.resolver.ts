import { Arg, Authorized, Ctx, Int, Query, Resolver, Root, Subscription } from 'type-graphql';
import { type RequestContext } from '@realserv/platform';
import { AnalyticsRange, DashboardKpis, SalesBreakdownRow, SalesDimension, SalesPoint } from './analytics.types.js';
import type { AnalyticsReports } from './analytics-reports.js';

/** Subscription fields are served by the gateway over graphql-ws (see orders' order-live.resolver.ts). */
const servedByGateway = (): AsyncIterable<never> => {
  throw new Error('Subscriptions are served by the gateway over graphql-ws.');
};

@Resolver()
export class AnalyticsResolver {
  constructor(private readonly reports: AnalyticsReports) {}

  @Authorized('ADMIN')
  @Query(() => DashboardKpis, { description: 'Admins only: a day’s headline figures (today in India when date is omitted). Errors: BAD_USER_INPUT for an invalid date.' })
  dashboardKpis(@Ctx() ctx: RequestContext, @Arg('date', () => String, { nullable: true, description: 'India day, YYYY-MM-DD.' }) date?: string | null): Promise<DashboardKpis> {
    return this.reports.dashboardKpis(ctx.em, date ?? null);
  }

  @Authorized('ADMIN')
  @Query(() => [SalesPoint], { description: 'Admins only: orders and GMV per day, week or month (empty periods as zeros). Errors: BAD_USER_INPUT for a bad or too-large range.' })
  salesSeries(@Ctx() ctx: RequestContext, @Arg('range', () => AnalyticsRange, { description: 'Days and grouping.' }) range: AnalyticsRange): Promise<SalesPoint[]> {
    return this.reports.salesSeries(ctx.em, range);
  }

  @Authorized('ADMIN')
  @Query(() => [SalesBreakdownRow], { description: 'Admins only: the top cities, vendors, categories or materials by gross GMV over a range. Errors: BAD_USER_INPUT for a bad range or a limit outside 1–100.' })
  salesBreakdown(
    @Ctx() ctx: RequestContext,
    @Arg('range', () => AnalyticsRange, { description: 'Days (granularity is ignored).' }) range: AnalyticsRange,
    @Arg('by', () => SalesDimension, { description: 'The dimension.' }) by: SalesDimension,
    @Arg('limit', () => Int, { defaultValue: 10, description: 'How many rows, 1–100.' }) limit: number,
  ): Promise<SalesBreakdownRow[]> {
    return this.reports.salesBreakdown(ctx.em, range, by, limit);
  }

  @Authorized('ADMIN')
  @Subscription(() => DashboardKpis, { subscribe: servedByGateway, description: 'Admins only: today’s headline figures each time an order is placed, paid, cancelled or refunded.' })
  dashboardUpdated(@Root() kpis: DashboardKpis): DashboardKpis {
    return kpis;
  }
}
