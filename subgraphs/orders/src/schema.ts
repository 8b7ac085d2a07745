import { z } from 'zod';
import { PeerClient, defineSubgraph, isUuid, type RequestContext } from '@realserv/platform';
import { ordersById } from './order/order.loaders.js';
import { LaborCategory, Material, User, Vendor } from './references/references.js';
import { Order, OrderItem, OrderNumberCounter, OrderStatusHistory } from './order/order.entity.js';
import { OrderItemResolver, OrderResolver } from './order/order.resolver.js';
import { OrderService, canSeeOrder } from './order/order.service.js';
import { OrderLiveResolver } from './order/order-live.resolver.js';
import { PeerCatalogStock } from './ports/catalog-stock.js';
import { PeerBuyerAddresses } from './ports/buyer-addresses.js';
import { PeerVendorDirectory } from './ports/vendor-locations.js';
import { migrations } from './migrations/index.js';
import { orderSubscriptions } from './order/order.events.js';

const peer = (name: string) => ({
  [`PEER_${name}_URL`]: z.string().url(),
  [`PEER_${name}_KEY`]: z.string().min(32),
});

/** The orders subgraph: orders, their items and history, and the order lifecycle. */
export const ordersSubgraph = defineSubgraph({
  name: 'orders',
  resolvers: [OrderResolver, OrderItemResolver, OrderLiveResolver],
  orphanedTypes: [User, Vendor, Material, LaborCategory],
  entities: [Order, OrderItem, OrderStatusHistory, OrderNumberCounter],
  migrations,
  events: { subscriptions: () => orderSubscriptions },
  configSchema: z.object({ ...peer('CATALOG'), ...peer('IDENTITY'), ...peer('VENDORS') }),
  referenceResolvers: {
    // Another subgraph's field led here: the same visibility as `order(id)`, batched.
    Order: async (reference, ctx: RequestContext) => {
      const id = String(reference.id);
      if (!isUuid(id)) return null;
      const order = await ctx.loaders.get(ordersById).load(id);
      return order && canSeeOrder(ctx, order) ? order : null;
    },
  },
  provide: ({ config, events }) => {
    const env = config as unknown as Record<string, string>;
    const client = (peerName: string) =>
      new PeerClient({ self: 'orders', peer: peerName, url: env[`PEER_${peerName.toUpperCase()}_URL`]!, key: env[`PEER_${peerName.toUpperCase()}_KEY`]! });
    const orders = new OrderService({
      catalog: new PeerCatalogStock(client('catalog')),
      addresses: new PeerBuyerAddresses(client('identity')),
      vendors: new PeerVendorDirectory(client('vendors')),
      events,
    });
    return [new OrderResolver(orders)];
  },
});
