import { REOPEN_WINDOW_MS, autoCloseCutoff, closesAutomatically, decide, reopenableUntil, type TicketStatus } from './ticket-lifecycle.js';

const now = new Date('2026-12-01T10:00:00Z');
const ago = (ms: number) => new Date(now.getTime() - ms);

describe('ticket lifecycle', () => {
  it('a customer reply waits for support; a public support reply waits for the customer', () => {
    for (const from of ['OPEN', 'AWAITING_SUPPORT', 'AWAITING_CUSTOMER'] as TicketStatus[]) {
      expect(decide(from, { kind: 'REPLY', side: 'CUSTOMER', internal: false }, null, now)).toEqual({ ok: true, to: 'AWAITING_SUPPORT', resolvedAt: 'KEEP' });
      expect(decide(from, { kind: 'REPLY', side: 'ADMIN', internal: false }, null, now)).toEqual({ ok: true, to: 'AWAITING_CUSTOMER', resolvedAt: 'KEEP' });
    }
  });

  it('an internal note leaves the status alone and is support’s only', () => {
    expect(decide('AWAITING_SUPPORT', { kind: 'REPLY', side: 'ADMIN', internal: true }, null, now)).toEqual({ ok: true, to: 'AWAITING_SUPPORT', resolvedAt: 'KEEP' });
    expect(decide('RESOLVED', { kind: 'REPLY', side: 'ADMIN', internal: true }, ago(1000), now)).toMatchObject({ ok: true, to: 'RESOLVED' });
    expect(decide('OPEN', { kind: 'REPLY', side: 'CUSTOMER', internal: true }, null, now)).toMatchObject({ ok: false, reason: 'NOT_ALLOWED' });
  });

  it('refuses replies to resolved tickets and anything on closed ones', () => {
    expect(decide('RESOLVED', { kind: 'REPLY', side: 'CUSTOMER', internal: false }, ago(1000), now)).toMatchObject({ ok: false, reason: 'TICKET_RESOLVED' });
    expect(decide('RESOLVED', { kind: 'REPLY', side: 'ADMIN', internal: false }, ago(1000), now)).toMatchObject({ ok: false, reason: 'TICKET_RESOLVED' });
    expect(decide('CLOSED', { kind: 'REPLY', side: 'ADMIN', internal: true }, ago(1000), now)).toMatchObject({ ok: false, reason: 'TICKET_CLOSED' });
    expect(decide('CLOSED', { kind: 'REOPEN', side: 'CUSTOMER' }, ago(1000), now)).toMatchObject({ ok: false, reason: 'TICKET_CLOSED' });
  });

  it('resolving sets resolvedAt; closing is only after resolution', () => {
    expect(decide('AWAITING_CUSTOMER', { kind: 'SET_STATUS', side: 'CUSTOMER', to: 'RESOLVED' }, null, now)).toEqual({ ok: true, to: 'RESOLVED', resolvedAt: 'SET' });
    expect(decide('RESOLVED', { kind: 'SET_STATUS', side: 'ADMIN', to: 'CLOSED' }, ago(1000), now)).toEqual({ ok: true, to: 'CLOSED', resolvedAt: 'KEEP' });
    expect(decide('OPEN', { kind: 'SET_STATUS', side: 'ADMIN', to: 'CLOSED' }, null, now)).toMatchObject({ ok: false, reason: 'NOT_A_TRANSITION' });
    expect(decide('AWAITING_SUPPORT', { kind: 'SET_STATUS', side: 'ADMIN', to: 'OPEN' }, null, now)).toMatchObject({ ok: false, reason: 'NOT_A_TRANSITION' });
    expect(decide('RESOLVED', { kind: 'SET_STATUS', side: 'ADMIN', to: 'RESOLVED' }, ago(1000), now)).toMatchObject({ ok: false, reason: 'NOT_A_TRANSITION' });
  });

  it('customers may only resolve through a status change', () => {
    expect(decide('OPEN', { kind: 'SET_STATUS', side: 'CUSTOMER', to: 'AWAITING_CUSTOMER' }, null, now)).toMatchObject({ ok: false, reason: 'NOT_ALLOWED' });
    expect(decide('RESOLVED', { kind: 'SET_STATUS', side: 'CUSTOMER', to: 'CLOSED' }, ago(1000), now)).toMatchObject({ ok: false, reason: 'NOT_ALLOWED' });
  });

  it('reopens within 7 days of resolution (to the minute), not after', () => {
    expect(decide('RESOLVED', { kind: 'REOPEN', side: 'CUSTOMER' }, ago(REOPEN_WINDOW_MS), now)).toEqual({ ok: true, to: 'AWAITING_SUPPORT', resolvedAt: 'CLEAR' });
    expect(decide('RESOLVED', { kind: 'REOPEN', side: 'CUSTOMER' }, ago(REOPEN_WINDOW_MS + 1), now)).toMatchObject({ ok: false, reason: 'REOPEN_WINDOW_PASSED' });
    expect(decide('RESOLVED', { kind: 'SET_STATUS', side: 'ADMIN', to: 'AWAITING_SUPPORT' }, ago(REOPEN_WINDOW_MS + 1), now)).toMatchObject({ ok: false, reason: 'REOPEN_WINDOW_PASSED' });
    expect(decide('AWAITING_SUPPORT', { kind: 'REOPEN', side: 'CUSTOMER' }, null, now)).toMatchObject({ ok: false, reason: 'NOT_A_TRANSITION' });
    expect(reopenableUntil(ago(0))?.getTime()).toBe(now.getTime() + REOPEN_WINDOW_MS);
    expect(reopenableUntil(null)).toBeNull();
  });

  it('the auto-close takes exactly the resolved tickets the opener can no longer reopen', () => {
    expect(closesAutomatically('RESOLVED', ago(REOPEN_WINDOW_MS + 1), now)).toBe(true);
    // The last instant of the window still belongs to the opener.
    expect(closesAutomatically('RESOLVED', ago(REOPEN_WINDOW_MS), now)).toBe(false);
    expect(decide('RESOLVED', { kind: 'REOPEN', side: 'CUSTOMER' }, ago(REOPEN_WINDOW_MS), now)).toMatchObject({ ok: true });
    expect(closesAutomatically('RESOLVED', ago(1000), now)).toBe(false);
    for (const status of ['OPEN', 'AWAITING_SUPPORT', 'AWAITING_CUSTOMER', 'CLOSED'] as TicketStatus[]) expect(closesAutomatically(status, ago(30 * REOPEN_WINDOW_MS), now)).toBe(false);
    expect(autoCloseCutoff(now)).toEqual(ago(REOPEN_WINDOW_MS));
  });
});
