import { NOTIFICATION_KINDS } from '../notification/notification-kinds.js';
import { defaultTemplates } from './default-templates.js';
import { CompiledTemplate } from './template-rules.js';
import { TEMPLATE_WORDS, codesOf, wordedVariables } from './template-words.js';

/** What the other variables hold in a Hindi message (names and free text as a Hindi user writes them). */
const SAMPLE: Record<string, string> = {
  recipientName: 'आशा', ticketNumber: 'TKT-2612-000042', orderNumber: 'RS-2612-000042', amount: '₹1,250.00', vendorName: 'शर्मा ट्रेडर्स',
  attemptNumber: '2', note: 'गेट पर ताला था', reason: 'सामान टूटा हुआ था', respondBy: '2026-12-03T04:30:00.000Z',
};
const codeVariables = Object.values(TEMPLATE_WORDS).flatMap((byVariable) => Object.values(byVariable!));
const ALL_CODES = [...new Set(codeVariables.flatMap((wording) => codesOf(wording)))];
/** Any enum word, or any English word at all (Latin letters) other than the brand and the ticket/order numbers. */
const ENUM_WORD = new RegExp(`\\b(${ALL_CODES.join('|')})\\b`);
const LATIN_WORD = /\b(?!RealServ\b|TKT-|RS-)[A-Za-z]{2,}\b/;

function renderAll(language: 'en' | 'hi', kind: string, variables: Record<string, string>) {
  const template = defaultTemplates().filter((t) => t.kind === kind && t.language === language);
  return template.map((t) => new CompiledTemplate(t.kind, t).render(wordedVariables(t.kind, language, variables)));
}

describe('coded template variables', () => {
  const codedKinds = Object.keys(TEMPLATE_WORDS) as Array<keyof typeof TEMPLATE_WORDS>;

  it('covers every dispute kind, the order-placed kinds and failed deliveries as well as tickets', () => {
    const disputeKinds = Object.keys(NOTIFICATION_KINDS).filter((kind) => kind.startsWith('DISPUTE_') && NOTIFICATION_KINDS[kind as keyof typeof NOTIFICATION_KINDS].variables.length > 2);
    expect(codedKinds).toEqual(expect.arrayContaining([...disputeKinds, 'ORDER_PLACED_BUYER', 'ORDER_PLACED_VENDOR', 'DELIVERY_ATTEMPTS_FAILED_ADMIN', 'TICKET_STATUS_BUYER']));
  });

  it('a Hindi ticket, dispute, order or delivery notification shows Hindi words for every code, never an enum or an English word', () => {
    let rendered = 0;
    for (const kind of codedKinds) {
      for (const [name, wording] of Object.entries(TEMPLATE_WORDS[kind]!)) {
        const codes = codesOf(wording);
        for (const code of codes.length ? codes : [SAMPLE[name]!]) {
          const variables = { ...SAMPLE, ...Object.fromEntries(Object.keys(TEMPLATE_WORDS[kind]!).map((other) => [other, SAMPLE[other] ?? codesOf(TEMPLATE_WORDS[kind]![other]!)[0]!])), [name]: code };
          for (const message of renderAll('hi', kind, variables)) {
            rendered += 1;
            for (const part of [message.subject ?? '', message.text, message.html ?? '']) {
              const text = part.replace(/<[^>]*>/g, ' ').replace(/&[a-z]+;/g, ' ');
              expect(text).not.toMatch(ENUM_WORD);
              expect(text).not.toMatch(LATIN_WORD);
            }
          }
        }
      }
    }
    expect(rendered).toBeGreaterThan(100);
  });

  it('the worded value is in the message: the outcome, the response, the type, the due time and the vendor note', () => {
    const [resolved] = renderAll('hi', 'DISPUTE_RESOLVED_BUYER', { ...SAMPLE, outcome: 'PARTIAL_REFUND' });
    expect(resolved!.text).toContain('आंशिक रिफ़ंड (₹1,250.00)');
    const [responded] = renderAll('hi', 'DISPUTE_RESPONDED', { ...SAMPLE, response: 'CONTESTED' });
    expect(responded!.text).toContain('जवाब दिया है: विवाद को चुनौती दी।');
    const opened = renderAll('hi', 'DISPUTE_OPENED_VENDOR', { ...SAMPLE, disputeType: 'SHORT_QUANTITY' });
    expect(opened[0]!.text).toContain('विवाद (मात्रा कम)');
    expect(opened[0]!.text).toContain('3 दिस॰ 2026, 10:00 तक');
    const [english] = renderAll('en', 'DISPUTE_OPENED_VENDOR', { ...SAMPLE, disputeType: 'SHORT_QUANTITY' });
    expect(english!.text).toContain('(short quantity) and claims ₹1,250.00. Please accept or contest it in RealServ by 3 Dec 2026, 10:00 am;');
    const [failed] = renderAll('hi', 'DELIVERY_ATTEMPTS_FAILED_ADMIN', { ...SAMPLE, reason: 'SITE_CLOSED' });
    expect(failed!.text).toContain('(प्रयास 2: साइट बंद, गेट पर ताला था)');
    const [failedEnglish] = renderAll('en', 'DELIVERY_ATTEMPTS_FAILED_ADMIN', { ...SAMPLE, reason: 'SITE_CLOSED', note: '' });
    expect(failedEnglish!.text).toContain('(attempt 2: site closed)');
  });

  it('English templates get English words; codes without a word and other kinds pass through', () => {
    expect(wordedVariables('TICKET_STATUS_BUYER', 'en', { status: 'RESOLVED', ticketNumber: 'TKT-1' })).toEqual({ status: 'resolved', ticketNumber: 'TKT-1' });
    expect(wordedVariables('TICKET_REPLY_VENDOR', 'hi', { from: 'ADMIN' })).toEqual({ from: 'RealServ सहायता टीम' });
    expect(wordedVariables('ORDER_PLACED_VENDOR', 'en', { paymentMethod: 'REPLACEMENT' })).toEqual({ paymentMethod: 'Replacement, no charge' });
    expect(wordedVariables('DISPUTE_RESOLVED_VENDOR', 'en', { outcome: 'FULL_REFUND' })).toEqual({ outcome: 'full refund' });
    // A notification queued before this change carries the old English words: sent as they are.
    expect(wordedVariables('TICKET_STATUS_BUYER', 'hi', { status: 'resolved' })).toEqual({ status: 'resolved' });
    expect(wordedVariables('DISPUTE_OPENED_VENDOR', 'hi', { respondBy: '3 Dec 2026, 10:00 am' })).toEqual({ respondBy: '3 Dec 2026, 10:00 am' });
    expect(wordedVariables('ORDER_CONFIRMED', 'hi', { orderNumber: 'OPEN' })).toEqual({ orderNumber: 'OPEN' });
  });

  it('every word list covers the same codes in both languages', () => {
    for (const wording of codeVariables) {
      if (typeof wording !== 'function') expect(Object.keys(wording.hi).sort()).toEqual(Object.keys(wording.en).sort());
    }
  });
});
