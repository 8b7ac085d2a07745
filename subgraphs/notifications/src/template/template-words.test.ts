import { defaultTemplates } from './default-templates.js';
import { CompiledTemplate } from './template-rules.js';
import { TEMPLATE_WORDS, wordedVariables } from './template-words.js';

const STATUSES = ['OPEN', 'AWAITING_SUPPORT', 'AWAITING_CUSTOMER', 'RESOLVED', 'CLOSED'];
const AUTHORS = ['BUYER', 'VENDOR', 'ADMIN'];
/** Any enum word, or any English word at all (Latin letters) other than the brand and the ticket number. */
const ENUM_WORD = new RegExp(`\\b(${[...STATUSES, ...AUTHORS].join('|')})\\b`);
const LATIN_WORD = /\b(?!RealServ\b|TKT-)[A-Za-z]{2,}\b/;

describe('coded template variables', () => {
  const ticketTemplates = defaultTemplates().filter((t) => t.kind in TEMPLATE_WORDS);

  it('a Hindi ticket notification shows Hindi words for every status and author, never an enum', () => {
    const hindi = ticketTemplates.filter((t) => t.language === 'hi');
    expect(hindi.length).toBeGreaterThanOrEqual(4 * 3);
    for (const template of hindi) {
      for (const code of template.kind.startsWith('TICKET_STATUS') ? STATUSES : AUTHORS) {
        const variables = { recipientName: 'आशा', ticketNumber: 'TKT-2612-000042', status: code, from: code };
        const rendered = new CompiledTemplate(template.kind, template).render(wordedVariables(template.kind, 'hi', variables));
        for (const part of [rendered.subject ?? '', rendered.text]) {
          expect(part).not.toMatch(ENUM_WORD);
          expect(part).not.toMatch(LATIN_WORD);
        }
      }
    }
  });

  it('English templates get English words; codes without a word and other kinds pass through', () => {
    expect(wordedVariables('TICKET_STATUS_BUYER', 'en', { status: 'RESOLVED', ticketNumber: 'TKT-1' })).toEqual({ status: 'resolved', ticketNumber: 'TKT-1' });
    expect(wordedVariables('TICKET_REPLY_VENDOR', 'hi', { from: 'ADMIN' })).toEqual({ from: 'RealServ सहायता टीम' });
    expect(wordedVariables('TICKET_STATUS_BUYER', 'hi', { status: 'resolved' })).toEqual({ status: 'resolved' });
    expect(wordedVariables('ORDER_CONFIRMED', 'hi', { orderNumber: 'OPEN' })).toEqual({ orderNumber: 'OPEN' });
  });

  it('every word list covers the same codes in both languages', () => {
    for (const words of Object.values(TEMPLATE_WORDS).flatMap((byVariable) => Object.values(byVariable!))) {
      expect(Object.keys(words.hi).sort()).toEqual(Object.keys(words.en).sort());
    }
  });
});
