/**
 * Properties of parseIntent over generated text (fast-check): it never throws, it never acts on
 * text without an action word, and order references survive the noise vendors type around them.
 */
import fc from 'fast-check';
import { distance } from 'fastest-levenshtein';
import { INTENT_TABLE } from './intent-table.js';
import { isDataChanging, type Intent, type OrderRef } from './intent.js';
import { prepareText, tokenise, wordKey } from './normalise.js';
import { parseIntent } from './parse-intent.js';
import { VOCABULARY, type Role } from './vocabulary.js';

const KINDS = ['STATUS', 'ORDERS', 'CONFIRM', 'REJECT', 'DISPATCH', 'AVAILABLE', 'BUSY', 'EARNINGS', 'HELP', 'YES', 'NO', 'CHOICE', 'UNKNOWN', 'AMBIGUOUS'];

/** Words that can make an action: the action lists, and yes/no (which confirm or reject next to an order). */
const ACTION_ROLES: Role[] = ['CONFIRM', 'REJECT', 'DISPATCH', 'AVAILABLE', 'BUSY', 'YES', 'NO'];
const ACTION_WORDS = new Set(
  ACTION_ROLES.flatMap((role) => [...VOCABULARY[role].en, ...VOCABULARY[role].hinglish, ...VOCABULARY[role].hi]).flatMap((phrase) =>
    tokenise(phrase.toLowerCase()).map((token) => token.key),
  ),
);
/** True when any word of the text is an action word or two typos from one (a wider net than the parser's). */
function mentionsAction(text: string): boolean {
  return tokenise(prepareText(text).lower).some(({ key }) =>
    [...ACTION_WORDS].some((word) => key === word || (word.length >= 5 && key.length >= 4 && distance(key, word) <= 2)),
  );
}

/** Words vendors write that are no action on their own: questions, chit-chat, negations, units, fillers. */
const NEUTRAL_WORDS = [
  'bhai', 'ji', 'sir', 'please', 'order', 'orders', 'status', 'kamai', 'payment', 'help', 'madad', 'kya', 'kab', 'kahan', 'hai', 'ka', 'ke', 'ki',
  'mat', "don't", 'never', 'aaj', 'kal', 'abhi', 'jaldi', 'cement', 'sand', 'bags', 'truck', 'site', 'rate', 'thanks', 'hello', 'namaste', 'pending',
  'this', 'week', 'hafte', 'kitna', 'mera', 'delivery', 'customer', 'phone', 'karo', 'kar', 'do', 'wala', 'stock', 'khatam', 'मदद', 'कमाई', 'क्या', 'है',
  'ऑर्डर', 'भाई', 'जी', 'कब', 'मत', '?', '!!', '...', '🙏', '🔥', '😊', '\u200b', '\u200d', '\n', '#', '-', '₹500', '5 baje', '2 din',
];
const neutralText = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...NEUTRAL_WORDS) },
      { weight: 2, arbitrary: fc.integer({ min: 1, max: 999_999 }).map(String) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
    ),
    { maxLength: 10 },
  )
  .map((words) => words.join(' '))
  .filter((text) => !mentionsAction(text));

describe('parseIntent on any text', () => {
  it('never throws and always answers with a known language and intent', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 60 }), fc.string({ maxLength: 2000 })), (text) => {
        const { language, intent } = parseIntent(text);
        expect(['en', 'hi', 'hinglish']).toContain(language);
        expect(KINDS).toContain(intent.kind);
        if (intent.kind === 'AMBIGUOUS') expect(intent.question.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });

  it('never acts on text without an action word (and never on nothing but numbers)', () => {
    fc.assert(
      fc.property(neutralText, (text) => {
        expect(isDataChanging(parseIntent(text).intent.kind)).toBe(false);
      }),
      { numRuns: 1500 },
    );
  });
});

const yymm = fc.tuple(fc.integer({ min: 24, max: 59 }), fc.integer({ min: 1, max: 12 })).map(([yy, mm]) => `${yy}${String(mm).padStart(2, '0')}`);
const sequence = fc.integer({ min: 1, max: 999_999 });
const six = (n: number) => String(n).padStart(6, '0');

/** An order reference as a vendor might type it, and what it must parse to. */
const typedRef: fc.Arbitrary<{ typed: string; ref: OrderRef }> = fc.oneof(
  fc
    .tuple(yymm, sequence, fc.constantFrom('RS-', 'rs ', 'Rs-', 'RS', 'rs.'), fc.constantFrom('-', ' ', ''))
    .map(([ym, seq, prefix, sep]) => ({ typed: `${prefix}${ym}${sep}${six(seq)}`, ref: { full: `RS-${ym}-${six(seq)}` } })),
  fc.tuple(yymm, sequence, fc.constantFrom('-', ' ', '')).map(([ym, seq, sep]) => ({ typed: `${ym}${sep}${six(seq)}`, ref: { suffix: `${ym}-${six(seq)}` } })),
  fc.tuple(sequence, fc.constantFrom('#', '# ', 'order ', 'order no ')).map(([seq, mark]) => ({ typed: `${mark}${seq}`, ref: { digits: String(seq) } })),
  // "no. 2" alone is the answer to a numbered question, so a labelled number here has two digits or more.
  fc.integer({ min: 10, max: 999_999 }).map((seq) => ({ typed: `no. ${seq}`, ref: { digits: String(seq) } })),
);
const toDevanagariDigits = (text: string) => text.replace(/\d/g, (d) => String.fromCharCode(0x0966 + Number(d)));

/** Noise without numbers, questions or action words: emoji, invisible characters, punctuation, fillers. */
const NOISE = ['bhai', 'ji', 'sir', 'please', 'jaldi', 'abhi', '🙏', '😊', '🔥', '\u200b', '\u200c', '\uFEFF', '!!', '.', ',', '*', '-', '\n', 'ka', 'ko'];
const noise = fc.array(fc.constantFrom(...NOISE), { maxLength: 4 }).map((words) => words.join(' '));

describe('order references in noise', () => {
  it('are read whole, in either script, wherever they stand', () => {
    fc.assert(
      fc.property(typedRef, noise, noise, fc.boolean(), ({ typed, ref }, before, after, devanagari) => {
        const text = `${before} ${devanagari ? toDevanagariDigits(typed) : typed} ${after}`;
        expect(parseIntent(text).intent).toEqual({ kind: 'STATUS', order: ref });
      }),
      { numRuns: 1000 },
    );
  });

  it('are the order an action is about', () => {
    fc.assert(
      fc.property(typedRef, noise, noise, fc.constantFrom('confirm', 'accept', 'haan', 'dispatch', 'bhej diya', 'कन्फर्म'), ({ typed, ref }, before, after, verb) => {
        const { intent } = parseIntent(`${before} ${verb} ${typed} ${after}`);
        expect(intent).toEqual({ kind: ['dispatch', 'bhej diya'].includes(verb) ? 'DISPATCH' : 'CONFIRM', order: ref });
      }),
      { numRuns: 1000 },
    );
  });
});

/** What a row means, less the reason's letter case. */
function meaning(intent: Intent): unknown {
  if (intent.kind === 'AMBIGUOUS') return { kind: intent.kind, candidates: intent.candidates };
  if (intent.kind === 'REJECT') return { ...intent, reason: intent.reason?.toLowerCase() ?? null };
  return intent;
}

describe('the table’s messages typed differently', () => {
  it('mean the same in capitals, with invisible characters or emoji between words, or stretched spaces', () => {
    const separators = fc.constantFrom(' ', '  ', ' \u200b', '\u200b ', ' 🙏 ', ' 😊 ', '\u00a0');
    fc.assert(
      fc.property(fc.constantFrom(...INTENT_TABLE), separators, fc.boolean(), (row, separator, shout) => {
        const retyped = (shout ? row.text.toUpperCase() : row.text).split(' ').join(separator);
        expect(meaning(parseIntent(retyped).intent)).toEqual(meaning(parseIntent(row.text).intent));
      }),
      { numRuns: 1000 },
    );
  });

  it('mean the same with every word’s last letter stretched ("haaan", "confirmmm")', () => {
    fc.assert(
      fc.property(fc.constantFrom(...INTENT_TABLE.filter((row) => !/\d/.test(row.text))), (row) => {
        const stretched = row.text.replace(/(\p{L})(?=\s|$)/gu, '$1$1$1');
        expect(meaning(parseIntent(stretched).intent)).toEqual(meaning(parseIntent(row.text).intent));
      }),
      { numRuns: 300 },
    );
  });
});

describe('word keys', () => {
  it('fold repeated letters, nukta and chandrabindu so spellings meet', () => {
    expect(wordKey('Haaaan')).toBe(wordKey('haan'));
    expect(wordKey('chhutti')).toBe(wordKey('chutti'));
    expect(wordKey('हाँ')).toBe(wordKey('हां'));
    expect(wordKey('मंज़ूर')).toBe(wordKey('मंजूर'));
    expect(wordKey("don't")).toBe('dont');
  });

  it('keep display and matching text the same length, so offsets found in one cut the other', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 100 }), (text) => {
        const { display, lower } = prepareText(text);
        expect(lower.length).toBe(display.length);
      }),
    );
  });
});
