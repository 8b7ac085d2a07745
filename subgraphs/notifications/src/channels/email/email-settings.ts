import type { NotificationsConfig } from '../../config.js';
import type { EmailSettings } from './email-adapter.js';

type EmailConfig = Pick<NotificationsConfig, 'EMAIL_TRANSPORT' | 'EMAIL_FROM' | 'EMAIL_REPLY_TO' | 'AWS_REGION' | 'SES_CONFIGURATION_SET' | 'SMTP_URL'>;

/**
 * The EMAIL channel's settings from the subgraph's config; null when EMAIL_TRANSPORT is unset
 * (the channel is off). A transport without what it needs is refused at start, not at the first send.
 */
export function emailSettings(config: EmailConfig): EmailSettings | null {
  if (!config.EMAIL_TRANSPORT) return null;
  if (config.EMAIL_TRANSPORT === 'smtp' && !config.SMTP_URL) throw new Error('EMAIL_TRANSPORT=smtp needs SMTP_URL (e.g. smtp://127.0.0.1:2525, the local mail catcher)');
  return {
    transport: config.EMAIL_TRANSPORT,
    from: config.EMAIL_FROM,
    replyTo: config.EMAIL_REPLY_TO,
    ...(config.EMAIL_TRANSPORT === 'ses' && config.AWS_REGION ? { region: config.AWS_REGION } : {}),
    ...(config.EMAIL_TRANSPORT === 'ses' && config.SES_CONFIGURATION_SET ? { configurationSet: config.SES_CONFIGURATION_SET } : {}),
    ...(config.EMAIL_TRANSPORT === 'smtp' ? { smtpUrl: config.SMTP_URL } : {}),
  };
}
