import { pino, stdSerializers, type Logger } from 'pino';

export type { Logger } from 'pino';

/**
 * One JSON logger per process; request loggers are children carrying `requestId`.
 * Secrets and personal data stay out of logs: credentials in headers are redacted, request URLs
 * go through `redactRequest`, and database errors through `redactError`.
 */
export function createLogger(service: string, level: string): Logger {
  return pino({
    name: service,
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    serializers: { err: redactError },
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers["x-realserv-caller"]',
        'req.headers.cookie',
        // Razorpay's HMAC of the webhook body: proof of the webhook secret, never logged.
        'req.headers["x-razorpay-signature"]',
        // Meta's HMAC of a WhatsApp webhook body (app secret), likewise.
        'req.headers["x-hub-signature-256"]',
      ],
      censor: '[redacted]',
    },
  });
}

/**
 * A logger made on first use: a request's child logger (its bindings serialised and redacted)
 * costs CPU on every request, and most requests log nothing. A proxy rather than a getter, so it
 * survives being copied (Apollo Server copies each context object with Object.assign).
 */
export function lazyLogger(make: () => Logger): Logger {
  let logger: Logger | undefined;
  return new Proxy({} as Logger, {
    get(_target, property) {
      logger ??= make();
      const value = Reflect.get(logger, property, logger) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(logger) : value;
    },
    set(_target, property, value) {
      logger ??= make();
      return Reflect.set(logger, property, value, logger);
    },
    has(_target, property) {
      logger ??= make();
      return Reflect.has(logger, property);
    },
  });
}

/**
 * Query parameters that are credentials: signed-URL signatures (the local media adapter's `sig`,
 * S3 and GCS presigned URLs) and bearer-like tokens.
 */
const SECRET_PARAMS = new Set([
  'sig',
  'signature',
  'token',
  'access_token',
  'x-amz-signature',
  'x-amz-credential',
  'x-amz-security-token',
  'x-goog-signature',
  'x-goog-credential',
  // Meta's webhook verification (GET /webhooks/whatsapp) carries our verify token in the query.
  'hub.verify_token',
]);

/** GraphQL variables (GET requests) hold user data: only their names are logged. */
function variableNames(value: unknown): string {
  let parsed = value;
  if (typeof value === 'string') {
    try {
      parsed = JSON.parse(value);
    } catch {
      return '[unparsed]';
    }
  }
  return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? `[names: ${Object.keys(parsed).join(', ')}]` : '[none]';
}

function redactParam(name: string, value: unknown): unknown {
  const lower = name.toLowerCase();
  if (SECRET_PARAMS.has(lower)) return '[redacted]';
  if (lower === 'variables') return variableNames(value);
  return value;
}

/** A URL safe to log: signatures and tokens in its query redacted, GraphQL variables reduced to names. */
export function redactUrl(url: string): string {
  const q = url.indexOf('?');
  if (q < 0) return url;
  const parts = url
    .slice(q + 1)
    .split('&')
    .map((part) => {
      const eq = part.indexOf('=');
      if (eq < 0) return part;
      let name: string;
      let value: string;
      try {
        name = decodeURIComponent(part.slice(0, eq).replace(/\+/g, ' '));
        value = decodeURIComponent(part.slice(eq + 1).replace(/\+/g, ' '));
      } catch {
        return `${part.slice(0, eq)}=[unparsed]`;
      }
      const redacted = redactParam(name, value);
      return redacted === value ? part : `${part.slice(0, eq)}=${String(redacted)}`;
    });
  return `${url.slice(0, q)}?${parts.join('&')}`;
}

/** pino-http `req` serializer (after pino's own): the URL and parsed query without secrets. */
export function redactRequest<R extends { url?: unknown; query?: unknown }>(req: R): R {
  const query =
    req.query && typeof req.query === 'object'
      ? Object.fromEntries(Object.entries(req.query as Record<string, unknown>).map(([k, v]) => [k, redactParam(k, v)]))
      : req.query;
  return { ...req, url: typeof req.url === 'string' ? redactUrl(req.url) : req.url, query };
}

/** Properties of driver (PostgreSQL) errors that carry row values or the statement and its parameters. */
const ROW_DATA_PROPERTIES = ['detail', 'where', 'query', 'sql', 'params', 'parameters', 'internalQuery', 'hint'];

/**
 * pino `err` serializer: a database error keeps its code, constraint and the server's message,
 * but not the failing row (`detail`), the statement or its parameters, which hold addresses and
 * phone numbers.
 */
export function redactError(error: unknown): unknown {
  if (!error || typeof error !== 'object') return error;
  // An Error from a logger call, or (under pino-http) one pino has already serialised.
  const serialized: Record<string, unknown> =
    error instanceof Error ? (stdSerializers.err(error) as unknown as Record<string, unknown>) : { ...(error as Record<string, unknown>) };
  const name = String(serialized.type ?? serialized.name ?? '');
  const isDatabaseError = ROW_DATA_PROPERTIES.some((p) => p in serialized) || 'sqlState' in serialized || /Exception$/.test(name);
  if (!isDatabaseError) return serialized;
  for (const property of ROW_DATA_PROPERTIES) delete serialized[property];
  // Drivers often prefix the message with the statement: "insert into … - null value in column …".
  const message = String(serialized.message ?? '');
  if (/^\s*(insert|update|delete|select|with)\b/i.test(message)) {
    const dash = message.lastIndexOf(' - ');
    serialized.message = dash >= 0 ? message.slice(dash + 3) : '[statement redacted]';
  }
  if (typeof serialized.stack === 'string') serialized.stack = serialized.stack.split('\n').slice(1).join('\n');
  return serialized;
}
