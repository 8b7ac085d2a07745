import { buildSearchText, prefixTsQuery, searchTokens } from './search-text.js';

describe('search tokens', () => {
  it('lowercases, splits on punctuation and drops duplicates', () => {
    expect(searchTokens('  TMT 12mm, Fe-500D tmt ')).toEqual(['tmt', '12mm', 'fe', '500d']);
  });
  it('keeps Indian-language letters and strips tsquery operators', () => {
    expect(searchTokens("सीमेंट & 'ultratech' | !53:*")).toEqual(['सीमेंट', 'ultratech', '53']);
  });
  it('caps the number of tokens', () => {
    expect(searchTokens('a b c d e f g h i j')).toHaveLength(8);
  });
  it('builds a prefix tsquery', () => {
    expect(prefixTsQuery(['ultra', '53'])).toBe('ultra:* & 53:*');
    expect(prefixTsQuery(['a', 'b'], '|')).toBe('a:* | b:*');
  });
});

describe('search text of a material', () => {
  it('indexes name, brand, categories and specs with units joined and apart', () => {
    const text = buildSearchText({
      name: 'TATA Tiscon Fe500D TMT Bar',
      brand: 'TATA Tiscon',
      categoryNames: ['Steel', 'TMT Bars'],
      specifications: [
        { key: 'diameter', label: 'Diameter', value: '12', unit: 'mm' },
        { key: 'grade', label: 'Grade', value: 'Fe500D' },
      ],
    });
    expect(text).toContain('12 mm');
    expect(text).toContain('12mm');
    expect(text).toContain('fe500d');
    expect(text).toContain('tmt bars');
    expect(text).toBe(text.toLowerCase());
  });
});
