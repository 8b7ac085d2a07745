/**
 * The local providers as one process, for docker-compose's `providers` service (the notifications
 * image, entry point `dist/channels/local/providers.js`): the SMTP catcher, the Twilio-compatible
 * server and the Graph-API-compatible WhatsApp server that `npm start` runs inside its runner.
 * Never part of a production deployment; the notifications service itself never imports this file.
 */
import { z } from 'zod';
import { startLocalMailServer } from '../email/local/index.js';
import { startLocalTwilioServer } from '../sms/local/index.js';
import { startLocalWhatsAppServer } from '../whatsapp/local/index.js';

const settingsSchema = z.object({
  /** 0.0.0.0 in a container (other containers send to it); its ports are published on the host's loopback only. */
  PROVIDERS_HOST: z.string().default('0.0.0.0'),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(2525),
  MAIL_HTTP_PORT: z.coerce.number().int().min(1).max(65535).default(4110),
  TWILIO_PORT: z.coerce.number().int().min(1).max(65535).default(4111),
  WHATSAPP_PORT: z.coerce.number().int().min(1).max(65535).default(4112),
  /** Keep caught mail as .eml files here (a volume), so the inbox survives restarts. */
  MAIL_DIR: z.string().min(1).optional(),
  TWILIO_ACCOUNT_SID: z.string().regex(/^AC[0-9a-fA-F]{32}$/, 'TWILIO_ACCOUNT_SID must be AC followed by 32 hex digits'),
  TWILIO_AUTH_TOKEN: z.string().min(16),
  WHATSAPP_PHONE_NUMBER_ID: z.string().regex(/^\d{5,20}$/, 'WHATSAPP_PHONE_NUMBER_ID must be digits'),
  WHATSAPP_ACCESS_TOKEN: z.string().min(16),
  WHATSAPP_APP_SECRET: z.string().min(16),
  /** notifications' /webhooks/whatsapp, where status reports and inbound messages are POSTed (signed). */
  WHATSAPP_WEBHOOK_URL: z.string().url(),
});

const parsed = settingsSchema.safeParse(process.env);
if (!parsed.success) {
  console.error(`local providers: invalid settings:\n${parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
  process.exit(1);
}
const settings = parsed.data;
const host = settings.PROVIDERS_HOST;

const [mail, twilio, whatsapp] = await Promise.all([
  startLocalMailServer({ host, smtpPort: settings.SMTP_PORT, httpPort: settings.MAIL_HTTP_PORT, ...(settings.MAIL_DIR ? { dir: settings.MAIL_DIR } : {}) }),
  startLocalTwilioServer({ host, port: settings.TWILIO_PORT, accountSid: settings.TWILIO_ACCOUNT_SID, authToken: settings.TWILIO_AUTH_TOKEN }),
  startLocalWhatsAppServer({
    host,
    port: settings.WHATSAPP_PORT,
    phoneNumberId: settings.WHATSAPP_PHONE_NUMBER_ID,
    accessToken: settings.WHATSAPP_ACCESS_TOKEN,
    appSecret: settings.WHATSAPP_APP_SECRET,
    webhookUrl: settings.WHATSAPP_WEBHOOK_URL,
  }),
]);
console.log(
  JSON.stringify({
    msg: 'local providers listening',
    smtp: settings.SMTP_PORT,
    mailPage: settings.MAIL_HTTP_PORT,
    twilio: settings.TWILIO_PORT,
    whatsapp: settings.WHATSAPP_PORT,
  }),
);

const stop = async () => {
  await Promise.all([mail.stop(), twilio.stop(), whatsapp.stop()]);
  process.exit(0);
};
process.once('SIGTERM', () => void stop());
process.once('SIGINT', () => void stop());
