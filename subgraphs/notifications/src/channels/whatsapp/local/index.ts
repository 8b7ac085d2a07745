/**
 * The local WhatsApp Cloud API (Graph API) server: started by devstack and tests, never by the
 * notifications service itself. Exported as `@realserv/notifications/whatsapp/local`.
 */
export {
  LocalWhatsApp,
  startLocalWhatsAppServer,
  type FaultKind,
  type InboundInput,
  type InboundType,
  type LocalMessageStatus,
  type LocalTemplate,
  type LocalWhatsAppMessage,
  type LocalWhatsAppOptions,
  type RunningLocalWhatsApp,
  type WebhookDelivery,
} from './local-whatsapp.js';
export type { WebhookAttempt } from './local-whatsapp-webhooks.js';
