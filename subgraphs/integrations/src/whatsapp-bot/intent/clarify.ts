/**
 * The question the bot asks instead of guessing (an AMBIGUOUS intent), in the vendor's language.
 * Two kinds: which action ("confirm or reject order 123?") and which order ("123 or 124?").
 */
import type { IntentKind, Language, OrderRef } from './intent.js';
import { orderRefText } from './order-ref.js';

type Labelled = Exclude<IntentKind, 'AMBIGUOUS' | 'UNKNOWN' | 'CHOICE'>;

const ACTION_LABELS: Record<Language, Record<Labelled, string>> = {
  en: {
    CONFIRM: 'confirm', REJECT: 'reject', DISPATCH: 'mark as dispatched', AVAILABLE: 'go available', BUSY: 'go busy',
    STATUS: 'see the status', ORDERS: 'see your orders', EARNINGS: 'see your earnings', HELP: 'see the menu', YES: 'say yes', NO: 'say no',
  },
  hinglish: {
    CONFIRM: 'confirm karna', REJECT: 'reject karna', DISPATCH: 'dispatch mark karna', AVAILABLE: 'available hona', BUSY: 'busy hona',
    STATUS: 'status dekhna', ORDERS: 'orders dekhna', EARNINGS: 'kamai dekhna', HELP: 'menu dekhna', YES: 'haan kehna', NO: 'na kehna',
  },
  hi: {
    CONFIRM: 'कन्फर्म करना', REJECT: 'रिजेक्ट करना', DISPATCH: 'रवाना मार्क करना', AVAILABLE: 'उपलब्ध होना', BUSY: 'व्यस्त होना',
    STATUS: 'स्थिति देखना', ORDERS: 'ऑर्डर देखना', EARNINGS: 'कमाई देखना', HELP: 'मेनू देखना', YES: 'हाँ कहना', NO: 'ना कहना',
  },
};

const OR: Record<Language, string> = { en: 'or', hinglish: 'ya', hi: 'या' };

function oneOf(language: Language, items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${OR[language]} ${items.at(-1)}`;
}

/** "Order 123: do you want to confirm or reject?" */
export function whichActionQuestion(language: Language, candidates: IntentKind[], order: OrderRef | null): string {
  const labels = candidates.filter((k): k is Labelled => k in ACTION_LABELS[language]).map((k) => ACTION_LABELS[language][k]);
  const choice = oneOf(language, labels);
  const ref = order ? orderRefText(order) : null;
  switch (language) {
    case 'en':
      return `${ref ? `Order ${ref}: do` : 'Do'} you want to ${choice}? Please send just one.`;
    case 'hinglish':
      return `${ref ? `Order ${ref}: aap` : 'Aap'} ${choice} chahte hain? Sirf ek bhejiye.`;
    case 'hi':
      return `${ref ? `ऑर्डर ${ref}: आप` : 'आप'} ${choice} चाहते हैं? कृपया एक ही भेजें।`;
  }
}

/** "One order at a time, please: which order do you want to confirm?" (for "confirm all"). */
export function oneOrderQuestion(language: Language, action: IntentKind): string {
  const label = action in ACTION_LABELS[language] ? ACTION_LABELS[language][action as Labelled] : '';
  switch (language) {
    case 'en':
      return `One order at a time, please: which order do you want to ${label}?`;
    case 'hinglish':
      return `Ek baar mein ek hi order: kaunsa order ${label} hai?`;
    case 'hi':
      return `कृपया एक बार में एक ऑर्डर: कौन सा ऑर्डर ${label} है?`;
  }
}

/** "Which order do you mean: 123 or 124?" */
export function whichOrderQuestion(language: Language, orders: OrderRef[]): string {
  const list = oneOf(language, orders.map(orderRefText));
  switch (language) {
    case 'en':
      return `Which order do you mean: ${list}? Please send one order at a time.`;
    case 'hinglish':
      return `Kaunsa order: ${list}? Ek baar mein ek hi order bhejiye.`;
    case 'hi':
      return `कौन सा ऑर्डर: ${list}? कृपया एक बार में एक ही ऑर्डर भेजें।`;
  }
}
