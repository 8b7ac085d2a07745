import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { recordEvent } from '@realserv/platform';
import { DashboardKpisChanged } from '@realserv/contracts';
import { indiaDay } from '../reporting/analytics-calendar.js';
import { bucketOf } from '../reporting/duration-buckets.js';
import { addDisputeOutcomes, addDurations, addSupport, sqlOf } from '../reporting/read-model-sql.js';
import { TicketFact } from './support.entities.js';
import { breachedSla, isActiveTicketStatus, type TicketSla } from './support-maths.js';

interface At {
  occurredAt: string;
}

/**
 * Support tickets and disputes into the read models, in the handler's transaction (with its
 * inbox row). Ticket events after TicketOpened need the ticket's fact; delivered first, they
 * throw and are retried (like order events).
 */
export class SupportProjector {
  /** `announce: false` for replays (see ReadModelProjector). */
  constructor(private readonly options: { announce: boolean } = { announce: true }) {}

  async ticketOpened(em: EntityManager, at: At, ticketId: string): Promise<void> {
    if (await em.findOne(TicketFact, { ticketId })) return;
    const openedAt = new Date(at.occurredAt);
    em.create(TicketFact, { ticketId, openedAt, statusAt: openedAt });
    const day = indiaDay(openedAt);
    await addSupport(sqlOf(em), [{ day, ticketsOpened: 1 }]);
    this.openTicketsChanged(em, 'TicketOpened');
  }

  /** Support's first public reply: the first-response time, once per ticket. */
  async ticketReplied(em: EntityManager, at: At, ticketId: string, authorRole: string): Promise<void> {
    if (authorRole !== 'ADMIN') return;
    const fact = await this.fact(em, ticketId);
    if (fact.firstResponseAt) return;
    const answeredAt = new Date(at.occurredAt);
    fact.firstResponseAt = answeredAt;
    const seconds = Math.max(0, Math.round((answeredAt.getTime() - fact.openedAt.getTime()) / 1000));
    await addDurations(sqlOf(em), [{ day: indiaDay(answeredAt), metric: 'FIRST_RESPONSE', bucket: bucketOf(seconds), count: 1 }]);
  }

  /**
   * Resolved, reopened or closed. The first resolution counts as resolved, with an SLA breach
   * if orders' due times were missed (`sla`, asked at consume time); the open count follows the
   * latest change.
   */
  async ticketStatusChanged(em: EntityManager, at: At, ticketId: string, from: string, to: string, sla: TicketSla | null): Promise<void> {
    const fact = await this.fact(em, ticketId);
    const changedAt = new Date(at.occurredAt);
    const day = indiaDay(changedAt);
    const sql = sqlOf(em);
    if (to === 'RESOLVED' && !fact.resolvedOnce) {
      fact.resolvedOnce = true;
      await addSupport(sql, [{ day, ticketsResolved: 1, slaBreaches: sla && breachedSla(sla, changedAt) ? 1 : 0 }]);
    }
    if (from === 'RESOLVED' && isActiveTicketStatus(to)) await addSupport(sql, [{ day, ticketsReopened: 1 }]);
    if (changedAt.getTime() < fact.statusAt.getTime()) return; // A newer change already decided whether it is open.
    fact.statusAt = changedAt;
    const open = isActiveTicketStatus(to);
    if (open !== fact.open) {
      fact.open = open;
      this.openTicketsChanged(em, 'TicketStatusChanged');
    }
  }

  async disputeOpened(em: EntityManager, at: At): Promise<void> {
    await addSupport(sqlOf(em), [{ day: indiaDay(at.occurredAt), disputesOpened: 1 }]);
  }

  async disputeResolved(em: EntityManager, at: At, outcome: string, refundPaise: number): Promise<void> {
    await addDisputeOutcomes(sqlOf(em), [{ day: indiaDay(at.occurredAt), outcome, disputes: 1, refundApprovedPaise: refundPaise }]);
  }

  /** A refund payments processed for a dispute (RefundProcessed with a disputeId), on the refund's day. */
  async disputeRefunded(em: EntityManager, at: At, amountPaise: number, processedAt: string): Promise<void> {
    await addSupport(sqlOf(em), [{ day: indiaDay(processedAt || at.occurredAt), disputeRefundedPaise: amountPaise }]);
  }

  private async fact(em: EntityManager, ticketId: string): Promise<TicketFact> {
    const fact = await em.findOne(TicketFact, { ticketId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!fact) throw new Error(`ticket ${ticketId} is not counted yet (its TicketOpened comes first); retrying`);
    return fact;
  }

  /** The open-ticket count is today's figure: live dashboards re-read today's KPIs. */
  private openTicketsChanged(em: EntityManager, cause: string): void {
    if (!this.options.announce) return;
    recordEvent(em, DashboardKpisChanged, { date: indiaDay(new Date()), cause });
  }
}
