import { z } from 'zod';
import { defineSubgraph, firebaseAuth, firebaseConfigSchema, isUuid, type RequestContext } from '@realserv/platform';
import { KycDocument, Vendor } from './vendor/vendor.entity.js';
import { VendorResolver } from './vendor/vendor.resolver.js';
import { VendorService } from './vendor/vendor.service.js';
import { migrations } from './migrations/index.js';
import { seedVendors } from './seed.js';

/** The vendors subgraph: vendor businesses and KYC (deliveries and settlements follow). */
export const vendorsSubgraph = defineSubgraph({
  name: 'vendors',
  resolvers: [VendorResolver],
  entities: [Vendor, KycDocument],
  migrations,
  events: {},
  configSchema: z.object(firebaseConfigSchema.shape),
  referenceResolvers: {
    Vendor: async (reference, ctx: RequestContext) => {
      const id = String(reference.id);
      return isUuid(id) ? ctx.em.findOne(Vendor, { id }) : null;
    },
  },
  provide: ({ config, events }) => [new VendorResolver(new VendorService(firebaseAuth(config), events))],
  seed: (runtime) => seedVendors(runtime),
});
