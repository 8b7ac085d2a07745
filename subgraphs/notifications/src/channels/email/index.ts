/**
 * The EMAIL channel: AWS SES in production, SMTP to the local mail catcher (./local) in
 * development and tests; docs/email.md has the setup of both.
 */
export { createEmailPort, type EmailPortOverrides, type EmailSettings } from './email-adapter.js';
export { emailSettings } from './email-settings.js';
export { NOTIFICATION_HEADER, NOTIFICATION_TAG } from './email-message.js';
