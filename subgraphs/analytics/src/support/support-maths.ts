/** Due times of a ticket (orders' SLA settings; re-timed when its priority changed) and when they were met. */
export interface TicketSla {
  firstResponseDueAt: string;
  resolutionDueAt: string;
  firstResponseAt: string | null;
}

const ACTIVE = new Set(['OPEN', 'AWAITING_SUPPORT', 'AWAITING_CUSTOMER']);

/** Open for the queue count: not RESOLVED or CLOSED. */
export function isActiveTicketStatus(status: string): boolean {
  return ACTIVE.has(status);
}

/**
 * A ticket resolved at `resolvedAt` breached its SLA when support's first public reply came
 * after its due time (or never came before the due time passed), or it was resolved after the
 * resolution due time. One breach per ticket, whichever was missed.
 */
export function breachedSla(sla: TicketSla, resolvedAt: Date): boolean {
  const firstResponseDue = new Date(sla.firstResponseDueAt).getTime();
  const answeredAt = sla.firstResponseAt ? new Date(sla.firstResponseAt).getTime() : resolvedAt.getTime();
  return answeredAt > firstResponseDue || resolvedAt.getTime() > new Date(sla.resolutionDueAt).getTime();
}

/** Disputes opened over delivered orders (0–1); null without deliveries. */
export function disputeRate(disputesOpened: number, delivered: number): number | null {
  return delivered > 0 ? disputesOpened / delivered : null;
}
