import { ProviderError } from '../port.js';

/**
 * Twilio error codes after which sending the same message again cannot succeed
 * (https://www.twilio.com/docs/api/errors): the recipient is wrong or has opted out, or the
 * request itself is malformed.
 */
const PERMANENT_CODES = new Set([
  21211, // Invalid 'To' phone number
  21614, // 'To' is not a valid mobile number (landline)
  21610, // The recipient replied STOP (unsubscribed)
  21408, // Permission to send to this region is not enabled
  21612, // The 'To' number is not reachable via this sender
  21212, // Invalid 'From' number (sender id)
  21606, // 'From' is not a valid, SMS-capable sender for this account
  21602, // Body is required
  21617, // Body exceeds 1600 characters
  21603, // 'From' (or a Messaging Service) is required
  21604, // 'To' is required
  21609, // Invalid StatusCallback URL
  21900, // DltPEId is invalid
  21901, // DltTemplateId is invalid
]);

/** Network-level failures (no HTTP answer): all worth retrying. */
const TIMEOUT_CODES = new Set(['ECONNABORTED', 'ETIMEDOUT']);

interface TwilioApiError {
  status: number;
  code?: number;
  message?: string;
}

function isApiError(error: unknown): error is TwilioApiError {
  // RestException (legacy JSON) and TwilioServiceException (RFC 9457) both carry status + code.
  return typeof error === 'object' && error !== null && typeof (error as { status?: unknown }).status === 'number' && !(error as { isAxiosError?: boolean }).isAxiosError;
}

/**
 * Turns whatever the Twilio SDK threw into the port's ProviderError: permanent for the codes
 * above and other 4xx answers (the same request fails the same way), transient for 429 (20429,
 * too many requests), 5xx, timeouts and connection errors.
 */
export function providerErrorFromTwilio(error: unknown): ProviderError {
  if (error instanceof ProviderError) return error;
  if (isApiError(error)) {
    const reason = error.code ? String(error.code) : `HTTP_${error.status}`;
    const detail = `Twilio ${reason} (HTTP ${error.status}): ${error.message ?? 'request failed'}`;
    if (error.code && PERMANENT_CODES.has(error.code)) return new ProviderError('SMS', reason, true, detail);
    const transient = error.status >= 500 || error.status === 429 || error.status === 408 || error.code === 20429;
    return new ProviderError('SMS', reason, !transient, detail);
  }
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  if (typeof code === 'string' && TIMEOUT_CODES.has(code)) return new ProviderError('SMS', 'TIMEOUT', false, 'Twilio did not answer in time');
  if (typeof code === 'string' && /^E[A-Z_]+$/.test(code)) return new ProviderError('SMS', code, false, `Twilio unreachable: ${code}`);
  return new ProviderError('SMS', 'UNKNOWN', false, error instanceof Error ? error.message : String(error));
}
