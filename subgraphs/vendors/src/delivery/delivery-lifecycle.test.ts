import { MAX_RESCHEDULE_AHEAD_MS, checkFailedAttempt, nextDeliveryState, type DeliveryAction, type DeliveryState } from './delivery-lifecycle.js';

const STATES: DeliveryState[] = ['PENDING', 'OUT_FOR_DELIVERY', 'RESCHEDULED', 'DELIVERED', 'FAILED'];
const ACTIONS: DeliveryAction[] = ['DISPATCH', 'DELIVER', 'FAIL', 'ATTEMPT_FAILED', 'REDISPATCH'];

describe('delivery state machine', () => {
  it('allows exactly the documented moves', () => {
    const allowed: string[] = [];
    for (const from of STATES) for (const action of ACTIONS) {
      const to = nextDeliveryState(from, action);
      if (to) allowed.push(`${from} -${action}-> ${to}`);
    }
    expect(allowed.sort()).toEqual(
      [
        'PENDING -DISPATCH-> OUT_FOR_DELIVERY',
        'PENDING -FAIL-> FAILED',
        'OUT_FOR_DELIVERY -DELIVER-> DELIVERED',
        'OUT_FOR_DELIVERY -ATTEMPT_FAILED-> RESCHEDULED',
        'RESCHEDULED -REDISPATCH-> OUT_FOR_DELIVERY',
      ].sort(),
    );
  });

  it('a rescheduled delivery is out again after redispatch, and can fail again', () => {
    let s: DeliveryState = 'OUT_FOR_DELIVERY';
    s = nextDeliveryState(s, 'ATTEMPT_FAILED')!;
    expect(s).toBe('RESCHEDULED');
    expect(nextDeliveryState(s, 'DELIVER')).toBeNull();
    expect(nextDeliveryState(s, 'ATTEMPT_FAILED')).toBeNull();
    s = nextDeliveryState(s, 'REDISPATCH')!;
    expect(nextDeliveryState(s, 'ATTEMPT_FAILED')).toBe('RESCHEDULED');
  });

  it('final states never move', () => {
    for (const action of ACTIONS) {
      expect(nextDeliveryState('DELIVERED', action)).toBeNull();
      expect(nextDeliveryState('FAILED', action)).toBeNull();
    }
  });
});

describe('failed attempt details', () => {
  const now = Date.parse('2026-12-01T05:00:00Z');
  const later = new Date(now + 3600_000);
  it('accepts a reason and a time in the next two weeks', () => {
    expect(checkFailedAttempt({ reason: 'BUYER_ABSENT', rescheduledFor: later }, now)).toBeNull();
    expect(checkFailedAttempt({ reason: 'OTHER', note: 'Road flooded', rescheduledFor: new Date(now + MAX_RESCHEDULE_AHEAD_MS) }, now)).toBeNull();
  });
  it('refuses OTHER without a note, a past time and a time too far ahead', () => {
    expect(checkFailedAttempt({ reason: 'OTHER', note: '  ', rescheduledFor: later }, now)?.reason).toBe('NOTE_REQUIRED');
    expect(checkFailedAttempt({ reason: 'SITE_CLOSED', rescheduledFor: new Date(now) }, now)?.reason).toBe('NOT_IN_FUTURE');
    expect(checkFailedAttempt({ reason: 'SITE_CLOSED', rescheduledFor: new Date(now + MAX_RESCHEDULE_AHEAD_MS + 1) }, now)?.reason).toBe('TOO_FAR_AHEAD');
  });
});
