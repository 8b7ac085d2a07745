import { isRaw, JsonProperty, Utils } from '@mikro-orm/core';

/** What the conversion needs of MikroORM's platform: identifier quoting and its date format. */
export interface SqlQuoting {
  quoteIdentifier(id: string): string;
  formatDate(date: Date): string;
}

export interface PositionalQuery {
  text: string;
  values: unknown[];
}

/**
 * A MikroORM query (`?` a value, `??` an identifier, `\?` a literal question mark) as PostgreSQL
 * text with `$n` parameters, so that the same statement has the same text whatever its values and
 * PostgreSQL can keep its parse and plan (MikroORM 7 writes every value into the SQL instead:
 * `Platform.formatQuery`, upstream mikro-orm/mikro-orm#8001).
 *
 * Each value goes exactly where MikroORM's `quoteValue` would have written it, in the same form:
 * - strings, bigints, dates (in MikroORM's own format) and JSON (plain objects and JSON-tagged
 *   values, stringified) become parameters: they are what differs from one call to the next
 *   (ids, names, times). A quoted literal and a parameter are both of unknown type until
 *   PostgreSQL resolves them from where they stand, so the statement means the same;
 * - an array becomes a list of parameters (`in (?)` with three ids is `in ($1, $2, $3)`), as
 *   MikroORM writes a list of literals;
 * - numbers, booleans and null stay written in the text, as MikroORM writes them: a literal `5` is
 *   an integer where a parameter would take the type its context gives it, which is not always
 *   the same (a `case` of two parameters is text);
 * - a raw fragment's own placeholders are converted in place.
 */
export function toPositional(sql: string, params: readonly unknown[], quoting: SqlQuoting): PositionalQuery {
  const values: unknown[] = [];
  return { text: withPlaceholders(sql, params, quoting, values), values };
}

// The same scan as MikroORM's Platform.formatQuery, so every `?` is read the same way.
function withPlaceholders(sql: string, params: readonly unknown[], quoting: SqlQuoting, values: unknown[]): string {
  if (params.length === 0) return sql;
  let j = 0;
  let pos = 0;
  let out = '';
  if (sql.startsWith('?')) {
    if (sql[1] === '?') {
      out += quoting.quoteIdentifier(params[j++] as string);
      pos = 2;
    } else {
      out += parameter(params[j++], quoting, values);
      pos = 1;
    }
  }
  while (pos < sql.length) {
    const idx = sql.indexOf('?', pos + 1);
    if (idx === -1) {
      out += sql.substring(pos, sql.length);
      break;
    }
    if (sql.substring(idx - 1, idx + 1) === '\\?') {
      out += sql.substring(pos, idx - 1) + '?';
      pos = idx + 1;
    } else if (sql.substring(idx, idx + 2) === '??') {
      out += sql.substring(pos, idx) + quoting.quoteIdentifier(params[j++] as string);
      pos = idx + 2;
    } else {
      out += sql.substring(pos, idx) + parameter(params[j++], quoting, values);
      pos = idx + 1;
    }
  }
  return out;
}

/** MikroORM's AbstractSqlPlatform.quoteValue, with a parameter in place of each quoted literal. */
function parameter(value: unknown, quoting: SqlQuoting, values: unknown[]): string {
  if (isRaw(value)) return withPlaceholders(value.sql, value.params, quoting, values);
  if (Utils.isPlainObject(value) || (value as Record<symbol, unknown> | null | undefined)?.[JsonProperty]) return push(JSON.stringify(value), values);
  return escaped(value, quoting, values);
}

/** BasePostgreSqlPlatform.escape, likewise. */
function escaped(value: unknown, quoting: SqlQuoting, values: unknown[]): string {
  if (typeof value === 'bigint') return push(value.toString(), values);
  if (typeof value === 'string') return push(value, values);
  if (value instanceof Date) return push(quoting.formatDate(value), values);
  if (ArrayBuffer.isView(value)) return push(Buffer.from(value.buffer, value.byteOffset, value.byteLength), values);
  if (Array.isArray(value)) return value.map((item) => escaped(item, quoting, values)).join(', ');
  return String(value);
}

function push(value: unknown, values: unknown[]): string {
  values.push(value);
  return `$${values.length}`;
}
