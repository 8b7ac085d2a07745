/**
 * A dispute's life, as pure rules (no I/O): who may open one and until when, how much may be
 * claimed, and which step leads where. The service applies them under the order's row lock.
 *
 *   AWAITING_VENDOR --vendor accepts/contests, or 48 h of silence--> AWAITING_ADMIN
 *   AWAITING_VENDOR | AWAITING_ADMIN --admin resolves--> REFUND_PENDING | REPLACEMENT_ARRANGED | REJECTED
 *   REFUND_PENDING --payments processed the refund--> REFUNDED
 */

export const DISPUTE_STATUSES = ['AWAITING_VENDOR', 'AWAITING_ADMIN', 'REFUND_PENDING', 'REFUNDED', 'REPLACEMENT_ARRANGED', 'REJECTED'] as const;
export type DisputeStatusName = (typeof DISPUTE_STATUSES)[number];

/** At most one dispute per order in these (the partial unique index `disputes_one_open_per_order`). */
export const OPEN_DISPUTE_STATUSES: readonly DisputeStatusName[] = ['AWAITING_VENDOR', 'AWAITING_ADMIN', 'REFUND_PENDING'];

export type DisputeOutcomeName = 'FULL_REFUND' | 'PARTIAL_REFUND' | 'REPLACEMENT' | 'REJECTED';

export type DisputeStep =
  | { kind: 'VENDOR_RESPONDED'; response: 'ACCEPTED' | 'CONTESTED' }
  | { kind: 'ESCALATED' }
  | { kind: 'RESOLVED'; outcome: DisputeOutcomeName }
  | { kind: 'REFUND_PROCESSED' };

/** The buyer may dispute for this long after delivery. */
export const DISPUTE_WINDOW_MS = 7 * 24 * 3600 * 1000;
/** The vendor has this long to accept or contest before an admin takes it over. */
export const VENDOR_RESPONSE_WINDOW_MS = 48 * 3600 * 1000;

export class DisputeRuleError extends Error {
  constructor(
    readonly reason: string,
    message: string,
  ) {
    super(message);
  }
}

/** Where a step leads from `from`; throws DisputeRuleError (reason NOT_A_TRANSITION) when it does not apply. */
export function nextDisputeStatus(from: DisputeStatusName, step: DisputeStep): DisputeStatusName {
  const refuse = () => {
    throw new DisputeRuleError('NOT_A_TRANSITION', `A dispute that is ${from} cannot be ${step.kind.toLowerCase().replace('_', ' ')}.`);
  };
  switch (step.kind) {
    case 'VENDOR_RESPONDED':
    case 'ESCALATED':
      return from === 'AWAITING_VENDOR' ? 'AWAITING_ADMIN' : refuse();
    case 'RESOLVED':
      if (from !== 'AWAITING_VENDOR' && from !== 'AWAITING_ADMIN') return refuse();
      switch (step.outcome) {
        case 'FULL_REFUND':
        case 'PARTIAL_REFUND':
          return 'REFUND_PENDING';
        case 'REPLACEMENT':
          return 'REPLACEMENT_ARRANGED';
        case 'REJECTED':
          return 'REJECTED';
      }
      return refuse();
    case 'REFUND_PROCESSED':
      return from === 'REFUND_PENDING' ? 'REFUNDED' : refuse();
  }
}

export const isOpenDispute = (status: DisputeStatusName) => OPEN_DISPUTE_STATUSES.includes(status);

/** Whether the order may be disputed now: delivered or completed, and delivered less than 7 days ago. */
export function disputeWindowProblem(order: { status: string; deliveredAt: Date | null }, now: Date): DisputeRuleError | null {
  if ((order.status !== 'DELIVERED' && order.status !== 'COMPLETED') || !order.deliveredAt) {
    return new DisputeRuleError('ORDER_NOT_DELIVERED', 'Only a delivered order can be disputed.');
  }
  if (now.getTime() - order.deliveredAt.getTime() > DISPUTE_WINDOW_MS) {
    return new DisputeRuleError('DISPUTE_WINDOW_CLOSED', 'An order can be disputed within 7 days of its delivery.');
  }
  return null;
}

export function vendorResponseDue(openedAt: Date): Date {
  return new Date(openedAt.getTime() + VENDOR_RESPONSE_WINDOW_MS);
}

/** A dispute still waiting for its vendor after the response window: the escalation job moves it to an admin. */
export function isResponseOverdue(dispute: { status: DisputeStatusName; responseDueAt: Date }, now: Date): boolean {
  return dispute.status === 'AWAITING_VENDOR' && dispute.responseDueAt.getTime() <= now.getTime();
}

export interface OrderLine {
  id: string;
  quantity: number;
  /** What the line cost, GST included. */
  lineTotalPaise: number;
}
export interface LineClaim {
  orderItemId: string;
  quantity: number;
}

/**
 * What the buyer paid for `quantity` of a line: its total (GST included) pro rata, rounded down,
 * so the claim is never above what was paid; the whole line is exactly its total.
 */
export function paidForQuantity(line: OrderLine, quantity: number): number {
  return Math.floor((line.lineTotalPaise * quantity) / line.quantity);
}

/**
 * The most that may be claimed or refunded for these lines: what was paid for them, but never
 * more than the order's money not refunded yet (`paidPaise` − `refundedPaise`). Throws
 * DisputeRuleError for an unknown line, a line named twice or a quantity above the ordered one.
 */
export function claimableForLines(lines: readonly OrderLine[], claims: readonly LineClaim[], paidPaise: number, refundedPaise: number): number {
  if (claims.length === 0) throw new DisputeRuleError('LINES_REQUIRED', 'Name at least one line of the order.');
  const byId = new Map(lines.map((l) => [l.id, l]));
  const seen = new Set<string>();
  let total = 0;
  for (const claim of claims) {
    const line = byId.get(claim.orderItemId.toLowerCase());
    if (!line) throw new DisputeRuleError('UNKNOWN_LINE', `Line ${claim.orderItemId} is not a line of this order.`);
    if (seen.has(line.id)) throw new DisputeRuleError('DUPLICATE_LINE', `Line ${claim.orderItemId} is named twice.`);
    seen.add(line.id);
    if (!Number.isInteger(claim.quantity) || claim.quantity < 1 || claim.quantity > line.quantity) {
      throw new DisputeRuleError('QUANTITY_ABOVE_ORDERED', `Line ${claim.orderItemId}: the quantity must be 1–${line.quantity} (what was ordered).`);
    }
    total += paidForQuantity(line, claim.quantity);
  }
  return Math.max(0, Math.min(total, paidPaise - refundedPaise));
}

/** The order's money the buyer has paid: the total once paid online or collected in cash, else nothing. */
export function paidOnOrder(order: { paymentStatus: string; totalPaise: number }): number {
  return ['PAID', 'COD_COLLECTED', 'REFUND_PENDING', 'REFUNDED'].includes(order.paymentStatus) ? order.totalPaise : 0;
}

/** Razorpay refunds at least ₹1; the same floor applies to manual payouts. */
export const MIN_DISPUTE_REFUND_PAISE = 100;

export interface Resolution {
  outcome: DisputeOutcomeName;
  lines?: readonly LineClaim[] | undefined;
  amountPaise?: number | undefined;
  payoutReference?: string | undefined;
}

/**
 * The refund a resolution approves: FULL_REFUND gives back all the order's money not refunded
 * yet; PARTIAL_REFUND the stated amount for the stated lines (never above what they were paid,
 * less refunds); REPLACEMENT and REJECTED nothing. A cash-on-delivery refund is a manual payout
 * and needs its UPI/bank reference.
 */
export function approvedRefund(resolution: Resolution, order: { paymentMethod: string; lines: readonly OrderLine[]; paidPaise: number; refundedPaise: number }): number {
  const remaining = order.paidPaise - order.refundedPaise;
  let amount = 0;
  switch (resolution.outcome) {
    case 'FULL_REFUND':
      amount = remaining;
      if (resolution.amountPaise !== undefined && resolution.amountPaise !== amount) {
        throw new DisputeRuleError('AMOUNT_NOT_FULL', `A full refund is everything not refunded yet: ${amount} paise. Use PARTIAL_REFUND for less.`);
      }
      break;
    case 'PARTIAL_REFUND': {
      if (!resolution.lines?.length) throw new DisputeRuleError('LINES_REQUIRED', 'A partial refund names the lines it refunds.');
      if (resolution.amountPaise === undefined) throw new DisputeRuleError('AMOUNT_REQUIRED', 'A partial refund states its amount.');
      const limit = claimableForLines(order.lines, resolution.lines, order.paidPaise, order.refundedPaise);
      if (resolution.amountPaise > limit) throw new DisputeRuleError('REFUND_ABOVE_PAID', `At most ${limit} paise was paid (and not refunded) for those lines.`);
      amount = resolution.amountPaise;
      break;
    }
    case 'REPLACEMENT':
    case 'REJECTED':
      // Lines a replacement names must be lines of the order, within what was ordered.
      if (resolution.outcome === 'REPLACEMENT' && resolution.lines?.length) claimableForLines(order.lines, resolution.lines, order.paidPaise, order.refundedPaise);
      if (resolution.amountPaise) throw new DisputeRuleError('NO_REFUND_FOR_OUTCOME', `${resolution.outcome} refunds nothing; leave amountPaise out.`);
      return 0;
  }
  if (amount < MIN_DISPUTE_REFUND_PAISE) throw new DisputeRuleError('NOTHING_TO_REFUND', `A refund is at least ${MIN_DISPUTE_REFUND_PAISE} paise; ${remaining} paise of the order is refundable.`);
  if (order.paymentMethod === 'COD' && !resolution.payoutReference?.trim()) {
    throw new DisputeRuleError('PAYOUT_REFERENCE_REQUIRED', 'A cash-on-delivery refund is paid out by hand: give the UPI/bank reference of the payout.');
  }
  return amount;
}

/**
 * Recording a manual payout (UPI/bank) in place of a refund Razorpay refused: only for a dispute
 * still REFUND_PENDING whose refund failed, once. RECORD: go ahead; ALREADY_RECORDED: a retry
 * with the same reference (answer with the dispute, change nothing). Throws DisputeRuleError
 * NOT_A_TRANSITION, REFUND_NOT_FAILED or PAYOUT_ALREADY_RECORDED otherwise.
 */
export function manualPayoutStep(
  dispute: { status: DisputeStatusName; refundFailedAt: Date | null; payoutReference: string | null },
  reference: string,
): 'RECORD' | 'ALREADY_RECORDED' {
  if (dispute.refundFailedAt && dispute.payoutReference === reference) return 'ALREADY_RECORDED';
  if (dispute.status !== 'REFUND_PENDING') throw new DisputeRuleError('NOT_A_TRANSITION', `A dispute that is ${dispute.status} has no refund to pay out by hand.`);
  if (!dispute.refundFailedAt) {
    throw new DisputeRuleError('REFUND_NOT_FAILED', 'The refund has not failed: a manual payout is recorded only after Razorpay refuses the refund.');
  }
  if (dispute.payoutReference) throw new DisputeRuleError('PAYOUT_ALREADY_RECORDED', `A manual payout was already recorded (${dispute.payoutReference}).`);
  return 'RECORD';
}
