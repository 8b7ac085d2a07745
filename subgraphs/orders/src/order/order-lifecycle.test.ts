import {
  ACTORS,
  ORDER_STATUSES,
  PAYMENT_METHODS,
  REPLACEMENT_START,
  TransitionError,
  assertTransition,
  canTransition,
  completesOnDelivery,
  initialStatus,
  isBeforeDispatch,
  isNoOp,
  isTerminal,
  needsRefund,
  paymentStatusAfter,
  releasesStock,
  transition,
  transitionsFrom,
  type Actor,
  type OrderStatus,
  type PaymentMethod,
  type PaymentStatus,
  type TransitionRequest,
} from './order-lifecycle.js';
import { seededRandom } from '@realserv/platform/testing';

/** The graph as the business described it, written out independently of the implementation's table. */
const ALLOWED: Record<PaymentMethod, Array<[OrderStatus, OrderStatus, Actor[]]>> = {
  ONLINE: [
    ['PENDING_PAYMENT', 'PAID', ['SYSTEM', 'ADMIN']],
    ['PENDING_PAYMENT', 'CANCELLED', ['BUYER', 'SYSTEM', 'ADMIN']],
    ['PAID', 'CONFIRMED', ['VENDOR', 'ADMIN']],
    ['PAID', 'REJECTED', ['VENDOR', 'ADMIN']],
    ['PAID', 'CANCELLED', ['BUYER', 'ADMIN']],
    ['CONFIRMED', 'CANCELLED', ['ADMIN']],
    ['CONFIRMED', 'OUT_FOR_DELIVERY', ['VENDOR', 'ADMIN']],
    ['OUT_FOR_DELIVERY', 'DELIVERED', ['SYSTEM']],
    ['DELIVERED', 'COMPLETED', ['SYSTEM', 'VENDOR', 'ADMIN']],
  ],
  COD: [
    ['PLACED', 'CONFIRMED', ['VENDOR', 'ADMIN']],
    ['PLACED', 'REJECTED', ['VENDOR', 'ADMIN']],
    ['PLACED', 'CANCELLED', ['BUYER', 'ADMIN']],
    ['CONFIRMED', 'CANCELLED', ['ADMIN']],
    ['CONFIRMED', 'OUT_FOR_DELIVERY', ['VENDOR', 'ADMIN']],
    ['OUT_FOR_DELIVERY', 'DELIVERED', ['SYSTEM']],
    ['DELIVERED', 'COMPLETED', ['SYSTEM', 'VENDOR', 'ADMIN']],
  ],
};

const allowedRows = PAYMENT_METHODS.flatMap((method) =>
  ALLOWED[method].flatMap(([from, to, actors]) => actors.map((actor) => ({ method, from, to, actor }))),
);

/** Made only by the system when the delivery completes (OTP, or an admin forcing it in vendors). */
const followsDelivery = (from: OrderStatus, to: OrderStatus) => from === 'OUT_FOR_DELIVERY' && to === 'DELIVERED';

function edgeIn(method: PaymentMethod, from: OrderStatus, to: OrderStatus) {
  return ALLOWED[method].find(([f, t]) => f === from && t === to);
}

/** A request that carries everything optional, so only the graph and the actor decide. */
function complete(request: Omit<TransitionRequest, 'reason' | 'cashCollected'>): TransitionRequest {
  return { ...request, reason: 'agreed with the buyer on the phone', cashCollected: true };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  if (items.length === 0) throw new Error('pick from an empty list');
  return items[Math.floor(random() * items.length)] as T;
}

describe('order lifecycle: allowed moves', () => {
  it.each(allowedRows)('$method order: $actor moves $from → $to', (row) => {
    expect(canTransition(complete(row))).toEqual({ ok: true });
    expect(() => assertTransition(complete(row))).not.toThrow();
  });

  it('starts online orders awaiting payment and cash-on-delivery orders as placed', () => {
    expect(initialStatus('ONLINE')).toBe('PENDING_PAYMENT');
    expect(initialStatus('COD')).toBe('PLACED');
  });

  it('lists the next statuses per payment method', () => {
    expect(transitionsFrom('PENDING_PAYMENT', 'ONLINE').sort()).toEqual(['CANCELLED', 'PAID']);
    expect(transitionsFrom('PAID', 'ONLINE').sort()).toEqual(['CANCELLED', 'CONFIRMED', 'REJECTED']);
    expect(transitionsFrom('PLACED', 'COD').sort()).toEqual(['CANCELLED', 'CONFIRMED', 'REJECTED']);
    expect(transitionsFrom('CONFIRMED', 'COD').sort()).toEqual(['CANCELLED', 'OUT_FOR_DELIVERY']);
    expect(transitionsFrom('OUT_FOR_DELIVERY', 'ONLINE')).toEqual(['DELIVERED']);
    expect(transitionsFrom('DELIVERED', 'COD')).toEqual(['COMPLETED']);
    expect(transitionsFrom('PENDING_PAYMENT', 'COD')).toEqual([]);
    expect(transitionsFrom('PLACED', 'ONLINE')).toEqual([]);
  });

  it('agrees with the written-out graph for every status and method', () => {
    for (const method of PAYMENT_METHODS) {
      for (const from of ORDER_STATUSES) {
        const expected = ALLOWED[method].filter(([f]) => f === from).map(([, to]) => to);
        expect({ method, from, to: transitionsFrom(from, method).sort() }).toEqual({ method, from, to: expected.sort() });
      }
    }
  });
});

describe('order lifecycle: refused moves', () => {
  it('refuses every other (from, to, method, actor) with the code that explains why', () => {
    const mismatches: string[] = [];
    let refused = 0;
    for (const method of PAYMENT_METHODS) {
      for (const from of ORDER_STATUSES) {
        for (const to of ORDER_STATUSES) {
          for (const actor of ACTORS) {
            const edge = edgeIn(method, from, to);
            if (edge?.[2].includes(actor)) continue;
            const expected = !edgeIn('ONLINE', from, to) && !edgeIn('COD', from, to)
              ? 'NOT_A_TRANSITION'
              : !edge
                ? 'WRONG_PAYMENT_METHOD'
                : followsDelivery(from, to)
                  ? 'DELIVERY_NOT_VERIFIED'
                  : 'NOT_ALLOWED_FOR_ACTOR';
            const check = canTransition(complete({ from, to, method, actor }));
            refused += 1;
            if (check.ok || check.reason !== expected) {
              mismatches.push(`${method} ${actor} ${from}→${to}: got ${check.ok ? 'ok' : check.reason}, expected ${expected}`);
            }
          }
        }
      }
    }
    expect(mismatches).toEqual([]);
    expect(refused).toBe(2 * 9 * 9 * 4 - allowedRows.length);
  });

  it('lets the buyer cancel only before the vendor confirms', () => {
    expect(canTransition({ from: 'PAID', to: 'CANCELLED', method: 'ONLINE', actor: 'BUYER' }).ok).toBe(true);
    expect(canTransition({ from: 'PLACED', to: 'CANCELLED', method: 'COD', actor: 'BUYER' }).ok).toBe(true);
    expect(canTransition({ from: 'CONFIRMED', to: 'CANCELLED', method: 'COD', actor: 'BUYER' })).toMatchObject({
      ok: false,
      reason: 'NOT_ALLOWED_FOR_ACTOR',
    });
  });

  it('keeps payment capture to the system and dispatch to the vendor', () => {
    expect(canTransition({ from: 'PENDING_PAYMENT', to: 'PAID', method: 'ONLINE', actor: 'BUYER' })).toMatchObject({ reason: 'NOT_ALLOWED_FOR_ACTOR' });
    expect(canTransition({ from: 'PENDING_PAYMENT', to: 'PAID', method: 'ONLINE', actor: 'VENDOR' })).toMatchObject({ reason: 'NOT_ALLOWED_FOR_ACTOR' });
    expect(canTransition({ from: 'CONFIRMED', to: 'OUT_FOR_DELIVERY', method: 'ONLINE', actor: 'SYSTEM' })).toMatchObject({ reason: 'NOT_ALLOWED_FOR_ACTOR' });
  });

  it('delivers an order only when its delivery completes: not the vendor, not an admin (they force the delivery instead)', () => {
    for (const method of PAYMENT_METHODS) {
      for (const actor of ['VENDOR', 'ADMIN', 'BUYER'] as const) {
        expect(canTransition(complete({ from: 'OUT_FOR_DELIVERY', to: 'DELIVERED', method, actor }))).toMatchObject({ ok: false, reason: 'DELIVERY_NOT_VERIFIED' });
      }
      expect(canTransition({ from: 'OUT_FOR_DELIVERY', to: 'DELIVERED', method, actor: 'SYSTEM' })).toEqual({ ok: true });
    }
  });

  it('an admin who forced the delivery in vendors delivers the order on its behalf, with a reason; nobody else can claim that', () => {
    for (const method of PAYMENT_METHODS) {
      const forced = { from: 'OUT_FOR_DELIVERY', to: 'DELIVERED', method, deliveryForced: true } as const;
      expect(canTransition({ ...forced, actor: 'ADMIN', reason: 'Delivery forced by an admin: phone dead' })).toEqual({ ok: true });
      expect(canTransition({ ...forced, actor: 'ADMIN' })).toMatchObject({ ok: false, reason: 'REASON_REQUIRED' });
      for (const actor of ['VENDOR', 'BUYER'] as const) {
        expect(canTransition({ ...forced, actor, reason: 'says so' })).toMatchObject({ ok: false, reason: 'DELIVERY_NOT_VERIFIED' });
      }
      // A forced delivery opens no other move to the admin.
      expect(canTransition({ ...forced, from: 'CONFIRMED', actor: 'ADMIN', reason: 'Ops' })).toMatchObject({ reason: 'NOT_A_TRANSITION' });
    }
  });

  it('never skips confirmation or delivery', () => {
    for (const method of PAYMENT_METHODS) {
      expect(canTransition(complete({ from: initialStatus(method), to: 'OUT_FOR_DELIVERY', method, actor: 'ADMIN' }))).toMatchObject({ reason: 'NOT_A_TRANSITION' });
      expect(canTransition(complete({ from: 'CONFIRMED', to: 'DELIVERED', method, actor: 'ADMIN' }))).toMatchObject({ reason: 'NOT_A_TRANSITION' });
      expect(canTransition(complete({ from: 'OUT_FOR_DELIVERY', to: 'COMPLETED', method, actor: 'ADMIN' }))).toMatchObject({ reason: 'NOT_A_TRANSITION' });
      expect(canTransition(complete({ from: 'OUT_FOR_DELIVERY', to: 'CANCELLED', method, actor: 'ADMIN' }))).toMatchObject({ reason: 'NOT_A_TRANSITION' });
    }
  });

  it('tells a wrong payment method apart from a move that does not exist', () => {
    expect(canTransition({ from: 'PLACED', to: 'CONFIRMED', method: 'ONLINE', actor: 'VENDOR' })).toMatchObject({ reason: 'WRONG_PAYMENT_METHOD' });
    expect(canTransition({ from: 'PENDING_PAYMENT', to: 'PAID', method: 'COD', actor: 'SYSTEM' })).toMatchObject({ reason: 'WRONG_PAYMENT_METHOD' });
    expect(canTransition({ from: 'PAID', to: 'PLACED', method: 'ONLINE', actor: 'SYSTEM' })).toMatchObject({ reason: 'NOT_A_TRANSITION' });
  });

  it('explains the refusal in a message naming the statuses', () => {
    const check = canTransition({ from: 'CONFIRMED', to: 'CANCELLED', method: 'ONLINE', actor: 'BUYER' });
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.message).toMatch(/BUYER.*CONFIRMED.*CANCELLED/);
  });
});

describe('order lifecycle: reasons', () => {
  it('needs a reason when a vendor rejects an order', () => {
    for (const [from, method] of [['PAID', 'ONLINE'], ['PLACED', 'COD']] as const) {
      expect(canTransition({ from, to: 'REJECTED', method, actor: 'VENDOR' })).toMatchObject({ ok: false, reason: 'REASON_REQUIRED' });
      expect(canTransition({ from, to: 'REJECTED', method, actor: 'VENDOR', reason: null })).toMatchObject({ reason: 'REASON_REQUIRED' });
      expect(canTransition({ from, to: 'REJECTED', method, actor: 'VENDOR', reason: 'Out of 53-grade cement' })).toEqual({ ok: true });
    }
  });

  it('treats a blank reason as no reason', () => {
    for (const reason of ['', ' ', '\n\t ']) {
      expect(canTransition({ from: 'PAID', to: 'REJECTED', method: 'ONLINE', actor: 'VENDOR', reason })).toMatchObject({ reason: 'REASON_REQUIRED' });
      expect(canTransition({ from: 'PAID', to: 'CANCELLED', method: 'ONLINE', actor: 'ADMIN', reason })).toMatchObject({ reason: 'REASON_REQUIRED' });
    }
  });

  it('needs a reason for every move an admin makes, including cancellations', () => {
    for (const method of PAYMENT_METHODS) {
      for (const [from, to] of ALLOWED[method].filter(([f, t]) => !followsDelivery(f, t))) {
        const cashCollected = true;
        expect(canTransition({ from, to, method, actor: 'ADMIN', cashCollected })).toMatchObject({ ok: false, reason: 'REASON_REQUIRED' });
        expect(canTransition({ from, to, method, actor: 'ADMIN', cashCollected, reason: 'Ops ticket 4411' })).toEqual({ ok: true });
      }
    }
  });

  it('does not need a reason for ordinary moves by the buyer, vendor or system', () => {
    expect(canTransition({ from: 'PAID', to: 'CANCELLED', method: 'ONLINE', actor: 'BUYER' })).toEqual({ ok: true });
    expect(canTransition({ from: 'PENDING_PAYMENT', to: 'CANCELLED', method: 'ONLINE', actor: 'SYSTEM' })).toEqual({ ok: true });
    expect(canTransition({ from: 'PLACED', to: 'CONFIRMED', method: 'COD', actor: 'VENDOR' })).toEqual({ ok: true });
    expect(canTransition({ from: 'CONFIRMED', to: 'OUT_FOR_DELIVERY', method: 'COD', actor: 'VENDOR' })).toEqual({ ok: true });
  });

  it('reports the actor refusal before the missing reason', () => {
    expect(canTransition({ from: 'CONFIRMED', to: 'CANCELLED', method: 'ONLINE', actor: 'VENDOR' })).toMatchObject({ reason: 'NOT_ALLOWED_FOR_ACTOR' });
  });
});

describe('order lifecycle: cash on delivery', () => {
  it('completes a COD order only once the cash is collected, whoever asks', () => {
    for (const actor of ['SYSTEM', 'VENDOR', 'ADMIN'] as const) {
      const base = { from: 'DELIVERED', to: 'COMPLETED', method: 'COD', actor, reason: 'Cash reconciled' } as const;
      expect(canTransition(base)).toMatchObject({ ok: false, reason: 'CASH_NOT_COLLECTED' });
      expect(canTransition({ ...base, cashCollected: false })).toMatchObject({ ok: false, reason: 'CASH_NOT_COLLECTED' });
      expect(canTransition({ ...base, cashCollected: true })).toEqual({ ok: true });
    }
  });

  it('completes an online order on delivery without any cash', () => {
    expect(canTransition({ from: 'DELIVERED', to: 'COMPLETED', method: 'ONLINE', actor: 'SYSTEM' })).toEqual({ ok: true });
    expect(canTransition({ from: 'DELIVERED', to: 'COMPLETED', method: 'ONLINE', actor: 'VENDOR', cashCollected: false })).toEqual({ ok: true });
  });

  it('does not ask for cash on the other COD moves', () => {
    expect(canTransition({ from: 'OUT_FOR_DELIVERY', to: 'DELIVERED', method: 'COD', actor: 'SYSTEM' })).toEqual({ ok: true });
  });
});

describe('order lifecycle: terminal statuses', () => {
  it('ends in COMPLETED, CANCELLED or REJECTED and nowhere else', () => {
    expect(ORDER_STATUSES.filter(isTerminal).sort()).toEqual(['CANCELLED', 'COMPLETED', 'REJECTED']);
  });

  it('allows no move out of a terminal status, not even for an admin with a reason', () => {
    for (const method of PAYMENT_METHODS) {
      for (const from of ORDER_STATUSES.filter(isTerminal)) {
        expect(transitionsFrom(from, method)).toEqual([]);
        for (const to of ORDER_STATUSES) {
          expect(canTransition(complete({ from, to, method, actor: 'ADMIN' })).ok).toBe(false);
        }
      }
    }
  });

  it('leaves every non-terminal status reachable from its method’s start with a way onward', () => {
    for (const method of PAYMENT_METHODS) {
      const reachable = new Set<OrderStatus>([initialStatus(method)]);
      for (const status of reachable) for (const next of transitionsFrom(status, method)) reachable.add(next);
      for (const status of reachable) if (!isTerminal(status)) expect(transitionsFrom(status, method).length).toBeGreaterThan(0);
      expect([...reachable].sort()).toEqual(
        method === 'ONLINE'
          ? ['CANCELLED', 'COMPLETED', 'CONFIRMED', 'DELIVERED', 'OUT_FOR_DELIVERY', 'PAID', 'PENDING_PAYMENT', 'REJECTED']
          : ['CANCELLED', 'COMPLETED', 'CONFIRMED', 'DELIVERED', 'OUT_FOR_DELIVERY', 'PLACED', 'REJECTED'],
      );
    }
  });
});

describe('order lifecycle: dispatch, stock and refunds', () => {
  it('counts only the statuses before the truck leaves as before dispatch', () => {
    expect(ORDER_STATUSES.filter(isBeforeDispatch).sort()).toEqual(['CONFIRMED', 'PAID', 'PENDING_PAYMENT', 'PLACED']);
  });

  it('allows cancellation from exactly the statuses before dispatch', () => {
    for (const method of PAYMENT_METHODS) {
      const cancellable = ORDER_STATUSES.filter((s) => transitionsFrom(s, method).includes('CANCELLED'));
      expect(cancellable.every(isBeforeDispatch)).toBe(true);
      expect(cancellable.sort()).toEqual(method === 'ONLINE' ? ['CONFIRMED', 'PAID', 'PENDING_PAYMENT'] : ['CONFIRMED', 'PLACED']);
    }
  });

  it('releases stock on cancellation and rejection only', () => {
    expect(ORDER_STATUSES.filter(releasesStock).sort()).toEqual(['CANCELLED', 'REJECTED']);
  });

  it('refunds an online order that was paid and is cancelled or rejected', () => {
    expect(needsRefund('PAID', 'CANCELLED', 'ONLINE')).toBe(true);
    expect(needsRefund('PAID', 'REJECTED', 'ONLINE')).toBe(true);
    expect(needsRefund('CONFIRMED', 'CANCELLED', 'ONLINE')).toBe(true);
  });

  it('refunds nothing when no money was taken or the order goes on', () => {
    expect(needsRefund('PENDING_PAYMENT', 'CANCELLED', 'ONLINE')).toBe(false);
    expect(needsRefund('PLACED', 'CANCELLED', 'COD')).toBe(false);
    expect(needsRefund('PLACED', 'REJECTED', 'COD')).toBe(false);
    expect(needsRefund('CONFIRMED', 'CANCELLED', 'COD')).toBe(false);
    expect(needsRefund('PAID', 'CONFIRMED', 'ONLINE')).toBe(false);
    expect(needsRefund('DELIVERED', 'COMPLETED', 'ONLINE')).toBe(false);
  });
});

describe('order lifecycle: retries', () => {
  it('treats a move to the current status as a no-op, and only that', () => {
    for (const from of ORDER_STATUSES) {
      for (const to of ORDER_STATUSES) expect(isNoOp(from, to)).toBe(from === to);
    }
  });

  it('does not count staying put as a transition (the service checks isNoOp first)', () => {
    expect(canTransition(complete({ from: 'CONFIRMED', to: 'CONFIRMED', method: 'COD', actor: 'ADMIN' }))).toMatchObject({ reason: 'NOT_A_TRANSITION' });
  });
});

describe('order lifecycle: transition and what follows from it', () => {
  const cases: Array<[string, OrderStatus, OrderStatus, PaymentMethod, PaymentStatus, PaymentStatus]> = [
    ['a captured payment is PAID', 'PENDING_PAYMENT', 'PAID', 'ONLINE', 'PENDING', 'PAID'],
    ['a capture after a failed attempt is PAID', 'PENDING_PAYMENT', 'PAID', 'ONLINE', 'FAILED', 'PAID'],
    ['a paid online order cancelled owes a refund', 'PAID', 'CANCELLED', 'ONLINE', 'PAID', 'REFUND_PENDING'],
    ['a confirmed online order rejected owes a refund', 'CONFIRMED', 'REJECTED', 'ONLINE', 'PAID', 'REFUND_PENDING'],
    ['an unpaid online order cancelled needs no payment', 'PENDING_PAYMENT', 'CANCELLED', 'ONLINE', 'PENDING', 'NOT_REQUIRED'],
    ['a failed attempt stays visible on an order the system cancels', 'PENDING_PAYMENT', 'CANCELLED', 'ONLINE', 'FAILED', 'FAILED'],
    ['a COD order rejected needs no payment', 'PLACED', 'REJECTED', 'COD', 'COD_PENDING', 'NOT_REQUIRED'],
    ['a COD order cancelled needs no payment', 'CONFIRMED', 'CANCELLED', 'COD', 'COD_PENDING', 'NOT_REQUIRED'],
    ['a COD order completes only with its cash collected', 'DELIVERED', 'COMPLETED', 'COD', 'COD_PENDING', 'COD_COLLECTED'],
    ['a prepaid order completing stays PAID', 'DELIVERED', 'COMPLETED', 'ONLINE', 'PAID', 'PAID'],
    ['confirming keeps the money view', 'PAID', 'CONFIRMED', 'ONLINE', 'PAID', 'PAID'],
    ['dispatching keeps the money view', 'CONFIRMED', 'OUT_FOR_DELIVERY', 'COD', 'COD_PENDING', 'COD_PENDING'],
    ['delivering keeps the money view', 'OUT_FOR_DELIVERY', 'DELIVERED', 'COD', 'COD_PENDING', 'COD_PENDING'],
  ];
  it.each(cases)('payment status: %s', (_why, from, to, method, paymentStatus, expected) => {
    expect(paymentStatusAfter({ from, to, method, paymentStatus })).toBe(expected);
  });

  it('transition checks the move and reports its outcome', () => {
    expect(transition({ from: 'PAID', to: 'REJECTED', method: 'ONLINE', actor: 'VENDOR', reason: 'No trucks', paymentStatus: 'PAID' })).toEqual({
      from: 'PAID',
      to: 'REJECTED',
      paymentStatus: 'REFUND_PENDING',
      refundRequired: true,
      closes: true,
    });
    expect(transition({ from: 'PENDING_PAYMENT', to: 'PAID', method: 'ONLINE', actor: 'SYSTEM', paymentStatus: 'PENDING' })).toEqual({
      from: 'PENDING_PAYMENT',
      to: 'PAID',
      paymentStatus: 'PAID',
      refundRequired: false,
      closes: false,
    });
    expect(() => transition({ from: 'PLACED', to: 'DELIVERED', method: 'COD', actor: 'SYSTEM', paymentStatus: 'COD_PENDING' })).toThrow(TransitionError);
    expect(() => transition({ from: 'OUT_FOR_DELIVERY', to: 'DELIVERED', method: 'COD', actor: 'VENDOR', paymentStatus: 'COD_PENDING' })).toThrow(/delivery completes/);
  });

  it('a replacement order (nothing owed) is never owed a refund and its money view stays NOT_REQUIRED', () => {
    const { status, method, paymentStatus } = REPLACEMENT_START;
    expect(transition({ from: status, to: 'CANCELLED', method, actor: 'BUYER', paymentStatus })).toEqual({
      from: 'PAID',
      to: 'CANCELLED',
      paymentStatus: 'NOT_REQUIRED',
      refundRequired: false,
      closes: true,
    });
    expect(transition({ from: status, to: 'REJECTED', method, actor: 'VENDOR', reason: 'Out of stock', paymentStatus }).refundRequired).toBe(false);
    // The whole prepaid path: confirmed, dispatched, delivered and completed by the delivery, never asking for money.
    expect(transitionsFrom(status, method)).toContain('CONFIRMED');
    expect(paymentStatusAfter({ from: 'DELIVERED', to: 'COMPLETED', method, paymentStatus })).toBe('NOT_REQUIRED');
    expect(completesOnDelivery(method)).toBe(true);
  });

  it('the delivery completes a prepaid order; a COD order waits for its cash', () => {
    expect(completesOnDelivery('ONLINE')).toBe(true);
    expect(completesOnDelivery('COD')).toBe(false);
  });
});

describe('order lifecycle: assertTransition', () => {
  it('throws a TransitionError carrying the refusal code and message', () => {
    const request: TransitionRequest = { from: 'DELIVERED', to: 'COMPLETED', method: 'COD', actor: 'VENDOR' };
    let thrown: unknown;
    try {
      assertTransition(request);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(TransitionError);
    expect(thrown).toBeInstanceOf(Error);
    expect(thrown).toMatchObject({ name: 'TransitionError', code: 'CASH_NOT_COLLECTED' });
    const check = canTransition(request);
    expect((thrown as TransitionError).message).toBe(check.ok ? '' : check.message);
  });
});

describe('order lifecycle: properties', () => {
  const reasons = [undefined, null, '', '  ', 'Truck broke down'];

  it('random walks from the start, taking only allowed moves, end in a terminal status in order', () => {
    const random = seededRandom(20261125);
    const violations: string[] = [];
    for (let walk = 0; walk < 1000; walk += 1) {
      const method = pick(random, PAYMENT_METHODS);
      const path: OrderStatus[] = [initialStatus(method)];
      let status = path[0] as OrderStatus;
      for (let attempt = 0; attempt < 400 && !isTerminal(status); attempt += 1) {
        const next = transitionsFrom(status, method);
        const to = random() < 0.7 && next.length > 0 ? pick(random, next) : pick(random, ORDER_STATUSES);
        const request: TransitionRequest = {
          from: status,
          to,
          method,
          actor: pick(random, ACTORS),
          reason: pick(random, reasons),
          cashCollected: random() < 0.5,
        };
        const check = canTransition(request);
        if (!check.ok) {
          if (thrownCode(request) !== check.reason) violations.push(`assertTransition disagrees on ${JSON.stringify(request)}`);
          continue;
        }
        if (!next.includes(to)) violations.push(`${status} → ${to} allowed but not listed by transitionsFrom`);
        status = to;
        path.push(to);
      }

      const walked = `${method}: ${path.join(' → ')}`;
      const at = (s: OrderStatus) => path.indexOf(s);
      const foreign: OrderStatus[] = method === 'ONLINE' ? ['PLACED'] : ['PENDING_PAYMENT', 'PAID'];
      if (!isTerminal(status)) violations.push(`${walked} did not end`);
      if (new Set(path).size !== path.length) violations.push(`${walked} repeats a status`);
      if (at('OUT_FOR_DELIVERY') >= 0 && at('CONFIRMED') !== at('OUT_FOR_DELIVERY') - 1) violations.push(`${walked} dispatched unconfirmed`);
      if (at('DELIVERED') >= 0 && at('OUT_FOR_DELIVERY') !== at('DELIVERED') - 1) violations.push(`${walked} delivered undispatched`);
      if (at('COMPLETED') >= 0 && at('DELIVERED') !== at('COMPLETED') - 1) violations.push(`${walked} completed undelivered`);
      if (at('CANCELLED') >= 0 && !isBeforeDispatch(path[at('CANCELLED') - 1] as OrderStatus)) violations.push(`${walked} cancelled after dispatch`);
      if (path.some((s) => foreign.includes(s))) violations.push(`${walked} left its payment method's graph`);
    }
    expect(violations).toEqual([]);
  });

  it('allows a random request only if the graph has that move, from a live status, for that method', () => {
    const random = seededRandom(7);
    const violations: string[] = [];
    let allowed = 0;
    for (let i = 0; i < 20000; i += 1) {
      const request: TransitionRequest = {
        from: pick(random, ORDER_STATUSES),
        to: pick(random, ORDER_STATUSES),
        method: pick(random, PAYMENT_METHODS),
        actor: pick(random, ACTORS),
        reason: pick(random, reasons),
        cashCollected: random() < 0.5,
      };
      const check = canTransition(request);
      const inGraph = transitionsFrom(request.from, request.method).includes(request.to);
      if (check.ok) allowed += 1;
      if (check.ok && !(inGraph && !isTerminal(request.from) && !isNoOp(request.from, request.to))) {
        violations.push(`allowed outside the graph: ${JSON.stringify(request)}`);
      }
      // An admin with a reason and the cash may make exactly the moves in the graph but the delivery's.
      if (canTransition({ ...request, actor: 'ADMIN', reason: 'Ops', cashCollected: true }).ok !== (inGraph && !followsDelivery(request.from, request.to))) {
        violations.push(`admin disagrees with transitionsFrom: ${JSON.stringify(request)}`);
      }
    }
    expect(violations).toEqual([]);
    expect(allowed).toBeGreaterThan(500);
  });
});

function thrownCode(request: TransitionRequest): string | null {
  try {
    assertTransition(request);
    return null;
  } catch (error) {
    return error instanceof TransitionError ? error.code : 'not a TransitionError';
  }
}
