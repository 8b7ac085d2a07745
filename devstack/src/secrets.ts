import { randomBytes } from 'node:crypto';

/** The secrets of a local stack, made fresh for each start (test-mode values only). */
export interface LocalSecrets {
  razorpay: { keyId: string; keySecret: string; webhookSecret: string };
  otpHashKey: string;
  otpEncryptionKey: string;
  mediaSigningKey: string;
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
  };
}

/**
 * The secrets (and the settings that go with them) one subgraph needs, and no other's: a
 * service that leaks its environment leaks only its own keys. docker-compose.yml does the same.
 */
export function ownSecretsOf(
  subgraph: string,
  secrets: LocalSecrets,
  places: { razorpayUrl: string; mediaDir: string; mediaPublicUrl: string },
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
    default:
      return {};
  }
}
