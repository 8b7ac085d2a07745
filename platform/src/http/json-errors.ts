import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from '../logger.js';

/**
 * Express answers its own errors (malformed JSON, a body over the limit, a throw in a route)
 * with a `text/html` page that carries the stack trace and file paths. Every HTTP answer of
 * ours is JSON in GraphQL's error shape instead, so clients parse one format and nothing
 * about the server's files leaks. Mounted last on the gateway, each subgraph and webhook routes.
 */
export function jsonErrorHandler(options: { log: Logger; exposeInternals: boolean }): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const { status, code, message } = describe(error);
    if (status >= 500) (req.log ?? options.log).error({ err: error }, 'unhandled HTTP error');
    const extensions: Record<string, unknown> = { code };
    if (options.exposeInternals && status >= 500 && error instanceof Error) extensions.stacktrace = error.stack?.split('\n');
    res.status(status).type('application/json').json({ errors: [{ message, extensions }] });
  };
}

/** Unknown paths: a JSON 404, not Express's HTML "Cannot GET". */
export const jsonNotFound: RequestHandler = (_req, res) => {
  res.status(404).json({ errors: [{ message: 'Not found.', extensions: { code: 'NOT_FOUND' } }] });
};

/** body-parser marks its errors with `type` and `status` (http-errors). */
function describe(error: unknown): { status: number; code: string; message: string } {
  const e = (error ?? {}) as { type?: unknown; status?: unknown; statusCode?: unknown; limit?: unknown };
  switch (e.type) {
    case 'entity.parse.failed':
      return { status: 400, code: 'BAD_REQUEST', message: 'The request body is not valid JSON.' };
    case 'entity.too.large':
      return {
        status: 413,
        code: 'PAYLOAD_TOO_LARGE',
        message: typeof e.limit === 'number' ? `The request body is larger than ${e.limit} bytes.` : 'The request body is too large.',
      };
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: 'The request body uses an unsupported encoding or charset.' };
    case 'request.aborted':
      return { status: 400, code: 'BAD_REQUEST', message: 'The request was aborted.' };
    default:
      break;
  }
  const status = Number(e.status ?? e.statusCode);
  if (Number.isInteger(status) && status >= 400 && status < 500) {
    return { status, code: 'BAD_REQUEST', message: 'The request could not be read.' };
  }
  return { status: 500, code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error.' };
}
