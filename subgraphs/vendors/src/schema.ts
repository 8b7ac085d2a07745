import { z } from 'zod';
import { defineSubgraph, firebaseAuth, firebaseConfigSchema, isUuid, type RequestContext } from '@realserv/platform';
import { KycDocument, Vendor } from './vendor/vendor.entity.js';
import { VendorResolver } from './vendor/vendor.resolver.js';
import { VendorService } from './vendor/vendor.service.js';
import { migrations } from './migrations/index.js';
import { seedVendors } from './seed.js';
import { CompletedOrder, Settlement, SettlementLineRow } from './settlement/settlement.entities.js';
import { SettlementLineResolver, SettlementResolver } from './settlement/settlement.resolver.js';
import { SettlementService } from './settlement/settlement.service.js';

/** The vendors subgraph: vendor businesses and KYC (deliveries and settlements follow). */
export const vendorsSubgraph = defineSubgraph({
  name: 'vendors',
  resolvers: [VendorResolver, SettlementResolver, SettlementLineResolver],
  entities: [Vendor, KycDocument, CompletedOrder, Settlement, SettlementLineRow],
  migrations,
  events: {
    subscriptions: (runtime) => {
      const settlements = new SettlementService(runtime.events);
      return [{ type: 'OrderCompleted', handler: 'record-completed-order', run: ((event: unknown, em: unknown) => settlements.recordCompletedOrder(event as never, em as never)) as never }];
    },
  },
  configSchema: z.object(firebaseConfigSchema.shape),
  referenceResolvers: {
    Vendor: async (reference, ctx: RequestContext) => {
      const id = String(reference.id);
      return isUuid(id) ? ctx.em.findOne(Vendor, { id }) : null;
    },
  },
  provide: ({ config, events }) => [
    new VendorResolver(new VendorService(firebaseAuth(config), events)),
    new SettlementResolver(new SettlementService(events)),
  ],
  seed: (runtime) => seedVendors(runtime),
});
