/**
 * The conversation state machine, pure: what a parsed message means given the open flow (if
 * any), and the flow it opens next. The bot (bot.ts) does the gateway calls the steps name.
 *
 * Flows: an order action (confirm, reject, dispatch) is proposed, then asked yes/no; a reject
 * without a reason first asks for one (numbered choices or free text); an order reference that
 * matches several recent orders asks "which one?" with a numbered list. A flow expires after
 * FLOW_TTL_MS: an answer after that is read as a new message.
 */
import type { EarningsPeriod, Intent, OrderRef } from '../intent/intent.js';

export const FLOW_TTL_MS = 5 * 60_000;

export type OrderAction = 'CONFIRM' | 'REJECT' | 'DISPATCH';
export interface OrderChoice {
  id: string;
  orderNumber: string;
}

/** Reasons offered when a reject names none (numbered from 1). */
export const REJECT_REASONS = ['OUT_OF_STOCK', 'CANNOT_DELIVER', 'PRICE_CHANGED', 'SHOP_CLOSED'] as const;
export type RejectReasonCode = (typeof REJECT_REASONS)[number];

export type FlowState =
  | { state: 'IDLE' }
  | { state: 'CHOOSE_ORDER'; action: OrderAction | 'STATUS'; reason: string | null; candidates: OrderChoice[] }
  | { state: 'REJECT_REASON'; order: OrderChoice }
  | { state: 'CONFIRM_ACTION'; action: OrderAction; order: OrderChoice; reason: string | null };

/** What the bot does with a message. */
export type Step =
  | { do: 'STATUS'; order: OrderRef | null }
  | { do: 'ORDERS'; filter: 'PENDING' | 'TODAY' | 'NEW' }
  | { do: 'EARNINGS'; period: EarningsPeriod | null }
  | { do: 'AVAILABILITY'; accepting: boolean }
  | { do: 'HELP' }
  /** An order action named with an order reference: find the order, then `proposed`. */
  | { do: 'RESOLVE'; action: OrderAction; order: OrderRef; reason: string | null }
  /** An order action without an order: ask which one. */
  | { do: 'ASK_ORDER'; action: OrderAction }
  /** A chosen order (from CHOOSE_ORDER) for an action: `proposed`, or STATUS shows it. */
  | { do: 'CHOSEN'; action: OrderAction | 'STATUS'; order: OrderChoice; reason: string | null }
  /** The reason of a REJECT_REASON flow: ask yes/no. */
  | { do: 'REASON'; order: OrderChoice; reason: string }
  /** Yes to CONFIRM_ACTION: call the mutation. */
  | { do: 'EXECUTE'; action: OrderAction; order: OrderChoice; reason: string | null }
  | { do: 'CANCELLED' }
  /** An answer the open flow cannot take: repeat its question. */
  | { do: 'REASK'; flow: Exclude<FlowState, { state: 'IDLE' }> }
  | { do: 'CLARIFY'; question: string }
  | { do: 'UNKNOWN' };

/** The open flow, or IDLE once it expired. */
export function currentFlow(flow: FlowState, expiresAt: Date | null, now: Date): FlowState {
  if (flow.state === 'IDLE' || !expiresAt || now.getTime() >= expiresAt.getTime()) return { state: 'IDLE' };
  return flow;
}

/** The step for a parsed message in the (unexpired) flow. A new command always wins over an open flow. */
export function stepFor(flow: FlowState, intent: Intent, rawText: string): Step {
  switch (flow.state) {
    case 'CONFIRM_ACTION':
      if (intent.kind === 'YES' || (intent.kind === 'CHOICE' && intent.number === 1)) return { do: 'EXECUTE', action: flow.action, order: flow.order, reason: flow.reason };
      if (intent.kind === 'NO' || (intent.kind === 'CHOICE' && intent.number === 2)) return { do: 'CANCELLED' };
      // The same action again for this flow's order, or without one, is a yes too (a double tap on a button).
      if (intent.kind === flow.action && (intent.order === null)) return { do: 'EXECUTE', action: flow.action, order: flow.order, reason: flow.reason };
      break;
    case 'REJECT_REASON': {
      if (intent.kind === 'NO') return { do: 'CANCELLED' };
      if (intent.kind === 'CHOICE') {
        const reason = REJECT_REASONS[intent.number - 1];
        return reason ? { do: 'REASON', order: flow.order, reason } : { do: 'REASK', flow };
      }
      if (intent.kind === 'REJECT' && intent.reason && intent.order === null) return { do: 'REASON', order: flow.order, reason: intent.reason };
      // Free text that is not a command is the reason (3–500 characters, as rejectOrder wants).
      const text = rawText.trim();
      if ((intent.kind === 'UNKNOWN' || intent.kind === 'AMBIGUOUS') && text.length >= 3 && text.length <= 500) return { do: 'REASON', order: flow.order, reason: text };
      if (intent.kind === 'UNKNOWN') return { do: 'REASK', flow };
      break;
    }
    case 'CHOOSE_ORDER': {
      if (intent.kind === 'NO') return { do: 'CANCELLED' };
      const number = intent.kind === 'CHOICE' ? intent.number : null;
      if (number !== null) {
        const order = flow.candidates[number - 1];
        return order ? { do: 'CHOSEN', action: flow.action, order, reason: flow.reason } : { do: 'REASK', flow };
      }
      break;
    }
    case 'IDLE':
      break;
  }
  return commandStep(intent);
}

function commandStep(intent: Intent): Step {
  switch (intent.kind) {
    case 'STATUS':
      return { do: 'STATUS', order: intent.order };
    case 'ORDERS':
      return { do: 'ORDERS', filter: intent.filter };
    case 'EARNINGS':
      return { do: 'EARNINGS', period: intent.period };
    case 'AVAILABLE':
      return { do: 'AVAILABILITY', accepting: true };
    case 'BUSY':
      return { do: 'AVAILABILITY', accepting: false };
    case 'HELP':
      return { do: 'HELP' };
    case 'CONFIRM':
    case 'DISPATCH':
      return intent.order ? { do: 'RESOLVE', action: intent.kind, order: intent.order, reason: null } : { do: 'ASK_ORDER', action: intent.kind };
    case 'REJECT':
      return intent.order ? { do: 'RESOLVE', action: 'REJECT', order: intent.order, reason: intent.reason } : { do: 'ASK_ORDER', action: 'REJECT' };
    case 'AMBIGUOUS':
      return { do: 'CLARIFY', question: intent.question };
    case 'CHOICE':
      // A lone digit with no numbered question open: the last digit of an order number.
      return { do: 'STATUS', order: { digits: String(intent.number) } };
    case 'YES':
    case 'NO':
    case 'UNKNOWN':
      return { do: 'UNKNOWN' };
  }
}

/** The flow an order action opens once its order is known: a reason first for a reject without one, else yes/no. */
export function proposedFlow(action: OrderAction, order: OrderChoice, reason: string | null): FlowState {
  if (action === 'REJECT' && !reason) return { state: 'REJECT_REASON', order };
  return { state: 'CONFIRM_ACTION', action, order, reason };
}

/** Several orders match a reference: ask which (at most 9, numbered). */
export function chooseOrderFlow(action: OrderAction | 'STATUS', reason: string | null, candidates: OrderChoice[]): FlowState {
  return { state: 'CHOOSE_ORDER', action, reason, candidates: candidates.slice(0, 9) };
}
