import type { EntityManager } from '@mikro-orm/postgresql';
import { indiaDay } from '../reporting/analytics-calendar.js';
import { bucketOf } from '../reporting/duration-buckets.js';
import { disputeOutcomeRows, durationRows, sqlOf, supportRows, type ReadModelWrites } from '../reporting/read-model-sql.js';
import { breachedSla, isActiveTicketStatus, type TicketSla } from './support-maths.js';

interface At {
  occurredAt: string;
}

interface TicketFactRow {
  openedAt: Date;
  open: boolean;
  statusAt: Date;
  firstResponseAt: Date | null;
  resolvedOnce: boolean;
}

/**
 * Support tickets and disputes into the read models, in the handler's transaction (with its
 * inbox row), adding to the event's writes like ReadModelProjector. Ticket events after
 * TicketOpened need the ticket's fact; delivered first, they throw and are retried (like order
 * events).
 */
export class SupportProjector {
  /** `announce: false` for replays (see ReadModelProjector). */
  constructor(private readonly options: { announce: boolean } = { announce: true }) {}

  /** Opened: counted once, however often the event comes (the fact's insert decides). */
  async ticketOpened(em: EntityManager, writes: ReadModelWrites, at: At, ticketId: string): Promise<void> {
    const openedAt = new Date(at.occurredAt);
    const inserted = await sqlOf(em).execute(`insert into ticket_facts (ticket_id, opened_at, status_at) values (?, ?, ?) on conflict do nothing returning ticket_id`, [
      ticketId,
      openedAt,
      openedAt,
    ]);
    if (!inserted.length) return;
    writes.add(supportRows([{ day: indiaDay(openedAt), ticketsOpened: 1 }]));
    this.openTicketsChanged(writes, 'TicketOpened');
  }

  /** Support's first public reply: the first-response time, once per ticket. */
  async ticketReplied(em: EntityManager, writes: ReadModelWrites, at: At, ticketId: string, authorRole: string): Promise<void> {
    if (authorRole !== 'ADMIN') return;
    const fact = await this.fact(em, ticketId);
    if (fact.firstResponseAt) return;
    const answeredAt = new Date(at.occurredAt);
    const seconds = Math.max(0, Math.round((answeredAt.getTime() - fact.openedAt.getTime()) / 1000));
    writes.add(
      { text: `update ticket_facts set first_response_at = ? where ticket_id = ?`, params: [answeredAt, ticketId] },
      durationRows([{ day: indiaDay(answeredAt), metric: 'FIRST_RESPONSE', bucket: bucketOf(seconds), count: 1 }]),
    );
  }

  /**
   * Resolved, reopened or closed. The first resolution counts as resolved, with an SLA breach
   * if orders' due times were missed (`sla`, asked at consume time); the open count follows the
   * latest change.
   */
  async ticketStatusChanged(em: EntityManager, writes: ReadModelWrites, at: At, ticketId: string, from: string, to: string, sla: TicketSla | null): Promise<void> {
    const fact = await this.fact(em, ticketId);
    const changedAt = new Date(at.occurredAt);
    const day = indiaDay(changedAt);
    const set: Record<string, unknown> = {};
    if (to === 'RESOLVED' && !fact.resolvedOnce) {
      set.resolved_once = true;
      writes.add(supportRows([{ day, ticketsResolved: 1, slaBreaches: sla && breachedSla(sla, changedAt) ? 1 : 0 }]));
    }
    if (from === 'RESOLVED' && isActiveTicketStatus(to)) writes.add(supportRows([{ day, ticketsReopened: 1 }]));
    // A newer change already decided whether it is open: an older one delivered late changes nothing.
    if (changedAt.getTime() >= fact.statusAt.getTime()) {
      const open = isActiveTicketStatus(to);
      set.status_at = changedAt;
      set.open = open;
      if (open !== fact.open) this.openTicketsChanged(writes, 'TicketStatusChanged');
    }
    const columns = Object.keys(set);
    if (columns.length) writes.add({ text: `update ticket_facts set ${columns.map((c) => `${c} = ?`).join(', ')} where ticket_id = ?`, params: [...Object.values(set), ticketId] });
  }

  disputeOpened(_em: EntityManager, writes: ReadModelWrites, at: At): void {
    writes.add(supportRows([{ day: indiaDay(at.occurredAt), disputesOpened: 1 }]));
  }

  disputeResolved(_em: EntityManager, writes: ReadModelWrites, at: At, outcome: string, refundPaise: number): void {
    writes.add(disputeOutcomeRows([{ day: indiaDay(at.occurredAt), outcome, disputes: 1, refundApprovedPaise: refundPaise }]));
  }

  /** A refund payments processed for a dispute (RefundProcessed with a disputeId), on the refund's day. */
  disputeRefunded(_em: EntityManager, writes: ReadModelWrites, at: At, amountPaise: number, processedAt: string): void {
    writes.add(supportRows([{ day: indiaDay(processedAt || at.occurredAt), disputeRefundedPaise: amountPaise }]));
  }

  /** The ticket's fact, locked (its events apply one after the other). */
  private async fact(em: EntityManager, ticketId: string): Promise<TicketFactRow> {
    const [row] = await sqlOf(em).execute<Record<string, unknown>>(
      `select opened_at, open, status_at, first_response_at, resolved_once from ticket_facts where ticket_id = ? for update`,
      [ticketId],
    );
    if (!row) throw new Error(`ticket ${ticketId} is not counted yet (its TicketOpened comes first); retrying`);
    const date = (v: unknown) => (v === null || v === undefined ? null : new Date(v as string));
    return { openedAt: date(row.opened_at)!, open: Boolean(row.open), statusAt: date(row.status_at)!, firstResponseAt: date(row.first_response_at), resolvedOnce: Boolean(row.resolved_once) };
  }

  /** The open-ticket count is today's figure: live dashboards re-read today's KPIs. */
  private openTicketsChanged(writes: ReadModelWrites, cause: string): void {
    if (this.options.announce) writes.dashboardChanged(indiaDay(new Date()), cause);
  }
}
