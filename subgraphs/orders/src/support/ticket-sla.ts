/**
 * Support SLAs: the default priority of each category, and when a first response and a
 * resolution are due. Pure functions; no I/O. Targets are minutes per priority, configurable
 * (SUPPORT_FIRST_RESPONSE_MINUTES, SUPPORT_RESOLUTION_MINUTES); the clock does not pause while a
 * ticket waits for the customer.
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

/** Both due times count from when the ticket was opened, so changing the priority re-times them from the start. */
export function slaDueDates(openedAt: Date, priority: TicketPriority, targets: SlaTargets): SlaDueDates {
  const after = (minutes: number) => new Date(openedAt.getTime() + minutes * 60_000);
  return { firstResponseDueAt: after(targets.firstResponseMinutes[priority]), resolutionDueAt: after(targets.resolutionMinutes[priority]) };
}

/**
 * The next due time of an active ticket (stored, indexed, so "overdue" is one range predicate):
 * the first response while support has not answered, then the resolution; null once resolved.
 */
export function nextDueAt(ticket: { status: string; firstResponseAt: Date | null } & SlaDueDates): Date | null {
  if (ticket.status === 'RESOLVED' || ticket.status === 'CLOSED') return null;
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
