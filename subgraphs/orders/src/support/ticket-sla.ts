/**
 * Support SLAs: the default priority of each category, and when a first response and a
 * resolution are due. Pure functions; no I/O. Targets are minutes per priority, configurable
 * (SUPPORT_FIRST_RESPONSE_MINUTES, SUPPORT_RESOLUTION_MINUTES). The resolution clock pauses while
 * a ticket waits for the customer (AWAITING_CUSTOMER): support cannot be late on the customer's turn.
 * The first response is not paused: it is due from opening, whatever happens meanwhile.
 */
export const TICKET_CATEGORIES = ['ORDER', 'PAYMENT', 'DELIVERY', 'ACCOUNT', 'KYC', 'SETTLEMENT', 'OTHER'] as const;
export type TicketCategory = (typeof TICKET_CATEGORIES)[number];

export const TICKET_PRIORITIES = ['LOW', 'NORMAL', 'HIGH', 'URGENT'] as const;
export type TicketPriority = (typeof TICKET_PRIORITIES)[number];

export type MinutesByPriority = Record<TicketPriority, number>;

export interface SlaTargets {
  firstResponseMinutes: MinutesByPriority;
  resolutionMinutes: MinutesByPriority;
}

export const DEFAULT_SLA_TARGETS: SlaTargets = {
  firstResponseMinutes: { URGENT: 60, HIGH: 4 * 60, NORMAL: 24 * 60, LOW: 48 * 60 },
  resolutionMinutes: { URGENT: 8 * 60, HIGH: 24 * 60, NORMAL: 72 * 60, LOW: 7 * 24 * 60 },
};

/** Money and deliveries in flight are what hurt a buyer or vendor today; questions can wait a little. */
export const DEFAULT_PRIORITY: Record<TicketCategory, TicketPriority> = {
  PAYMENT: 'HIGH',
  SETTLEMENT: 'HIGH',
  DELIVERY: 'HIGH',
  ORDER: 'NORMAL',
  KYC: 'NORMAL',
  ACCOUNT: 'NORMAL',
  OTHER: 'LOW',
};

export interface SlaDueDates {
  firstResponseDueAt: Date;
  resolutionDueAt: Date;
}

/**
 * Both due times count from when the ticket was opened, so changing the priority re-times them
 * from the start; the resolution is due later by the seconds its clock has already spent paused.
 */
export function slaDueDates(openedAt: Date, priority: TicketPriority, targets: SlaTargets, pausedSeconds = 0): SlaDueDates {
  const after = (minutes: number) => new Date(openedAt.getTime() + minutes * 60_000);
  return {
    firstResponseDueAt: after(targets.firstResponseMinutes[priority]),
    resolutionDueAt: new Date(after(targets.resolutionMinutes[priority]).getTime() + pausedSeconds * 1000),
  };
}

/** The statuses in which the resolution clock stands still: the customer's turn. */
export function pausesSla(status: string): boolean {
  return status === 'AWAITING_CUSTOMER';
}

/** The pause bookkeeping of a ticket (columns of SupportTicket). */
export interface SlaPause {
  /** Since when the clock stands still (the ticket waits for the customer); null while it runs. */
  slaPausedSince: Date | null;
  /** Whole seconds of the pauses that have ended, already added to resolutionDueAt. */
  slaPausedSeconds: number;
}

/**
 * The SLA fields after a ticket moves to `to` at `now`: entering AWAITING_CUSTOMER starts a pause;
 * leaving it (a customer reply, support moving it on, resolving) ends the pause, adds its whole
 * seconds to the total and pushes the resolution due time back by as much.
 */
export function slaAfterMove(ticket: SlaPause & Pick<SlaDueDates, 'resolutionDueAt'>, to: string, now: Date): SlaPause & Pick<SlaDueDates, 'resolutionDueAt'> {
  const { slaPausedSince, slaPausedSeconds, resolutionDueAt } = ticket;
  if (slaPausedSince && !pausesSla(to)) {
    const paused = Math.max(0, Math.floor((now.getTime() - slaPausedSince.getTime()) / 1000));
    return { slaPausedSince: null, slaPausedSeconds: slaPausedSeconds + paused, resolutionDueAt: new Date(resolutionDueAt.getTime() + paused * 1000) };
  }
  if (!slaPausedSince && pausesSla(to)) return { slaPausedSince: now, slaPausedSeconds, resolutionDueAt };
  return { slaPausedSince, slaPausedSeconds, resolutionDueAt };
}

/**
 * The next due time of an active ticket (stored, indexed, so "overdue" is one range predicate):
 * the first response while support has not answered, then the resolution; null once resolved,
 * and null while the ticket waits for the customer (nothing is due from support then).
 */
export function nextDueAt(ticket: { status: string; firstResponseAt: Date | null } & SlaDueDates): Date | null {
  if (ticket.status === 'RESOLVED' || ticket.status === 'CLOSED' || pausesSla(ticket.status)) return null;
  if (!ticket.firstResponseAt && ticket.firstResponseDueAt < ticket.resolutionDueAt) return ticket.firstResponseDueAt;
  return ticket.resolutionDueAt;
}

export function isOverdue(slaDueAt: Date | null, now: Date): boolean {
  return slaDueAt !== null && slaDueAt.getTime() <= now.getTime();
}

/**
 * Parses `URGENT=60,HIGH=240,NORMAL=1440,LOW=2880` (minutes; priorities left out keep `defaults`).
 * Throws with every problem listed, for the config schema to report.
 */
export function parseMinutesByPriority(text: string, defaults: MinutesByPriority): MinutesByPriority {
  const result = { ...defaults };
  const problems: string[] = [];
  for (const part of text.split(',').map((p) => p.trim()).filter(Boolean)) {
    const match = /^([A-Z]+)\s*=\s*(\d+)$/.exec(part);
    const priority = match?.[1] as TicketPriority | undefined;
    if (!match || !priority || !TICKET_PRIORITIES.includes(priority)) {
      problems.push(`"${part}" is not PRIORITY=minutes with a priority of ${TICKET_PRIORITIES.join(', ')}`);
      continue;
    }
    const minutes = Number(match[2]);
    if (minutes > 365 * 24 * 60) problems.push(`${priority}: at most a year of minutes`);
    else result[priority] = minutes;
  }
  if (problems.length) throw new Error(problems.join('; '));
  return result;
}
