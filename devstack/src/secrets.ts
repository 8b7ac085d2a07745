import { randomBytes, randomInt } from 'node:crypto';

/** The secrets of a local stack, made fresh for each start (test-mode values only). */
export interface LocalSecrets {
  razorpay: { keyId: string; keySecret: string; webhookSecret: string };
  otpHashKey: string;
  otpEncryptionKey: string;
  mediaSigningKey: string;
  /** The local Twilio-compatible server's account (notifications' SMS). */
  twilio: { accountSid: string; authToken: string };
  /** The local WhatsApp Cloud API server's phone number, token and app secret (notifications' WhatsApp). */
  whatsapp: { phoneNumberId: string; accessToken: string; appSecret: string; verifyToken: string };
  /** The local Google Maps-compatible server's API key (integrations' location). */
  mapsApiKey: string;
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
    twilio: { accountSid: `AC${randomBytes(16).toString('hex')}`, authToken: randomBytes(24).toString('base64url') },
    whatsapp: {
      phoneNumberId: `1065${randomInt(10_000_000, 99_999_999)}`,
      accessToken: randomBytes(24).toString('base64url'),
      appSecret: randomBytes(24).toString('base64url'),
      verifyToken: randomBytes(24).toString('base64url'),
    },
    mapsApiKey: `AIza${randomBytes(26).toString('base64url').slice(0, 35)}`,
  };
}

/**
 * The secrets (and the settings that go with them) one subgraph needs, and no other's: a
 * service that leaks its environment leaks only its own keys. docker-compose.yml does the same.
 */
export function ownSecretsOf(
  subgraph: string,
  secrets: LocalSecrets,
  places: {
    razorpayUrl: string;
    mediaDir: string;
    mediaPublicUrl: string;
    /** notifications' local providers and its own public URL (Twilio signs status callbacks for it). */
    smtpUrl: string;
    twilioUrl: string;
    whatsappUrl: string;
    notificationsPublicUrl: string;
    /** The gateway's /graphql URL (the WhatsApp bot in integrations calls it as the vendor user). */
    gatewayUrl: string;
    /** The local Google Maps-compatible server (integrations' location). */
    mapsUrl: string;
  },
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
        // The WhatsApp vendor bot replies from the business number notifications sends from: the
        // one deliberate exception to "one secret, one subgraph" (the access token; never the app
        // secret or verify token, since only notifications receives Meta's webhooks).
        WHATSAPP_PHONE_NUMBER_ID: secrets.whatsapp.phoneNumberId,
        WHATSAPP_ACCESS_TOKEN: secrets.whatsapp.accessToken,
        WHATSAPP_GRAPH_URL: places.whatsappUrl,
        GATEWAY_URL: places.gatewayUrl,
        // Location: Google's client against the local Google Maps-compatible server.
        MAPS_PROVIDER: 'local',
        GOOGLE_MAPS_API_KEY: secrets.mapsApiKey,
        MAPS_BASE_URL: places.mapsUrl,
      };
    case 'notifications':
      // Every channel on its local provider: the SMTP catcher, the Twilio- and Graph-API-compatible
      // servers (the real SDK/client code talks to them), and the push recorder.
      return {
        EMAIL_TRANSPORT: 'smtp',
        SMTP_URL: places.smtpUrl,
        TWILIO_ACCOUNT_SID: secrets.twilio.accountSid,
        TWILIO_AUTH_TOKEN: secrets.twilio.authToken,
        TWILIO_API_URL: places.twilioUrl,
        SMS_SENDER_ID: 'RLSERV',
        DLT_ENTITY_ID: '1001526103320756973',
        PUBLIC_URL: places.notificationsPublicUrl,
        WHATSAPP_PHONE_NUMBER_ID: secrets.whatsapp.phoneNumberId,
        WHATSAPP_ACCESS_TOKEN: secrets.whatsapp.accessToken,
        WHATSAPP_APP_SECRET: secrets.whatsapp.appSecret,
        WHATSAPP_VERIFY_TOKEN: secrets.whatsapp.verifyToken,
        WHATSAPP_GRAPH_URL: places.whatsappUrl,
        PUSH_TRANSPORT: 'local',
      };
    default:
      return {};
  }
}
