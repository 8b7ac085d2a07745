/**
 * Text search helpers, pure. Materials and labour categories carry a derived `search_text`
 * (name, brand, categories, specifications) indexed two ways in PostgreSQL: `to_tsvector('simple')`
 * for prefix matches ("ultra" → UltraTech, "12" → 12 mm) and pg_trgm for typos ("ultratek").
 */
export interface Specification {
  key: string;
  label: string;
  value: string;
  unit?: string | null;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+/gu;
export const MAX_SEARCH_TOKENS = 8;
/** Shorter tokens ("12", "53") match by prefix only: trigram similarity means nothing for them. */
export const MIN_FUZZY_TOKEN_LENGTH = 4;

export function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** Query text → at most eight lowercase alphanumeric tokens (safe to embed in a tsquery). */
export function searchTokens(query: string): string[] {
  const tokens = normalise(query).match(TOKEN) ?? [];
  return [...new Set(tokens.map((t) => t.slice(0, 40)))].slice(0, MAX_SEARCH_TOKENS);
}

/** The document a material is found by. A value with a unit is indexed both ways: "12 mm" and "12mm". */
export function buildSearchText(parts: {
  name: string;
  brand?: string | null;
  categoryNames: string[];
  specifications?: Specification[];
  extra?: string[];
}): string {
  const words: string[] = [parts.name, parts.brand ?? '', ...parts.categoryNames, ...(parts.extra ?? [])];
  for (const spec of parts.specifications ?? []) {
    words.push(spec.label, spec.value);
    if (spec.unit) words.push(`${spec.value} ${spec.unit}`, `${spec.value}${spec.unit}`);
  }
  return normalise(words.filter(Boolean).join(' ')).replace(/\s+/g, ' ').trim();
}

/** `ultra & 53` as prefix tsquery text; tokens are alphanumeric so nothing needs escaping. */
export function prefixTsQuery(tokens: string[], operator: '&' | '|' = '&'): string {
  return tokens.map((t) => `${t}:*`).join(` ${operator} `);
}
