import { Arg, Authorized, ID, Resolver, Root, Subscription } from 'type-graphql';
import { Order } from './order.entity.js';

/**
 * Subscription fields are declared here, where the data lives, so they compose into the
 * supergraph and codegen sees them; the gateway serves them over graphql-ws, resolving every
 * update through the federated query path with the subscriber's identity.
 */
const servedByGateway = (): AsyncIterable<never> => {
  throw new Error('Subscriptions are served by the gateway over graphql-ws.');
};

@Resolver(() => Order)
export class OrderLiveResolver {
  @Authorized()
  @Subscription(() => Order, {
    subscribe: servedByGateway,
    description: 'Every status or payment change of one order: its buyer, its vendor and admins may subscribe.',
  })
  orderStatusChanged(@Root() order: Order, @Arg('orderId', () => ID, { description: 'The order to follow.' }) _orderId: string): Order {
    return order;
  }

  @Authorized('BUYER')
  @Subscription(() => Order, { subscribe: servedByGateway, description: 'Buyers only: the signed-in buyer’s orders, each time one changes (status, payment).' })
  myOrderUpdates(@Root() order: Order): Order {
    return order;
  }

  @Authorized('VENDOR')
  @Subscription(() => Order, { subscribe: servedByGateway, description: 'Vendors only: the signed-in vendor’s new orders and every change to them.' })
  vendorOrderFeed(@Root() order: Order): Order {
    return order;
  }
}
