/**
 * The support ticket state machine. Pure functions; no I/O. The service asks `decide` before
 * every change and writes the result under the ticket's row lock.
 *
 * OPEN → AWAITING_SUPPORT / AWAITING_CUSTOMER (replies move it between the two) → RESOLVED →
 * CLOSED. A RESOLVED ticket may be reopened (back to AWAITING_SUPPORT) within REOPEN_WINDOW_MS
 * of its resolution; CLOSED is final.
 */
export const TICKET_STATUSES = ['OPEN', 'AWAITING_SUPPORT', 'AWAITING_CUSTOMER', 'RESOLVED', 'CLOSED'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** Who acts on a ticket: the customer side (the opener, or the vendor of the ticket's order) or support. */
export type TicketSide = 'CUSTOMER' | 'ADMIN';

/** Seven days after resolution the customer can no longer reopen (issue 16); open a new ticket instead. */
export const REOPEN_WINDOW_MS = 7 * 24 * 3600 * 1000;

export type TicketAction =
  | { kind: 'REPLY'; side: TicketSide; internal: boolean }
  | { kind: 'SET_STATUS'; side: TicketSide; to: TicketStatus }
  | { kind: 'REOPEN'; side: TicketSide };

export type TicketRefusal = 'NOT_A_TRANSITION' | 'TICKET_CLOSED' | 'TICKET_RESOLVED' | 'REOPEN_WINDOW_PASSED' | 'NOT_ALLOWED';

export type TicketDecision =
  | { ok: true; to: TicketStatus; resolvedAt: 'SET' | 'CLEAR' | 'KEEP' }
  | { ok: false; reason: TicketRefusal; message: string };

/** Explicit status moves (setTicketStatus, resolveMyTicket). Replies and reopening have their own rules below. */
const MOVES: Record<TicketStatus, readonly TicketStatus[]> = {
  OPEN: ['AWAITING_SUPPORT', 'AWAITING_CUSTOMER', 'RESOLVED'],
  AWAITING_SUPPORT: ['AWAITING_CUSTOMER', 'RESOLVED'],
  AWAITING_CUSTOMER: ['AWAITING_SUPPORT', 'RESOLVED'],
  RESOLVED: ['CLOSED'],
  CLOSED: [],
};

const isActive = (status: TicketStatus) => status !== 'RESOLVED' && status !== 'CLOSED';
const refuse = (reason: TicketRefusal, message: string): TicketDecision => ({ ok: false, reason, message });

/** What `action` does to a ticket in `from` (resolved at `resolvedAt`) at `now`. */
export function decide(from: TicketStatus, action: TicketAction, resolvedAt: Date | null, now: Date): TicketDecision {
  if (from === 'CLOSED') return refuse('TICKET_CLOSED', 'This ticket is closed; open a new one.');
  switch (action.kind) {
    case 'REPLY': {
      // Support's internal notes change nothing the customer could see, not even the status.
      if (action.internal) {
        if (action.side !== 'ADMIN') return refuse('NOT_ALLOWED', 'Only support adds internal notes.');
        return { ok: true, to: from, resolvedAt: 'KEEP' };
      }
      if (!isActive(from)) return refuse('TICKET_RESOLVED', 'This ticket is resolved; reopen it to reply.');
      return { ok: true, to: action.side === 'ADMIN' ? 'AWAITING_CUSTOMER' : 'AWAITING_SUPPORT', resolvedAt: 'KEEP' };
    }
    case 'SET_STATUS': {
      if (action.side === 'CUSTOMER' && action.to !== 'RESOLVED') return refuse('NOT_ALLOWED', 'Customers may only resolve or reopen their ticket.');
      if (action.to === from) return refuse('NOT_A_TRANSITION', `The ticket is already ${from}.`);
      if (from === 'RESOLVED' && action.to === 'AWAITING_SUPPORT') return decide(from, { kind: 'REOPEN', side: action.side }, resolvedAt, now);
      if (!MOVES[from].includes(action.to)) return refuse('NOT_A_TRANSITION', `A ticket cannot go from ${from} to ${action.to}.`);
      return { ok: true, to: action.to, resolvedAt: action.to === 'RESOLVED' ? 'SET' : 'KEEP' };
    }
    case 'REOPEN': {
      if (from !== 'RESOLVED') return refuse('NOT_A_TRANSITION', `Only a resolved ticket can be reopened; this one is ${from}.`);
      if (!reopenable(resolvedAt, now)) return refuse('REOPEN_WINDOW_PASSED', 'Tickets can be reopened within 7 days of resolution; open a new one.');
      return { ok: true, to: 'AWAITING_SUPPORT', resolvedAt: 'CLEAR' };
    }
  }
}

/** Until when a resolved ticket may be reopened; null when it is not resolved. */
export function reopenableUntil(resolvedAt: Date | null): Date | null {
  return resolvedAt ? new Date(resolvedAt.getTime() + REOPEN_WINDOW_MS) : null;
}

/**
 * Whether the auto-close job closes a ticket resolved at `resolvedAt`: once the reopen window has
 * passed (the first instant reopening is refused), nobody can move it any more but support.
 */
export function closesAutomatically(status: TicketStatus, resolvedAt: Date | null, now: Date): boolean {
  return status === 'RESOLVED' && resolvedAt !== null && !reopenable(resolvedAt, now);
}

/** Tickets resolved before this instant are past their reopen window at `now`. */
export function autoCloseCutoff(now: Date): Date {
  return new Date(now.getTime() - REOPEN_WINDOW_MS);
}

function reopenable(resolvedAt: Date | null, now: Date): boolean {
  const until = reopenableUntil(resolvedAt);
  return until !== null && now.getTime() <= until.getTime();
}
