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
