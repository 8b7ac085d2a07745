import { on, type DomainEvent, type EventSubscription } from '@realserv/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DisputeEscalated, DisputeOpened, DisputeResolved, DisputeResponded } from '@realserv/contracts';
import { BuyerOpenDispute } from './buyer-open-dispute.entity.js';

type DisputePayload = { disputeId: string; orderNumber: string; buyerId: string };

async function track(em: EntityManager, event: DomainEvent<DisputePayload>, open: boolean): Promise<void> {
  const at = new Date(event.occurredAt);
  const row = await em.findOne(BuyerOpenDispute, { disputeId: event.payload.disputeId });
  if (!row) {
    em.create(BuyerOpenDispute, { disputeId: event.payload.disputeId, buyerId: event.payload.buyerId, orderNumber: event.payload.orderNumber, open, statusAt: at });
    return;
  }
  // Events may arrive out of order: the latest wins, and a resolution is final (nothing reopens a dispute).
  if (!row.open || at < row.statusAt) return;
  row.open = open;
  row.statusAt = at;
}

/**
 * identity follows buyers' disputes so account deletion can refuse a buyer with one open:
 * open from DisputeOpened (responses and escalations keep it open) until DisputeResolved (any
 * outcome; a resolved refund is then payments' business, which needs no personal data).
 */
export const openDisputeSubscriptions: EventSubscription[] = [
  on(DisputeOpened, 'track-open-dispute-opened', (event, em) => track(em, event, true)),
  on(DisputeResponded, 'track-open-dispute-responded', (event, em) => track(em, event, true)),
  on(DisputeEscalated, 'track-open-dispute-escalated', (event, em) => track(em, event, true)),
  on(DisputeResolved, 'track-open-dispute-resolved', (event, em) => track(em, event, false)),
];
