import type { Router } from 'express';
import type { Logger } from 'pino';
import type { NotificationsConfig } from '../config.js';
import type { EmailPort, ProviderChannel, PushPort, SmsPort, WhatsAppPort } from './port.js';
import type { ProviderStatusService } from '../notification/provider-status.js';
import type { WhatsAppWindows } from '../conversation/whatsapp-window.js';

/** The provider ports this process sends through; a channel without one is off. */
export interface ChannelPorts {
  EMAIL?: EmailPort;
  SMS?: SmsPort;
  WHATSAPP?: WhatsAppPort;
  PUSH?: PushPort;
}

/**
 * Builds one port per configured channel (each channel's `index.ts` picks its real or local
 * adapter from the settings). Channels whose settings are absent stay off: the dispatcher skips
 * them with a warning, so a stack runs with the providers it has.
 */
export async function createChannelPorts(config: NotificationsConfig, log: Logger): Promise<ChannelPorts> {
  const ports: ChannelPorts = {};
  // Wired at merge, one line per channel helper's createXPort (see the README, "Channels"):
  // if (config.EMAIL_TRANSPORT) ports.EMAIL = await createEmailPort(emailSettings(config));
  // if (config.TWILIO_ACCOUNT_SID) ports.SMS = await createSmsPort(smsSettings(config));
  // if (config.WHATSAPP_PHONE_NUMBER_ID) ports.WHATSAPP = await createWhatsAppPort(whatsAppSettings(config));
  // if (config.PUSH_TRANSPORT) ports.PUSH = await createPushPort({ transport: config.PUSH_TRANSPORT, ... });
  const off = (['EMAIL', 'SMS', 'WHATSAPP', 'PUSH'] as ProviderChannel[]).filter((channel) => !ports[channel]);
  if (off.length) log.warn({ channels: off }, 'notification channels off (no provider configured): their messages are skipped');
  return ports;
}

/**
 * The providers' delivery-report webhooks (signatures verified over the raw body by each channel's
 * route before anything is parsed), each handing reports to `statuses.onProviderStatus`; inbound
 * WhatsApp messages open the customer-service window (`windows.onInbound`). A channel that is off mounts nothing.
 */
export function providerWebhookRoutes(router: Router, config: NotificationsConfig, statuses: ProviderStatusService, windows: WhatsAppWindows): void {
  // Wired at merge, one line per channel helper's route (see the README, "Channels"):
  // if (config.TWILIO_ACCOUNT_SID) twilioStatusRoute(router, smsSettings(config), statuses.onProviderStatus);
  // if (config.WHATSAPP_PHONE_NUMBER_ID) whatsappWebhookRoutes(router, whatsAppSettings(config), { onStatus: statuses.onProviderStatus, onInbound: windows.onInbound });
}
