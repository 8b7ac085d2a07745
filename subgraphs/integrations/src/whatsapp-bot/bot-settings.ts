/** integrations' config fields the WhatsApp bot reads (names as in schema.ts). */
export interface WhatsAppBotEnv {
  WHATSAPP_PHONE_NUMBER_ID?: string | undefined;
  WHATSAPP_ACCESS_TOKEN?: string | undefined;
  GATEWAY_URL?: string | undefined;
  FIREBASE_AUTH_EMULATOR_HOST?: string | undefined;
  FIREBASE_WEB_API_KEY: string;
}

/** The placeholder Web API key, good enough for the Auth emulator only. */
export const EMULATOR_WEB_API_KEY = 'local-emulator';

/**
 * Whether the bot runs: off without WhatsApp settings (docker-compose until configured), on with
 * all of them; anything in between is a mistake worth stopping for, listed.
 */
export function whatsAppBotMode(config: WhatsAppBotEnv): { on: false } | { on: true; problems: string[] } {
  const whatsapp = ['WHATSAPP_PHONE_NUMBER_ID', 'WHATSAPP_ACCESS_TOKEN'] as const;
  if (!whatsapp.some((name) => config[name])) return { on: false };
  const problems = [...whatsapp, 'GATEWAY_URL' as const].filter((name) => !config[name]).map((name) => `${name}: the WhatsApp bot needs it (or set no WHATSAPP_* at all)`);
  if (!config.FIREBASE_AUTH_EMULATOR_HOST && config.FIREBASE_WEB_API_KEY === EMULATOR_WEB_API_KEY) {
    problems.push('FIREBASE_WEB_API_KEY: the Firebase Web API key is required outside the Auth emulator');
  }
  return { on: true, problems };
}
