import nodemailer, { type SendMailOptions } from 'nodemailer';
import type { SESv2ClientConfig } from '@aws-sdk/client-sesv2';
import type { EmailMessage, EmailPort, ProviderAccepted } from '../port.js';
import { sesProviderError, smtpProviderError } from './email-errors.js';
import { NOTIFICATION_TAG, mailOptionsFor, tagValue, type Sender } from './email-message.js';

/** The notifications subgraph's EMAIL_* settings (config.ts parses them). */
export interface EmailSettings {
  /** `ses` in production (AWS SES v2 API), `smtp` for the local catcher (or any SMTP relay). */
  transport: 'ses' | 'smtp';
  /** EMAIL_FROM, e.g. `RealServ <noreply@realserv.com>` (its domain must be verified in SES). */
  from: string;
  /** EMAIL_REPLY_TO, e.g. `support@realserv.com`. */
  replyTo: string;
  /** AWS_REGION for SES (e.g. ap-south-1); the SDK's default chain when absent. */
  region?: string;
  /** SES_CONFIGURATION_SET: event publishing (deliveries, bounces, complaints) and sending limits. */
  configurationSet?: string;
  /** SMTP_URL, e.g. `smtp://127.0.0.1:2525`; `smtps://user:pass@host:465` for a TLS relay with login. */
  smtpUrl?: string;
}

/** For tests only: SDK client settings laid over the production ones (a requestHandler that never leaves the process, static credentials). */
export interface EmailPortOverrides {
  sesClientConfig?: SESv2ClientConfig;
}

// Bounds on one send. SES: connect 5 s, answer 15 s, and one SDK retry (the dispatcher's queue
// does the patient retrying with backoff). SMTP: connect and greeting 10 s, 30 s of silence.
const SES_HTTP = { connectionTimeout: 5_000, requestTimeout: 15_000 };
const SES_MAX_ATTEMPTS = 2;
const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

/**
 * The EMAIL port: one nodemailer adapter, two transports. Both build the same MIME message
 * (email-message.ts); SES receives it as raw content through SendEmail (SES v2), an SMTP server
 * over SMTP. Credentials for SES come from the AWS default chain (the task role, env, profile).
 */
export async function createEmailPort(settings: EmailSettings, overrides: EmailPortOverrides = {}): Promise<EmailPort> {
  const sender: Sender = { from: settings.from, replyTo: settings.replyTo };
  if (settings.transport === 'ses') {
    // Loaded only when chosen: the local stack never needs the AWS SDK.
    const { SESv2Client, SendEmailCommand } = await import('@aws-sdk/client-sesv2');
    const sesClient = new SESv2Client({
      ...(settings.region ? { region: settings.region } : {}),
      maxAttempts: SES_MAX_ATTEMPTS,
      requestHandler: SES_HTTP,
      ...overrides.sesClientConfig,
    });
    const transporter = nodemailer.createTransport({ SES: { sesClient, SendEmailCommand } });
    return new NodemailerEmailPort(sender, {
      send: async (options) => (await transporter.sendMail(options)).response,
      close: async () => {
        transporter.close();
        sesClient.destroy();
      },
      toProviderError: sesProviderError,
      extend: (options, message) => ({
        ...options,
        ses: {
          ...(settings.configurationSet ? { ConfigurationSetName: settings.configurationSet } : {}),
          EmailTags: [{ Name: NOTIFICATION_TAG, Value: tagValue(message.reference) }],
        },
      }),
    });
  }
  if (!settings.smtpUrl) throw new Error('EMAIL_TRANSPORT=smtp needs SMTP_URL (e.g. smtp://127.0.0.1:2525)');
  // A small pool: the dispatcher sends concurrently and one connection per message would be slow.
  const transporter = nodemailer.createTransport({ url: settings.smtpUrl, pool: true, maxConnections: 5, ...SMTP_TIMEOUTS });
  return new NodemailerEmailPort(sender, {
    // The Message-ID we sent: what a relay's delivery reports quote.
    send: async (options) => (await transporter.sendMail(options)).messageId,
    close: async () => transporter.close(),
    toProviderError: smtpProviderError,
  });
}

interface Transport {
  /** Sends; resolves to the provider's message id. */
  send(options: SendMailOptions): Promise<string>;
  close(): Promise<void>;
  toProviderError(error: unknown): Error;
  extend?(options: SendMailOptions, message: EmailMessage): SendMailOptions;
}

class NodemailerEmailPort implements EmailPort {
  constructor(
    private readonly sender: Sender,
    private readonly transport: Transport,
  ) {}

  async send(message: EmailMessage): Promise<ProviderAccepted> {
    const base = mailOptionsFor(this.sender, message);
    const options = this.transport.extend ? this.transport.extend(base, message) : base;
    try {
      return { providerMessageId: await this.transport.send(options) };
    } catch (error) {
      throw this.transport.toProviderError(error);
    }
  }

  close(): Promise<void> {
    return this.transport.close();
  }
}
