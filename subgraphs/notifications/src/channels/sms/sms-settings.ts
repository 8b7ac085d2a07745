import { requireAllOrNone } from '../required-settings.js';

/** What the SMS channel needs; core builds it from the notifications config (TWILIO_*, SMS_SENDER_ID, DLT_ENTITY_ID, PUBLIC_URL). */
export interface SmsSettings {
  /** Twilio account SID (`AC…`): the Basic-auth user and the account in every API path. */
  accountSid: string;
  /** Twilio auth token: the Basic-auth password, and the key Twilio signs status callbacks with. */
  authToken: string;
  /** The DLT-registered 6-letter header (e.g. `RLSERV`), sent as `From` (Twilio's alphanumeric sender id). */
  senderId: string;
  /** The DLT principal entity id (PE ID) the header and the content templates are registered under. */
  dltEntityId: string;
  /** This service's public base URL: Twilio calls `${publicUrl}/webhooks/twilio/status` and signs that URL. */
  publicUrl: string;
  /** Local only: the local Twilio-compatible server (e.g. `http://127.0.0.1:4015`); production talks to api.twilio.com. */
  apiUrl?: string;
  /** Optional Messaging Service (`MG…`) holding the sender; `From` stays the registered header. */
  messagingServiceSid?: string;
  /** Per-request timeout (default 10 s); a timeout is a transient failure. */
  timeoutMs?: number;
}

/** The status-callback path, relative to `publicUrl`; the route and the adapter share it. */
export const TWILIO_STATUS_PATH = '/webhooks/twilio/status';

/** The exact URL Twilio is given as StatusCallback, and so the URL it signs. */
export function statusCallbackUrl(settings: Pick<SmsSettings, 'publicUrl'>): string {
  return `${settings.publicUrl.replace(/\/+$/, '')}${TWILIO_STATUS_PATH}`;
}

/** The notifications config fields the SMS channel reads (names as in src/config.ts). */
export interface SmsEnv {
  TWILIO_ACCOUNT_SID?: string | undefined;
  TWILIO_AUTH_TOKEN?: string | undefined;
  SMS_SENDER_ID?: string | undefined;
  DLT_ENTITY_ID?: string | undefined;
  PUBLIC_URL?: string | undefined;
  TWILIO_API_URL?: string | undefined;
}

const REQUIRED = ['TWILIO_ACCOUNT_SID', 'TWILIO_AUTH_TOKEN', 'SMS_SENDER_ID', 'DLT_ENTITY_ID', 'PUBLIC_URL'] as const;

/**
 * SmsSettings from the config, or null when no SMS setting is given (the channel is off). Some but
 * not all of them is a mistake worth stopping for: it names the missing ones.
 */
export function smsSettingsFromConfig(config: SmsEnv): SmsSettings | null {
  if (!requireAllOrNone('SMS', config, REQUIRED, Boolean(config.TWILIO_API_URL))) return null;
  return {
    accountSid: config.TWILIO_ACCOUNT_SID!,
    authToken: config.TWILIO_AUTH_TOKEN!,
    senderId: config.SMS_SENDER_ID!,
    dltEntityId: config.DLT_ENTITY_ID!,
    publicUrl: config.PUBLIC_URL!,
    ...(config.TWILIO_API_URL ? { apiUrl: config.TWILIO_API_URL } : {}),
  };
}
