/**
 * Which Cloud API failures are worth retrying. Meta asks clients to act on the error `code`
 * (not the HTTP status, not the title); the lists follow its "Error codes" page.
 */
import { ProviderError } from '../port.js';

/** The same message would fail the same way: a bad recipient, template, payload or credential. */
const PERMANENT = new Map<number, string>([
  [0, 'AuthException'],
  [10, 'Permission denied'],
  [100, 'Invalid parameter'],
  [190, 'Access token expired or invalid'],
  [200, 'Permission denied'],
  [368, 'Temporarily blocked for policies violations'],
  [470, 'Re-engagement message (outside the 24-hour window)'],
  [131008, 'Required parameter is missing'],
  [131009, 'Parameter value is not valid'],
  [131021, 'Recipient cannot be sender'],
  [131026, 'Message undeliverable'],
  [131030, 'Recipient phone number not in allowed list'],
  [131031, 'Account has been locked'],
  [131042, 'Business eligibility payment issue'],
  [131047, 'Re-engagement message (outside the 24-hour window)'],
  [131049, 'Meta chose not to deliver'],
  [131051, 'Unsupported message type'],
  [132000, 'Template parameter count mismatch'],
  [132001, 'Template does not exist'],
  [132005, 'Template hydrated text too long'],
  [132007, 'Template format character policy violated'],
  [132012, 'Template parameter format mismatch'],
  [132015, 'Template is paused'],
  [132016, 'Template is disabled'],
  [133010, 'Phone number not registered'],
]);

/** Throttling or trouble on Meta's side: the same message may go through later. */
const TRANSIENT = new Map<number, string>([
  [1, 'API unknown'],
  [2, 'API service'],
  [4, 'API too many calls'],
  [80007, 'Rate limit issues'],
  [130429, 'Rate limit hit'],
  [131000, 'Something went wrong'],
  [131016, 'Service unavailable'],
  [131048, 'Spam rate limit hit'],
  [131056, 'Pair rate limit hit'],
  [133004, 'Server temporarily unavailable'],
]);

/** True when a failure with this code is final (also used for `failed` status reports). */
export function isPermanentCloudApiCode(code: number): boolean {
  return PERMANENT.has(code);
}

/**
 * A Graph API error answer as a ProviderError. Known codes decide; an unknown code is retried
 * when the HTTP status says the server or the rate limiter failed (5xx, 429) and is final
 * otherwise (4xx: the request itself is wrong).
 */
export function providerErrorFor(httpStatus: number, error: { code?: number; message?: string } | undefined): ProviderError {
  const code = error?.code;
  if (code !== undefined && (PERMANENT.has(code) || TRANSIENT.has(code))) {
    const permanent = PERMANENT.has(code);
    const title = PERMANENT.get(code) ?? TRANSIENT.get(code);
    return new ProviderError('WHATSAPP', String(code), permanent, `WhatsApp Cloud API error ${code} (${title}), HTTP ${httpStatus}`);
  }
  const transient = httpStatus >= 500 || httpStatus === 429 || httpStatus === 408;
  const reason = code !== undefined ? String(code) : `HTTP_${httpStatus}`;
  return new ProviderError('WHATSAPP', reason, !transient, `WhatsApp Cloud API error ${reason}, HTTP ${httpStatus}${error?.message ? `: ${error.message.slice(0, 200)}` : ''}`);
}
