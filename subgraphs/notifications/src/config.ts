import { z } from 'zod';
import { firebaseConfigSchema } from '@realserv/platform';

const optionalSecret = (min: number, what: string) => z.string().min(min, `${what} must be at least ${min} characters`).optional();

/**
 * The notifications subgraph's settings. A channel whose settings are absent is off (its
 * notifications are skipped with a warning), so a stack can run with only the channels it has
 * providers for; `channelSettings` (channels/settings.ts) refuses half-configured channels.
 */
export const notificationsConfigSchema = z.object({
  ...firebaseConfigSchema.shape,
  PEER_IDENTITY_URL: z.string().url(),
  PEER_IDENTITY_KEY: z.string().min(32),
  PEER_VENDORS_URL: z.string().url(),
  PEER_VENDORS_KEY: z.string().min(32),
  PEER_ORDERS_URL: z.string().url(),
  PEER_ORDERS_KEY: z.string().min(32),

  // Email (AWS SES in production; SMTP to the local catcher in development and tests).
  EMAIL_TRANSPORT: z.enum(['ses', 'smtp']).optional(),
  EMAIL_FROM: z.string().min(3).default('RealServ <noreply@realserv.com>'),
  EMAIL_REPLY_TO: z.string().email().default('support@realserv.com'),
  AWS_REGION: z.string().regex(/^[a-z]{2}-[a-z]+-\d$/, 'AWS_REGION must look like ap-south-1').optional(),
  SES_CONFIGURATION_SET: z.string().min(1).optional(),
  SMTP_URL: z.string().url('SMTP_URL must look like smtp://127.0.0.1:2525').optional(),

  // SMS through Twilio (the SDK in production and locally, pointed at the local Twilio-compatible server).
  TWILIO_ACCOUNT_SID: z.string().regex(/^AC[0-9a-fA-F]{32}$/, 'TWILIO_ACCOUNT_SID must be AC followed by 32 hex digits').optional(),
  TWILIO_AUTH_TOKEN: optionalSecret(16, 'TWILIO_AUTH_TOKEN'),
  SMS_SENDER_ID: z.string().regex(/^[A-Z]{6}$/, 'SMS_SENDER_ID must be the 6-letter DLT header, e.g. RLSERV').optional(),
  DLT_ENTITY_ID: z.string().regex(/^\d{10,25}$/, 'DLT_ENTITY_ID must be the DLT principal entity id (digits)').optional(),
  /** Local only: the local Twilio-compatible server; production talks to api.twilio.com. */
  TWILIO_API_URL: z.string().url().optional(),
  /** This service's public base URL: Twilio's StatusCallback is `${PUBLIC_URL}/webhooks/twilio/status`. */
  PUBLIC_URL: z.string().url().optional(),

  // WhatsApp Cloud API.
  WHATSAPP_PHONE_NUMBER_ID: z.string().regex(/^\d{5,20}$/, 'WHATSAPP_PHONE_NUMBER_ID must be the numeric phone number id').optional(),
  WHATSAPP_ACCESS_TOKEN: optionalSecret(16, 'WHATSAPP_ACCESS_TOKEN'),
  WHATSAPP_APP_SECRET: optionalSecret(16, 'WHATSAPP_APP_SECRET'),
  WHATSAPP_VERIFY_TOKEN: optionalSecret(16, 'WHATSAPP_VERIFY_TOKEN'),
  WHATSAPP_GRAPH_URL: z.string().url().default('https://graph.facebook.com'),
  WHATSAPP_GRAPH_VERSION: z.string().regex(/^v\d+\.\d+$/, 'WHATSAPP_GRAPH_VERSION must look like v21.0').default('v21.0'),

  // Push: Firebase Cloud Messaging with the app's default credentials, or the local recorder.
  PUSH_TRANSPORT: z.enum(['fcm', 'local']).optional(),

  // Dispatch.
  /** At most this many messages to one recipient per minute on the provider channels; the rest wait. */
  NOTIFY_RECIPIENT_PER_MINUTE: z.coerce.number().int().min(1).max(1000).default(20),
  /** At most this many sends per second to each provider (all recipients). */
  NOTIFY_PROVIDER_PER_SECOND: z.coerce.number().int().min(1).max(10_000).default(50),
  /** Send attempts before a transiently failing message is FAILED. */
  NOTIFY_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(6),
  /** First retry delay; each next one doubles (with jitter), capped at 15 minutes. */
  NOTIFY_RETRY_BASE_SECONDS: z.coerce.number().int().min(1).max(600).default(5),
  /** How often QUEUED notifications without a live send job are re-queued (crash recovery); 0 turns it off. */
  NOTIFY_SWEEP_SECONDS: z.coerce.number().int().min(0).max(3600).default(60),
  /**
   * A send job held longer than this is presumed lost with its process (killed mid-send) and
   * retried. It must exceed a batch's slowest sends (5 in a row, each bounded by its provider's
   * timeouts).
   */
  NOTIFY_SEND_EXPIRE_SECONDS: z.coerce.number().int().min(10).max(3600).default(60),
  /** How often the send queue looks for expired send jobs (pg-boss's supervisor), and at most how long an idle send worker waits between polls. */
  NOTIFY_SEND_SUPERVISE_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
});

export type NotificationsConfig = z.infer<typeof notificationsConfigSchema>;
