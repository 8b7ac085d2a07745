import type { EntityManager } from '@mikro-orm/postgresql';
import { closedDeltas, placedDeltas, refundDeltas, type OrderLineShape, type OrderShape } from '../sales/sales-deltas.js';
import type { OrderEnrichment } from '../sales/order-enricher.js';
import { indiaDay } from './analytics-calendar.js';
import { bucketOf } from './duration-buckets.js';
import {
  closingReasonRows,
  durationRows,
  fulfilmentRows,
  paymentFailureRows,
  paymentRows,
  salesRows,
  settlementRows,
  sqlOf,
  vendorBuyerRows,
  vendorFunnelRows,
  type ReadModelWrites,
} from './read-model-sql.js';

/** An event as the projector needs it: when it happened (the India day it counts on). */
interface At {
  occurredAt: string;
}

/** What the handlers read of an order's `order_facts` row (locked for the event's transaction). */
interface OrderFactRow extends OrderShape {
  placedAt: Date;
  paidAt: Date | null;
  confirmedAt: Date | null;
  deliveredAt: Date | null;
  closedAs: string | null;
  refundedWhileOpenPaise: number;
}

const date = (value: unknown): Date | null => (value === null || value === undefined ? null : new Date(value as string));

/**
 * Turns domain events into read-model rows, inside the handler's transaction (with its inbox
 * row: each event counts once). Each method reads what it needs (an order's fact, locked) and
 * adds its writes to the event's `ReadModelWrites`, which the caller sends as ONE statement
 * (facts, day rows and roll-ups together). Order events after OrderPlaced need the order's fact
 * row; if their own queue delivers them first, the handler throws and the event is retried later.
 */
export class ReadModelProjector {
  /** `announce: false` for replays: a rebuild tells no live dashboard anything until it commits. */
  constructor(private readonly options: { announce: boolean } = { announce: true }) {}

  /** The order is counted: its fact, its sales rows, its buyer for repeat-buyer counts. */
  orderPlaced(
    em: EntityManager,
    writes: ReadModelWrites,
    at: At,
    order: { orderId: string; vendorId: string; buyerId: string; paymentMethod: 'ONLINE' | 'COD'; totalPaise: number; replacementForOrderId?: string | null | undefined },
    enrichment: OrderEnrichment,
  ): void {
    const placedOn = indiaDay(at.occurredAt);
    const shape: OrderShape = { ...order, ...enrichment, placedOn };
    writes.add({
      text: `insert into order_facts (order_id, vendor_id, vendor_name, buyer_id, city, placed_on, placed_at, payment_method, total_paise, lines)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)`,
      params: [order.orderId, order.vendorId, shape.vendorName, order.buyerId, shape.city, placedOn, new Date(at.occurredAt), order.paymentMethod, order.totalPaise, JSON.stringify(shape.lines)],
    });
    // A dispute's replacement (₹0, orders' docs/disputes.md) is no sale: its fact serves the fulfilment figures only.
    if (!order.replacementForOrderId) {
      writes.add(salesRows(placedDeltas(shape)), vendorBuyerRows([{ vendorId: order.vendorId, day: placedOn, buyerId: order.buyerId, orders: 1 }]));
    }
    this.dashboardChanged(writes, placedOn, 'OrderPlaced');
  }

  async orderPaid(em: EntityManager, writes: ReadModelWrites, at: At, orderId: string): Promise<void> {
    const fact = await this.fact(em, orderId);
    if (!fact.paidAt) writes.add(this.factUpdate(orderId, { paid_at: new Date(at.occurredAt) }));
    this.dashboardChanged(writes, indiaDay(at.occurredAt), 'OrderPaid');
  }

  /** The vendor accepted: a decision for its acceptance rate, and the time it took. */
  async orderConfirmed(em: EntityManager, writes: ReadModelWrites, at: At, orderId: string): Promise<void> {
    const fact = await this.fact(em, orderId);
    if (fact.confirmedAt) return;
    const confirmedAt = new Date(at.occurredAt);
    const day = indiaDay(confirmedAt);
    const from = fact.paymentMethod === 'ONLINE' && fact.paidAt ? fact.paidAt : fact.placedAt;
    const seconds = Math.max(0, Math.round((confirmedAt.getTime() - from.getTime()) / 1000));
    writes.add(
      this.factUpdate(orderId, { confirmed_at: confirmedAt }),
      fulfilmentRows([{ day, vendorId: fact.vendorId, confirmed: 1, confirmSecondsTotal: seconds }]),
      durationRows([{ day, metric: 'TIME_TO_CONFIRM', bucket: bucketOf(seconds), count: 1 }]),
    );
  }

  /** Cancelled or rejected: off the net of its placing day, counted with its reason on the day it closed. */
  async orderClosed(em: EntityManager, writes: ReadModelWrites, at: At, orderId: string, outcome: 'CANCELLED' | 'REJECTED', reason: string | null): Promise<void> {
    const fact = await this.fact(em, orderId);
    if (fact.closedAs) return;
    const day = indiaDay(at.occurredAt);
    // Only a replacement totals ₹0, and it never counted as a sale.
    if (Number(fact.totalPaise) > 0) writes.add(salesRows(closedDeltas(fact, fact.refundedWhileOpenPaise)));
    writes.add(
      this.factUpdate(orderId, { closed_as: outcome }),
      fulfilmentRows([{ day, vendorId: fact.vendorId, ...(outcome === 'REJECTED' ? { rejected: 1 } : { cancelled: 1 }) }]),
      closingReasonRows([{ day, vendorId: fact.vendorId, outcome, reason: closingReasonKey(reason), orders: 1 }]),
    );
    this.dashboardChanged(writes, fact.placedOn, outcome === 'REJECTED' ? 'OrderRejected' : 'OrderCancelled');
  }

  async orderDelivered(em: EntityManager, writes: ReadModelWrites, at: At, orderId: string): Promise<void> {
    const fact = await this.fact(em, orderId);
    if (fact.deliveredAt) return;
    const deliveredAt = new Date(at.occurredAt);
    const day = indiaDay(deliveredAt);
    writes.add(this.factUpdate(orderId, { delivered_at: deliveredAt }), fulfilmentRows([{ day, vendorId: fact.vendorId, delivered: 1 }]));
    if (fact.confirmedAt) {
      const seconds = Math.max(0, Math.round((deliveredAt.getTime() - fact.confirmedAt.getTime()) / 1000));
      writes.add(durationRows([{ day, metric: 'CONFIRM_TO_DELIVERED', bucket: bucketOf(seconds), count: 1 }]));
    }
  }

  paymentCaptured(em: EntityManager, writes: ReadModelWrites, at: At, method: 'ONLINE' | 'COD', amountPaise: number): void {
    const day = indiaDay(at.occurredAt);
    writes.add(paymentRows([method === 'ONLINE' ? { day, onlineCaptured: 1, onlineCapturedPaise: amountPaise } : { day, codCollected: 1, codCollectedPaise: amountPaise }]));
    this.dashboardChanged(writes, day, 'PaymentCaptured');
  }

  paymentFailed(em: EntityManager, writes: ReadModelWrites, at: At, reason: string): void {
    const day = indiaDay(at.occurredAt);
    writes.add(paymentRows([{ day, onlineFailed: 1 }]), paymentFailureRows([{ day, reason: reason.trim().slice(0, 200) || '(none)', failures: 1 }]));
    this.dashboardChanged(writes, day, 'PaymentFailed');
  }

  /** A refund: on the refund's day in payments, and off its order's placing day in sales. */
  async refundProcessed(em: EntityManager, writes: ReadModelWrites, at: At, orderId: string, amountPaise: number, processedAt: string): Promise<void> {
    const fact = await this.fact(em, orderId);
    const day = indiaDay(processedAt || at.occurredAt);
    const open = fact.closedAs === null;
    writes.add(
      {
        text: `update order_facts set refunded_paise = refunded_paise + ?, refunded_while_open_paise = refunded_while_open_paise + ? where order_id = ?`,
        params: [amountPaise, open ? amountPaise : 0, orderId],
      },
      paymentRows([{ day, refunds: 1, refundedPaise: amountPaise }]),
      salesRows(refundDeltas(fact, amountPaise, !open)),
    );
    this.dashboardChanged(writes, day, 'RefundProcessed');
  }

  refundFailed(_em: EntityManager, writes: ReadModelWrites, at: At): void {
    writes.add(paymentRows([{ day: indiaDay(at.occurredAt), refundFailures: 1 }]));
  }

  /** Registered: counted once, however often the event comes (the fact's insert decides). */
  async vendorOnboarded(em: EntityManager, writes: ReadModelWrites, at: At, vendorId: string): Promise<void> {
    const inserted = await sqlOf(em).execute(`insert into vendor_facts (vendor_id, onboarded_at) values (?, ?) on conflict do nothing returning vendor_id`, [
      vendorId,
      new Date(at.occurredAt),
    ]);
    if (inserted.length) writes.add(vendorFunnelRows([{ day: indiaDay(at.occurredAt), submitted: 1 }]));
  }

  /** A KYC decision; a vendor decided again (re-submitted and re-decided) counts each decision. */
  async kycDecided(em: EntityManager, writes: ReadModelWrites, at: At, vendorId: string, outcome: 'APPROVED' | 'REJECTED'): Promise<void> {
    const decidedAt = new Date(at.occurredAt);
    const day = indiaDay(decidedAt);
    const [fact] = await sqlOf(em).execute<{ onboarded_at: Date; decided_at: Date | null }>(`select onboarded_at, decided_at from vendor_facts where vendor_id = ? for update`, [vendorId]);
    writes.add(vendorFunnelRows([{ day, ...(outcome === 'APPROVED' ? { approved: 1 } : { rejected: 1 }) }]));
    if (!fact) return; // Onboarded before analytics existed: no start to measure from.
    if (!fact.decided_at) {
      const seconds = Math.max(0, Math.round((decidedAt.getTime() - date(fact.onboarded_at)!.getTime()) / 1000));
      writes.add(durationRows([{ day, metric: 'KYC_DECISION', bucket: bucketOf(seconds), count: 1 }]));
    }
    writes.add({ text: `update vendor_facts set decided_at = ?, kyc_outcome = ? where vendor_id = ?`, params: [decidedAt, outcome, vendorId] });
  }

  settlementGenerated(
    _em: EntityManager,
    writes: ReadModelWrites,
    at: At,
    amounts: { netPayoutPaise: number; commissionPaise: number; gstOnCommissionPaise: number; tcsPaise: number; tdsPaise: number },
  ): void {
    writes.add(settlementRows([{ day: indiaDay(at.occurredAt), generated: 1, ...amounts }]));
  }

  settlementPaid(_em: EntityManager, writes: ReadModelWrites, at: At, netPayoutPaise: number): void {
    writes.add(settlementRows([{ day: indiaDay(at.occurredAt), paid: 1, paidPaise: netPayoutPaise }]));
  }

  /** The order's fact, locked: two handlers of one order (a refund and a cancellation) apply one after the other. */
  private async fact(em: EntityManager, orderId: string): Promise<OrderFactRow> {
    const [row] = await sqlOf(em).execute<Record<string, unknown>>(
      `select order_id, vendor_id, vendor_name, city, to_char(placed_on, 'YYYY-MM-DD') as placed_on, placed_at, payment_method, total_paise, lines,
              paid_at, confirmed_at, delivered_at, closed_as, refunded_while_open_paise
         from order_facts where order_id = ? for update`,
      [orderId],
    );
    if (!row) throw new Error(`order ${orderId} is not counted yet (its OrderPlaced comes first); retrying`);
    return {
      orderId: row.order_id as string,
      vendorId: row.vendor_id as string,
      vendorName: row.vendor_name as string,
      city: row.city as string,
      placedOn: row.placed_on as string,
      placedAt: date(row.placed_at)!,
      paymentMethod: row.payment_method as 'ONLINE' | 'COD',
      totalPaise: Number(row.total_paise),
      lines: (typeof row.lines === 'string' ? JSON.parse(row.lines) : row.lines) as OrderLineShape[],
      paidAt: date(row.paid_at),
      confirmedAt: date(row.confirmed_at),
      deliveredAt: date(row.delivered_at),
      closedAs: (row.closed_as as string | null) ?? null,
      refundedWhileOpenPaise: Number(row.refunded_while_open_paise),
    };
  }

  private factUpdate(orderId: string, set: Record<string, unknown>): { text: string; params: unknown[] } {
    const columns = Object.keys(set);
    return { text: `update order_facts set ${columns.map((c) => `${c} = ?`).join(', ')} where order_id = ?`, params: [...Object.values(set), orderId] };
  }

  /** Live dashboards re-read the day's headline figures (told by the handler: `DashboardAnnouncer`). */
  private dashboardChanged(writes: ReadModelWrites, date: string, cause: string): void {
    if (this.options.announce) writes.dashboardChanged(date, cause);
  }
}

/** Reasons are free text from people: trimmed and capped so a breakdown stays readable. */
export function closingReasonKey(reason: string | null): string {
  const text = (reason ?? '').trim().replace(/\s+/g, ' ');
  return text ? text.slice(0, 120) : '(none)';
}
