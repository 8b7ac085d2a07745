import { DEFAULT_PRIORITY, DEFAULT_SLA_TARGETS, isOverdue, nextDueAt, parseMinutesByPriority, slaAfterMove, slaDueDates } from './ticket-sla.js';
import { formatTicketNumber } from './ticket-number.js';
import { seesInternalNotes, ticketRoleOf } from './ticket-access.js';

const opened = new Date('2026-12-01T04:00:00Z');
const hours = (h: number) => new Date(opened.getTime() + h * 3600_000);

describe('ticket SLA', () => {
  it('due times per priority count from opening', () => {
    expect(slaDueDates(opened, 'URGENT', DEFAULT_SLA_TARGETS)).toEqual({ firstResponseDueAt: hours(1), resolutionDueAt: hours(8) });
    expect(slaDueDates(opened, 'HIGH', DEFAULT_SLA_TARGETS).firstResponseDueAt).toEqual(hours(4));
    expect(slaDueDates(opened, 'NORMAL', DEFAULT_SLA_TARGETS).firstResponseDueAt).toEqual(hours(24));
    expect(slaDueDates(opened, 'LOW', DEFAULT_SLA_TARGETS).firstResponseDueAt).toEqual(hours(48));
  });

  it('payments, settlements and deliveries start HIGH; questions start lower', () => {
    expect(DEFAULT_PRIORITY.PAYMENT).toBe('HIGH');
    expect(DEFAULT_PRIORITY.ORDER).toBe('NORMAL');
    expect(DEFAULT_PRIORITY.OTHER).toBe('LOW');
  });

  it('the next due time is the first response until answered, then the resolution, then none', () => {
    const due = slaDueDates(opened, 'HIGH', DEFAULT_SLA_TARGETS);
    expect(nextDueAt({ status: 'OPEN', firstResponseAt: null, ...due })).toEqual(hours(4));
    expect(nextDueAt({ status: 'AWAITING_SUPPORT', firstResponseAt: hours(1), ...due })).toEqual(hours(24));
    expect(nextDueAt({ status: 'RESOLVED', firstResponseAt: hours(1), ...due })).toBeNull();
    expect(nextDueAt({ status: 'CLOSED', firstResponseAt: null, ...due })).toBeNull();
  });

  it('nothing is due from support while the ticket waits for the customer, answered or not', () => {
    const due = slaDueDates(opened, 'HIGH', DEFAULT_SLA_TARGETS);
    expect(nextDueAt({ status: 'AWAITING_CUSTOMER', firstResponseAt: hours(1), ...due })).toBeNull();
    expect(nextDueAt({ status: 'AWAITING_CUSTOMER', firstResponseAt: null, ...due })).toBeNull();
  });

  it('the resolution clock pauses while the customer has the turn and the pause pushes the due time back', () => {
    const due = slaDueDates(opened, 'HIGH', DEFAULT_SLA_TARGETS);
    const running = { slaPausedSince: null, slaPausedSeconds: 0, resolutionDueAt: due.resolutionDueAt };
    // Support answers at 2 h: the clock stops.
    const waiting = slaAfterMove(running, 'AWAITING_CUSTOMER', hours(2));
    expect(waiting).toEqual({ slaPausedSince: hours(2), slaPausedSeconds: 0, resolutionDueAt: hours(24) });
    // Another public answer while waiting does not restart the pause.
    expect(slaAfterMove(waiting, 'AWAITING_CUSTOMER', hours(3))).toEqual(waiting);
    // The customer answers at 12 h: 10 h paused, the resolution is due at 34 h.
    const resumed = slaAfterMove(waiting, 'AWAITING_SUPPORT', hours(12));
    expect(resumed).toEqual({ slaPausedSince: null, slaPausedSeconds: 10 * 3600, resolutionDueAt: hours(34) });
    // A second wait of 1.5 h, ended by resolving: the pauses add up.
    const resolved = slaAfterMove(slaAfterMove(resumed, 'AWAITING_CUSTOMER', hours(20)), 'RESOLVED', hours(21.5));
    expect(resolved).toEqual({ slaPausedSince: null, slaPausedSeconds: 11.5 * 3600, resolutionDueAt: hours(35.5) });
    // Moves that neither start nor end a wait change nothing.
    expect(slaAfterMove(running, 'AWAITING_SUPPORT', hours(5))).toEqual(running);
  });

  it('re-timing after a priority change keeps the time already paused', () => {
    expect(slaDueDates(opened, 'URGENT', DEFAULT_SLA_TARGETS, 3600)).toEqual({ firstResponseDueAt: hours(1), resolutionDueAt: hours(9) });
  });

  it('overdue from the due instant on', () => {
    expect(isOverdue(hours(4), hours(4))).toBe(true);
    expect(isOverdue(hours(4), hours(3.99))).toBe(false);
    expect(isOverdue(null, hours(100))).toBe(false);
  });

  it('parses the configured minutes, keeping defaults for priorities left out, and lists every problem', () => {
    expect(parseMinutesByPriority('URGENT=0, LOW=10', DEFAULT_SLA_TARGETS.firstResponseMinutes)).toEqual({ URGENT: 0, HIGH: 240, NORMAL: 1440, LOW: 10 });
    expect(() => parseMinutesByPriority('URGENT=x,SOON=5', DEFAULT_SLA_TARGETS.firstResponseMinutes)).toThrow(/"URGENT=x".*"SOON=5"/);
  });
});

describe('ticket numbers', () => {
  it('TKT-YYMM-NNNNNN in the Indian month', () => {
    expect(formatTicketNumber(new Date('2026-11-30T19:00:00Z'), 42)).toBe('TKT-2612-000042');
  });
});

describe('who sees a ticket', () => {
  const caller = (roles: string[], userId: string | null, vendorId: string | null = null) =>
    ({ firebaseUid: 'f', userId, roles, vendorId, email: null, phone: null }) as Parameters<typeof ticketRoleOf>[0];
  const buyersTicket = { openerUserId: 'buyer-1', openerRole: 'BUYER' as const, openerVendorId: null, orderVendorId: 'vendor-1' };

  it('the opener, the order’s vendor and admins; nobody else', () => {
    expect(ticketRoleOf(caller(['BUYER'], 'buyer-1'), buyersTicket)).toBe('BUYER');
    expect(ticketRoleOf(caller(['VENDOR'], 'owner-1', 'vendor-1'), buyersTicket)).toBe('VENDOR');
    expect(ticketRoleOf(caller(['ADMIN'], 'admin-1'), buyersTicket)).toBe('ADMIN');
    expect(ticketRoleOf(caller(['BUYER'], 'buyer-2'), buyersTicket)).toBeNull();
    expect(ticketRoleOf(caller(['VENDOR'], 'owner-2', 'vendor-2'), buyersTicket)).toBeNull();
    expect(ticketRoleOf(caller(['BUYER'], 'buyer-2', 'vendor-1'), buyersTicket)).toBeNull();
    expect(ticketRoleOf(null, buyersTicket)).toBeNull();
  });

  it('only admins see internal notes', () => {
    expect(seesInternalNotes('ADMIN')).toBe(true);
    expect(seesInternalNotes('BUYER')).toBe(false);
    expect(seesInternalNotes('VENDOR')).toBe(false);
    expect(seesInternalNotes(null)).toBe(false);
  });
});
