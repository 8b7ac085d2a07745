import { PeerClient, defineSubgraph } from '@realserv/platform';
import { analyticsConfigSchema } from './config.js';
import { migrations } from './migrations/index.js';
import { DailySales, OrderFact, VendorBuyerDay } from './sales/sales.entities.js';
import { DailyPaymentFailure, DailyPayments } from './payments/payments.entities.js';
import { DailyClosingReason, DailyFulfilment, DurationBucket } from './fulfilment/fulfilment.entities.js';
import { DailySettlements, DailyVendorFunnel, VendorFact } from './vendors/vendors.entities.js';
import { OrderEnricher } from './sales/order-enricher.js';
import { AnalyticsResolver } from './reporting/analytics.resolver.js';
import { AnalyticsReports } from './reporting/analytics-reports.js';
import { ReadModelProjector } from './reporting/read-model-projector.js';
import { readModelHandlers } from './reporting/read-model-handlers.js';

export const ANALYTICS_ENTITIES = [
  OrderFact,
  DailySales,
  VendorBuyerDay,
  DailyPayments,
  DailyPaymentFailure,
  DailyFulfilment,
  DailyClosingReason,
  DurationBucket,
  VendorFact,
  DailyVendorFunnel,
  DailySettlements,
];

/**
 * The analytics subgraph: read models of the marketplace (sales, payments, fulfilment, vendors,
 * settlements) fed by the domain events, and the admin and vendor reports over them.
 */
export const analyticsSubgraph = defineSubgraph({
  name: 'analytics',
  resolvers: [AnalyticsResolver],
  entities: ANALYTICS_ENTITIES,
  migrations,
  events: true,
  configSchema: analyticsConfigSchema,
  wire: (runtime) => {
    const { config } = runtime;
    const peer = (name: 'orders' | 'catalog' | 'vendors', url: string, key: string) => new PeerClient({ self: 'analytics', peer: name, url, key });
    const vendors = peer('vendors', config.PEER_VENDORS_URL, config.PEER_VENDORS_KEY);
    const enricher = new OrderEnricher({
      orders: peer('orders', config.PEER_ORDERS_URL, config.PEER_ORDERS_KEY),
      catalog: peer('catalog', config.PEER_CATALOG_URL, config.PEER_CATALOG_KEY),
      vendors,
    });
    const reports = new AnalyticsReports();
    return {
      resolvers: [new AnalyticsResolver(reports)],
      subscriptions: readModelHandlers(new ReadModelProjector(), enricher, vendors),
    };
  },
});
