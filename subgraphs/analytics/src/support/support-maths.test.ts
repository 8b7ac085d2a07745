import { breachedSla, disputeRate, isActiveTicketStatus } from './support-maths.js';

const sla = (firstResponseAt: string | null) => ({ firstResponseDueAt: '2026-12-01T10:00:00.000Z', resolutionDueAt: '2026-12-02T10:00:00.000Z', firstResponseAt });

describe('support figures', () => {
  it('an SLA breach is a late first reply, no reply by its due time, or a late resolution; on time to the millisecond is no breach', () => {
    expect(breachedSla(sla('2026-12-01T10:00:00.000Z'), new Date('2026-12-02T10:00:00.000Z'))).toBe(false);
    expect(breachedSla(sla('2026-12-01T10:00:00.001Z'), new Date('2026-12-01T12:00:00.000Z'))).toBe(true);
    expect(breachedSla(sla('2026-12-01T09:00:00.000Z'), new Date('2026-12-02T10:00:00.001Z'))).toBe(true);
    // Resolved without a reply: a breach only once the first-response due time had passed.
    expect(breachedSla(sla(null), new Date('2026-12-01T09:59:59.999Z'))).toBe(false);
    expect(breachedSla(sla(null), new Date('2026-12-01T10:00:00.001Z'))).toBe(true);
  });

  it('open means not RESOLVED or CLOSED; the dispute rate is per delivered order', () => {
    expect(['OPEN', 'AWAITING_SUPPORT', 'AWAITING_CUSTOMER', 'RESOLVED', 'CLOSED'].map(isActiveTicketStatus)).toEqual([true, true, true, false, false]);
    expect(disputeRate(1, 4)).toBe(0.25);
    expect(disputeRate(3, 0)).toBeNull();
  });
});
