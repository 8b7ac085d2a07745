import { ProviderError } from '../port.js';

/**
 * SES v2 errors that retrying the same message cannot fix: the content or an address is refused
 * (`MessageRejected`, `BadRequestException`), the sending domain or account needs an operator
 * (`MailFromDomainNotVerifiedException`, `AccountSuspendedException`, `SendingPausedException`),
 * or the configuration set does not exist (`NotFoundException`). See the SendEmail API reference.
 */
const SES_PERMANENT = new Set([
  'MessageRejected',
  'MailFromDomainNotVerifiedException',
  'AccountSuspendedException',
  'SendingPausedException',
  'BadRequestException',
  'NotFoundException',
]);

/** SES v2 errors that pass: the sending rate (`TooManyRequestsException`) or the daily quota (`LimitExceededException`). */
const SES_THROTTLED = new Set(['TooManyRequestsException', 'LimitExceededException', 'ThrottlingException']);

/** Socket and DNS failures: the request may not have reached the provider, so try again later. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ETIMEDOUT']);

interface SdkError {
  name?: string;
  code?: string;
  $fault?: 'client' | 'server';
  $metadata?: { httpStatusCode?: number };
  message?: string;
}

/** An error from nodemailer's SES transport (the AWS SDK's, passed through) as a ProviderError. */
export function sesProviderError(error: unknown): ProviderError {
  const e = (error ?? {}) as SdkError;
  const name = e.name ?? 'Error';
  const status = e.$metadata?.httpStatusCode;
  const message = `SES refused or failed the message: ${name}${e.message ? ` (${e.message})` : ''}`;
  if (SES_PERMANENT.has(name)) return new ProviderError('EMAIL', name, true, message);
  if (SES_THROTTLED.has(name)) return new ProviderError('EMAIL', name, false, message);
  if (name === 'TimeoutError' || name === 'RequestTimeout' || e.code === 'ETIMEDOUT') return new ProviderError('EMAIL', 'TIMEOUT', false, message);
  if (status !== undefined && status >= 500) return new ProviderError('EMAIL', `HTTP_${status}`, false, message);
  if (e.code && NETWORK_CODES.has(e.code)) return new ProviderError('EMAIL', e.code, false, message);
  // Any other refusal SES states as the caller's fault (e.g. AccessDeniedException: the role
  // lacks ses:SendEmail) fails again until someone changes the setup: do not retry it.
  if (e.$fault === 'client' && status !== undefined && status >= 400) return new ProviderError('EMAIL', name, true, message);
  // Credentials that could not be loaded, an unexpected answer, a bug: worth another try.
  return new ProviderError('EMAIL', name, false, message);
}

interface SmtpError {
  code?: string;
  responseCode?: number;
  permanent?: boolean;
  originalCode?: string;
  response?: string;
  message?: string;
}

/**
 * An error from nodemailer's SMTP transport as a ProviderError. The reply code decides (RFC 5321:
 * 4yz transient, 5yz permanent; nodemailer sets `permanent` from it, 503 being a session state
 * and not a refusal); errors without a reply (connection refused, timeouts) are transient.
 */
export function smtpProviderError(error: unknown): ProviderError {
  const e = (error ?? {}) as SmtpError;
  const detail = e.response ?? e.message ?? String(error);
  if (typeof e.responseCode === 'number') {
    const permanent = e.permanent ?? (e.responseCode >= 500 && e.responseCode !== 503);
    return new ProviderError('EMAIL', `SMTP_${e.responseCode}`, permanent, `The SMTP server refused the message: ${detail}`);
  }
  if (e.code === 'ETIMEDOUT') return new ProviderError('EMAIL', 'TIMEOUT', false, `The SMTP server did not answer in time: ${detail}`);
  return new ProviderError('EMAIL', e.originalCode ?? e.code ?? 'SMTP_ERROR', false, `Could not hand the message to the SMTP server: ${detail}`);
}
