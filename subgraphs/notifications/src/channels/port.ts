/**
 * The ports between the notifications dispatcher and the providers. One port per channel, each
 * with a production adapter and a local adapter (whose local server speaks the provider's API).
 * Adapters throw ProviderError; anything else they throw is treated as a transient failure.
 */

/** Channels that leave RealServ through a provider (IN_APP is the feed kept in our own tables). */
export type ProviderChannel = 'EMAIL' | 'SMS' | 'WHATSAPP' | 'PUSH';

/** The provider took the message: its id, which later status reports quote. */
export interface ProviderAccepted {
  providerMessageId: string;
}

/**
 * A provider refused or failed to take a message. `permanent` failures are not retried
 * (invalid number, unsubscribed, template not approved, stale device token); the others are
 * (HTTP 5xx, 429, timeouts, connection errors). `reason` is short and machine-readable
 * (the provider's error code when it gives one, e.g. `21211`, `131026`,
 * `registration-token-not-registered`, `MessageRejected`, `HTTP_503`, `TIMEOUT`).
 */
export class ProviderError extends Error {
  constructor(
    readonly channel: ProviderChannel,
    readonly reason: string,
    readonly permanent: boolean,
    message?: string,
  ) {
    super(message ?? `${channel} provider error: ${reason}`);
    this.name = 'ProviderError';
  }
}

export interface EmailMessage {
  /** One recipient address. */
  to: string;
  subject: string;
  html: string;
  text: string;
  /** Our Notification id: sent as the `X-RealServ-Notification` header and the SES message tag. */
  reference: string;
}

export interface EmailPort {
  send(message: EmailMessage): Promise<ProviderAccepted>;
  close?(): Promise<void>;
}

export interface SmsMessage {
  /** E.164, e.g. +919812345678. */
  to: string;
  body: string;
  /** DLT (TRAI) content template id the body was registered under. */
  dltTemplateId: string;
  /** Our Notification id (for logs and the status callback). */
  reference: string;
}

export interface SmsPort {
  send(message: SmsMessage): Promise<ProviderAccepted>;
}

/** A WhatsApp message: an approved template (outside the 24-hour window) or a session text, with or without reply buttons (inside it). */
export type WhatsAppMessage = {
  /** E.164, e.g. +919812345678 (the adapter sends Meta the digits without '+'). */
  to: string;
  /** Our Notification id. */
  reference: string;
} & (
  | { kind: 'template'; templateName: string; language: 'en' | 'hi'; parameters: string[] }
  | { kind: 'text'; body: string }
  /** A session text with up to three reply buttons (inside the window); a tap comes back as an interactive reply carrying the button's id. */
  | { kind: 'buttons'; body: string; buttons: Array<{ id: string; title: string }> }
);

export interface WhatsAppPort {
  send(message: WhatsAppMessage): Promise<ProviderAccepted>;
}

export interface PushMessage {
  /** One FCM registration token. A stale token fails with permanent reason `registration-token-not-registered`. */
  token: string;
  title: string;
  body: string;
  /** String data for the app (notificationId, event, orderId, …). */
  data: Record<string, string>;
  /** Our Notification id. */
  reference: string;
}

export interface PushPort {
  send(message: PushMessage): Promise<ProviderAccepted>;
}

/** A provider's delivery report, from a status webhook whose signature was verified. */
export interface ProviderStatus {
  channel: ProviderChannel;
  providerMessageId: string;
  status: 'SENT' | 'DELIVERED' | 'READ' | 'FAILED';
  /** The provider's failure code/reason, for FAILED. */
  reason: string | null;
  at: Date;
  /** Unique per report (provider message id + status, or the provider's own event id): de-duplicates redeliveries. */
  eventKey: string;
}

/** An inbound WhatsApp message (the vendor bot, issue #14, handles these; notifications uses them to open the 24-hour window). */
export interface WhatsAppInbound {
  /** Meta's message id (wamid…), unique: redeliveries repeat it. */
  messageId: string;
  /** Sender, E.164 with '+'. */
  from: string;
  at: Date;
  type: 'text' | 'interactive' | 'button' | 'unsupported';
  /** Text body, or the chosen button/list reply id. */
  text: string | null;
  /** Meta's type name when unsupported (image, audio, location, …). */
  rawType: string;
}
