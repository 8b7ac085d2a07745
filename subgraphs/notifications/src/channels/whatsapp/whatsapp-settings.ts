import { requireAllOrNone } from '../required-settings.js';

/** What the WhatsApp channel needs (core reads it from WHATSAPP_* in the service's config). */
export interface WhatsAppSettings {
  /** The business phone number's id in WhatsApp Manager (not the number itself). */
  phoneNumberId: string;
  /** A System User's permanent access token with whatsapp_business_messaging. */
  accessToken: string;
  /** The Meta app's secret: status and message webhooks are signed with it (X-Hub-Signature-256). */
  appSecret: string;
  /** Chosen by us and typed into the app's webhook settings; Meta echoes it when verifying the URL. */
  verifyToken: string;
  /** `https://graph.facebook.com`, or the local Graph API server (WHATSAPP_GRAPH_URL). */
  graphUrl: string;
  /** e.g. `v21.0` (WHATSAPP_GRAPH_VERSION). */
  graphVersion: string;
  /** Per request; a send that takes longer is a transient failure (default 10 s). */
  timeoutMs?: number;
}

/** The notifications config fields the WhatsApp channel reads (names as in src/config.ts). */
export interface WhatsAppEnv {
  WHATSAPP_PHONE_NUMBER_ID?: string | undefined;
  WHATSAPP_ACCESS_TOKEN?: string | undefined;
  WHATSAPP_APP_SECRET?: string | undefined;
  WHATSAPP_VERIFY_TOKEN?: string | undefined;
  WHATSAPP_GRAPH_URL: string;
  WHATSAPP_GRAPH_VERSION: string;
}

const REQUIRED = ['WHATSAPP_PHONE_NUMBER_ID', 'WHATSAPP_ACCESS_TOKEN', 'WHATSAPP_APP_SECRET', 'WHATSAPP_VERIFY_TOKEN'] as const;

/**
 * WhatsAppSettings from the config, or null when none of the WhatsApp settings is given (the
 * channel is off). Some but not all of them is a mistake worth stopping for: it names the missing ones.
 */
export function whatsappSettingsFromConfig(config: WhatsAppEnv): WhatsAppSettings | null {
  if (!requireAllOrNone('WhatsApp', config, REQUIRED)) return null;
  return {
    phoneNumberId: config.WHATSAPP_PHONE_NUMBER_ID!,
    accessToken: config.WHATSAPP_ACCESS_TOKEN!,
    appSecret: config.WHATSAPP_APP_SECRET!,
    verifyToken: config.WHATSAPP_VERIFY_TOKEN!,
    graphUrl: config.WHATSAPP_GRAPH_URL,
    graphVersion: config.WHATSAPP_GRAPH_VERSION,
  };
}
