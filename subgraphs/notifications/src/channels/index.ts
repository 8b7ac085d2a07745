import type { Router } from 'express';
import type { Logger } from 'pino';
import type { NotificationsConfig } from '../config.js';
import type { EmailPort, ProviderChannel, SmsPort, WhatsAppPort } from './port.js';
import { createEmailPort, emailSettings } from './email/index.js';
import { createSmsPort, smsSettingsFromConfig, twilioStatusRoute } from './sms/index.js';
import { createWhatsAppPort, whatsappSettingsFromConfig, whatsappWebhookRoutes } from './whatsapp/index.js';
import { createPushPort, type PushChannel } from './push/index.js';
import type { ProviderStatusService } from '../notification/provider-status.js';
import type { WhatsAppWindows } from '../conversation/whatsapp-window.js';

/** The provider ports this process sends through; a channel without one is off. */
export interface ChannelPorts {
  EMAIL?: EmailPort;
  SMS?: SmsPort;
  WHATSAPP?: WhatsAppPort;
  PUSH?: PushChannel;
}

/**
 * Builds one port per configured channel (each channel's `index.ts` picks its real or local
 * adapter from the settings). Channels whose settings are absent stay off: the dispatcher skips
 * them with a warning, so a stack runs with the providers it has.
 */
export async function createChannelPorts(config: NotificationsConfig, log: Logger): Promise<ChannelPorts> {
  const ports: ChannelPorts = {};
  const email = emailSettings(config);
  if (email) ports.EMAIL = await createEmailPort(email);
  const sms = smsSettingsFromConfig(config);
  if (sms) ports.SMS = await createSmsPort(sms);
  const whatsapp = whatsappSettingsFromConfig(config);
  if (whatsapp) ports.WHATSAPP = await createWhatsAppPort(whatsapp);
  if (config.PUSH_TRANSPORT) ports.PUSH = await createPushPort({ transport: config.PUSH_TRANSPORT, projectId: config.FIREBASE_PROJECT_ID });
  const off = (['EMAIL', 'SMS', 'WHATSAPP', 'PUSH'] as ProviderChannel[]).filter((channel) => !ports[channel]);
  if (off.length) log.warn({ channels: off }, 'notification channels off (no provider configured): their messages are skipped');
  return ports;
}

/**
 * The providers' delivery-report webhooks (signatures verified over the raw body by each channel's
 * route before anything is parsed), each handing reports to `statuses.onProviderStatus`; inbound
 * WhatsApp messages open the customer-service window (`windows.onInbound`). A channel that is off mounts nothing.
 */
export function providerWebhookRoutes(router: Router, config: NotificationsConfig, statuses: ProviderStatusService, windows: WhatsAppWindows, log: Logger): void {
  const sms = smsSettingsFromConfig(config);
  if (sms) twilioStatusRoute(router, sms, statuses.onProviderStatus, { onError: (error) => log.error({ err: error }, 'Twilio status callback failed') });
  const whatsapp = whatsappSettingsFromConfig(config);
  if (whatsapp) whatsappWebhookRoutes(router, whatsapp, { onStatus: statuses.onProviderStatus, onInbound: windows.onInbound }, { log });
}
