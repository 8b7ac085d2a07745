import { INTENT_TABLE, MUST_NOT_ACT, type IntentRow } from './intent-table.js';
import { isDataChanging, type ParsedMessage } from './intent.js';
import { parseIntent } from './parse-intent.js';

/** What a row can be compared on: an AMBIGUOUS intent without its question's wording. */
function comparable(parsed: ParsedMessage): Pick<IntentRow, 'language' | 'intent'> {
  const { intent } = parsed;
  return { language: parsed.language, intent: intent.kind === 'AMBIGUOUS' ? { kind: 'AMBIGUOUS', candidates: intent.candidates } : intent };
}

describe('the intent table', () => {
  it('holds at least 220 messages, of which at least 30 must not act', () => {
    expect(INTENT_TABLE.length).toBeGreaterThanOrEqual(220);
    expect(MUST_NOT_ACT.length).toBeGreaterThanOrEqual(30);
    expect(MUST_NOT_ACT.every((row) => !isDataChanging(row.intent.kind))).toBe(true);
    expect(new Set(INTENT_TABLE.map((row) => row.text)).size).toBe(INTENT_TABLE.length);
  });

  it('is read right on every row (accuracy printed)', () => {
    const wrong = INTENT_TABLE.flatMap((row) => {
      const got = comparable(parseIntent(row.text));
      const intentRight = JSON.stringify(got.intent) === JSON.stringify(row.intent);
      return intentRight && got.language === row.language ? [] : [{ text: row.text, expected: row, got }];
    });
    const intentAccuracy = INTENT_TABLE.filter((row) => JSON.stringify(comparable(parseIntent(row.text)).intent) === JSON.stringify(row.intent)).length / INTENT_TABLE.length;
    console.log(
      `intent table: ${INTENT_TABLE.length} messages, intent accuracy ${(intentAccuracy * 100).toFixed(1)}%, ` +
        `intent and language right on ${INTENT_TABLE.length - wrong.length}/${INTENT_TABLE.length}`,
    );
    expect(wrong).toEqual([]);
  });

  it.each(MUST_NOT_ACT.map((row) => [row.text] as const))('does not act on %p', (text) => {
    expect(isDataChanging(parseIntent(text).intent.kind)).toBe(false);
  });

  it('asks its clarifying questions in the vendor’s language, naming the order', () => {
    const check = (text: string, pattern: RegExp) => {
      const { intent } = parseIntent(text);
      if (intent.kind !== 'AMBIGUOUS') throw new Error(`${text}: expected AMBIGUOUS, got ${intent.kind}`);
      expect(intent.question).toMatch(pattern);
    };
    check('confirm reject 123', /^Order 123: do you want to confirm or reject\?/);
    check('cancel mat karo 123', /^Order 123: aap reject karna ya confirm karna chahte hain\?/);
    check('नहीं, कन्फर्म मत करो 123', /^ऑर्डर 123: आप कन्फर्म करना या रिजेक्ट करना चाहते हैं\?/);
    check('confirm 123 aur 124', /^Kaunsa order: 123 ya 124\?/);
    check('dispatch RS-2611-000123 2611-000124', /^Which order do you mean: RS-2611-000123 or 2611-000124\?/);
    check('available ya busy?', /^Aap available hona ya busy hona chahte hain\?/);
    check('sab confirm kar do', /^Ek baar mein ek hi order: kaunsa order confirm karna hai\?/);
    check('accept all', /^One order at a time, please: which order do you want to confirm\?/);
  });
});
