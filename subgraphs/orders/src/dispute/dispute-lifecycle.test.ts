import {
  DISPUTE_STATUSES,
  DisputeRuleError,
  approvedRefund,
  claimableForLines,
  disputeWindowProblem,
  isResponseOverdue,
  manualPayoutStep,
  nextDisputeStatus,
  paidOnOrder,
  vendorResponseDue,
  type DisputeStatusName,
  type DisputeStep,
} from './dispute-lifecycle.js';

const reasonOf = (run: () => unknown): string | null => {
  try {
    run();
    return null;
  } catch (error) {
    if (error instanceof DisputeRuleError) return error.reason;
    throw error;
  }
};

const DAY = 24 * 3600 * 1000;
const now = new Date('2026-12-01T10:00:00Z');
// 10 bags at ₹410 + 28 % GST = ₹5,248 (524,800 paise); 3 worker-days at ₹900 + 18 % = ₹3,186.
const lines = [
  { id: '00000000-0000-4000-8000-000000000001', quantity: 10, lineTotalPaise: 524_800 },
  { id: '00000000-0000-4000-8000-000000000002', quantity: 3, lineTotalPaise: 318_600 },
];
const [cement, labour] = lines as [(typeof lines)[0], (typeof lines)[0]];

describe('the dispute state machine', () => {
  const steps: DisputeStep[] = [
    { kind: 'VENDOR_RESPONDED', response: 'ACCEPTED' },
    { kind: 'VENDOR_RESPONDED', response: 'CONTESTED' },
    { kind: 'ESCALATED' },
    { kind: 'RESOLVED', outcome: 'FULL_REFUND' },
    { kind: 'RESOLVED', outcome: 'PARTIAL_REFUND' },
    { kind: 'RESOLVED', outcome: 'REPLACEMENT' },
    { kind: 'RESOLVED', outcome: 'REJECTED' },
    { kind: 'REFUND_PROCESSED' },
  ];
  const allowed: Record<DisputeStatusName, Array<[number, DisputeStatusName]>> = {
    AWAITING_VENDOR: [[0, 'AWAITING_ADMIN'], [1, 'AWAITING_ADMIN'], [2, 'AWAITING_ADMIN'], [3, 'REFUND_PENDING'], [4, 'REFUND_PENDING'], [5, 'REPLACEMENT_ARRANGED'], [6, 'REJECTED']],
    AWAITING_ADMIN: [[3, 'REFUND_PENDING'], [4, 'REFUND_PENDING'], [5, 'REPLACEMENT_ARRANGED'], [6, 'REJECTED']],
    REFUND_PENDING: [[7, 'REFUNDED']],
    REFUNDED: [],
    REPLACEMENT_ARRANGED: [],
    REJECTED: [],
  };

  it.each(DISPUTE_STATUSES.map((s) => [s]))('from %s exactly the listed steps apply; every other one is NOT_A_TRANSITION', (from) => {
    const expected = new Map(allowed[from]);
    steps.forEach((step, i) => {
      if (expected.has(i)) expect([i, nextDisputeStatus(from, step)]).toEqual([i, expected.get(i)]);
      else expect([i, reasonOf(() => nextDisputeStatus(from, step))]).toEqual([i, 'NOT_A_TRANSITION']);
    });
  });
});

describe('who may open a dispute, and when', () => {
  it('a delivered or completed order, up to 7 days after delivery', () => {
    expect(disputeWindowProblem({ status: 'DELIVERED', deliveredAt: new Date(now.getTime() - DAY) }, now)).toBeNull();
    expect(disputeWindowProblem({ status: 'COMPLETED', deliveredAt: new Date(now.getTime() - 7 * DAY) }, now)).toBeNull();
    expect(disputeWindowProblem({ status: 'COMPLETED', deliveredAt: new Date(now.getTime() - 7 * DAY - 1000) }, now)?.reason).toBe('DISPUTE_WINDOW_CLOSED');
  });

  it.each(['PLACED', 'PAID', 'CONFIRMED', 'OUT_FOR_DELIVERY', 'CANCELLED', 'REJECTED'])('not a %s order', (status) => {
    expect(disputeWindowProblem({ status, deliveredAt: null }, now)?.reason).toBe('ORDER_NOT_DELIVERED');
  });

  it('gives the vendor 48 hours, after which the dispute is overdue only while it waits for the vendor', () => {
    const due = vendorResponseDue(now);
    expect(due.toISOString()).toBe('2026-12-03T10:00:00.000Z');
    expect(isResponseOverdue({ status: 'AWAITING_VENDOR', responseDueAt: due }, new Date(due.getTime() - 1))).toBe(false);
    expect(isResponseOverdue({ status: 'AWAITING_VENDOR', responseDueAt: due }, due)).toBe(true);
    expect(isResponseOverdue({ status: 'AWAITING_ADMIN', responseDueAt: due }, new Date(due.getTime() + DAY))).toBe(false);
  });
});

describe('how much may be claimed', () => {
  const paid = 524_800 + 318_600 + 5_900; // lines + delivery with its GST

  it('is what was paid for the stated quantities, GST included, pro rata and rounded down', () => {
    expect(claimableForLines(lines, [{ orderItemId: cement.id, quantity: 10 }], paid, 0)).toBe(524_800);
    expect(claimableForLines(lines, [{ orderItemId: cement.id, quantity: 3 }], paid, 0)).toBe(157_440);
    expect(claimableForLines(lines, [{ orderItemId: labour.id, quantity: 1 }], paid, 0)).toBe(106_200);
    expect(claimableForLines(lines, [{ orderItemId: labour.id.toUpperCase(), quantity: 3 }, { orderItemId: cement.id, quantity: 1 }], paid, 0)).toBe(318_600 + 52_480);
  });

  it('never exceeds the order money not refunded yet, and is nothing for an unpaid order', () => {
    expect(claimableForLines(lines, [{ orderItemId: cement.id, quantity: 10 }], paid, paid - 1_000)).toBe(1_000);
    expect(claimableForLines(lines, [{ orderItemId: cement.id, quantity: 10 }], 0, 0)).toBe(0);
    expect(paidOnOrder({ paymentStatus: 'COD_PENDING', totalPaise: paid })).toBe(0);
    expect(paidOnOrder({ paymentStatus: 'COD_COLLECTED', totalPaise: paid })).toBe(paid);
    expect(paidOnOrder({ paymentStatus: 'PAID', totalPaise: paid })).toBe(paid);
  });

  it.each([
    ['no line', [], 'LINES_REQUIRED'],
    ['an unknown line', [{ orderItemId: '00000000-0000-4000-8000-000000000009', quantity: 1 }], 'UNKNOWN_LINE'],
    ['a line twice', [{ orderItemId: cement.id, quantity: 1 }, { orderItemId: cement.id, quantity: 2 }], 'DUPLICATE_LINE'],
    ['more than ordered', [{ orderItemId: cement.id, quantity: 11 }], 'QUANTITY_ABOVE_ORDERED'],
    ['zero', [{ orderItemId: cement.id, quantity: 0 }], 'QUANTITY_ABOVE_ORDERED'],
  ])('refuses %s', (_what, claims, reason) => {
    expect(reasonOf(() => claimableForLines(lines, claims, paid, 0))).toBe(reason);
  });
});

describe('what a resolution refunds', () => {
  const online = { paymentMethod: 'ONLINE', lines, paidPaise: 849_300, refundedPaise: 0 };
  const cod = { ...online, paymentMethod: 'COD' };

  it('full: everything not refunded yet; partial: the stated amount up to the lines’ price; replacement and rejection: nothing', () => {
    expect(approvedRefund({ outcome: 'FULL_REFUND' }, { ...online, refundedPaise: 300 })).toBe(849_000);
    expect(approvedRefund({ outcome: 'PARTIAL_REFUND', lines: [{ orderItemId: cement.id, quantity: 2 }], amountPaise: 104_960 }, online)).toBe(104_960);
    expect(approvedRefund({ outcome: 'REPLACEMENT' }, online)).toBe(0);
    expect(approvedRefund({ outcome: 'REJECTED' }, cod)).toBe(0);
    expect(approvedRefund({ outcome: 'FULL_REFUND', payoutReference: 'UPI-4521' }, cod)).toBe(849_300);
  });

  it.each([
    ['a partial refund above the lines’ price', { outcome: 'PARTIAL_REFUND', lines: [{ orderItemId: cement.id, quantity: 2 }], amountPaise: 104_961 }, online, 'REFUND_ABOVE_PAID'],
    ['a partial refund without lines', { outcome: 'PARTIAL_REFUND', amountPaise: 10_000 }, online, 'LINES_REQUIRED'],
    ['a partial refund without an amount', { outcome: 'PARTIAL_REFUND', lines: [{ orderItemId: cement.id, quantity: 2 }] }, online, 'AMOUNT_REQUIRED'],
    ['a full refund of another amount', { outcome: 'FULL_REFUND', amountPaise: 100_000 }, online, 'AMOUNT_NOT_FULL'],
    ['a rejection with an amount', { outcome: 'REJECTED', amountPaise: 100 }, online, 'NO_REFUND_FOR_OUTCOME'],
    ['a replacement of more than was ordered', { outcome: 'REPLACEMENT', lines: [{ orderItemId: labour.id, quantity: 4 }] }, online, 'QUANTITY_ABOVE_ORDERED'],
    ['a COD refund without the payout reference', { outcome: 'FULL_REFUND' }, cod, 'PAYOUT_REFERENCE_REQUIRED'],
    ['a refund of an order already refunded', { outcome: 'FULL_REFUND' }, { ...online, refundedPaise: 849_300 }, 'NOTHING_TO_REFUND'],
  ] as const)('refuses %s', (_what, resolution, order, reason) => {
    expect(reasonOf(() => approvedRefund(resolution, order))).toBe(reason);
  });
});

describe('a manual payout in place of a refused refund', () => {
  const failed = { status: 'REFUND_PENDING' as const, refundFailedAt: now, payoutReference: null };
  it('is recorded once, only after Razorpay refused the refund; a retry with the same reference changes nothing', () => {
    expect(manualPayoutStep(failed, 'UTR 1234567890')).toBe('RECORD');
    expect(manualPayoutStep({ ...failed, payoutReference: 'UTR 1234567890' }, 'UTR 1234567890')).toBe('ALREADY_RECORDED');
    expect(manualPayoutStep({ ...failed, status: 'REFUNDED', payoutReference: 'UTR 1234567890' }, 'UTR 1234567890')).toBe('ALREADY_RECORDED');
    expect(reasonOf(() => manualPayoutStep({ ...failed, payoutReference: 'UTR 1234567890' }, 'UTR 999'))).toBe('PAYOUT_ALREADY_RECORDED');
  });
  it('is refused while the refund is pending or for a dispute without a refund', () => {
    expect(reasonOf(() => manualPayoutStep({ ...failed, refundFailedAt: null }, 'UTR 1'))).toBe('REFUND_NOT_FAILED');
    // A COD dispute carries its reference from the resolution but never failed at Razorpay.
    expect(reasonOf(() => manualPayoutStep({ ...failed, refundFailedAt: null, payoutReference: 'UTR 1' }, 'UTR 1'))).toBe('REFUND_NOT_FAILED');
    for (const status of ['AWAITING_VENDOR', 'AWAITING_ADMIN', 'REFUNDED', 'REPLACEMENT_ARRANGED', 'REJECTED'] as const) {
      expect(reasonOf(() => manualPayoutStep({ ...failed, status }, 'UTR 1'))).toBe('NOT_A_TRANSITION');
    }
  });
});
