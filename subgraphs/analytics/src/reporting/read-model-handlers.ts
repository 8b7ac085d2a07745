import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { claimEvent, on, recordEvent, type DomainEvent, type EventContract, type EventPayload, type EventSubscription, type PeerClient } from '@realserv/platform';
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
  TicketOpened,
  TicketReplied,
  TicketStatusChanged,
  DisputeOpened,
  DisputeResolved,
  DashboardKpisChanged,
} from '@realserv/contracts';
import { TicketSlaForAnalyticsDocument } from '../ports/generated/orders.js';
import type { SupportProjector } from '../support/support-projector.js';
import type { TicketSla } from '../support/support-maths.js';
import { SettlementRevenueForAnalyticsDocument } from '../ports/generated/vendors.js';
import type { OrderEnricher, OrderEnrichment } from '../sales/order-enricher.js';
import type { ReadModelProjector } from './read-model-projector.js';
import { ReadModelWrites, sqlOf } from './read-model-sql.js';
import type { DashboardAnnouncer } from './dashboard-announcer.js';

type SettlementRevenue = { netPayoutPaise: number; commissionPaise: number; gstOnCommissionPaise: number; tcsPaise: number; tdsPaise: number };

/** How one kind of event changes the read models, given what the peers said about it. */
interface Counting<C extends EventContract> {
  contract: C;
  /** Handler name: names the queue and the inbox key; never rename it while events are in flight. */
  handler: string;
  /** Asks peers what the event does not carry (at consume time only; a replay reads the log). */
  facts?: (payload: EventPayload<C>) => Promise<Record<string, unknown>>;
  /** Reads what it needs and adds the event's writes to `writes` (sent as one statement by the caller). */
  apply: (em: EntityManager, writes: ReadModelWrites, event: { occurredAt: string; payload: EventPayload<C> }, facts: Record<string, unknown> | null) => Promise<void> | void;
}

const counting = <C extends EventContract>(c: Counting<C>) => c as unknown as Counting<EventContract>;

/**
 * Every event analytics counts. At consume time each goes through the event bus's inbox (one
 * transaction with the inbox row: an event delivered twice counts once) and into the
 * `counted_events` log with the peers' facts; `rebuildAnalytics` replays that log through the
 * same `apply`.
 */
export function countings(
  projector: ReadModelProjector,
  enricher: OrderEnricher,
  vendors: PeerClient,
  support: { projector: SupportProjector; orders: PeerClient },
): Array<Counting<EventContract>> {
  const settlementRevenue = async (settlementId: string): Promise<SettlementRevenue> => {
    const { settlementSummary: s } = await vendors.request(SettlementRevenueForAnalyticsDocument, { id: settlementId });
    if (!s) throw new Error(`settlement ${settlementId} not found at vendors`);
    return { netPayoutPaise: s.netPayoutPaise, commissionPaise: s.commissionPaise, gstOnCommissionPaise: s.gstOnCommissionPaise, tcsPaise: s.tcsPaise, tdsPaise: s.tdsPaise };
  };
  return [
    counting({
      contract: OrderPlaced,
      handler: 'count-order-placed',
      facts: async (p) => ({ ...(await enricher.enrich(p)) }),
      apply: (em, w, e, facts) => projector.orderPlaced(em, w, e, e.payload, facts as unknown as OrderEnrichment),
    }),
    counting({ contract: OrderPaid, handler: 'count-order-paid', apply: (em, w, e) => projector.orderPaid(em, w, e, e.payload.orderId) }),
    counting({ contract: OrderConfirmed, handler: 'count-order-confirmed', apply: (em, w, e) => projector.orderConfirmed(em, w, e, e.payload.orderId) }),
    counting({ contract: OrderRejected, handler: 'count-order-rejected', apply: (em, w, e) => projector.orderClosed(em, w, e, e.payload.orderId, 'REJECTED', e.payload.reason) }),
    counting({ contract: OrderCancelled, handler: 'count-order-cancelled', apply: (em, w, e) => projector.orderClosed(em, w, e, e.payload.orderId, 'CANCELLED', e.payload.reason) }),
    counting({ contract: OrderDelivered, handler: 'count-order-delivered', apply: (em, w, e) => projector.orderDelivered(em, w, e, e.payload.orderId) }),
    counting({ contract: PaymentCaptured, handler: 'count-payment-captured', apply: (em, w, e) => projector.paymentCaptured(em, w, e, e.payload.method, e.payload.amountPaise) }),
    counting({ contract: PaymentFailed, handler: 'count-payment-failed', apply: (em, w, e) => projector.paymentFailed(em, w, e, e.payload.reason) }),
    counting({
      contract: RefundProcessed,
      handler: 'count-refund-processed',
      apply: async (em, w, e) => {
        await projector.refundProcessed(em, w, e, e.payload.orderId, e.payload.amountPaise, e.payload.processedAt);
        if (e.payload.disputeId) await support.projector.disputeRefunded(em, w, e, e.payload.amountPaise, e.payload.processedAt);
      },
    }),
    counting({ contract: RefundFailed, handler: 'count-refund-failed', apply: (em, w, e) => projector.refundFailed(em, w, e) }),
    counting({ contract: VendorOnboarded, handler: 'count-vendor-onboarded', apply: (em, w, e) => projector.vendorOnboarded(em, w, e, e.payload.vendorId) }),
    counting({ contract: VendorKycApproved, handler: 'count-kyc-approved', apply: (em, w, e) => projector.kycDecided(em, w, e, e.payload.vendorId, 'APPROVED') }),
    counting({ contract: VendorKycRejected, handler: 'count-kyc-rejected', apply: (em, w, e) => projector.kycDecided(em, w, e, e.payload.vendorId, 'REJECTED') }),
    counting({
      contract: SettlementGenerated,
      handler: 'count-settlement-generated',
      facts: async (p) => ({ ...(await settlementRevenue(p.settlementId)) }),
      apply: (em, w, e, facts) => projector.settlementGenerated(em, w, e, facts as unknown as SettlementRevenue),
    }),
    counting({
      contract: SettlementPaid,
      handler: 'count-settlement-paid',
      facts: async (p) => ({ ...(await settlementRevenue(p.settlementId)) }),
      apply: (em, w, e, facts) => projector.settlementPaid(em, w, e, Number((facts as unknown as SettlementRevenue).netPayoutPaise)),
    }),
    // Support (docs/analytics.md, "Support"): tickets and disputes, from orders' events.
    counting({ contract: TicketOpened, handler: 'count-ticket-opened', apply: (em, w, e) => support.projector.ticketOpened(em, w, e, e.payload.ticketId) }),
    counting({ contract: TicketReplied, handler: 'count-ticket-replied', apply: (em, w, e) => support.projector.ticketReplied(em, w, e, e.payload.ticketId, e.payload.authorRole) }),
    counting({
      contract: TicketStatusChanged,
      handler: 'count-ticket-status',
      // The due times follow orders' SLA settings and the ticket's priority: asked when a ticket is resolved.
      facts: async (p) => (p.to === 'RESOLVED' ? { ...(await support.orders.request(TicketSlaForAnalyticsDocument, { id: p.ticketId })).ticketSlaForService } : {}),
      apply: (em, w, e, facts) =>
        support.projector.ticketStatusChanged(em, w, e, e.payload.ticketId, e.payload.from, e.payload.to, facts && 'firstResponseDueAt' in facts ? (facts as unknown as TicketSla) : null),
    }),
    counting({ contract: DisputeOpened, handler: 'count-dispute-opened', apply: (em, w, e) => support.projector.disputeOpened(em, w, e) }),
    counting({ contract: DisputeResolved, handler: 'count-dispute-resolved', apply: (em, w, e) => support.projector.disputeResolved(em, w, e, e.payload.outcome, e.payload.refundPaise) }),
  ];
}

/**
 * The bus subscriptions. Each handler owns its transaction (`transaction: 'handler'`): the
 * peers are asked first, with no transaction open (no pooled connection held across HTTP
 * calls), then ONE transaction writes the inbox row (platform's `claimEvent`, as the bus does:
 * a redelivered event counts once), the log row and the read models' writes, and the live
 * dashboard's announcement when this event is the first of its day in the window. After commit,
 * changes the window already announced are handed to the announcer, which tells them once at
 * the window's end (`DashboardAnnouncer`).
 */
export function readModelHandlers(list: Array<Counting<EventContract>>, live: DashboardAnnouncer): EventSubscription[] {
  return list.map((c) =>
    on(
      c.contract,
      c.handler,
      async (event: DomainEvent<EventPayload<EventContract>>, em) => {
        const facts = c.facts ? await c.facts(event.payload) : null;
        const deferred = await em.transactional(async (tx) => {
          return (await claimEvent(tx, event.id, c.handler)) ? countEvent(tx, c, event, facts, live) : [];
        });
        for (const { date, cause } of deferred) live.deferred(date, cause);
      },
      { transaction: 'handler' },
    ),
  );
}

/**
 * Logs one event (with the peers' facts) in `counted_events` and applies it to the read models.
 * The days whose headline figures changed are announced in this transaction when `live` lets
 * it (every one without `live`); the others are returned, to hand to `live` after commit.
 */
export async function countEvent(
  em: EntityManager,
  counting: Counting<EventContract>,
  event: { id: string; type: string; occurredAt: string; payload: EventPayload<EventContract> },
  facts: Record<string, unknown> | null,
  live?: Pick<DashboardAnnouncer, 'claim'>,
): Promise<Array<{ date: string; cause: string }>> {
  const writes = new ReadModelWrites();
  writes.add({
    text: 'insert into counted_events (event_id, type, occurred_at, payload, facts) values (?, ?, ?, ?::jsonb, ?::jsonb)',
    params: [event.id, event.type, new Date(event.occurredAt), JSON.stringify(event.payload), facts === null ? null : JSON.stringify(facts)],
  });
  await counting.apply(em, writes, event, facts);
  await writes.send(sqlOf(em));
  const deferred: Array<{ date: string; cause: string }> = [];
  for (const change of writes.dashboard) {
    if (!live || live.claim(change.date)) recordEvent(em, DashboardKpisChanged, change);
    else deferred.push(change);
  }
  return deferred;
}

/** The announcer's deferred announcement: one `DashboardKpisChanged` in a transaction of its own (published after its commit). */
export function recordDashboardChange(orm: MikroORM): (date: string, cause: string) => Promise<void> {
  return async (date, cause) => {
    const em = orm.em.fork();
    recordEvent(em, DashboardKpisChanged, { date, cause });
    await em.flush();
  };
}

export type { Counting };
