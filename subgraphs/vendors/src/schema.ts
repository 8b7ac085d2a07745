import { z } from 'zod';
import { PeerClient, defineSubgraph, firebaseAuth, firebaseConfigSchema, isUuid, type RequestContext } from '@realserv/platform';
import { PeerMediaFiles } from './vendor/media-files.js';
import { PeerBusinessLocator } from './vendor/business-location.js';
import { KycDocument, Vendor, VendorStatusChange } from './vendor/vendor.entity.js';
import { VendorResolver } from './vendor/vendor.resolver.js';
import { VendorService } from './vendor/vendor.service.js';
import { migrations } from './migrations/index.js';
import { seedVendors } from './seed.js';
import { CompletedOrder, ProcessedRefund, Settlement, SettlementLineRow } from './settlement/settlement.entities.js';
import { SettlementLineResolver, SettlementResolver } from './settlement/settlement.resolver.js';
import { SettlementService, settlementClock } from './settlement/settlement.service.js';
import { settlementSubscriptions } from './settlement/settlement.events.js';
import { weeklySettlementJob } from './settlement/settlement-job.js';
import { Delivery, DeliveryAttempt, DeliveryHistory, Order } from './delivery/delivery.entities.js';
import { DeliveryOtpToSendResolver, DeliveryResolver, OrderDeliveryResolver } from './delivery/delivery.resolver.js';
import { VendorContactResolver } from './vendor/vendor-contact.resolver.js';
import { ServiceAreaResolver } from './vendor/service-area.resolver.js';
import { ServiceAreaService } from './vendor/service-area.service.js';
import { SettlementSummaryResolver } from './settlement/settlement-summary.resolver.js';
import { DeliveryService } from './delivery/delivery.service.js';
import { deliverySubscriptions } from './delivery/delivery.events.js';

/** The vendors subgraph: vendor businesses and KYC, deliveries with their OTP, and settlements. */
export const vendorsSubgraph = defineSubgraph({
  name: 'vendors',
  resolvers: [VendorResolver, SettlementResolver, SettlementLineResolver, DeliveryResolver, OrderDeliveryResolver, DeliveryOtpToSendResolver, VendorContactResolver, SettlementSummaryResolver, ServiceAreaResolver],
  orphanedTypes: [Order],
  entities: [Vendor, KycDocument, VendorStatusChange, CompletedOrder, ProcessedRefund, Settlement, SettlementLineRow, Delivery, DeliveryHistory, DeliveryAttempt],
  migrations,
  events: true,
  configSchema: z.object({
    ...firebaseConfigSchema.shape,
    OTP_HASH_KEY: z.string().min(32, 'OTP_HASH_KEY must be at least 32 characters'),
    OTP_ENCRYPTION_KEY: z
      .string()
      .refine((v) => Buffer.from(v, 'base64').length === 32, 'OTP_ENCRYPTION_KEY must be 32 bytes, base64'),
    OTP_VALID_SECONDS: z.coerce.number().int().min(5).max(3600).default(600),
    OTP_REGENERATE_AFTER_SECONDS: z.coerce.number().int().min(1).max(600).default(60),
    PEER_INTEGRATIONS_URL: z.string().url(),
    PEER_INTEGRATIONS_KEY: z.string().min(32),
    // Test stacks only: settlements see "today" this many days ahead, so a test can settle the
    // day its orders completed (periods must have ended). Refused at start unless NODE_ENV=test.
    SETTLEMENT_CLOCK_OFFSET_DAYS: z.coerce.number().int().min(0).max(60).default(0),
  }),
  referenceResolvers: {
    Vendor: async (reference, ctx: RequestContext) => {
      const id = String(reference.id);
      return isUuid(id) ? ctx.em.findOne(Vendor, { id }) : null;
    },
  },
  wire: ({ config, log }) => {
    const integrations = new PeerClient({ self: 'vendors', peer: 'integrations', url: config.PEER_INTEGRATIONS_URL, key: config.PEER_INTEGRATIONS_KEY });
    const media = new PeerMediaFiles(integrations);
    const clock = settlementClock(config);
    if (config.SETTLEMENT_CLOCK_OFFSET_DAYS) log.warn({ offsetDays: config.SETTLEMENT_CLOCK_OFFSET_DAYS }, 'settlements see today this many days ahead (test stack)');
    const settlements = new SettlementService(clock, log);
    const deliveries = new DeliveryService(
      {
        otpHashKey: config.OTP_HASH_KEY,
        otpEncryptionKey: Buffer.from(config.OTP_ENCRYPTION_KEY, 'base64'),
        otpValidForMs: config.OTP_VALID_SECONDS * 1000,
        otpRegenerateAfterMs: config.OTP_REGENERATE_AFTER_SECONDS * 1000,
      },
      media,
    );
    const vendors = new VendorService(firebaseAuth(config), media, new PeerBusinessLocator(integrations));
    return {
      resolvers: [
        new VendorResolver(vendors),
        new ServiceAreaResolver(new ServiceAreaService(vendors), vendors),
        new SettlementResolver(settlements),
        new DeliveryResolver(deliveries),
        new OrderDeliveryResolver(deliveries),
        new DeliveryOtpToSendResolver(deliveries),
      ],
      subscriptions: [...settlementSubscriptions(settlements), ...deliverySubscriptions(deliveries)],
      schedules: [weeklySettlementJob(settlements, log)],
    };
  },
  seed: (runtime) => seedVendors(runtime),
});
