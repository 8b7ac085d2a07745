/**
 * The order state machine: which status may follow which, for which payment method, who may
 * move it, and what the move does to the order's payment status. Pure functions; no I/O. Every
 * status change asks `transition` here; the service (order-transitions.ts) then writes status,
 * history and event in one transaction, holding the order's row lock so two racing moves cannot
 * both win.
 *
 * Online: PENDING_PAYMENT → PAID → CONFIRMED → OUT_FOR_DELIVERY → DELIVERED → COMPLETED.
 * COD:    PLACED → CONFIRMED → OUT_FOR_DELIVERY → DELIVERED → COMPLETED (only once cash is collected).
 * Before dispatch an order can be CANCELLED; a vendor can decline a new order (REJECTED, with a
 * reason). COMPLETED, CANCELLED and REJECTED are terminal. An admin may make any move in the
 * graph, always with a reason, except OUT_FOR_DELIVERY → DELIVERED: that move follows the
 * delivery (vendors subgraph) when the buyer's OTP is verified or an admin forces the delivery
 * there (`forceCompleteDelivery`), so the order and its delivery never disagree.
 */
export const ORDER_STATUSES = [
  'PENDING_PAYMENT',
  'PAID',
  'PLACED',
  'CONFIRMED',
  'REJECTED',
  'OUT_FOR_DELIVERY',
  'DELIVERED',
  'COMPLETED',
  'CANCELLED',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const PAYMENT_METHODS = ['ONLINE', 'COD'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export const ACTORS = ['BUYER', 'VENDOR', 'ADMIN', 'SYSTEM'] as const;
export type Actor = (typeof ACTORS)[number];

/** The order's view of its money (payments owns the details). */
export const PAYMENT_STATUSES = ['PENDING', 'PAID', 'FAILED', 'COD_PENDING', 'COD_COLLECTED', 'REFUND_PENDING', 'REFUNDED', 'NOT_REQUIRED'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

export type TransitionRefusal =
  | 'NOT_A_TRANSITION'
  | 'NOT_ALLOWED_FOR_ACTOR'
  | 'REASON_REQUIRED'
  | 'CASH_NOT_COLLECTED'
  | 'WRONG_PAYMENT_METHOD'
  | 'DELIVERY_NOT_VERIFIED';

export interface TransitionRequest {
  from: OrderStatus;
  to: OrderStatus;
  method: PaymentMethod;
  actor: Actor;
  reason?: string | null;
  /** COD only: the delivery's cash has been recorded as collected. */
  cashCollected?: boolean;
  /** An admin forced the order's delivery in vendors (`forceCompleteDelivery`), which delivers it on their behalf. */
  deliveryForced?: boolean;
}

export type TransitionCheck = { ok: true } | { ok: false; reason: TransitionRefusal; message: string };

export class TransitionError extends Error {
  constructor(
    readonly code: TransitionRefusal,
    message: string,
  ) {
    super(message);
    this.name = 'TransitionError';
  }
}

interface Move {
  from: OrderStatus;
  to: OrderStatus;
  methods: readonly PaymentMethod[];
  /** Who may make the move besides ADMIN (who may make every move, with a reason). */
  actors: readonly Actor[];
  /** Made only following the delivery record (the system on its OTP, or for the admin who forced it there): never asked for directly. */
  followsDelivery?: true;
}

const BOTH: readonly PaymentMethod[] = ['ONLINE', 'COD'];

const MOVES: readonly Move[] = [
  { from: 'PENDING_PAYMENT', to: 'PAID', methods: ['ONLINE'], actors: ['SYSTEM'] }, // payment captured
  { from: 'PENDING_PAYMENT', to: 'CANCELLED', methods: ['ONLINE'], actors: ['BUYER', 'SYSTEM'] }, // window expired or payment failed
  { from: 'PAID', to: 'CONFIRMED', methods: ['ONLINE'], actors: ['VENDOR'] },
  { from: 'PAID', to: 'REJECTED', methods: ['ONLINE'], actors: ['VENDOR'] },
  { from: 'PAID', to: 'CANCELLED', methods: ['ONLINE'], actors: ['BUYER'] },
  { from: 'PLACED', to: 'CONFIRMED', methods: ['COD'], actors: ['VENDOR'] },
  { from: 'PLACED', to: 'REJECTED', methods: ['COD'], actors: ['VENDOR'] },
  { from: 'PLACED', to: 'CANCELLED', methods: ['COD'], actors: ['BUYER'] },
  // Once confirmed the buyer can no longer cancel alone: the vendor may already be loading the truck.
  { from: 'CONFIRMED', to: 'CANCELLED', methods: BOTH, actors: [] },
  { from: 'CONFIRMED', to: 'OUT_FOR_DELIVERY', methods: BOTH, actors: ['VENDOR'] },
  // Only the delivery's DeliveryCompleted event (OTP verified at the door, or forced by an admin
  // with a reason in vendors) delivers an order.
  { from: 'OUT_FOR_DELIVERY', to: 'DELIVERED', methods: BOTH, actors: ['SYSTEM'], followsDelivery: true },
  { from: 'DELIVERED', to: 'COMPLETED', methods: BOTH, actors: ['SYSTEM', 'VENDOR'] },
];

const TERMINAL: ReadonlySet<OrderStatus> = new Set(['COMPLETED', 'CANCELLED', 'REJECTED']);
const BEFORE_DISPATCH: ReadonlySet<OrderStatus> = new Set(['PENDING_PAYMENT', 'PAID', 'PLACED', 'CONFIRMED']);
/** Statuses in which an online order holds the buyer's money. */
const PAID_ONLINE: ReadonlySet<OrderStatus> = new Set(['PAID', 'CONFIRMED', 'OUT_FOR_DELIVERY', 'DELIVERED', 'COMPLETED']);

export function initialStatus(method: PaymentMethod): OrderStatus {
  return method === 'ONLINE' ? 'PENDING_PAYMENT' : 'PLACED';
}

/**
 * A dispute's replacement order (docs/disputes.md): nothing to pay, so it starts where a paid
 * order waits for its vendor, on the prepaid path (ONLINE: nothing is collected at the door and
 * the delivery completes it), with payment status NOT_REQUIRED for its whole life.
 */
export const REPLACEMENT_START = { status: 'PAID', method: 'ONLINE', paymentStatus: 'NOT_REQUIRED' } as const satisfies {
  status: OrderStatus;
  method: PaymentMethod;
  paymentStatus: PaymentStatus;
};

export function isTerminal(status: OrderStatus): boolean {
  return TERMINAL.has(status);
}

/** Not yet handed to delivery and not ended: the only statuses from which an order can be cancelled. */
export function isBeforeDispatch(status: OrderStatus): boolean {
  return BEFORE_DISPATCH.has(status);
}

/** Moving to this status gives the reserved stock back. */
export function releasesStock(to: OrderStatus): boolean {
  return to === 'CANCELLED' || to === 'REJECTED';
}

/** An online order that holds the buyer's money is being cancelled or rejected. COD money is only taken at the door. */
export function needsRefund(from: OrderStatus, to: OrderStatus, method: PaymentMethod): boolean {
  return method === 'ONLINE' && PAID_ONLINE.has(from) && releasesStock(to);
}

/** A retried move to the status the order is already in: the service answers success and writes no history. */
export function isNoOp(from: OrderStatus, to: OrderStatus): boolean {
  return from === to;
}

/** Every status an order paid by `method` can move to from `status`, by some actor. */
export function transitionsFrom(status: OrderStatus, method: PaymentMethod): OrderStatus[] {
  return MOVES.filter((move) => move.from === status && move.methods.includes(method)).map((move) => move.to);
}

/**
 * Whether `actor` may move an order from `from` to `to`. Checked in this order: the move exists
 * at all, exists for this payment method, is not the delivery's to make, is open to this actor,
 * has its reason, has its cash.
 */
export function canTransition(request: TransitionRequest): TransitionCheck {
  const { from, to, method, actor } = request;
  const candidates = MOVES.filter((m) => m.from === from && m.to === to);
  if (candidates.length === 0) return refuse('NOT_A_TRANSITION', `An order cannot move from ${from} to ${to}.`);
  const move = candidates.find((m) => m.methods.includes(method));
  if (!move) return refuse('WRONG_PAYMENT_METHOD', `A ${method} order cannot move from ${from} to ${to}.`);
  if (move.followsDelivery && actor !== 'SYSTEM' && !(actor === 'ADMIN' && request.deliveryForced === true)) {
    return refuse('DELIVERY_NOT_VERIFIED', `An order becomes ${to} only when its delivery completes (the buyer's OTP, or an admin's forceCompleteDelivery).`);
  }
  if (actor !== 'ADMIN' && !move.actors.includes(actor)) {
    return refuse('NOT_ALLOWED_FOR_ACTOR', `${actor} may not move an order from ${from} to ${to}.`);
  }
  if ((actor === 'ADMIN' || to === 'REJECTED') && !hasText(request.reason)) {
    return refuse('REASON_REQUIRED', `Moving an order from ${from} to ${to} as ${actor} needs a reason.`);
  }
  // Applies to ADMIN as well: completing a COD order releases the vendor's settlement for cash nobody recorded.
  if (method === 'COD' && to === 'COMPLETED' && request.cashCollected !== true) {
    return refuse('CASH_NOT_COLLECTED', 'A cash-on-delivery order is completed only once the cash is collected.');
  }
  return { ok: true };
}

/** `canTransition`, throwing a `TransitionError` with the refusal's code. */
export function assertTransition(request: TransitionRequest): void {
  const check = canTransition(request);
  if (!check.ok) throw new TransitionError(check.reason, check.message);
}

/** What an allowed move does: the new status, and the payment status and refund that follow from it. */
export interface TransitionOutcome {
  from: OrderStatus;
  to: OrderStatus;
  paymentStatus: PaymentStatus;
  /** An online order holding the buyer's money is closed: payments refunds it. */
  refundRequired: boolean;
  /** The order is closed and its stock given back; the move's note is the closing reason. */
  closes: boolean;
}

/**
 * The one way an order changes status: checks the move (`assertTransition`, throwing a
 * `TransitionError`) and says what follows from it, given the order's current payment status.
 */
export function transition(request: TransitionRequest & { paymentStatus: PaymentStatus }): TransitionOutcome {
  assertTransition(request);
  const { from, to, method } = request;
  // NOT_REQUIRED before a move: a replacement order, which holds no money to give back.
  const refundRequired = request.paymentStatus !== 'NOT_REQUIRED' && needsRefund(from, to, method);
  return { from, to, paymentStatus: paymentStatusAfter(request), refundRequired, closes: releasesStock(to) };
}

/**
 * The payment status after a move: captured when paid, owed back when a paid online order
 * closes, no longer expected when an unpaid or COD order closes, collected when a COD order
 * completes (only the cash does that). Anything else keeps the money view as it is.
 */
export function paymentStatusAfter(move: { from: OrderStatus; to: OrderStatus; method: PaymentMethod; paymentStatus: PaymentStatus }): PaymentStatus {
  const { from, to, method, paymentStatus } = move;
  // Nothing was ever owed (a replacement order): nothing to capture, collect or refund.
  if (paymentStatus === 'NOT_REQUIRED') return 'NOT_REQUIRED';
  if (to === 'PAID') return 'PAID';
  if (needsRefund(from, to, method)) return 'REFUND_PENDING';
  if (releasesStock(to) && (method === 'COD' || paymentStatus === 'PENDING')) return 'NOT_REQUIRED';
  if (to === 'COMPLETED' && method === 'COD') return 'COD_COLLECTED';
  return paymentStatus;
}

/** A prepaid order has nothing left to settle at the door: its delivery completes it (COD waits for the cash). */
export function completesOnDelivery(method: PaymentMethod): boolean {
  return method === 'ONLINE';
}

function refuse(reason: TransitionRefusal, message: string): TransitionCheck {
  return { ok: false, reason, message };
}

function hasText(value: string | null | undefined): boolean {
  return typeof value === 'string' && value.trim().length > 0;
}
