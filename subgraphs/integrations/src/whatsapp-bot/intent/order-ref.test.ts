import { findOrderRefs, matchOrderRef, orderRefText } from './order-ref.js';
import { prepareText } from './normalise.js';

const refsIn = (text: string) => findOrderRefs(prepareText(text).lower).map((found) => found.ref);

describe('finding order references', () => {
  it.each([
    ['RS-2611-000123', [{ full: 'RS-2611-000123' }]],
    ['rs 2611 000123', [{ full: 'RS-2611-000123' }]],
    ['Rs.2611-123', [{ full: 'RS-2611-000123' }]],
    ['RS2611000123 ka status', [{ full: 'RS-2611-000123' }]],
    ['2611-000123', [{ suffix: '2611-000123' }]],
    ['2611 000123', [{ suffix: '2611-000123' }]],
    ['2611/45', [{ suffix: '2611-000045' }]],
    ['2611000123', [{ suffix: '2611-000123' }]],
    ['#123', [{ digits: '123' }]],
    ['# 123', [{ digits: '123' }]],
    ['order no. 123', [{ digits: '123' }]],
    ['१२३ कहाँ है', [{ digits: '123' }]],
    ['RS-२६११-०००१२३', [{ full: 'RS-2611-000123' }]],
    ['123 aur 124, phir 123', [{ digits: '123' }, { digits: '124' }]],
    ['123ka status', [{ digits: '123' }]],
  ])('%p → %p', (text, expected) => {
    expect(refsIn(text)).toEqual(expected);
  });

  it.each([
    ['money', 'rs 500 kam karo'],
    ['money with ₹', '₹1500 per bag'],
    ['money after', '500 rs'],
    ['a time', '10:30 ko aana'],
    ['an hour', '5 baje'],
    ['days', '2 din baad'],
    ['a quantity', '50 bags cement'],
    ['an ordinal', '2nd floor'],
    ['a date', '25/11/2026 ko'],
    ['a dashed date', '25-11-2026'],
    ['a decimal', '2.5 ton'],
    ['a phone number', '9876543210'],
    ['a phone number with country code', '+919811012345'],
    ['a thirteenth month', '2613-000123'],
    ['a vehicle number', 'truck MH12AB1234'],
    ['a clock time', 'by 10am'],
    ['digits glued to a word', 'confirm123'],
    ['zero', '#0'],
    ['seven digits', '1234567'],
  ])('ignores %s (%p)', (_what, text) => {
    expect(refsIn(text)).toEqual([]);
  });

  it('keeps offsets into the text so the rest can be read around the reference', () => {
    const lower = prepareText('reject #123 stock khatam').lower;
    const [found] = findOrderRefs(lower);
    expect(lower.slice(found!.start, found!.end)).toBe('#123');
    expect(found!.bare).toBe(false);
    expect(findOrderRefs('2')[0]!.bare).toBe(true);
  });

  it('names a reference as the vendor wrote it', () => {
    expect(orderRefText({ full: 'RS-2611-000123' })).toBe('RS-2611-000123');
    expect(orderRefText({ suffix: '2611-000123' })).toBe('2611-000123');
    expect(orderRefText({ digits: '123' })).toBe('123');
  });
});

describe('matching a reference among the vendor’s recent orders', () => {
  const recent = ['RS-2611-000123', 'RS-2610-000123', 'RS-2611-001123', 'RS-2611-000045', 'rs-2611-000046 ', 'not an order', 'RS-2611-000123'];

  it('matches a full number exactly, in any case', () => {
    expect(matchOrderRef({ full: 'RS-2611-000123' }, recent)).toEqual(['RS-2611-000123']);
    expect(matchOrderRef({ full: 'rs-2611-000046' }, recent)).toEqual(['RS-2611-000046']);
    expect(matchOrderRef({ full: 'RS-2612-000123' }, recent)).toEqual([]);
  });

  it('matches a number without RS- exactly', () => {
    expect(matchOrderRef({ suffix: '2610-000123' }, recent)).toEqual(['RS-2610-000123']);
    expect(matchOrderRef({ suffix: '2611-000999' }, recent)).toEqual([]);
  });

  it('matches last digits by sequence first, so 123 is not confused with 1123 (but is with last month’s 123)', () => {
    expect(matchOrderRef({ digits: '123' }, recent)).toEqual(['RS-2611-000123', 'RS-2610-000123']);
    expect(matchOrderRef({ digits: '000123' }, recent)).toEqual(['RS-2611-000123', 'RS-2610-000123']);
    expect(matchOrderRef({ digits: '45' }, recent)).toEqual(['RS-2611-000045']);
  });

  it('falls back to numbers ending in the digits', () => {
    expect(matchOrderRef({ digits: '1123' }, recent)).toEqual(['RS-2611-001123']);
    expect(matchOrderRef({ digits: '23' }, recent)).toEqual(['RS-2611-000123', 'RS-2610-000123', 'RS-2611-001123']);
    expect(matchOrderRef({ digits: '999' }, recent)).toEqual([]);
  });
});
