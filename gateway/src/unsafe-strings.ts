import type { RequestHandler } from 'express';

/**
 * Text no RealServ field can hold: PostgreSQL refuses NUL in `text` (an internal error deep in
 * a subgraph), and an unpaired UTF-16 surrogate is not a character at all (stored as given, it
 * breaks every client that renders it). Refused once at the edge for every operation, with the
 * path of each offending value, before anything runs.
 */
const NUL = /\u0000/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function problemWith(text: string): string | undefined {
  if (NUL.test(text)) return 'contains a NUL character (\\u0000)';
  if (LONE_SURROGATE.test(text)) return 'contains an unpaired UTF-16 surrogate (not valid Unicode text)';
  return undefined;
}

export function findUnsafeStrings(value: unknown, path = '', found: Array<{ field: string; messages: string[] }> = [], depth = 0) {
  if (depth > 64 || found.length >= 20) return found;
  if (typeof value === 'string') {
    const problem = problemWith(value);
    if (problem) found.push({ field: path || '(value)', messages: [problem] });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => findUnsafeStrings(item, `${path}[${i}]`, found, depth + 1));
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const keyProblem = problemWith(key);
      if (keyProblem) found.push({ field: path ? `${path}.<key>` : '<key>', messages: [keyProblem] });
      findUnsafeStrings(item, path ? `${path}.${key}` : key, found, depth + 1);
    }
  }
  return found;
}

/** After `express.json`: the parsed body (POST) or the query string (GET). */
export const rejectUnsafeStrings: RequestHandler = (req, res, next) => {
  const source = req.method === 'GET' ? Object.fromEntries(new URL(req.originalUrl, 'http://gateway').searchParams) : req.body;
  const fields = findUnsafeStrings(source);
  if (!fields.length) return next();
  res.status(400).json({
    errors: [{ message: 'The request holds text that is not valid: see extensions.fields.', extensions: { code: 'BAD_USER_INPUT', fields } }],
  });
};
