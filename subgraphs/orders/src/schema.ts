import { z } from 'zod';
import { PeerClient, defineSubgraph, isUuid, type RequestContext } from '@realserv/platform';
import { ordersById } from './order/order.loaders.js';
import { LaborCategory, Material, User, Vendor } from './references/references.js';
import { Order, OrderItem, OrderNumberCounter, OrderStatusHistory } from './order/order.entity.js';
import { OrderItemResolver, OrderResolver } from './order/order.resolver.js';
import { canSeeOrder } from './order/order-access.js';
import { OrderPlacementService } from './order/order-placement.service.js';
import { OrderStatusService } from './order/order-status.service.js';
import { OrderLiveResolver } from './order/order-live.resolver.js';
import { PeerCatalogStock } from './ports/catalog-stock.js';
import { PeerBuyerAddresses } from './ports/buyer-addresses.js';
import { PeerVendorDirectory } from './ports/vendor-locations.js';
import { PeerRoadDistances } from './ports/road-distances.js';
import { RememberedRoadDistances } from './ports/remembered-road-distances.js';
import { PeerMaterialOffers } from './ports/material-offers.js';
import { DeliveryOptionsResolver } from './delivery/delivery-options.resolver.js';
import { DeliveryOptionsService } from './delivery/delivery-options.service.js';
import { migrations } from './migrations/index.js';
import { orderSubscriptions } from './order/order.events.js';
import { deletedBuyerSubscriptions } from './order/deleted-buyer.events.js';
import { AccountDeletionCheckResolver } from './order/account-deletion-check.resolver.js';
import { DEFAULT_ONLINE_PAYMENT_WINDOW_SECONDS, unpaidOrderExpiryJob } from './order/unpaid-order-expiry.js';
import { SUPPORT_ENTITIES, SUPPORT_RESOLVERS, supportConfig, wireSupport } from './support/support.module.js';
import { Dispute, DisputeEvent, DisputeLine, OrderRefund } from './dispute/dispute.entity.js';
import { DisputeResolver, OrderDisputeResolver } from './dispute/dispute.resolver.js';
import { DisputeEvidenceResolver } from './dispute/dispute-evidence.resolver.js';
import { MediaDownloads } from './ports/media-downloads.js';
import { DisputeService } from './dispute/dispute.service.js';
import { PeerDisputeEvidence } from './dispute/dispute-evidence.js';
import { PeerCashProofs } from './order/cash-proof.js';
import { ReplacementOrders } from './order/replacement-order.js';
import { disputeEscalationJob, disputeSubscriptions } from './dispute/dispute.events.js';

const peer = (name: string) => ({
  [`PEER_${name}_URL`]: z.string().url(),
  [`PEER_${name}_KEY`]: z.string().min(32),
});

/** The orders subgraph: orders, their items and history, and the order lifecycle. */
export const ordersSubgraph = defineSubgraph({
  name: 'orders',
  resolvers: [OrderResolver, OrderItemResolver, OrderLiveResolver, DeliveryOptionsResolver, DisputeResolver, OrderDisputeResolver, DisputeEvidenceResolver, AccountDeletionCheckResolver, ...SUPPORT_RESOLVERS],
  orphanedTypes: [User, Vendor, Material, LaborCategory],
  entities: [Order, OrderItem, OrderStatusHistory, OrderNumberCounter, Dispute, DisputeLine, DisputeEvent, OrderRefund, ...SUPPORT_ENTITIES],
  migrations,
  events: true,
  configSchema: z.object({
    ...peer('CATALOG'),
    ...peer('IDENTITY'),
    ...peer('VENDORS'),
    ...peer('INTEGRATIONS'),
    ...supportConfig,
    /** Seconds an online order may stay unpaid before the system cancels it and releases its stock. */
    ONLINE_PAYMENT_WINDOW_SECONDS: z.coerce.number().int().min(1).max(7 * 24 * 3600).default(DEFAULT_ONLINE_PAYMENT_WINDOW_SECONDS),
    /** How often the unpaid-order expiry runs; 0 turns the timer off (admins can still run it). */
    UNPAID_ORDER_SWEEP_SECONDS: z.coerce.number().int().min(0).max(3600).default(60),
    /** How often silent disputes (48 h without a vendor response) move to an admin; 0 turns the timer off. */
    DISPUTE_ESCALATION_SWEEP_SECONDS: z.coerce.number().int().min(0).max(3600).default(300),
  }),
  referenceResolvers: {
    // Another subgraph's field led here: the same visibility as `order(id)`, batched.
    Order: async (reference, ctx: RequestContext) => {
      const id = String(reference.id);
      if (!isUuid(id)) return null;
      const order = await ctx.loaders.get(ordersById).load(id);
      return order && canSeeOrder(ctx, order) ? order : null;
    },
  },
  wire: ({ config, log }) => {
    const env = config as unknown as Record<string, string>;
    const client = (peerName: string) =>
      new PeerClient({ self: 'orders', peer: peerName, url: env[`PEER_${peerName.toUpperCase()}_URL`]!, key: env[`PEER_${peerName.toUpperCase()}_KEY`]! });
    const [catalog, addresses, vendors, distances] = [
      client('catalog'),
      new PeerBuyerAddresses(client('identity')),
      new PeerVendorDirectory(client('vendors')),
      new RememberedRoadDistances(new PeerRoadDistances(client('integrations'))),
    ];
    const placement = new OrderPlacementService({ catalog: new PeerCatalogStock(catalog), addresses, vendors, distances });
    const deliveryOptions = new DeliveryOptionsService({ offers: new PeerMaterialOffers(catalog), addresses, vendors, distances });
    const statuses = new OrderStatusService({ onlinePaymentWindowSeconds: Number(env.ONLINE_PAYMENT_WINDOW_SECONDS), cashProofs: new PeerCashProofs(client('integrations')) });
    const disputes = new DisputeService({ evidence: new PeerDisputeEvidence(client('integrations')), replacements: new ReplacementOrders(new PeerCatalogStock(catalog), log) });
    const downloads = new MediaDownloads(client('integrations'));
    const support = wireSupport(config, { integrations: client('integrations'), identity: client('identity') }, downloads, log);
    return {
      resolvers: [
        new OrderResolver(placement, statuses),
        new DeliveryOptionsResolver(deliveryOptions),
        new DisputeResolver(disputes),
        new DisputeEvidenceResolver(downloads),
        ...support.resolvers,
      ],
      subscriptions: [...orderSubscriptions, ...disputeSubscriptions(disputes), ...deletedBuyerSubscriptions],
      schedules: support.schedules,
      jobs: [unpaidOrderExpiryJob(statuses, Number(env.UNPAID_ORDER_SWEEP_SECONDS), log), disputeEscalationJob(disputes, Number(env.DISPUTE_ESCALATION_SWEEP_SECONDS), log)],
    };
  },
});
