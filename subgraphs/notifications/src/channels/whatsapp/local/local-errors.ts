/** How the local Graph API server refuses: Meta's error bodies for the API, plain ones for `/_local` routes. */
import { randomBytes } from 'node:crypto';
import type { GraphErrorBody } from '../graph-message.js';

/** Meta's error bodies, with the HTTP status Meta answers them with. */
export class GraphApiError extends Error {
  constructor(
    readonly httpStatus: number,
    readonly body: GraphErrorBody,
  ) {
    super(body.error.message);
  }
}

export function graphError(httpStatus: number, code: number, message: string, options: { type?: string; details?: string; subcode?: number } = {}): GraphApiError {
  return new GraphApiError(httpStatus, {
    error: {
      message,
      type: options.type ?? 'OAuthException',
      code,
      ...(options.subcode !== undefined ? { error_subcode: options.subcode } : {}),
      ...(options.details ? { error_data: { messaging_product: 'whatsapp', details: options.details } } : {}),
      fbtrace_id: randomBytes(8).toString('base64url'),
    },
  });
}

/** A mistake in a `/_local` call (not part of Meta's API). */
export class LocalRouteError extends Error {
  constructor(
    readonly httpStatus: number,
    message: string,
  ) {
    super(message);
  }
}
