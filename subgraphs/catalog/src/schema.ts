import { PeerClient, defineSubgraph, type RequestContext } from '@realserv/platform';
import { Category } from './category/category.entity.js';
import { CategoryResolver } from './category/category.resolver.js';
import { CategoryService } from './category/category.service.js';
import { GstRate } from './gst/gst-rate.entity.js';
import { GstRateResolver } from './gst/gst.resolver.js';
import { GstService } from './gst/gst.service.js';
import { InventoryResolver } from './inventory/inventory.resolver.js';
import { InventoryService } from './inventory/inventory.service.js';
import { VendorInventory } from './inventory/vendor-inventory.entity.js';
import { LaborCategory } from './labor/labor-category.entity.js';
import { LaborCategoryResolver, VendorLaborAvailabilityResolver } from './labor/labor.resolver.js';
import { LaborService } from './labor/labor.service.js';
import { VendorLaborAvailability } from './labor/vendor-labor-availability.entity.js';
import { Material } from './material/material.entity.js';
import { MaterialResolver } from './material/material.resolver.js';
import { MaterialService } from './material/material.service.js';
import { PeerMaterialImages } from './material/material-images.js';
import { VendorCatalogResolver } from './vendor/vendor.resolver.js';
import { vendorRef } from './vendor/vendor.type.js';
import { SuspendedVendor, suspensionSubscriptions } from './vendor/suspended-vendor.js';
import { categoriesById, laborCategoriesById, materialsById } from './catalog.loaders.js';
import { ReservationService } from './reservation/reservation.service.js';
import { StockReservationLineResolver, StockReservationResolver } from './reservation/reservation.resolver.js';
import { reservationSubscriptions } from './reservation/reservation.events.js';
import { reservationSweepJob } from './reservation/reservation-sweeper.js';
import { StockReservation } from './reservation/stock-reservation.entity.js';
import { StockReservationLine } from './reservation/stock-reservation-line.entity.js';
import { catalogConfigSchema } from './catalog.config.js';
import { migrations } from './migrations/index.js';
import { seedCatalog } from './seed.js';

/**
 * The catalog subgraph: categories, materials, trades, GST rates, vendors' inventory and labour
 * offers, and the stock reservations orders hold while placing an order.
 */
export const catalogSubgraph = defineSubgraph({
  name: 'catalog',
  resolvers: [
    CategoryResolver,
    MaterialResolver,
    LaborCategoryResolver,
    VendorLaborAvailabilityResolver,
    InventoryResolver,
    VendorCatalogResolver,
    GstRateResolver,
    StockReservationResolver,
    StockReservationLineResolver,
  ],
  entities: [
    Category,
    GstRate,
    Material,
    LaborCategory,
    VendorInventory,
    VendorLaborAvailability,
    StockReservation,
    StockReservationLine,
    SuspendedVendor,
  ],
  migrations,
  configSchema: catalogConfigSchema,
  events: true,
  referenceResolvers: {
    Category: (ref, ctx: RequestContext) => ctx.loaders.get(categoriesById).load(String(ref.id)),
    Material: (ref, ctx: RequestContext) => ctx.loaders.get(materialsById).load(String(ref.id)),
    LaborCategory: (ref, ctx: RequestContext) => ctx.loaders.get(laborCategoriesById).load(String(ref.id)),
    Vendor: (ref) => vendorRef(String(ref.id)),
  },
  wire: ({ config, log }) => {
    const categories = new CategoryService();
    const reservations = new ReservationService();
    const integrations = new PeerClient({ self: 'catalog', peer: 'integrations', url: config.PEER_INTEGRATIONS_URL, key: config.PEER_INTEGRATIONS_KEY });
    return {
      resolvers: [
        new CategoryResolver(categories),
        new MaterialResolver(new MaterialService(categories, new PeerMaterialImages(integrations))),
        new LaborCategoryResolver(new LaborService(categories)),
        new InventoryResolver(new InventoryService()),
        new GstRateResolver(new GstService()),
        new StockReservationResolver(reservations),
      ],
      subscriptions: [...reservationSubscriptions(reservations, log), ...suspensionSubscriptions()],
      jobs: [reservationSweepJob(reservations, config.RESERVATION_TTL_MINUTES, log)],
    };
  },
  seed: (runtime) => seedCatalog(runtime),
});
