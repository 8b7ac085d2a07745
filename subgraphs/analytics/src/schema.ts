import { PeerClient, defineSubgraph } from '@realserv/platform';
import { analyticsConfigSchema } from './config.js';
import { migrations } from './migrations/index.js';
import { DailySales, OrderFact, SalesRollup, VendorBuyerDay } from './sales/sales.entities.js';
import { DailyPaymentFailure, DailyPayments } from './payments/payments.entities.js';
import { ClosingReasonRollup, DailyClosingReason, DailyFulfilment, DurationBucket, DurationBucketRollup, FulfilmentRollup } from './fulfilment/fulfilment.entities.js';
import { DailySettlements, DailyVendorFunnel, VendorFact } from './vendors/vendors.entities.js';
import { OrderEnricher } from './sales/order-enricher.js';
import { AnalyticsResolver } from './reporting/analytics.resolver.js';
import { AnalyticsReports } from './reporting/analytics-reports.js';
import { ReadModelProjector } from './reporting/read-model-projector.js';
import { countings, readModelHandlers, recordDashboardChange } from './reporting/read-model-handlers.js';
import { CountedEvent } from './reporting/event-log.entity.js';
import { OperationsResolver } from './reporting/operations.resolver.js';
import { OperationsReports } from './reporting/analytics-reports.js';
import { AnalyticsRebuild } from './reporting/analytics-rebuild.js';
import { DailyDisputeOutcome, DailySupport, TicketFact } from './support/support.entities.js';
import { SupportProjector } from './support/support-projector.js';
import { DashboardAnnouncer } from './reporting/dashboard-announcer.js';
import { buyerErasureSubscriptions } from './reporting/buyer-erasure.js';

export const ANALYTICS_ENTITIES = [
  OrderFact,
  DailySales,
  SalesRollup,
  VendorBuyerDay,
  DailyPayments,
  DailyPaymentFailure,
  DailyFulfilment,
  DailyClosingReason,
  DurationBucket,
  FulfilmentRollup,
  ClosingReasonRollup,
  DurationBucketRollup,
  VendorFact,
  DailyVendorFunnel,
  DailySettlements,
  DailySupport,
  DailyDisputeOutcome,
  TicketFact,
  CountedEvent,
];

/**
 * The analytics subgraph: read models of the marketplace (sales, payments, fulfilment, vendors,
 * settlements) fed by the domain events, and the admin and vendor reports over them.
 */
export const analyticsSubgraph = defineSubgraph({
  name: 'analytics',
  resolvers: [AnalyticsResolver, OperationsResolver],
  entities: ANALYTICS_ENTITIES,
  migrations,
  events: true,
  configSchema: analyticsConfigSchema,
  wire: (runtime) => {
    const { config } = runtime;
    const peer = (name: 'orders' | 'catalog' | 'vendors', url: string, key: string) => new PeerClient({ self: 'analytics', peer: name, url, key });
    const vendors = peer('vendors', config.PEER_VENDORS_URL, config.PEER_VENDORS_KEY);
    const orders = peer('orders', config.PEER_ORDERS_URL, config.PEER_ORDERS_KEY);
    const enricher = new OrderEnricher({
      orders,
      catalog: peer('catalog', config.PEER_CATALOG_URL, config.PEER_CATALOG_KEY),
      vendors,
    });
    // Live dashboards: at most one DashboardKpisChanged per day per second (docs/analytics.md, "Live dashboard").
    const announcer = new DashboardAnnouncer(
      recordDashboardChange(runtime.orm),
      (error) => runtime.log.warn({ err: error }, 'live dashboard announcement failed'),
    );
    const live = countings(new ReadModelProjector(), enricher, vendors, { projector: new SupportProjector(), orders });
    // Replays apply the same countings without announcing anything to live dashboards.
    const replay = countings(new ReadModelProjector({ announce: false }), enricher, vendors, { projector: new SupportProjector({ announce: false }), orders });
    return {
      resolvers: [new AnalyticsResolver(new AnalyticsReports()), new OperationsResolver(new OperationsReports(), new AnalyticsRebuild(runtime.orm, replay))],
      // A deleted buyer's cancellation reasons: erased in the log and the closing-reason tables (reporting/buyer-erasure.ts).
      subscriptions: [...readModelHandlers(live, announcer), ...buyerErasureSubscriptions],
    };
  },
});
