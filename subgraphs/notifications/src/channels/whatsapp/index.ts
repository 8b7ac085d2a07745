/**
 * The WhatsApp channel: Meta's WhatsApp Cloud API behind the notifications WhatsAppPort, its
 * webhook (status reports and inbound messages) and the 24-hour customer-service window rule.
 * The local Graph API server is in ./local (imported only by devstack and tests).
 */
export { createWhatsAppPort, WhatsAppCloudClient, type WhatsAppSent } from './cloud-api-client.js';
export { isPermanentCloudApiCode, providerErrorFor } from './cloud-api-errors.js';
export { customerServiceWindowOpen, CUSTOMER_SERVICE_WINDOW_MS } from './customer-service-window.js';
export { graphMessageFor, graphMessageSchema, toWaId, type GraphMessage } from './graph-message.js';
export { parseWhatsAppWebhook, type ParsedWebhook } from './webhook-payload.js';
export { isValidWebhookSignature, signWebhookBody } from './webhook-signature.js';
export { whatsappWebhookRoutes, WHATSAPP_WEBHOOK_PATH, type WhatsAppWebhookHandlers, type WhatsAppWebhookOptions } from './webhook-routes.js';
export { whatsappSettingsFromConfig, type WhatsAppEnv, type WhatsAppSettings } from './whatsapp-settings.js';
