import type { EventPayload } from '@realserv/platform/events';
import type { DeliveryAttemptFailed, DisputeOpened, DisputeResolved, DisputeResponded, OrderPlaced } from '@realserv/contracts';
import type { NotificationKind } from '../notification/notification-kinds.js';
import type { TemplateLanguage } from './template-rules.js';

/**
 * Words that events carry as codes (a ticket's status, a dispute's outcome, a payment method)
 * and templates show in their own language. The triggers pass the code (e.g. `status:
 * 'RESOLVED'`, `respondBy: '2026-12-03T04:30:00.000Z'`); rendering puts the word (or the date) of
 * the template's language in its place, so a Hindi message never shows an English enum or word.
 * A value with no entry (an older notification's already-worded variable) is left as it is.
 */
type Words<Code extends string = string> = Record<TemplateLanguage, Record<Code, string>>;
/** A value formatted for the language (a time), or a code worded with another variable (a note); `codes` are the codes it words. */
type Format = ((value: string, language: TemplateLanguage, variables: Readonly<Record<string, string>>) => string) & { codes?: readonly string[] };
export type Wording = Words | Format;

const TICKET_STATUS: Words = {
  en: { OPEN: 'open', AWAITING_SUPPORT: 'reopened', AWAITING_CUSTOMER: 'waiting for your reply', RESOLVED: 'resolved', CLOSED: 'closed' },
  hi: { OPEN: 'खुला', AWAITING_SUPPORT: 'फिर से खोला गया', AWAITING_CUSTOMER: 'आपके जवाब की प्रतीक्षा में', RESOLVED: 'हल किया गया', CLOSED: 'बंद' },
};

const TICKET_AUTHOR: Words = {
  en: { ADMIN: 'RealServ support', VENDOR: 'The vendor', BUYER: 'The buyer' },
  hi: { ADMIN: 'RealServ सहायता टीम', VENDOR: 'विक्रेता', BUYER: 'खरीदार' },
};

/** How an order is paid; REPLACEMENT is a dispute's no-charge replacement order. */
const PAYMENT_METHOD: Words<EventPayload<typeof OrderPlaced>['paymentMethod'] | 'REPLACEMENT'> = {
  en: { ONLINE: 'Paid online', COD: 'Cash on delivery', REPLACEMENT: 'Replacement, no charge' },
  hi: { ONLINE: 'ऑनलाइन भुगतान', COD: 'डिलीवरी पर नकद भुगतान', REPLACEMENT: 'बदले में भेजा गया सामान, कोई शुल्क नहीं' },
};

const DISPUTE_TYPE: Words<EventPayload<typeof DisputeOpened>['type']> = {
  en: {
    NOT_DELIVERED: 'not delivered', DAMAGED: 'damaged goods', WRONG_ITEM: 'wrong item', SHORT_QUANTITY: 'short quantity',
    QUALITY: 'poor quality', OVERCHARGED: 'overcharged', OTHER: 'other problem',
  },
  hi: {
    NOT_DELIVERED: 'सामान नहीं पहुँचा', DAMAGED: 'सामान टूटा-फूटा', WRONG_ITEM: 'गलत सामान', SHORT_QUANTITY: 'मात्रा कम',
    QUALITY: 'खराब गुणवत्ता', OVERCHARGED: 'ज़्यादा पैसे लिए गए', OTHER: 'अन्य समस्या',
  },
};

const DISPUTE_RESPONSE: Words<EventPayload<typeof DisputeResponded>['response']> = {
  en: { ACCEPTED: 'accepted', CONTESTED: 'contested' },
  hi: { ACCEPTED: 'विवाद स्वीकार कर लिया', CONTESTED: 'विवाद को चुनौती दी' },
};

const DISPUTE_OUTCOME: Words<EventPayload<typeof DisputeResolved>['outcome']> = {
  en: { FULL_REFUND: 'full refund', PARTIAL_REFUND: 'partial refund', REPLACEMENT: 'replacement', REJECTED: 'rejected' },
  hi: { FULL_REFUND: 'पूरा रिफ़ंड', PARTIAL_REFUND: 'आंशिक रिफ़ंड', REPLACEMENT: 'सामान बदला जाएगा', REJECTED: 'विवाद अस्वीकार' },
};

const ATTEMPT_REASON: Words<EventPayload<typeof DeliveryAttemptFailed>['reason']> = {
  en: { BUYER_ABSENT: 'buyer absent', SITE_CLOSED: 'site closed', VEHICLE_ISSUE: 'vehicle issue', ACCESS_BLOCKED: 'access blocked', OTHER: 'other' },
  hi: { BUYER_ABSENT: 'खरीदार मौजूद नहीं', SITE_CLOSED: 'साइट बंद', VEHICLE_ISSUE: 'गाड़ी में खराबी', ACCESS_BLOCKED: 'रास्ता बंद', OTHER: 'अन्य कारण' },
};

/** The attempt's reason in the language, then the vendor's own note (their words, as written). */
const attemptReason: Format = Object.assign(
  (code: string, language: TemplateLanguage, variables: Readonly<Record<string, string>>) => {
    const word = (ATTEMPT_REASON[language] as Record<string, string>)[code] ?? code;
    return variables.note ? `${word}, ${variables.note}` : word;
  },
  { codes: Object.keys(ATTEMPT_REASON.en) },
);

/** India time in the language: "3 Dec 2026, 10:00 am", "3 दिस॰ 2026, 10:00" (24-hour: Hindi has no am/pm of its own). */
const indiaTime: Format = (iso, language) => {
  const at = new Date(iso);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(iso) || Number.isNaN(at.getTime())) return iso;
  const style = { timeZone: 'Asia/Kolkata', dateStyle: 'medium', timeStyle: 'short' } as const;
  return language === 'hi' ? at.toLocaleString('hi-IN', { ...style, hourCycle: 'h23' }) : at.toLocaleString('en-IN', style);
};

/** Per kind, the variables that hold a code and how to word it. */
export const TEMPLATE_WORDS: Partial<Record<NotificationKind, Record<string, Wording>>> = {
  TICKET_STATUS_BUYER: { status: TICKET_STATUS },
  TICKET_STATUS_VENDOR: { status: TICKET_STATUS },
  TICKET_REPLY_BUYER: { from: TICKET_AUTHOR },
  TICKET_REPLY_VENDOR: { from: TICKET_AUTHOR },
  ORDER_PLACED_BUYER: { paymentMethod: PAYMENT_METHOD },
  ORDER_PLACED_VENDOR: { paymentMethod: PAYMENT_METHOD },
  DELIVERY_ATTEMPTS_FAILED_ADMIN: { reason: attemptReason },
  DISPUTE_OPENED_BUYER: { disputeType: DISPUTE_TYPE },
  DISPUTE_OPENED_VENDOR: { disputeType: DISPUTE_TYPE, respondBy: indiaTime },
  DISPUTE_RESPONDED: { response: DISPUTE_RESPONSE },
  DISPUTE_RESOLVED_BUYER: { outcome: DISPUTE_OUTCOME },
  DISPUTE_RESOLVED_VENDOR: { outcome: DISPUTE_OUTCOME },
};

/** The codes a wording words (none for a format of free values such as a time). */
export function codesOf(wording: Wording): readonly string[] {
  return typeof wording === 'function' ? (wording.codes ?? []) : Object.keys(wording.en);
}

/** `variables` with each coded value replaced by its word in `language`. */
export function wordedVariables(kind: NotificationKind, language: TemplateLanguage, variables: Readonly<Record<string, string>>): Record<string, string> {
  const coded = TEMPLATE_WORDS[kind];
  if (!coded) return { ...variables };
  const worded: Record<string, string> = { ...variables };
  for (const [name, wording] of Object.entries(coded)) {
    const code = variables[name];
    if (code === undefined) continue;
    worded[name] = typeof wording === 'function' ? wording(code, language, variables) : (wording[language][code] ?? code);
  }
  return worded;
}
