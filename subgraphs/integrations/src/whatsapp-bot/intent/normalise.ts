/**
 * Text clean-up before parsing, pure. WhatsApp text arrives in any case, with emoji, zero-width
 * joiners (keyboards insert them in Devanagari), Devanagari digits and stretched words
 * ("haaaan"). Two strings come out of `prepareText`, of the same length so that offsets found in
 * one can cut the other: `display` (for reasons quoted back to the vendor) and `lower` (for
 * matching).
 */

/** Zero-width characters, soft hyphen and bidi marks: invisible, never meaningful in a command. */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u206A-\u206F\uFEFF]/g;
/** Thumbs up and ticks are how many vendors say "ok"; a cross or thumbs down is "no". */
const YES_EMOJI = /[\u{1F44D}\u{1F44C}\u2705\u2714\u2611]/gu;
const NO_EMOJI = /[\u{1F44E}\u274C\u274E\u2716\u2717\u2718]/gu;
/** Other emoji (and their modifiers, flags, variation selectors, keycap marks) carry no command. */
const EMOJI = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}\uFE0E\uFE0F\u20E3]/gu;
/** Control characters (newlines included) become spaces. */
const CONTROL = /[\p{Cc}\p{Zl}\p{Zp}]/gu;
const DEVANAGARI_DIGIT = /[\u0966-\u096F]/g;

export interface PreparedText {
  display: string;
  lower: string;
}

export function prepareText(text: string): PreparedText {
  const display = text
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(YES_EMOJI, ' ok ')
    .replace(NO_EMOJI, ' nope ')
    .replace(EMOJI, ' ')
    .replace(CONTROL, ' ')
    .replace(DEVANAGARI_DIGIT, (digit) => String(digit.charCodeAt(0) - 0x0966));
  return { display, lower: lowerSameLength(display) };
}

/** Lower case, character by character, keeping a character whose lower case has another length (e.g. 'İ'). */
function lowerSameLength(text: string): string {
  let lower = '';
  for (const char of text) {
    const candidate = char.toLowerCase();
    lower += candidate.length === char.length ? candidate : char;
  }
  return lower;
}

export interface Token {
  /** The matching key: lower case, apostrophes dropped, nukta and chandrabindu folded, repeated letters squashed. */
  key: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu;

export function tokenise(lower: string): Token[] {
  return [...lower.matchAll(WORD)].map((match) => ({
    key: wordKey(match[0]),
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/**
 * The form both the vocabulary and the vendor's words are compared in. Squashing every repeated
 * letter makes "haaaan", "haan" and "han" one word, and "chhutti"/"chutti" too; the vocabulary
 * goes through the same function, so it is written as people spell.
 */
export function wordKey(word: string): string {
  return word
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/\u093C/g, '') // nukta: मंज़ूर = मंजूर
    .replace(/\u0901/g, '\u0902') // chandrabindu as anusvara: हाँ = हां
    .replace(/(\p{L}|\p{M})\1+/gu, '$1');
}

const DEVANAGARI_LETTER = /[\u0900-\u097F]/gu;
const LATIN_LETTER = /[a-z]/gi;

export function scriptCounts(text: string): { devanagari: number; latin: number } {
  return { devanagari: text.match(DEVANAGARI_LETTER)?.length ?? 0, latin: text.match(LATIN_LETTER)?.length ?? 0 };
}
