import type { SendMailOptions } from 'nodemailer';
import { ProviderError, type EmailMessage } from '../port.js';

/** The header that carries our Notification id in every email (also the SES message tag's value). */
export const NOTIFICATION_HEADER = 'X-RealServ-Notification';
/** The SES message tag (shown in SES event publishing: bounces, complaints, deliveries). */
export const NOTIFICATION_TAG = 'notification';

export interface Sender {
  /** `RealServ <noreply@realserv.com>` */
  from: string;
  /** `support@realserv.com` */
  replyTo: string;
}

/** One address, no display name or list: what the notifications model stores for a user. */
const SINGLE_ADDRESS = /^[^\s@<>,;"()[\]\\]+@[^\s@<>,;"()[\]\\]+\.[^\s@<>,;"()[\]\\]+$/;

/**
 * The message as both transports send it: From/Reply-To from the settings, one To, the subject,
 * a text and an HTML alternative (nodemailer builds multipart/alternative, text first), and the
 * reference header. An address that is not a single mailbox is refused here (permanent), never
 * handed to the provider, so a stored display name or list cannot fan out.
 */
export function mailOptionsFor(sender: Sender, message: EmailMessage): SendMailOptions {
  const to = message.to.trim();
  if (!SINGLE_ADDRESS.test(to)) throw new ProviderError('EMAIL', 'INVALID_ADDRESS', true, 'The recipient is not a single email address');
  return {
    from: sender.from,
    replyTo: sender.replyTo,
    to,
    subject: message.subject,
    text: message.text,
    html: message.html,
    headers: { [NOTIFICATION_HEADER]: message.reference },
    // The content is ours; never let an address or path in it make nodemailer read files or URLs.
    disableFileAccess: true,
    disableUrlAccess: true,
  };
}

/** SES tag values allow ASCII letters, digits, '_' and '-' only (256 at most). */
export function tagValue(reference: string): string {
  return reference.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 256) || '_';
}
