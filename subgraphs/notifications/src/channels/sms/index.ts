/** The SMS channel: Twilio (India DLT), its signed delivery reports, and the promotional-hours rule. */
export { createSmsPort } from './twilio-sms-adapter.js';
export { twilioStatusRoute, providerStatusFromTwilio } from './twilio-status-route.js';
export { providerErrorFromTwilio } from './twilio-errors.js';
export { withinPromotionalWindow, nextPromotionalSlot } from './promotional-window.js';
export { TWILIO_STATUS_PATH, statusCallbackUrl, smsSettingsFromConfig, type SmsSettings, type SmsEnv } from './sms-settings.js';
