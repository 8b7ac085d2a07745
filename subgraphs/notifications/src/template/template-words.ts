import type { NotificationKind } from '../notification/notification-kinds.js';
import type { TemplateLanguage } from './template-rules.js';

/**
 * Words that events carry as codes (a ticket's status, who replied) and templates show in their
 * own language. The triggers pass the code (e.g. `status: 'RESOLVED'`); rendering puts the word
 * of the template's language in its place, so a Hindi message never shows an English enum. A
 * value with no entry (an older notification's already-worded variable) is left as it is.
 */
type Words = Record<TemplateLanguage, Record<string, string>>;

const TICKET_STATUS: Words = {
  en: { OPEN: 'open', AWAITING_SUPPORT: 'reopened', AWAITING_CUSTOMER: 'waiting for your reply', RESOLVED: 'resolved', CLOSED: 'closed' },
  hi: { OPEN: 'खुला', AWAITING_SUPPORT: 'फिर से खोला गया', AWAITING_CUSTOMER: 'आपके जवाब की प्रतीक्षा में', RESOLVED: 'हल किया गया', CLOSED: 'बंद' },
};

const TICKET_AUTHOR: Words = {
  en: { ADMIN: 'RealServ support', VENDOR: 'The vendor', BUYER: 'The buyer' },
  hi: { ADMIN: 'RealServ सहायता टीम', VENDOR: 'विक्रेता', BUYER: 'खरीदार' },
};

/** Per kind, the variables that hold a code and the words for it. */
export const TEMPLATE_WORDS: Partial<Record<NotificationKind, Record<string, Words>>> = {
  TICKET_STATUS_BUYER: { status: TICKET_STATUS },
  TICKET_STATUS_VENDOR: { status: TICKET_STATUS },
  TICKET_REPLY_BUYER: { from: TICKET_AUTHOR },
  TICKET_REPLY_VENDOR: { from: TICKET_AUTHOR },
};

/** `variables` with each coded value replaced by its word in `language`. */
export function wordedVariables(kind: NotificationKind, language: TemplateLanguage, variables: Readonly<Record<string, string>>): Record<string, string> {
  const coded = TEMPLATE_WORDS[kind];
  if (!coded) return { ...variables };
  const worded: Record<string, string> = { ...variables };
  for (const [name, words] of Object.entries(coded)) {
    const code = variables[name];
    if (code !== undefined) worded[name] = words[language][code] ?? code;
  }
  return worded;
}
