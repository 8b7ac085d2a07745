/**
 * What a vendor's WhatsApp message asks for, as the pure parser reads it (parse-intent.ts).
 * The conversation layer turns an intent into gateway calls and a reply; the parser never sees
 * the vendor's orders or the conversation's state.
 */
export type Language = 'en' | 'hi' | 'hinglish';

/**
 * An order as the vendor named it. Order numbers are `RS-YYMM-NNNNNN` (orders' order-number.ts):
 * `full` is a whole number (`RS-2611-000123`), `suffix` the number without `RS-` (`2611-000123`),
 * `digits` the last digits (`#123`, `123`), which matchOrderRef looks up among recent orders.
 */
export type OrderRef = { full: string } | { suffix: string } | { digits: string };

/**
 * `order: null` on an action means the vendor named the action but no order (`confirm`): the bot
 * asks which order (or uses the one its flow is about) rather than guessing.
 */
export type Intent =
  | { kind: 'STATUS'; order: OrderRef | null }
  | { kind: 'ORDERS'; filter: 'PENDING' | 'TODAY' | 'NEW' }
  | { kind: 'CONFIRM'; order: OrderRef | null }
  | { kind: 'REJECT'; order: OrderRef | null; reason: string | null }
  | { kind: 'DISPATCH'; order: OrderRef | null }
  | { kind: 'AVAILABLE' }
  | { kind: 'BUSY' }
  | { kind: 'EARNINGS'; period: EarningsPeriod | null }
  | { kind: 'HELP' }
  | { kind: 'YES' }
  | { kind: 'NO' }
  | { kind: 'CHOICE'; number: number }
  | { kind: 'UNKNOWN' }
  | { kind: 'AMBIGUOUS'; candidates: IntentKind[]; question: string };

export type IntentKind = Intent['kind'];
export type EarningsPeriod = 'THIS_WEEK' | 'LAST_WEEK' | 'PENDING_PAYOUT';

export interface ParsedMessage {
  language: Language;
  intent: Intent;
}

/** Intents that change data (an order's state or the vendor's availability). */
export const DATA_CHANGING_KINDS = ['CONFIRM', 'REJECT', 'DISPATCH', 'AVAILABLE', 'BUSY'] as const satisfies readonly IntentKind[];
export type ActionKind = (typeof DATA_CHANGING_KINDS)[number];

export function isDataChanging(kind: IntentKind): kind is ActionKind {
  return (DATA_CHANGING_KINDS as readonly IntentKind[]).includes(kind);
}
