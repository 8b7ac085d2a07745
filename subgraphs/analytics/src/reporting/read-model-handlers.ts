import { on, type EventSubscription, type PeerClient } from '@realserv/platform';
import {
  OrderCancelled,
  OrderConfirmed,
  OrderDelivered,
  OrderPaid,
  OrderPlaced,
  OrderRejected,
  PaymentCaptured,
  PaymentFailed,
  RefundFailed,
  RefundProcessed,
  SettlementGenerated,
  SettlementPaid,
  VendorKycApproved,
  VendorKycRejected,
  VendorOnboarded,
} from '@realserv/contracts';
import { SettlementRevenueForAnalyticsDocument } from '../ports/generated/vendors.js';
import type { OrderEnricher } from '../sales/order-enricher.js';
import type { ReadModelProjector } from './read-model-projector.js';

/**
 * Every event analytics counts, each through the event bus's inbox (one transaction with the
 * inbox row: an event delivered twice counts once). Handler names name queues: never rename
 * them while events are in flight.
 */
export function readModelHandlers(projector: ReadModelProjector, enricher: OrderEnricher, vendors: PeerClient): EventSubscription[] {
  return [
    on(OrderPlaced, 'count-order-placed', async (event, em) => {
      const p = event.payload;
      const enrichment = await enricher.enrich(p.orderId, p.vendorId);
      await projector.orderPlaced(em, event, p, enrichment);
    }),
    on(OrderPaid, 'count-order-paid', (event, em) => projector.orderPaid(em, event, event.payload.orderId)),
    on(OrderConfirmed, 'count-order-confirmed', (event, em) => projector.orderConfirmed(em, event, event.payload.orderId)),
    on(OrderRejected, 'count-order-rejected', (event, em) => projector.orderClosed(em, event, event.payload.orderId, 'REJECTED', event.payload.reason)),
    on(OrderCancelled, 'count-order-cancelled', (event, em) => projector.orderClosed(em, event, event.payload.orderId, 'CANCELLED', event.payload.reason)),
    on(OrderDelivered, 'count-order-delivered', (event, em) => projector.orderDelivered(em, event, event.payload.orderId)),
    on(PaymentCaptured, 'count-payment-captured', (event, em) => projector.paymentCaptured(em, event, event.payload.method, event.payload.amountPaise)),
    on(PaymentFailed, 'count-payment-failed', (event, em) => projector.paymentFailed(em, event, event.payload.reason)),
    on(RefundProcessed, 'count-refund-processed', (event, em) =>
      projector.refundProcessed(em, event, event.payload.orderId, event.payload.amountPaise, event.payload.processedAt),
    ),
    on(RefundFailed, 'count-refund-failed', (event, em) => projector.refundFailed(em, event)),
    on(VendorOnboarded, 'count-vendor-onboarded', (event, em) => projector.vendorOnboarded(em, event, event.payload.vendorId)),
    on(VendorKycApproved, 'count-kyc-approved', (event, em) => projector.kycDecided(em, event, event.payload.vendorId, 'APPROVED')),
    on(VendorKycRejected, 'count-kyc-rejected', (event, em) => projector.kycDecided(em, event, event.payload.vendorId, 'REJECTED')),
    on(SettlementGenerated, 'count-settlement-generated', async (event, em) => {
      const { settlementSummary: s } = await vendors.request(SettlementRevenueForAnalyticsDocument, { id: event.payload.settlementId });
      if (!s) throw new Error(`settlement ${event.payload.settlementId} not found at vendors`);
      await projector.settlementGenerated(em, event, {
        netPayoutPaise: s.netPayoutPaise,
        commissionPaise: s.commissionPaise,
        gstOnCommissionPaise: s.gstOnCommissionPaise,
        tcsPaise: s.tcsPaise,
        tdsPaise: s.tdsPaise,
      });
    }),
    on(SettlementPaid, 'count-settlement-paid', async (event, em) => {
      const { settlementSummary: s } = await vendors.request(SettlementRevenueForAnalyticsDocument, { id: event.payload.settlementId });
      await projector.settlementPaid(em, event, s?.netPayoutPaise ?? 0);
    }),
  ];
}
