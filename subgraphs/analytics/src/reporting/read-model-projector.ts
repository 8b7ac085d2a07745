import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { recordEvent } from '@realserv/platform';
import { DashboardKpisChanged } from '@realserv/contracts';
import { OrderFact } from '../sales/sales.entities.js';
import { closedDeltas, placedDeltas, refundDeltas, type OrderShape } from '../sales/sales-deltas.js';
import type { OrderEnrichment } from '../sales/order-enricher.js';
import { VendorFact } from '../vendors/vendors.entities.js';
import { indiaDay } from './analytics-calendar.js';
import { bucketOf } from './duration-buckets.js';
import {
  addClosingReasons,
  addDurations,
  addFulfilment,
  addPaymentFailures,
  addPayments,
  addSales,
  addSettlements,
  addVendorBuyers,
  addVendorFunnel,
  sqlOf,
} from './read-model-sql.js';

/** An event as the projector needs it: when it happened (the India day it counts on). */
interface At {
  occurredAt: string;
}

/**
 * Turns domain events into read-model rows, inside the handler's transaction (with its inbox
 * row: each event counts once). Order events after OrderPlaced need the order's fact row; if
 * their own queue delivers them first, the handler throws and the event is retried later.
 */
export class ReadModelProjector {
  /** `announce: false` for replays: a rebuild tells no live dashboard anything until it commits. */
  constructor(private readonly options: { announce: boolean } = { announce: true }) {}

  /** The order is counted: its fact, its sales rows, its buyer for repeat-buyer counts. */
  async orderPlaced(
    em: EntityManager,
    at: At,
    order: { orderId: string; vendorId: string; buyerId: string; paymentMethod: 'ONLINE' | 'COD'; totalPaise: number; replacementForOrderId?: string | null | undefined },
    enrichment: OrderEnrichment,
  ): Promise<void> {
    const placedOn = indiaDay(at.occurredAt);
    const shape: OrderShape = { ...order, ...enrichment, placedOn };
    em.create(OrderFact, { ...shape, buyerId: order.buyerId, placedAt: new Date(at.occurredAt) });
    // A dispute's replacement (₹0, orders' docs/disputes.md) is no sale: its fact serves the fulfilment figures only.
    if (order.replacementForOrderId) return;
    const sql = sqlOf(em);
    await addSales(sql, placedDeltas(shape));
    await addVendorBuyers(sql, [{ vendorId: order.vendorId, day: placedOn, buyerId: order.buyerId, orders: 1 }]);
    this.dashboardChanged(em, placedOn, 'OrderPlaced');
  }

  async orderPaid(em: EntityManager, at: At, orderId: string): Promise<void> {
    const fact = await this.fact(em, orderId);
    fact.paidAt ??= new Date(at.occurredAt);
    this.dashboardChanged(em, indiaDay(at.occurredAt), 'OrderPaid');
  }

  /** The vendor accepted: a decision for its acceptance rate, and the time it took. */
  async orderConfirmed(em: EntityManager, at: At, orderId: string): Promise<void> {
    const fact = await this.fact(em, orderId);
    if (fact.confirmedAt) return;
    const confirmedAt = new Date(at.occurredAt);
    fact.confirmedAt = confirmedAt;
    const day = indiaDay(confirmedAt);
    const from = fact.paymentMethod === 'ONLINE' && fact.paidAt ? fact.paidAt : fact.placedAt;
    const seconds = Math.max(0, Math.round((confirmedAt.getTime() - from.getTime()) / 1000));
    const sql = sqlOf(em);
    await addFulfilment(sql, [{ day, vendorId: fact.vendorId, confirmed: 1, confirmSecondsTotal: seconds }]);
    await addDurations(sql, [{ day, metric: 'TIME_TO_CONFIRM', bucket: bucketOf(seconds), count: 1 }]);
  }

  /** Cancelled or rejected: off the net of its placing day, counted with its reason on the day it closed. */
  async orderClosed(em: EntityManager, at: At, orderId: string, outcome: 'CANCELLED' | 'REJECTED', reason: string | null): Promise<void> {
    const fact = await this.fact(em, orderId);
    if (fact.closedAs) return;
    fact.closedAs = outcome;
    const day = indiaDay(at.occurredAt);
    const sql = sqlOf(em);
    // Only a replacement totals ₹0, and it never counted as a sale.
    if (Number(fact.totalPaise) > 0) await addSales(sql, closedDeltas(fact, fact.refundedWhileOpenPaise));
    await addFulfilment(sql, [{ day, vendorId: fact.vendorId, ...(outcome === 'REJECTED' ? { rejected: 1 } : { cancelled: 1 }) }]);
    await addClosingReasons(sql, [{ day, vendorId: fact.vendorId, outcome, reason: closingReasonKey(reason), orders: 1 }]);
    this.dashboardChanged(em, fact.placedOn, outcome === 'REJECTED' ? 'OrderRejected' : 'OrderCancelled');
  }

  async orderDelivered(em: EntityManager, at: At, orderId: string): Promise<void> {
    const fact = await this.fact(em, orderId);
    if (fact.deliveredAt) return;
    const deliveredAt = new Date(at.occurredAt);
    fact.deliveredAt = deliveredAt;
    const day = indiaDay(deliveredAt);
    const sql = sqlOf(em);
    await addFulfilment(sql, [{ day, vendorId: fact.vendorId, delivered: 1 }]);
    if (fact.confirmedAt) {
      const seconds = Math.max(0, Math.round((deliveredAt.getTime() - fact.confirmedAt.getTime()) / 1000));
      await addDurations(sql, [{ day, metric: 'CONFIRM_TO_DELIVERED', bucket: bucketOf(seconds), count: 1 }]);
    }
  }

  async paymentCaptured(em: EntityManager, at: At, method: 'ONLINE' | 'COD', amountPaise: number): Promise<void> {
    const day = indiaDay(at.occurredAt);
    await addPayments(sqlOf(em), [method === 'ONLINE' ? { day, onlineCaptured: 1, onlineCapturedPaise: amountPaise } : { day, codCollected: 1, codCollectedPaise: amountPaise }]);
    this.dashboardChanged(em, day, 'PaymentCaptured');
  }

  async paymentFailed(em: EntityManager, at: At, reason: string): Promise<void> {
    const day = indiaDay(at.occurredAt);
    const sql = sqlOf(em);
    await addPayments(sql, [{ day, onlineFailed: 1 }]);
    await addPaymentFailures(sql, [{ day, reason: reason.trim().slice(0, 200) || '(none)', failures: 1 }]);
    this.dashboardChanged(em, day, 'PaymentFailed');
  }

  /** A refund: on the refund's day in payments, and off its order's placing day in sales. */
  async refundProcessed(em: EntityManager, at: At, orderId: string, amountPaise: number, processedAt: string): Promise<void> {
    const fact = await this.fact(em, orderId);
    const day = indiaDay(processedAt || at.occurredAt);
    const open = fact.closedAs === null;
    fact.refundedPaise += amountPaise;
    if (open) fact.refundedWhileOpenPaise += amountPaise;
    const sql = sqlOf(em);
    await addPayments(sql, [{ day, refunds: 1, refundedPaise: amountPaise }]);
    await addSales(sql, refundDeltas(fact, amountPaise, !open));
    this.dashboardChanged(em, day, 'RefundProcessed');
  }

  async refundFailed(em: EntityManager, at: At): Promise<void> {
    await addPayments(sqlOf(em), [{ day: indiaDay(at.occurredAt), refundFailures: 1 }]);
  }

  async vendorOnboarded(em: EntityManager, at: At, vendorId: string): Promise<void> {
    const existing = await em.findOne(VendorFact, { vendorId });
    if (existing) return;
    em.create(VendorFact, { vendorId, onboardedAt: new Date(at.occurredAt) });
    await addVendorFunnel(sqlOf(em), [{ day: indiaDay(at.occurredAt), submitted: 1 }]);
  }

  /** A KYC decision; a vendor decided again (re-submitted and re-decided) counts each decision. */
  async kycDecided(em: EntityManager, at: At, vendorId: string, outcome: 'APPROVED' | 'REJECTED'): Promise<void> {
    const decidedAt = new Date(at.occurredAt);
    const day = indiaDay(decidedAt);
    const fact = await em.findOne(VendorFact, { vendorId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    const sql = sqlOf(em);
    await addVendorFunnel(sql, [{ day, ...(outcome === 'APPROVED' ? { approved: 1 } : { rejected: 1 }) }]);
    if (!fact) return; // Onboarded before analytics existed: no start to measure from.
    if (!fact.decidedAt) {
      const seconds = Math.max(0, Math.round((decidedAt.getTime() - fact.onboardedAt.getTime()) / 1000));
      await addDurations(sql, [{ day, metric: 'KYC_DECISION', bucket: bucketOf(seconds), count: 1 }]);
    }
    fact.decidedAt = decidedAt;
    fact.kycOutcome = outcome;
  }

  async settlementGenerated(
    em: EntityManager,
    at: At,
    amounts: { netPayoutPaise: number; commissionPaise: number; gstOnCommissionPaise: number; tcsPaise: number; tdsPaise: number },
  ): Promise<void> {
    await addSettlements(sqlOf(em), [{ day: indiaDay(at.occurredAt), generated: 1, ...amounts }]);
  }

  async settlementPaid(em: EntityManager, at: At, netPayoutPaise: number): Promise<void> {
    await addSettlements(sqlOf(em), [{ day: indiaDay(at.occurredAt), paid: 1, paidPaise: netPayoutPaise }]);
  }

  private async fact(em: EntityManager, orderId: string): Promise<OrderFact> {
    // Locked: two handlers of one order (a refund and a cancellation) apply one after the other.
    const fact = await em.findOne(OrderFact, { orderId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!fact) throw new Error(`order ${orderId} is not counted yet (its OrderPlaced comes first); retrying`);
    return fact;
  }

  /** Live dashboards re-read the day's headline figures (the gateway relays it to dashboardUpdated). */
  private dashboardChanged(em: EntityManager, date: string, cause: string): void {
    if (!this.options.announce) return;
    recordEvent(em, DashboardKpisChanged, { date, cause });
  }
}

/** Reasons are free text from people: trimmed and capped so a breakdown stays readable. */
export function closingReasonKey(reason: string | null): string {
  const text = (reason ?? '').trim().replace(/\s+/g, ' ');
  return text ? text.slice(0, 120) : '(none)';
}
