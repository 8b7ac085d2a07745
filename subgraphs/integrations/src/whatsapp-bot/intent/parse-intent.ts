/**
 * parseIntent: a vendor's WhatsApp text → what they ask for. Pure: no I/O, no conversation
 * state, never throws. The rules, in order:
 *
 * 1. Order references are taken out first (order-ref.ts); the remaining words are matched
 *    against the vocabulary (vocabulary.ts), longest phrase first, one typo tolerated in long
 *    Latin words.
 * 2. A lone small number ("2", "option 2", "do") is a CHOICE; a lone order reference is STATUS.
 * 3. An action (confirm, reject, dispatch, available, busy) is returned only when it is the one
 *    thing the message asks: two actions, a negation ("mat", "don't"), a question ("?", "kya",
 *    "kab"), two orders, or availability next to an order number make it AMBIGUOUS with a
 *    clarifying question. "haan"/"ok" and "nahi"/"no" confirm or reject only next to an order;
 *    alone they answer a flow's yes/no question.
 * 4. An action without an order keeps `order: null`: the conversation asks which order, or uses
 *    the one its flow is about.
 * 5. Otherwise questions: with an order reference STATUS of that order; without one EARNINGS,
 *    then ORDERS, then STATUS, then HELP, then a yes/no answer or a greeting (HELP).
 */
import { distance } from 'fastest-levenshtein';
import { oneOrderQuestion, whichActionQuestion, whichOrderQuestion } from './clarify.js';
import type { ActionKind, Intent, IntentKind, Language, OrderRef, ParsedMessage } from './intent.js';
import { prepareText, scriptCounts, tokenise, wordKey, type Token } from './normalise.js';
import { findOrderRefs, type FoundOrderRef } from './order-ref.js';
import {
  ADDRESS_WORDS,
  ANSWER_WORDS,
  CHOICE_NUMBERS,
  CHOICE_WORDS,
  EARNINGS_PERIODS,
  HINGLISH_MARKERS,
  LINK_WORDS,
  ORDER_FILTERS,
  ORDER_JOINERS,
  ORDER_LABELS,
  REASON_LEADING_WORDS,
  REASON_TRAILING_WORDS,
  VOCABULARY,
  type Role,
  type Words,
} from './vocabulary.js';

/** Longer messages are not commands; only their start is read (a bound on work, not a rule). */
const MAX_LENGTH = 1000;

export function parseIntent(text: string): ParsedMessage {
  const { display, lower } = prepareText(String(text ?? '').slice(0, MAX_LENGTH));
  const refs = findOrderRefs(lower);
  const tokens = tokenise(maskRefs(lower, refs));
  const hits = matchVocabulary(tokens);
  const language = detectLanguage(display, tokens, hits);
  return { language, intent: decide({ display, tokens, refs, hits, language }) };
}

interface Hit {
  roles: ReadonlySet<Role>;
  /** Token indices [from, to). */
  from: number;
  to: number;
  hinglish: boolean;
}

interface Message {
  display: string;
  tokens: Token[];
  refs: FoundOrderRef[];
  hits: Hit[];
  language: Language;
}

const ACTIONS: readonly ActionKind[] = ['CONFIRM', 'REJECT', 'DISPATCH', 'AVAILABLE', 'BUSY'];
/** What a negated action's clarifying question offers instead: never the opposite action itself. */
const ALTERNATIVE: Record<ActionKind, IntentKind> = {
  CONFIRM: 'REJECT',
  REJECT: 'CONFIRM',
  DISPATCH: 'STATUS',
  AVAILABLE: 'BUSY',
  BUSY: 'AVAILABLE',
};

function decide(message: Message): Intent {
  const { tokens, refs } = message;
  if (tokens.length === 0 && refs.length === 0) return { kind: 'UNKNOWN' };

  const choice = readChoice(tokens, refs);
  if (choice !== null) return { kind: 'CHOICE', number: choice };

  const reading = readMessage(message);
  const actions = ACTIONS.filter((action) => reading.has(action));
  if (reading.reason?.contradicts && !actions.includes('CONFIRM')) actions.push('CONFIRM');

  if (actions.length > 1) return reading.ask(actions);
  if (actions.length === 1) return decideAction(reading, actions[0]!);
  if (refs.length > 0) return decideAboutOrder(reading);
  return decideWithoutOrder(reading);
}

/** What decide's steps share: the message, its reject reason, and the words outside that reason. */
interface Reading extends Message {
  ref: OrderRef | null;
  reason: Reason | undefined;
  /** Hits outside a reject's reason: words in a reason are the vendor's explanation, not commands. */
  outside: Hit[];
  has: (role: Role) => boolean;
  question: boolean;
  ask: (candidates: IntentKind[]) => Intent;
}

function readMessage(message: Message): Reading {
  const { tokens, refs, hits, language, display } = message;
  const ref = refs[0]?.ref ?? null;
  const rejectWord = hits.find((hit) => hit.roles.has('REJECT'));
  const actionWord = hits.some((hit) => ACTIONS.some((action) => hit.roles.has(action)));
  // "nahi 123 stock khatam" rejects with a reason too.
  const noWord = ref && !actionWord ? hits.find((hit) => hit.roles.has('NO')) : undefined;
  const reason = readReason(message, rejectWord ?? noWord);
  const outside = hits.filter((hit) => !reason || tokens[hit.from]!.start < reason.regionStart);
  return {
    ...message,
    ref,
    reason,
    outside,
    has: (role) => outside.some((hit) => hit.roles.has(role)),
    // A question anywhere, even after a reject's order ("123 cancel ho gaya kya"), is no command.
    question: hits.some((hit) => hit.roles.has('QUESTION')) || /[?¿؟]/.test(display),
    ask: (candidates) => ({ kind: 'AMBIGUOUS', candidates, question: whichActionQuestion(language, candidates, ref) }),
  };
}

/** One action word: act, unless anything in the message says not to, or not yet, or not only that. */
function decideAction(reading: Reading, action: ActionKind): Intent {
  const { has, ask, ref, reason, language } = reading;
  if (has('NEGATION') || reason?.negated) return ask([action, ALTERNATIVE[action]]);
  if (has('ALL') || (!ref && reason?.startsWithAll)) return { kind: 'AMBIGUOUS', candidates: [action], question: oneOrderQuestion(language, action) };
  if (has('LATER')) return ask(action === 'AVAILABLE' || action === 'BUSY' ? [action, ALTERNATIVE[action]] : [action, 'STATUS']);
  if (has('HELP') || has('HOW')) return { kind: 'HELP' };
  if (has('STATUS') || reading.question) return ask([action, 'STATUS']);
  if (has('EARNINGS')) return ask([action, 'EARNINGS']);
  if (action === 'AVAILABLE' || action === 'BUSY') return ref ? ask([action, 'STATUS']) : { kind: action };
  return actOnOneOrder(reading, action);
}

/** An order and no action word: its status, or "haan 123" / "123 nahi" right beside it. */
function decideAboutOrder(reading: Reading): Intent {
  const { has, ask, outside, tokens, refs } = reading;
  const ref = reading.ref!;
  const yes = has('YES');
  const no = has('NO');
  const listsOrders = outside.some((hit) => hit.roles.has('ORDERS') && !labelsOnly(hit, tokens));
  if (has('STATUS') || listsOrders || has('EARNINGS') || has('HELP') || (!yes && !no)) return { kind: 'STATUS', order: ref };
  if (yes && no) return ask(['CONFIRM', 'REJECT']);
  const action: ActionKind = yes ? 'CONFIRM' : 'REJECT';
  // "haan 123" and "123 nahi" answer about that order; "123 ka maal nahi aaya" only mentions it.
  const nextToOrder = outside.some((hit) => hit.roles.has(yes ? 'YES' : 'NO') && besideOrder(hit, tokens, refs));
  if (reading.question || has('LATER') || (yes && has('NEGATION')) || !nextToOrder) return ask([action, 'STATUS']);
  return actOnOneOrder(reading, action);
}

function actOnOneOrder(reading: Reading, action: ActionKind): Intent {
  const orders = ordersActedOn(reading.refs, reading.tokens, reading.reason?.regionStart);
  if (orders.length > 1) return { kind: 'AMBIGUOUS', candidates: [action], question: whichOrderQuestion(reading.language, orders) };
  switch (action) {
    case 'REJECT':
      return { kind: 'REJECT', order: reading.ref, reason: reading.reason?.text ?? null };
    case 'CONFIRM':
    case 'DISPATCH':
      return { kind: action, order: reading.ref };
    case 'AVAILABLE':
    case 'BUSY':
      return { kind: action };
  }
}

/** No order and no action word: a question (earnings, then orders, status, help), an answer or a greeting. */
function decideWithoutOrder(reading: Reading): Intent {
  const { has, ask, outside, tokens } = reading;
  if (has('EARNINGS')) return { kind: 'EARNINGS', period: readModifier(tokens, EARNINGS_PERIODS) };
  const listsOrders = outside.some((hit) => hit.roles.has('ORDERS') && !labelsOnly(hit, tokens));
  if (listsOrders || (has('ORDERS') && !has('STATUS'))) return { kind: 'ORDERS', filter: readModifier(tokens, ORDER_FILTERS) ?? 'PENDING' };
  if (has('STATUS')) return { kind: 'STATUS', order: null };
  if (has('HELP') || has('HOW')) return { kind: 'HELP' };

  const words = (role: Role) => outside.filter((hit) => hit.roles.has(role)).reduce((n, hit) => n + hit.to - hit.from, 0);
  const yes = has('YES');
  const no = has('NO') || has('NO_ALONE');
  if (yes || no) {
    // "haan", "ok thanks", "nahi bhai" answer a question; "stock nahi hai" does not.
    const answer = words('YES') + words('NO') + words('NO_ALONE') + tokens.filter((token) => ANSWER_KEYS.has(token.key)).length;
    if (answer < tokens.length) return { kind: 'UNKNOWN' };
    if (yes && no) return ask(['YES', 'NO']);
    return { kind: yes ? 'YES' : 'NO' };
  }
  const greeting = words('GREETING');
  if (greeting > 0 && greeting + tokens.filter((token) => ADDRESS_KEYS.has(token.key)).length === tokens.length) return { kind: 'HELP' };
  return { kind: 'UNKNOWN' };
}

/** "order", "orders" beside a number name it; they do not ask for the list. */
function labelsOnly(hit: Hit, tokens: Token[]): boolean {
  return tokens.slice(hit.from, hit.to).every((token) => ORDER_LABEL_KEYS.has(token.key));
}

/** Only link words ("order", "ji", "ko") stand between the answer word and an order reference. */
function besideOrder(hit: Hit, tokens: Token[], refs: FoundOrderRef[]): boolean {
  const hitStart = tokens[hit.from]!.start;
  const hitEnd = tokens[hit.to - 1]!.end;
  return refs.some((found) => {
    const [from, to] = hitEnd <= found.start ? [hitEnd, found.start] : [found.end, hitStart];
    return tokens.every((token) => token.end <= from || token.start >= to || LINK_KEYS.has(token.key));
  });
}

/**
 * The orders an action would touch: every reference before the reason, and references in the
 * reason when nothing but "and"/"aur" stands between them ("reject 123 aur 124").
 */
function ordersActedOn(refs: FoundOrderRef[], tokens: Token[], reasonStart: number | undefined): OrderRef[] {
  if (reasonStart === undefined) return refs.map((found) => found.ref);
  const before = refs.filter((found) => found.start < reasonStart);
  const after = refs.filter((found) => found.start >= reasonStart);
  const onlyJoined = after.length > 0 && tokens.filter((token) => token.start >= reasonStart).every((token) => JOINERS.has(token.key));
  return (onlyJoined ? [...before, ...after] : before).map((found) => found.ref);
}

interface Reason {
  /** Where the reason starts (a character offset): words from here on are the vendor's explanation. */
  regionStart: number;
  text: string | null;
  /** The reason starts with a negation: "reject 123 mat karo", "cancel mat karo". */
  negated: boolean;
  /** The reason says to confirm: "reject 123 confirm". */
  contradicts: boolean;
  /** "cancel all orders": without an order, "all" after the reject word is no reason. */
  startsWithAll: boolean;
}

const LEADING = new Set(REASON_LEADING_WORDS.map(wordKey));
const TRAILING = new Set(REASON_TRAILING_WORDS.map(wordKey));
const JOINERS = new Set(ORDER_JOINERS.map(wordKey));

/**
 * A reject's reason is what follows the reject word and the order ("reject 123 stock khatam",
 * "123 cancel kar do, rate badh gaya"); if nothing follows the order, what stands between the
 * word and the order ("reject stock khatam 123").
 */
function readReason(message: Message, keyword: Hit | undefined): Reason | undefined {
  if (!keyword) return undefined;
  const { display, tokens, refs, hits } = message;
  const keywordEnd = tokens[keyword.to - 1]!.end;
  const firstRef = refs[0];
  let regionStart = Math.max(keywordEnd, firstRef?.end ?? 0);
  let regionEnd = display.length;
  let words = tokens.filter((token) => token.start >= regionStart);
  const followingRefs = refs.filter((found) => found.start >= regionStart);
  if (words.length === 0 && followingRefs.length === 0 && firstRef && firstRef.start > keywordEnd) {
    regionStart = keywordEnd;
    regionEnd = firstRef.start;
    words = tokens.filter((token) => token.start >= keywordEnd && token.end <= firstRef.start);
  }

  // "reject 123 mat karo" takes the reject back; "reject 123 no truck today" explains it.
  const hitAt = (token: Token | undefined) => (token ? hits.find((hit) => tokens[hit.from] === token) : undefined);
  const firstHit = hitAt(words[0]);
  const negation = firstHit?.roles.has('NEGATION') ? firstHit : undefined;
  const negated =
    negation !== undefined &&
    (!negation.roles.has('NO') || words.slice(negation.to - negation.from).every((word) => LEADING.has(word.key) || TRAILING.has(word.key)));
  const contradicts = hits.some((hit) => tokens[hit.from]!.start >= regionStart && hit.roles.has('CONFIRM'));

  let first = 0;
  let last = words.length - 1;
  while (first <= last && LEADING.has(words[first]!.key)) first += 1;
  while (last >= first && TRAILING.has(words[last]!.key)) last -= 1;
  const text =
    first <= last
      ? display
          .slice(words[first]!.start, Math.min(words[last]!.end, regionEnd))
          .replace(/\s+/g, ' ')
          .trim()
      : null;
  const startsWithAll = firstHit?.roles.has('ALL') ?? false;
  return { regionStart, text: text || null, negated, contradicts, startsWithAll };
}

/** A numbered answer: a digit 1–9 alone or with "option"/"no."/"wala", or a number word alone ("do", "teen", "दो"). */
function readChoice(tokens: Token[], refs: FoundOrderRef[]): number | null {
  const fillers = tokens.filter((token) => CHOICE_KEYS.has(token.key));
  if (refs.length === 1 && refs[0]!.bare && 'digits' in refs[0]!.ref && fillers.length === tokens.length) {
    const digits = refs[0]!.ref.digits;
    return /^[1-9]$/.test(digits) ? Number(digits) : null;
  }
  if (refs.length > 0) return null;
  const numbers = tokens.filter((token) => CHOICE_NUMBER_KEYS.has(token.key));
  if (numbers.length !== 1 || fillers.length + numbers.length !== tokens.length) return null;
  return CHOICE_NUMBER_KEYS.get(numbers[0]!.key)!;
}

const CHOICE_KEYS = new Set(CHOICE_WORDS.map(wordKey));
const CHOICE_NUMBER_KEYS = new Map(
  Object.entries(CHOICE_NUMBERS).flatMap(([number, words]) => words.map((word) => [wordKey(word), Number(number)] as const)),
);

/** The first modifier (period, filter) any of whose phrases appears in the message. */
function readModifier<M extends string>(tokens: Token[], table: Record<M, Words>): M | null {
  const keys = tokens.map((token) => token.key);
  for (const [modifier, words] of Object.entries(table) as [M, Words][]) {
    for (const phrase of [...words.en, ...words.hinglish, ...words.hi]) {
      const phraseKeys = phraseKey(phrase);
      for (let i = 0; i + phraseKeys.length <= keys.length; i += 1) {
        if (phraseKeys.every((key, j) => keys[i + j] === key)) return modifier;
      }
    }
  }
  return null;
}

// ---- vocabulary matching ----

interface Entry {
  roles: Set<Role>;
  hinglish: boolean;
}

function phraseKey(phrase: string): string[] {
  return tokenise(phrase.toLowerCase()).map((token) => token.key);
}

/** Every vocabulary phrase by its token keys, built once from the (constant) vocabulary. */
const PHRASES = new Map<string, Entry>();
for (const [role, words] of Object.entries(VOCABULARY) as [Role, Words][]) {
  for (const [language, list] of Object.entries(words) as [keyof Words, string[]][]) {
    for (const phrase of list) {
      const keys = phraseKey(phrase);
      const key = keys.join(' ');
      const entry = PHRASES.get(key) ?? { roles: new Set<Role>(), hinglish: false };
      entry.roles.add(role);
      entry.hinglish ||= language === 'hinglish';
      PHRASES.set(key, entry);
    }
  }
}
/** The longest phrase, in tokens. */
const LONGEST = Math.max(1, ...[...PHRASES.keys()].map((key) => key.split(' ').length));

/** Roles a misspelt word may be matched to: commands, not the short answer and negation words. */
const FUZZY_ROLES: ReadonlySet<Role> = new Set(['CONFIRM', 'REJECT', 'DISPATCH', 'AVAILABLE', 'BUSY', 'STATUS', 'ORDERS', 'EARNINGS', 'HELP']);
/** Vocabulary words this long or longer match misspellings; a misspelling may be one letter shorter ("onlne"). */
const MIN_FUZZY_LENGTH = 6;
const FUZZY_WORDS = [...PHRASES.entries()].filter(
  ([key, entry]) => /^[a-z]+$/.test(key) && key.length >= MIN_FUZZY_LENGTH && [...entry.roles].every((role) => FUZZY_ROLES.has(role)),
);

/** One typo for vocabulary words of six to eight letters, two from nine; a tie between two meanings is no match. */
function fuzzyEntry(key: string): Entry | undefined {
  if (!/^[a-z]+$/.test(key) || key.length < MIN_FUZZY_LENGTH - 1) return undefined;
  let best = Infinity;
  let found: Entry[] = [];
  for (const [word, entry] of FUZZY_WORDS) {
    const allowed = word.length >= 9 ? 2 : 1;
    if (Math.abs(word.length - key.length) > allowed) continue;
    const d = distance(word, key);
    if (d > allowed || d > best) continue;
    if (d < best) found = [];
    best = d;
    found.push(entry);
  }
  const roles = new Set(found.flatMap((entry) => [...entry.roles]));
  return roles.size === 1 ? found[0] : undefined;
}

function matchVocabulary(tokens: Token[]): Hit[] {
  const hits: Hit[] = [];
  let i = 0;
  scan: while (i < tokens.length) {
    for (let n = Math.min(LONGEST, tokens.length - i); n >= 1; n -= 1) {
      const entry = PHRASES.get(
        tokens
          .slice(i, i + n)
          .map((token) => token.key)
          .join(' '),
      );
      if (entry) {
        hits.push({ roles: entry.roles, from: i, to: i + n, hinglish: entry.hinglish });
        i += n;
        continue scan;
      }
    }
    const fuzzy = fuzzyEntry(tokens[i]!.key);
    if (fuzzy) hits.push({ roles: fuzzy.roles, from: i, to: i + 1, hinglish: fuzzy.hinglish });
    i += 1;
  }
  return hits;
}

function maskRefs(lower: string, refs: FoundOrderRef[]): string {
  let masked = lower;
  for (const { start, end } of refs) masked = masked.slice(0, start) + ' '.repeat(end - start) + masked.slice(end);
  return masked;
}

// ---- language ----

const HINGLISH_KEYS = new Set(HINGLISH_MARKERS.map(wordKey));
const ADDRESS_KEYS = new Set(ADDRESS_WORDS.map(wordKey));
const ORDER_LABEL_KEYS = new Set(ORDER_LABELS.map(wordKey));
const LINK_KEYS = new Set([...LINK_WORDS, ...ADDRESS_WORDS].map(wordKey));
const ANSWER_KEYS = new Set([...ANSWER_WORDS, ...ADDRESS_WORDS].map(wordKey));

/** Devanagari script → Hindi; Roman Hindi words → Hinglish; otherwise English (numbers alone too). */
function detectLanguage(display: string, tokens: Token[], hits: Hit[]): Language {
  const { devanagari, latin } = scriptCounts(display);
  if (devanagari > 0 && devanagari >= latin) return 'hi';
  if (devanagari > 0) return 'hinglish';
  if (hits.some((hit) => hit.hinglish) || tokens.some((token) => HINGLISH_KEYS.has(token.key))) return 'hinglish';
  return 'en';
}
