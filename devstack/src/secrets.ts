import { randomBytes } from 'node:crypto';

/** The secrets of a local stack, made fresh for each start (test-mode values only). */
export interface LocalSecrets {
  razorpay: { keyId: string; keySecret: string; webhookSecret: string };
  otpHashKey: string;
  otpEncryptionKey: string;
  mediaSigningKey: string;
  /** The notifications subgraph's provider credentials, checked by the local provider servers. */
  notifications: { twilioAccountSid: string; twilioAuthToken: string; whatsappAccessToken: string; whatsappAppSecret: string; whatsappVerifyToken: string };
}

/** Where the notifications subgraph's local providers listen; a channel whose server is not given stays off. */
export interface NotificationPlaces {
  /** The subgraph's own base URL (Twilio's StatusCallback is signed over `${publicUrl}/webhooks/twilio/status`). */
  publicUrl: string;
  smtpUrl?: string;
  twilioApiUrl?: string;
  whatsappGraphUrl?: string;
}

export function makeLocalSecrets(): LocalSecrets {
  return {
    razorpay: {
      keyId: `rzp_test_${randomBytes(7).toString('hex')}`,
      keySecret: randomBytes(24).toString('base64url'),
      webhookSecret: randomBytes(24).toString('base64url'),
    },
    otpHashKey: randomBytes(32).toString('base64url'),
    otpEncryptionKey: randomBytes(32).toString('base64'),
    mediaSigningKey: randomBytes(32).toString('base64url'),
    notifications: {
      twilioAccountSid: `AC${randomBytes(16).toString('hex')}`,
      twilioAuthToken: randomBytes(16).toString('hex'),
      whatsappAccessToken: randomBytes(24).toString('base64url'),
      whatsappAppSecret: randomBytes(16).toString('hex'),
      whatsappVerifyToken: randomBytes(16).toString('base64url'),
    },
  };
}

/**
 * The secrets (and the settings that go with them) one subgraph needs, and no other's: a
 * service that leaks its environment leaks only its own keys. docker-compose.yml does the same.
 */
export function ownSecretsOf(
  subgraph: string,
  secrets: LocalSecrets,
  places: { razorpayUrl: string; mediaDir: string; mediaPublicUrl: string; notifications?: NotificationPlaces },
): Record<string, string> {
  switch (subgraph) {
    case 'payments':
      return {
        RAZORPAY_KEY_ID: secrets.razorpay.keyId,
        RAZORPAY_KEY_SECRET: secrets.razorpay.keySecret,
        RAZORPAY_WEBHOOK_SECRET: secrets.razorpay.webhookSecret,
        RAZORPAY_BASE_URL: places.razorpayUrl,
      };
    case 'vendors':
      // Delivery OTPs: HMAC key for the stored hash, AES key for the buyer's copy.
      return { OTP_HASH_KEY: secrets.otpHashKey, OTP_ENCRYPTION_KEY: secrets.otpEncryptionKey };
    case 'integrations':
      // Media: files on disk behind signed URLs served by this subgraph.
      return {
        MEDIA_STORAGE: 'local',
        MEDIA_LOCAL_DIR: places.mediaDir,
        MEDIA_PUBLIC_URL: places.mediaPublicUrl,
        MEDIA_SIGNING_KEY: secrets.mediaSigningKey,
      };
    case 'notifications': {
      // Push is recorded in the process; email, SMS and WhatsApp go to local provider servers
      // speaking SMTP, Twilio's and Meta's APIs (each channel is on once its server is given).
      const n = secrets.notifications;
      const at = places.notifications;
      return {
        PUSH_TRANSPORT: 'local',
        ...(at ? { PUBLIC_URL: at.publicUrl } : {}),
        ...(at?.smtpUrl ? { EMAIL_TRANSPORT: 'smtp', SMTP_URL: at.smtpUrl } : {}),
        ...(at?.twilioApiUrl
          ? { TWILIO_ACCOUNT_SID: n.twilioAccountSid, TWILIO_AUTH_TOKEN: n.twilioAuthToken, SMS_SENDER_ID: 'RLSERV', DLT_ENTITY_ID: '1101000000000012345', TWILIO_API_URL: at.twilioApiUrl }
          : {}),
        ...(at?.whatsappGraphUrl
          ? {
              WHATSAPP_PHONE_NUMBER_ID: '104000000000001',
              WHATSAPP_ACCESS_TOKEN: n.whatsappAccessToken,
              WHATSAPP_APP_SECRET: n.whatsappAppSecret,
              WHATSAPP_VERIFY_TOKEN: n.whatsappVerifyToken,
              WHATSAPP_GRAPH_URL: at.whatsappGraphUrl,
            }
          : {}),
      };
    }
    default:
      return {};
  }
}
